// Loaded lazily by the tools (a heavy module): sendInvite sends an email (a write); previewInvite only
// renders text.
import { Resend } from 'resend';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendInvite(email: string, team: string) {
  await resend.emails.send({ from: 'team@example.com', to: email, subject: `Join ${team}`, text: `You are invited to ${team}.` });
}

export function previewInvite(team: string) {
  return `You are invited to ${team}.`;
}

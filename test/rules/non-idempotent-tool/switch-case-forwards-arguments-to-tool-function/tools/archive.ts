import type { Resend } from 'resend';

export async function archiveHandler(args: { id: string }, context: { resend: Resend; from: string }) {
  await context.resend.emails.send({ from: context.from, to: 'archive@example.com', subject: args.id, text: args.id });
  return { content: [{ type: 'text', text: 'archived' }] };
}

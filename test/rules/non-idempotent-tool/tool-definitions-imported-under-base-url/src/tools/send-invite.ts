// `agent` is a folder under baseUrl ("./src"): a bare import TypeScript resolves to the project's own module.
import { Resend } from 'resend';
import { z } from 'zod';
import { defineTool } from 'agent';

const resend = new Resend(process.env.RESEND_KEY);

export const sendInviteTool = defineTool('SendInvite', 'Email an invitation', z.object({ to: z.string() }), async ({ to }) => {
  await resend.emails.send({ from: 'team@example.com', to, subject: 'Join us', text: 'You are invited' }); // expect: non-idempotent-tool
  return 'sent';
});

/** A package that is not under baseUrl stays a package: `zod` above is not followed. */
export const schemaOnly = z.object({ to: z.string() });

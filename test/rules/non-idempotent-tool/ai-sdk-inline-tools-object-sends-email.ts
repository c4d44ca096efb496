// Plain `{ description, inputSchema, execute }` entries of a `tools` object that reaches streamText
// through a variable are handlers too. Sending an email and POSTing invites (inside a .map callback
// of the handler) repeat on every re-run: one finding per mutating call site.
import { streamText, stepCountIs } from 'ai';
import { openai } from '@ai-sdk/openai';
import { Resend } from 'resend';
import { z } from 'zod';

const resend = new Resend(process.env.RESEND_API_KEY);
const WORKSPACE_API = 'https://api.workspace.example.com';

const onboardingTools = {
  sendWelcomeEmail: {
    description: 'Send the welcome email to a new user',
    inputSchema: z.object({ userId: z.string(), email: z.string().email(), name: z.string() }),
    execute: async ({ email, name }: { userId: string; email: string; name: string }) => {
      const { data, error } = await resend.emails.send({ // expect: non-idempotent-tool
        from: 'Acme <welcome@acme.dev>',
        to: [email],
        subject: `Welcome to Acme, ${name}`,
        html: `<p>Hi ${name}, your workspace is ready.</p>`,
      });
      if (error) return { sent: false, reason: error.message };
      return { sent: true, id: data?.id };
    },
  },
  inviteTeammates: {
    description: 'Invite teammates to the workspace by email',
    inputSchema: z.object({ workspaceId: z.string(), emails: z.array(z.string().email()).max(20) }),
    execute: async ({ workspaceId, emails }: { workspaceId: string; emails: string[] }) => {
      const responses = await Promise.all(
        emails.map((email) =>
          fetch(`${WORKSPACE_API}/workspaces/${workspaceId}/invitations`, { // expect: non-idempotent-tool
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email, role: 'member' }),
          }),
        ),
      );
      return { invited: responses.filter((r) => r.ok).length };
    },
  },
};

export function onboardUser(message: string) {
  return streamText({
    model: openai('gpt-4.1-mini'),
    timeout: { totalMs: 120_000 },
    stopWhen: stepCountIs(6),
    system: 'You onboard new Acme customers.',
    prompt: message,
    tools: onboardingTools,
  });
}

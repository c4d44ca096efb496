import type { Resend } from 'resend';

interface Context {
  resend: Resend;
  from: string;
}

export async function sendMessageHandler(args: unknown, context: Context) {
  const { to, text } = args as { to: string; text: string };
  await context.resend.emails.send({ from: context.from, to, subject: 'message', text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'sent' }] };
}

export async function listMessagesHandler(_args: unknown, context: Context) {
  return { content: [{ type: 'text', text: context.from }] };
}

/** Not called by any tool: stays clean. */
export async function digestHandler(args: unknown, context: Context) {
  await context.resend.emails.send({ from: context.from, to: 'team@example.com', subject: 'digest', text: String(args) });
}

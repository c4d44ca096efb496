// A Worker's send_email binding (declared in wrangler config, typed only by the runtime's ambient `SendEmail`): a tool
// handing it an `EmailMessage` from `cloudflare:email` sends a new email on every call. Clean: `send` of a plain value
// through another binding (a queue's message carrying the request id the consumer dedupes on is not an EmailMessage).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { EmailMessage } from 'cloudflare:email';
import { z } from 'zod';

interface Env {
  MAILER: { send(message: EmailMessage): Promise<void> };
  JOBS: { send(body: unknown): Promise<void> };
}

export function registerMailTools(server: McpServer, env: Env) {
  server.tool('send_note', 'Email a note', { to: z.string(), body: z.string() }, async ({ to, body }) => {
    const raw = `From: bot@example.com\r\nTo: ${to}\r\nSubject: Note\r\n\r\n${body}`;
    await env.MAILER.send(new EmailMessage('bot@example.com', to, raw)); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'sent' }] };
  });

  server.tool('queue_digest', 'Queue a digest', { requestId: z.string() }, async ({ requestId }) => {
    await env.JOBS.send({ kind: 'digest', requestId });
    return { content: [{ type: 'text', text: 'queued' }] };
  });
}

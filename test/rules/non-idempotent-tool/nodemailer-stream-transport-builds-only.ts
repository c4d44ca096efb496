// Nodemailer's stream and JSON transports only build the message (`info.message` holds the raw MIME, which a tool
// then hands to an email API): `sendMail` on them sends nothing. The send that follows is the tool's write, and so
// is `sendMail` on an SMTP transport.
import nodemailer from 'nodemailer';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'mail', version: '1.0.0' });

async function buildRawMessage(to: string, subject: string, text: string): Promise<string> {
  const builder = nodemailer.createTransport({ streamTransport: true, newline: 'unix', buffer: true });
  const info = await builder.sendMail({ from: 'me', to, subject, text });
  return Buffer.from(info.message as Buffer).toString('base64url');
}

const smtp = nodemailer.createTransport({ host: 'smtp.example.com', port: 587 });

server.tool('draft_preview', { to: z.string(), subject: z.string(), text: z.string() }, async ({ to, subject, text }) => {
  const raw = await buildRawMessage(to, subject, text);
  return { content: [{ type: 'text', text: raw }] };
});

server.tool('send_via_api', { to: z.string(), subject: z.string(), text: z.string() }, async ({ to, subject, text }) => {
  const raw = await buildRawMessage(to, subject, text);
  await fetch('https://mail.example.com/v1/messages/send', { method: 'POST', body: JSON.stringify({ raw }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'sent' }] };
});

server.tool('send_via_smtp', { to: z.string(), subject: z.string(), text: z.string() }, async ({ to, subject, text }) => {
  await smtp.sendMail({ from: 'bot@example.com', to, subject, text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'sent' }] };
});

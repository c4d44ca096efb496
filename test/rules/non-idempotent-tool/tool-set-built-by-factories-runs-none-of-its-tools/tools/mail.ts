// A factory returning its tools as an object literal of definitions.
import { z } from 'zod';
import { defineTool } from '../define.js';

async function deliver(to: string, text: string) {
  const res = await fetch('https://mail.example.com/v1/outbox', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ to, text }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

export function createMailTools() {
  return {
    send_mail: defineTool({
      description: 'Send an e-mail',
      inputSchema: z.object({ to: z.string(), text: z.string() }),
      execute: async ({ to, text }) => {
        const sent = await deliver(to, text); // expect: non-idempotent-tool
        return { ok: true, sent };
      },
    }),
  };
}

// An OpenAI Agents SDK tool that does send an Idempotency-Key, but mints it inside the
// async-retry callback: every attempt carries a new key, so the server cannot dedupe.
import { Agent, run, tool } from '@openai/agents';
import retry from 'async-retry';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

const HELPDESK = 'https://helpdesk.example.com/api/v2';

const openTicket = tool({
  name: 'open_ticket',
  description: 'Open a helpdesk ticket for the customer',
  parameters: z.object({
    customerEmail: z.string().email(),
    subject: z.string(),
    body: z.string(),
  }),
  timeoutMs: 20_000,
  execute: async ({ customerEmail, subject, body }, _context, details) => {
    return retry(
      async (bail) => {
        const res = await fetch(`${HELPDESK}/tickets`, { // expect: unkeyed-retry
          method: 'POST',
          headers: {
            authorization: `Bearer ${process.env.HELPDESK_TOKEN}`,
            'content-type': 'application/json',
            'Idempotency-Key': randomUUID(),
          },
          body: JSON.stringify({ requester: customerEmail, subject, comment: { body } }),
          signal: details?.signal,
        });
        if (res.status === 400) return bail(new Error('helpdesk rejected the ticket'));
        if (!res.ok) throw new Error(`helpdesk ${res.status}`);
        const { ticket } = (await res.json()) as { ticket: { id: number } };
        return `Opened ticket #${ticket.id}`;
      },
      { retries: 4, factor: 2, randomize: true },
    );
  },
});

export const triageAgent = new Agent({
  name: 'Triage',
  instructions: 'Open a ticket when the customer reports a bug you cannot fix.',
  tools: [openTicket],
});

export async function triage(message: string) {
  const result = await run(triageAgent, message, { maxTurns: 6, signal: AbortSignal.timeout(120_000) });
  return result.finalOutput;
}

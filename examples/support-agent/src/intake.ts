// Inbound email → ticket → agent → hand-off: the entry point the mail webhook calls.
// Planted bugs: a retried POST whose idempotency key changes on every attempt, and a Slack post with no deadline.
import { randomUUID } from 'node:crypto';
import pRetry from 'p-retry';
import { TICKETS_URL } from './clients.js';
import { resolveTicket, summarizeForHandoff } from './support-agent.js';
import { triageTicket } from './triage-loop.js';

export interface InboundEmail {
  messageId: string;
  from: string;
  subject: string;
  text: string;
}

export async function openTicket(email: InboundEmail): Promise<string> {
  return pRetry(
    async () => {
      // BUG: the key is made inside the retried function, so each attempt has a new one. When the
      // first attempt created the ticket but its response was lost, the retry creates a second ticket.
      const response = await fetch(`${TICKETS_URL}/tickets`, { // expect: unkeyed-retry
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ subject: email.subject, body: email.text, customerEmail: email.from }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`ticketing API: POST ticket answered ${response.status}`);
      return ((await response.json()) as { id: string }).id;
    },
    { retries: 4, randomize: true },
  );
}

export async function notifyOnCall(text: string): Promise<void> {
  const webhookUrl = process.env.SLACK_WEBHOOK_URL;
  if (!webhookUrl) return;
  // BUG: Node's fetch has no overall deadline; a Slack outage parks this request (and the caller).
  await fetch(webhookUrl, { // expect: missing-deadline
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

export async function handleInboundEmail(email: InboundEmail): Promise<void> {
  const ticketId = await openTicket(email);
  const queue = await triageTicket(ticketId);
  if (queue !== 'billing') return;
  const transcript = await resolveTicket(ticketId);
  const summary = await summarizeForHandoff(transcript);
  await notifyOnCall(`Ticket ${ticketId} (billing) was worked by the agent:\n${summary}`);
}

// The fixed twin of ../intake.ts: the ticket's idempotency key is made once, before the retries,
// and derived from the email's Message-ID; the Slack post has a deadline.
import pRetry from 'p-retry';
import { TICKETS_URL } from '../clients.js';
import { resolveTicket, summarizeForHandoff } from './support-agent.js';
import { triageTicket } from './triage-loop.js';

export interface InboundEmail {
  messageId: string;
  from: string;
  subject: string;
  text: string;
}

export async function openTicket(email: InboundEmail): Promise<string> {
  // The mail provider may deliver the same email twice; its Message-ID makes both deliveries one ticket.
  const ticketKey = `email:${email.messageId}`;
  return pRetry(
    async () => {
      const response = await fetch(`${TICKETS_URL}/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': ticketKey },
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
  await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(5_000),
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

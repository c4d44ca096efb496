// A fetch wrapped to pay x402 invoices is still a fetch: no deadline of its own, bounded by a signal in its init.
// A VoltAgent agent call runs the AI SDK underneath (no deadline); `abortSignal` in its options bounds it.
import type { Agent } from '@voltagent/core';
import { wrapFetchWithPayment, x402Client } from '@x402/fetch';

const fetchWithPayment = wrapFetchWithPayment(fetch, new x402Client());

export async function buyReport(url: string) {
  const res = await fetchWithPayment(url, { method: 'POST', body: JSON.stringify({ format: 'pdf' }) }); // expect: missing-deadline
  return res.json();
}

export async function buyReportWithin(url: string, signal: AbortSignal) {
  const res = await fetchWithPayment(url, { method: 'POST', signal });
  return res.json();
}

export async function answer(agent: Agent, text: string) {
  return agent.generateText(text, { userId: 'support' }); // expect: missing-deadline
}

export async function answerWithin(agent: Agent, text: string, signal: AbortSignal) {
  return agent.generateText(text, { userId: 'support', abortSignal: signal });
}

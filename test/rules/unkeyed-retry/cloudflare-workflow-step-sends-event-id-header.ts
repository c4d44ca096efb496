// A header that names the receiver's dedupe — the id of the event the request delivers (`X-Ledger-Event-Id`), an
// idempotency or dedupe token under another name — carries a key when its value is fixed before the retried step: every
// attempt of the step sends the same one. The same header filled with a fresh `randomUUID()` on each attempt, a call
// that leaves it out, and a trace id (which no receiver dedupes on) protect nothing.
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from 'cloudflare:workers';

type Env = { LEDGER_URL: string };
type Params = { eventId: string; account: string; amount: number };

async function postLedger(env: Env, path: string, entry: object, eventId?: string): Promise<void> {
  const response = await fetch(`${env.LEDGER_URL}/entries/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(eventId ? { 'X-Ledger-Event-Id': eventId } : {}) },
    body: JSON.stringify(entry),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`ledger ${path}: ${response.status}`);
}

export class Settlement extends WorkflowEntrypoint<Env, Params> {
  async run(event: WorkflowEvent<Params>, step: WorkflowStep) {
    const { eventId, account, amount } = event.payload;
    await step.do('credit', async () => {
      await postLedger(this.env, 'credit', { account, amount }, eventId);
    });
    await step.do('fee', async () => {
      await postLedger(this.env, 'fee', { account }, crypto.randomUUID()); // expect: unkeyed-retry
    });
    await step.do('bonus', async () => {
      await postLedger(this.env, 'bonus', { account }); // expect: unkeyed-retry
    });
    await step.do('refund', async () => {
      await fetch(`${this.env.LEDGER_URL}/refunds`, {
        method: 'POST',
        headers: { 'X-Dedupe-Token': `refund-${eventId}` },
        body: JSON.stringify({ account, amount }),
        signal: AbortSignal.timeout(10_000),
      });
    });
    await step.do('audit', async () => {
      await fetch(`${this.env.LEDGER_URL}/audit`, { method: 'POST', headers: { 'X-Trace-Id': eventId }, body: JSON.stringify({ account }), signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
    });
  }
}

export class Replay extends WorkflowEntrypoint<Env, Params> {
  async run(event: WorkflowEvent<Params>, step: WorkflowStep) {
    const { eventId, account } = event.payload;
    await step.do('resume', async () => {
      await fetch(`${this.env.LEDGER_URL}/stream`, { method: 'POST', headers: { 'Last-Event-ID': eventId }, body: JSON.stringify({ account }), signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
    });
  }
}

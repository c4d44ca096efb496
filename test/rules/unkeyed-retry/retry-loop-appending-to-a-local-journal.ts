// A planner retry loop that records each attempt's outcome in a journal file on local disk: the
// appends are the process's own bookkeeping, not an operation another system performs on request —
// there is no lost answer to a server that already acted, and no key could travel with a local
// write. The same loop in the twin posts each outcome to a remote event collector: that request is
// re-sent on every attempt with no key, and a timeout after the collector stored it stores it twice.
import { appendFile } from 'node:fs/promises';
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

class JournalFile {
  constructor(private readonly path: string) {}

  async record(sessionId: string, type: string, data: unknown): Promise<void> {
    await appendFile(this.path, `${JSON.stringify({ sessionId, type, data, at: Date.now() })}\n`, 'utf-8');
  }
}

const journal = new JournalFile('/var/lib/planner/journal.jsonl');

export async function planWithRetries(sessionId: string, task: string): Promise<string> {
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: task }] });
      const plan = completion.choices[0]?.message.content ?? '';
      await journal.record(sessionId, 'plan.received', { attempt, length: plan.length });
      if (!plan.trim()) throw new Error('empty plan');
      await journal.record(sessionId, 'plan.accepted', { attempt });
      return plan;
    } catch (error) {
      lastError = String(error);
      await journal.record(sessionId, 'plan.failed', { attempt, error: lastError });
    }
  }
  throw new Error(`planning failed: ${lastError}`);
}

export async function planWithRetriesReportedRemotely(sessionId: string, task: string): Promise<string> {
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: task }] });
      const plan = completion.choices[0]?.message.content ?? '';
      if (!plan.trim()) throw new Error('empty plan');
      await fetch('https://events.example.com/v1/events', { // expect: unkeyed-retry
        method: 'POST',
        body: JSON.stringify({ sessionId, type: 'plan.accepted', attempt }),
        signal: AbortSignal.timeout(10_000),
      });
      return plan;
    } catch (error) {
      lastError = String(error);
    }
  }
  throw new Error(`planning failed: ${lastError}`);
}

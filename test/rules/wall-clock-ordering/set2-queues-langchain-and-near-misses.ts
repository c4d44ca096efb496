// Second set (not tuned on). A job queue ordered by enqueue time with createdAt from a const, a
// lodash sortBy over agent steps, a toSorted over Date objects, a conversation merged from two
// workers; near-misses: sorted by a server-issued id, a rate-limit window, a log line.
import { ChatAnthropic } from '@langchain/anthropic';
import sortBy from 'lodash/sortBy';

const llm = new ChatAnthropic({ model: 'claude-haiku-4-5', timeout: 30_000 });

interface Job { id: string; prompt: string; createdAt: number }
const queue: Job[] = [];

export function enqueue(id: string, prompt: string) {
  const createdAt = Date.now();
  queue.push({ id, prompt, createdAt });
}

export async function drainOldestFirst() {
  queue.sort((a, b) => a.createdAt - b.createdAt); // expect: wall-clock-ordering
  const job = queue.shift();
  return job ? llm.invoke(job.prompt) : undefined;
}

interface Step { tool: string; output: string; finishedAt: Date }

export async function runSteps(tools: string[]) {
  const steps: Step[] = [];
  await Promise.all(tools.map(async (tool) => {
    const out = await llm.invoke(`Run ${tool}`);
    steps.push({ tool, output: String(out.content), finishedAt: new Date() });
  }));
  const ordered = sortBy(steps, 'finishedAt'); // expect: wall-clock-ordering
  const byTime = steps.toSorted((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime()); // expect: wall-clock-ordering
  return { ordered, byTime };
}

export function mergeConversations(a: Array<{ text: string; sentAt: number }>, b: Array<{ text: string; sentAt: number }>) {
  const fromWorkerA = a.map((m) => ({ ...m, receivedAt: Date.now() }));
  const merged = [...fromWorkerA, ...b.map((m) => ({ ...m, receivedAt: Date.now() }))];
  return merged.sort((x, y) => x.receivedAt - y.receivedAt); // expect: wall-clock-ordering
}

export async function byServerId(messages: Array<{ id: number; text: string; at: number }>) {
  const stamped = messages.map((m) => ({ ...m, at: Date.now() }));
  const sorted = stamped.sort((x, y) => x.id - y.id);
  return llm.invoke(sorted.map((m) => m.text).join('\n'));
}

const window: number[] = [];
export async function rateLimited(prompt: string) {
  const now = Date.now();
  while (window.length && now - window[0]! > 60_000) window.shift();
  window.push(now);
  if (window.length > 50) throw new Error('rate limited');
  console.log(`[${new Date().toISOString()}] calling model`);
  return llm.invoke(prompt);
}

// Near-misses: a file with no model or tool code sorting by a clock field, ordering by a time the
// caller gave (`new Date(input)`), ordering by a non-clock field, and timing a call.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

export async function timed(prompt: string) {
  const start = Date.now();
  const r = await openai.responses.create({ model: 'gpt-5-mini', input: prompt });
  return { text: r.output_text, ms: Date.now() - start };
}

export function byDueDate(tasks: Array<{ title: string; due: string }>) {
  const parsed = tasks.map((t) => ({ ...t, dueAt: new Date(t.due) }));
  return parsed.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

export function byPriority(items: Array<{ priority: number; createdAt: number }>) {
  const stamped = items.map((i) => ({ ...i, seenAt: Date.now() }));
  return stamped.sort((a, b) => b.priority - a.priority);
}

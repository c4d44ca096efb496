// Second set (not tuned on). allSettled over IIFEs, a p-map mapper with a Map keyed by group, a class
// whose tasks rewrite `this.memory`, a JSON file used as a store, an OpenAI Agents SDK tool counting
// in a module object; near-misses that write their own slot, merge after the fan-out, increment
// atomically in the database, or take a lock.
import pMap from 'p-map';
import { readFile, writeFile } from 'node:fs/promises';
import Anthropic from '@anthropic-ai/sdk';
import { tool } from '@openai/agents';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';
import AsyncLock from 'async-lock';

const anthropic = new Anthropic({ timeout: 30_000 });
const prisma = new PrismaClient();
const lock = new AsyncLock();
const ask = (q: string) => anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 200, messages: [{ role: 'user', content: q }] });

const stats = { calls: 0, tokens: 0 };

export async function warmUp() {
  await Promise.allSettled([
    (async () => {
      stats.tokens += (await ask('ping')).usage.output_tokens; // expect: shared-state-race
    })(),
    (async () => {
      stats.tokens += (await ask('pong')).usage.output_tokens; // expect: shared-state-race
    })(),
  ]);
}

export async function scoreGroups(items: Array<{ group: string; text: string }>) {
  const totals = new Map<string, number>();
  await pMap(items, async (item) => {
    const existing = totals.get(item.group) ?? 0;
    const r = await ask(`Score 1-10: ${item.text}`);
    totals.set(item.group, existing + r.usage.output_tokens); // expect: shared-state-race
  }, { concurrency: 4 });
  return totals;
}

export class ResearchAgent {
  memory: string[] = [];

  async runAll(questions: string[]) {
    await Promise.all(questions.map((q) => this.runOne(q)));
  }

  async runOne(question: string) {
    const memory = this.memory;
    const r = await ask(`${memory.join('\n')}\n${question}`);
    this.memory = [...memory, r.content[0]?.type === 'text' ? r.content[0].text : '']; // expect: shared-state-race
  }
}

export async function appendFindings(path: string, topics: string[]) {
  await Promise.all(
    topics.map(async (topic) => {
      const data = JSON.parse(await readFile(path, 'utf8')) as { items: string[] };
      const r = await ask(topic);
      data.items.push(r.id);
      await writeFile(path, JSON.stringify(data)); // expect: shared-state-race
    }),
  );
}

const searchCounts: Record<string, number> = {};

export const search = tool({
  name: 'search',
  description: 'Search the web',
  parameters: z.object({ q: z.string() }),
  execute: async ({ q }) => {
    const hits = searchCounts[q] ?? 0;
    const res = await fetch(`https://search.example.com/?q=${encodeURIComponent(q)}`, { signal: AbortSignal.timeout(5_000) });
    searchCounts[q] = hits + 1; // expect: shared-state-race
    return res.text();
  },
});

export async function ownSlots(questions: string[]) {
  const answers: string[] = new Array(questions.length);
  await Promise.all(questions.map(async (q, i) => {
    answers[i] = (await ask(q)).id;
  }));
  return answers;
}

export async function mergedAfter(questions: string[]) {
  const results = await Promise.all(questions.map((q) => ask(q)));
  stats.calls += results.length;
  return results;
}

export async function atomicInDb(questions: string[], projectId: string) {
  await Promise.all(questions.map(async (q) => {
    const r = await ask(q);
    await prisma.project.update({ where: { id: projectId }, data: { tokens: { increment: r.usage.output_tokens } } });
  }));
}

export async function locked(questions: string[]) {
  await Promise.all(questions.map(async (q) => {
    await lock.acquire('stats', async () => {
      const before = stats.tokens;
      const r = await ask(q);
      stats.tokens = before + r.usage.output_tokens;
    });
  }));
}

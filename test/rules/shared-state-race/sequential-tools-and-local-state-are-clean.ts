// Near-misses: tools the SDK runs one at a time (toolCallConcurrency: 1), per-task local state,
// a read-modify-write with no await in between (atomic in JavaScript), and parallel work with no
// remote call.
import { generateText, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const balances = new Map<string, number>();

export const transfer = tool({
  description: 'Move credits between users',
  inputSchema: z.object({ from: z.string(), to: z.string(), amount: z.number() }),
  execute: async ({ from, to, amount }) => {
    const current = balances.get(from) ?? 0;
    await fetch('https://audit.example.com/log', { method: 'POST', body: JSON.stringify({ from, to, amount }), signal: AbortSignal.timeout(5_000) });
    balances.set(from, current - amount);
    return { ok: true };
  },
});

export async function run(request: string) {
  return generateText({ model: openai('gpt-5-mini'), prompt: request, tools: { transfer }, toolCallConcurrency: 1, abortSignal: AbortSignal.timeout(60_000) });
}

const counters = { done: 0 };

export async function perTask(prompts: string[]) {
  return Promise.all(
    prompts.map(async (prompt) => {
      let local = 0;
      local += (await generateText({ model: openai('gpt-5-mini'), prompt, abortSignal: AbortSignal.timeout(20_000) })).usage.totalTokens ?? 0;
      const r = await generateText({ model: openai('gpt-5-mini'), prompt, abortSignal: AbortSignal.timeout(20_000) });
      counters.done = counters.done + 1;
      return { local, text: r.text };
    }),
  );
}

export async function localOnly(values: number[]) {
  let sum = 0;
  await Promise.all(
    values.map(async (v) => {
      sum += await Promise.resolve(v * 2);
    }),
  );
  return sum;
}

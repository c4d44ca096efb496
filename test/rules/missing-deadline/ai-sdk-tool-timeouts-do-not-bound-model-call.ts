// AI SDK 7 `timeout: { toolMs }` and per-tool `{ tools: { <name>Ms } }` bound tool executions
// through the abortSignal handed to execute; they do not bound the model call itself. A call
// inside a tool is bounded only when it passes that signal on.
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const getExchangeRate = tool({
  description: 'Current exchange rate between two currencies',
  inputSchema: z.object({ from: z.string().length(3), to: z.string().length(3) }),
  execute: async ({ from, to }, { abortSignal }) => {
    const res = await fetch(`https://fx.example.com/rates?from=${from}&to=${to}`, { signal: abortSignal });
    return (await res.json()) as { rate: number };
  },
});

const getCompanyNews = tool({
  description: 'Latest news headlines about a listed company',
  inputSchema: z.object({ ticker: z.string() }),
  execute: async ({ ticker }) => {
    const res = await fetch(`https://news.example.com/companies/${ticker}/headlines`); // expect: missing-deadline
    return (await res.json()) as { headlines: string[] };
  },
});

export async function briefAnalyst(question: string) {
  const { text } = await generateText({ // expect: missing-deadline
    model: openai('gpt-5'),
    prompt: question,
    tools: { getExchangeRate, getCompanyNews },
    stopWhen: stepCountIs(6),
    timeout: { toolMs: 10_000 },
  });
  return text;
}

export async function quickRate(question: string) {
  const { text } = await generateText({ // expect: missing-deadline
    model: openai('gpt-5-mini'),
    prompt: question,
    tools: { getExchangeRate },
    stopWhen: stepCountIs(3),
    timeout: { tools: { getExchangeRateMs: 5_000 } },
  });
  return text;
}

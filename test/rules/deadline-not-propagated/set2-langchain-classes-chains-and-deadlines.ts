// Second set (not tuned on). A LangChain tool with its config, a class method with an optional
// signal, a destructured run option, a race with a timer that drops the signal, streamText in an AI
// SDK tool, a `.then` callback, a deadline in milliseconds; near-misses that hand the signal to a
// helper, check and pass it, or pass it to generateText.
import { tool as lcTool } from '@langchain/core/tools';
import { ChatOpenAI } from '@langchain/openai';
import OpenAI from 'openai';
import { generateText, streamText, tool } from 'ai';
import { openai as provider } from '@ai-sdk/openai';
import { z } from 'zod';

const chat = new ChatOpenAI({ model: 'gpt-5-mini', timeout: 30_000 });
const client = new OpenAI({ timeout: 60_000 });

export const define = lcTool(
  async ({ term }: { term: string }, config) => {
    const answer = await chat.invoke(`Define ${term}`); // expect: deadline-not-propagated
    return String(answer.content);
  },
  { name: 'define', description: 'Define a term', schema: z.object({ term: z.string() }) },
);

export class Researcher {
  async run(task: string, signal?: AbortSignal) {
    const plan = await client.responses.create({ model: 'gpt-5', input: `Plan: ${task}` }); // expect: deadline-not-propagated
    return plan.output_text;
  }
}

export async function crawl(url: string, { signal }: { signal: AbortSignal; depth?: number }) {
  const page = await Promise.race([
    fetch(url), // expect: deadline-not-propagated
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000)),
  ]);
  return page.text();
}

export const story = tool({
  description: 'Write a story',
  inputSchema: z.object({ theme: z.string() }),
  execute: async ({ theme }, { abortSignal }) => {
    const result = streamText({ model: provider('gpt-5-mini'), prompt: `A story about ${theme}` }); // expect: deadline-not-propagated
    return result.text;
  },
});

export function resolveRedirect(url: string, signal: AbortSignal) {
  return fetch(url, { signal, redirect: 'manual' }).then((r) => fetch(r.headers.get('location') ?? url)); // expect: deadline-not-propagated
}

export async function withinDeadline(url: string, deadlineMs: number) {
  const res = await fetch(url); // expect: deadline-not-propagated
  return res.status;
}

async function fetchJson(url: string, signal: AbortSignal) {
  return (await fetch(url, { signal })).json();
}

export async function handsItOn(url: string, signal: AbortSignal) {
  signal.throwIfAborted();
  return fetchJson(url, signal);
}

export const summary = tool({
  description: 'Summarise',
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }, { abortSignal }) => (await generateText({ model: provider('gpt-5-mini'), prompt: text, abortSignal })).text,
});

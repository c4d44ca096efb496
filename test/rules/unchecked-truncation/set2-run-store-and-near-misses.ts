// Second set (not tuned on). Generated shell run as is, a summary inserted with drizzle, and
// near-misses: parsing metadata that is not generated text, a length check that retries, a safe-parse
// helper with its own try/catch, generateObject, and a switch on stop_reason.
import { execSync } from 'node:child_process';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { generateObject, generateText } from 'ai';
import { openai as provider } from '@ai-sdk/openai';
import { drizzle } from 'drizzle-orm/node-postgres';
import { z } from 'zod';
import { summaries } from './schema';

const openai = new OpenAI({ timeout: 30_000 });
const anthropic = new Anthropic({ timeout: 30_000 });
const db = drizzle(process.env.DATABASE_URL!);

export async function runSuggestedCommand(task: string) {
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `One shell command to: ${task}` }] });
  return execSync(completion.choices[0]!.message.content ?? 'true', { encoding: 'utf8' }); // expect: unchecked-truncation
}

export async function storeSummary(docId: string, body: string) {
  const r = await generateText({ model: provider('gpt-5-mini'), prompt: `Summarise: ${body}`, abortSignal: AbortSignal.timeout(30_000) });
  await db.insert(summaries).values({ docId, text: r.text }); // expect: unchecked-truncation
}

export async function usage(prompt: string) {
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] });
  return JSON.parse(JSON.stringify(completion.usage));
}

export async function retriesWhenCut(prompt: string, maxTokens = 500): Promise<unknown> {
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', max_completion_tokens: maxTokens, messages: [{ role: 'user', content: prompt }] });
  if (completion.choices[0]!.finish_reason === 'length') return retriesWhenCut(prompt, maxTokens * 2);
  return JSON.parse(completion.choices[0]!.message.content ?? 'null');
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function tolerant(prompt: string) {
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] });
  return safeJsonParse(completion.choices[0]!.message.content ?? '');
}

export async function structured(prompt: string) {
  const { object } = await generateObject({ model: provider('gpt-5-mini'), schema: z.object({ tags: z.array(z.string()) }), prompt, abortSignal: AbortSignal.timeout(30_000) });
  return object.tags;
}

export async function switchOnStop(prompt: string) {
  const message = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 512, messages: [{ role: 'user', content: prompt }] });
  switch (message.stop_reason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      throw new Error('answer cut off');
    default: {
      const block = message.content[0];
      return JSON.parse(block?.type === 'text' ? block.text : 'null');
    }
  }
}

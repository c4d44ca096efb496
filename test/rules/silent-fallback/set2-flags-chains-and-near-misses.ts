// Second set (not tuned on). A `.then().catch()` chain, a fallback variable assigned in the catch,
// a flag that marks the fallback, a catch that inspects the error, and catches around non-model work.
import OpenAI from 'openai';
import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

const openai = new OpenAI({ timeout: 30_000 });

export function sentiment(text: string): Promise<number> {
  return openai.responses
    .create({ model: 'gpt-5-mini', input: `Sentiment -1..1 of: ${text}` })
    .then((r) => Number(r.output_text))
    .catch(() => 0); // expect: silent-fallback
}

export async function headline(body: string) {
  let title: string;
  try {
    title = (await generateText({ model: anthropic('claude-haiku-4-5'), prompt: `Headline: ${body}`, abortSignal: AbortSignal.timeout(20_000) })).text;
  } catch { // expect: silent-fallback
    title = body.split('\n')[0] ?? 'Update';
  }
  return title;
}

export async function headlineFlagged(body: string) {
  let title: string;
  let usedFallback = false;
  try {
    title = (await generateText({ model: anthropic('claude-haiku-4-5'), prompt: `Headline: ${body}`, abortSignal: AbortSignal.timeout(20_000) })).text;
  } catch {
    usedFallback = true;
    title = body.split('\n')[0] ?? 'Update';
  }
  return { title, usedFallback };
}

export async function translateOrKeep(text: string) {
  try {
    return (await openai.responses.create({ model: 'gpt-5-mini', input: `Translate: ${text}` })).output_text;
  } catch (error) {
    if (error instanceof OpenAI.APIError && error.status === 400) return text;
    throw error;
  }
}

export async function loadPrompt(path: string) {
  try {
    const { readFile } = await import('node:fs/promises');
    return await readFile(path, 'utf8');
  } catch {
    return 'You are a helpful assistant.';
  }
}

export async function pingModel() {
  try {
    await openai.models.list();
    return true;
  } catch {
    return false;
  }
}

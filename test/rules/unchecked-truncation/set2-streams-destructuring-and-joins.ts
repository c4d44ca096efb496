// Second set (not tuned on). Streamed text awaited, a destructured `choices`, an Anthropic answer
// joined from its text blocks, a finish reason that is only logged, and a streamed chat completion
// accumulated by hand.
import * as fs from 'fs';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { generateText, streamText } from 'ai';
import { anthropic as claude } from '@ai-sdk/anthropic';

const openai = new OpenAI({ timeout: 30_000 });
const anthropic = new Anthropic({ timeout: 30_000 });

export async function streamedJson(prompt: string) {
  const result = streamText({ model: claude('claude-sonnet-4-5'), prompt, abortSignal: AbortSignal.timeout(60_000) });
  const text = await result.text;
  return JSON.parse(text); // expect: unchecked-truncation
}

export async function writeReport(topic: string) {
  const { choices } = await openai.chat.completions.create({ model: 'gpt-5', messages: [{ role: 'user', content: `Report on ${topic}` }] });
  const content = choices[0]!.message.content!;
  fs.writeFileSync(`reports/${topic}.md`, content); // expect: unchecked-truncation
}

export async function joinedBlocks(prompt: string) {
  const msg = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 2048, messages: [{ role: 'user', content: prompt }] });
  const text = msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
  return JSON.parse(text); // expect: unchecked-truncation
}

export async function loggedOnly(prompt: string) {
  const { text, finishReason } = await generateText({ model: claude('claude-haiku-4-5'), prompt, abortSignal: AbortSignal.timeout(30_000) });
  console.log('finished because', finishReason);
  return JSON.parse(text); // expect: unchecked-truncation
}

export async function accumulated(prompt: string) {
  const stream = await openai.chat.completions.create({ model: 'gpt-5-mini', stream: true, messages: [{ role: 'user', content: prompt }] });
  let content = '';
  for await (const chunk of stream) content += chunk.choices[0]?.delta.content ?? '';
  return JSON.parse(content); // expect: unchecked-truncation
}

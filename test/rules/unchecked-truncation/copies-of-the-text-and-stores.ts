// The text flows through copies (trimmed, cut out of a code fence) before it is parsed, written to a
// file or stored; an Anthropic message and an AI SDK generateText result.
import Anthropic from '@anthropic-ai/sdk';
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { writeFile } from 'node:fs/promises';
import { PrismaClient } from '@prisma/client';

const anthropic = new Anthropic({ timeout: 60_000 });
const prisma = new PrismaClient();

export async function planSteps(goal: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: `Plan the steps for: ${goal}. Answer with a JSON array in a code fence.` }],
  });
  const block = message.content[0];
  const raw = block?.type === 'text' ? block.text : '';
  const fenced = raw.match(/```(?:json)?\n([\s\S]*?)```/)?.[1] ?? raw;
  return JSON.parse(fenced.trim()) as string[]; // expect: unchecked-truncation
}

export async function writeComponent(spec: string, path: string) {
  const { text } = await generateText({ model: openai('gpt-5'), prompt: `Write a React component: ${spec}`, abortSignal: AbortSignal.timeout(60_000) });
  await writeFile(path, text, 'utf8'); // expect: unchecked-truncation
}

export async function summariseTicket(ticketId: string, body: string) {
  const result = await generateText({ model: openai('gpt-5-mini'), prompt: `Summarise:\n${body}`, abortSignal: AbortSignal.timeout(30_000) });
  await prisma.ticketSummary.create({ data: { ticketId, summary: result.text } }); // expect: unchecked-truncation
}

export async function summariseChecked(ticketId: string, body: string) {
  const { text, finishReason } = await generateText({ model: openai('gpt-5-mini'), prompt: `Summarise:\n${body}`, abortSignal: AbortSignal.timeout(30_000) });
  if (finishReason === 'length') throw new Error('summary cut off');
  await prisma.ticketSummary.create({ data: { ticketId, summary: text } });
}

export async function planChecked(goal: string) {
  const message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: goal }] });
  if (message.stop_reason === 'max_tokens') throw new Error('plan cut off');
  const block = message.content.find((b) => b.type === 'text');
  return JSON.parse(block && block.type === 'text' ? block.text : '[]') as string[];
}

// Near-miss: retrying a pure LLM completion only costs tokens — a duplicate stored response
// harms nothing. Outer retries around completions/responses/messages and the SDKs' own retries
// on them are not findings.
import pRetry from 'p-retry';
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { generateObject, generateText } from 'ai';
import { openai as openaiProvider } from '@ai-sdk/openai';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';

const openai = new OpenAI({ timeout: 30_000 });
const anthropic = new Anthropic({ timeout: 30_000 });
const llmPolicy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });

export async function classifyTicket(text: string) {
  const completion = await pRetry(
    () =>
      openai.chat.completions.create({
        model: 'gpt-5-mini',
        messages: [{ role: 'user', content: `Classify as bug/billing/other: ${text}` }],
      }),
    { retries: 3, randomize: true },
  );
  return completion.choices[0]?.message.content;
}

export async function draftReply(text: string) {
  const response = await pRetry(() => openai.responses.create({ model: 'gpt-5-mini', input: `Draft a reply to: ${text}` }), {
    retries: 2,
    randomize: true,
  });
  const critique = await anthropic.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 400,
    messages: [{ role: 'user', content: `Critique this reply: ${response.output_text}` }],
  });
  return critique.content;
}

export async function extractFields(email: string) {
  const { object } = await llmPolicy.execute(({ signal }) =>
    generateObject({
      model: openaiProvider('gpt-5-mini'),
      schema: z.object({ orderId: z.string().nullable(), sentiment: z.enum(['pos', 'neg', 'neutral']) }),
      prompt: email,
      abortSignal: signal,
    }),
  );
  const { text } = await llmPolicy.execute(({ signal }) =>
    generateText({ model: openaiProvider('gpt-5-mini'), prompt: `One-line summary: ${email}`, abortSignal: signal, timeout: 20_000 }),
  );
  return { ...object, summary: text };
}

export async function translate(model: BaseChatModel, text: string, language: string) {
  const chain = ChatPromptTemplate.fromTemplate('Translate into {language}:\n{text}').pipe(model);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await chain.invoke({ language, text }, { timeout: 30_000 });
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
  throw new Error('unreachable');
}

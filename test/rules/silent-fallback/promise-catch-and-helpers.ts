// `.catch(() => default)` on a model call, a catch around a project helper that calls a model, and a
// tool handler whose catch tells the model something false; near-misses that mark or report.
import Anthropic from '@anthropic-ai/sdk';
import { tool } from 'ai';
import { z } from 'zod';
import * as Sentry from '@sentry/node';

const anthropic = new Anthropic({ timeout: 30_000 });

async function classify(text: string): Promise<'spam' | 'ham'> {
  const message = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 5, messages: [{ role: 'user', content: text }] });
  const block = message.content[0];
  return block?.type === 'text' && block.text.includes('spam') ? 'spam' : 'ham';
}

export async function isSpam(text: string) {
  const verdict = await classify(text).catch(() => 'ham' as const); // expect: silent-fallback
  return verdict === 'spam';
}

export async function isSpamReported(text: string) {
  const verdict = await classify(text).catch((error) => {
    Sentry.captureException(error);
    return 'ham' as const;
  });
  return verdict === 'spam';
}

export async function moderate(text: string) {
  try {
    return await classify(text);
  } catch { // expect: silent-fallback
    return 'ham';
  }
}

export const lookupOrder = tool({
  description: 'Look up an order status',
  inputSchema: z.object({ orderId: z.string() }),
  execute: async ({ orderId }) => {
    try {
      const message = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: orderId }] });
      return message.content[0]?.type === 'text' ? message.content[0].text : '';
    } catch { // expect: silent-fallback
      return 'The order is on its way.';
    }
  },
});

export const lookupOrderHonest = tool({
  description: 'Look up an order status',
  inputSchema: z.object({ orderId: z.string() }),
  execute: async ({ orderId }) => {
    try {
      const message = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: orderId }] });
      return message.content[0]?.type === 'text' ? message.content[0].text : '';
    } catch {
      return 'Sorry, the order service is unavailable right now.';
    }
  },
});

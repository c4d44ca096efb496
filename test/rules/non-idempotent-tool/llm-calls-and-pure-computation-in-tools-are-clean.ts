// Tools that call a model (chat completion, embeddings, an Anthropic message, a nested generateText)
// or only compute. `create` on these SDK resources generates output and stores nothing anyone acts
// on; pure computation has no side effect at all. No finding.
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { generateText, tool } from 'ai';
import { openai as openaiProvider } from '@ai-sdk/openai';
import { z } from 'zod';

const openai = new OpenAI({ timeout: 30_000 });
const anthropic = new Anthropic({ timeout: 30_000 });

export const summarizeThread = tool({
  description: 'Summarize a long email thread',
  inputSchema: z.object({ thread: z.string() }),
  execute: async ({ thread }, { abortSignal }) => {
    const completion = await openai.chat.completions.create(
      { model: 'gpt-4.1-mini', messages: [{ role: 'system', content: 'Summarize in 5 bullets.' }, { role: 'user', content: thread }] },
      { signal: abortSignal },
    );
    return completion.choices[0]?.message.content ?? '';
  },
});

export const embedQuery = tool({
  description: 'Embed a search query',
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const res = await openai.embeddings.create({ model: 'text-embedding-3-small', input: text });
    return res.data[0]?.embedding ?? [];
  },
});

export const secondOpinion = tool({
  description: 'Ask a second model to review a draft answer',
  inputSchema: z.object({ draft: z.string() }),
  execute: async ({ draft }) => {
    const message = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 800,
      messages: [{ role: 'user', content: `Review this answer for mistakes:\n\n${draft}` }],
    });
    const review = message.content.find((b) => b.type === 'text');
    const { text: verdict } = await generateText({
      model: openaiProvider('gpt-4.1-nano'),
      timeout: 20_000,
      prompt: `One word, APPROVE or REVISE: ${review?.type === 'text' ? review.text : ''}`,
    });
    return { review: review?.type === 'text' ? review.text : '', verdict };
  },
});

export const loanPayment = tool({
  description: 'Monthly payment of an amortised loan',
  inputSchema: z.object({ principal: z.number(), annualRatePct: z.number(), months: z.number().int() }),
  execute: async ({ principal, annualRatePct, months }) => {
    const r = annualRatePct / 100 / 12;
    const payment = r === 0 ? principal / months : (principal * r) / (1 - Math.pow(1 + r, -months));
    return { monthly: Math.round(payment * 100) / 100 };
  },
});

export const businessDaysBetween = tool({
  description: 'Count business days between two dates',
  inputSchema: z.object({ from: z.string().date(), to: z.string().date() }),
  execute: async ({ from, to }) => {
    let days = 0;
    for (let d = new Date(from); d < new Date(to); d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days++;
    }
    return { days };
  },
});

// `stopWhen` that never ends the loop, beside a `prepareStep` that switches the tools off once a time budget is
// spent (`activeTools: []`, `toolChoice: 'none'`): the next step cannot call a tool, so the loop ends — the budget
// bounds it. A `prepareStep` that only changes the model or the system prompt bounds nothing: still reported.
import { streamText, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const searchMail = tool({
  description: 'Search the mailbox',
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }, { abortSignal }) => {
    const res = await fetch(`https://mail.example.com/search?q=${encodeURIComponent(query)}`, { signal: abortSignal });
    return res.json();
  },
});

const BUDGET_MS = 90_000;

export function assistantChat(prompt: string) {
  const startedAt = Date.now();
  return streamText({
    model: openai('gpt-5-mini'),
    prompt,
    tools: { searchMail },
    abortSignal: AbortSignal.timeout(300_000),
    stopWhen: () => false,
    prepareStep: () => {
      if (Date.now() - startedAt < BUDGET_MS) return;
      return { activeTools: [], toolChoice: 'none' as const };
    },
  });
}

export function researcher(prompt: string) {
  return streamText({
    model: openai('gpt-5-mini'),
    prompt,
    tools: { searchMail },
    abortSignal: AbortSignal.timeout(300_000),
    stopWhen: () => false, // expect: unbounded-agent-loop
    prepareStep: ({ stepNumber }) => (stepNumber > 3 ? { model: openai('gpt-5') } : undefined),
  });
}

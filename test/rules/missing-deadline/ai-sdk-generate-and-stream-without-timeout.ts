// The AI SDK has no default deadline: generateText and streamText with neither `timeout` nor
// `abortSignal` can wait on the provider forever (full severity).
import { generateText, streamText, stepCountIs, tool } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

const searchKnowledgeBase = tool({
  description: 'Search the internal knowledge base',
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }) => ({ hits: [`No article matches "${query}" yet`] }),
});

export async function answerFromDocs(question: string) {
  const result = await generateText({ // expect: missing-deadline
    model: anthropic('claude-sonnet-4-5'),
    system: 'Answer using the knowledge base; cite article titles.',
    prompt: question,
    tools: { searchKnowledgeBase },
    stopWhen: stepCountIs(5),
  });
  return result.text;
}

export function streamAnswer(question: string) {
  const result = streamText({ // expect: missing-deadline
    model: anthropic('claude-haiku-4-5'),
    prompt: question,
    maxRetries: 1,
  });
  return result.toTextStreamResponse();
}

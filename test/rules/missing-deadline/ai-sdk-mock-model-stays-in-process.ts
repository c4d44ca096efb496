// AI SDK calls on a test double from `ai/test` (MockLanguageModelV3), written inline, held in a variable, or
// the model of an agent, make no network request: no deadline is missing. The same calls on a provider
// model have none and are reported.
import { ToolLoopAgent, generateText, streamText } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { anthropic } from '@ai-sdk/anthropic';

const cannedReply = new MockLanguageModelV3({
  doGenerate: async () => ({
    content: [{ type: 'text', text: 'Refund approved.' }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: { inputTokens: { total: 4 }, outputTokens: { total: 2 } },
    warnings: [],
  }),
});

export async function demoWithCannedReply(question: string) {
  const { text } = await generateText({ model: cannedReply, prompt: question });
  return text;
}

export function demoStreamInline(question: string) {
  return streamText({ model: new MockLanguageModelV3({ doStream: async () => ({ stream: new ReadableStream() }) }), prompt: question });
}

const rehearsalAgent = new ToolLoopAgent({ model: cannedReply, instructions: 'Answer billing questions.' });

export async function rehearse(question: string) {
  return rehearsalAgent.generate({ prompt: question });
}

export async function answerForReal(question: string) {
  const { text } = await generateText({ model: anthropic('claude-sonnet-4-5'), prompt: question }); // expect: missing-deadline
  return text;
}

const liveAgent = new ToolLoopAgent({ model: anthropic('claude-sonnet-4-5'), instructions: 'Answer billing questions.' });

export async function answerWithAgent(question: string) {
  return liveAgent.generate({ prompt: question }); // expect: missing-deadline
}

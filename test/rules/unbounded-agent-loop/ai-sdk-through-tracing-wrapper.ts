// A tracing wrapper hands back the SDK it wraps (braintrust 3.35 `wrapAISDK<T>(ai: T): T`): `generateText` taken from
// the wrapped namespace is the AI SDK's. A `while (true)` tool loop that stops only when the model stops calling tools
// is unbounded; the same loop counting its turns is clean, and so is a loop over a function merely named like it.
import * as ai from 'ai';
import { openai } from '@ai-sdk/openai';
import { wrapAISDK } from 'braintrust';

const { generateText } = wrapAISDK(ai);

export async function answer(messages: ai.ModelMessage[]) {
  while (true) { // expect: unbounded-agent-loop
    const result = await generateText({ model: openai('gpt-4o'), messages, tools: {}, abortSignal: AbortSignal.timeout(30_000) });
    messages.push(...result.response.messages);
    if (result.finishReason !== 'tool-calls') return result.text;
  }
}

export async function answerInTurns(messages: ai.ModelMessage[], maxTurns = 8) {
  for (let turn = 0; turn < maxTurns; turn++) {
    const result = await generateText({ model: openai('gpt-4o'), messages, tools: {}, abortSignal: AbortSignal.timeout(30_000) });
    messages.push(...result.response.messages);
    if (result.finishReason !== 'tool-calls') return result.text;
  }
  throw new Error('no answer within the turn limit');
}

const local = { generateText: async (prompt: string) => ({ text: prompt, finishReason: 'stop' as string }) };

export async function echo(prompt: string) {
  while (true) {
    const result = await local.generateText(prompt);
    if (result.finishReason !== 'tool-calls') return result.text;
  }
}

// The agent is an object literal a factory returns as the project's `Agent` interface (not a class): its
// `stream` runs the model.
import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';
import type { Agent, Clock } from './types.js';

export async function createAgent(model: string): Promise<Agent> {
  return {
    stream(options) {
      const result = streamText({ model: openai(model), messages: options.messages as never, abortSignal: options.abortSignal });
      return { text: Promise.resolve(result.text), toolCalls: Promise.resolve(result.toolCalls) };
    },
  };
}

export const systemClock: Clock = {
  async tick() {
    await new Promise((resolve) => setTimeout(resolve, 10));
  },
};

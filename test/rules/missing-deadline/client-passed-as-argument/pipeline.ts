// Clients and agents built in one function and handed to another as an argument, whose parameter says
// nothing about them (an interface of the project, or no type at all). The argument each caller passes
// is followed: an untimed OpenAI client and a Mastra agent called without a signal are reported; a
// client built with a timeout is clean.
import { Agent } from '@mastra/core/agent';
import OpenAI from 'openai';
import { openai as openaiProvider } from '@ai-sdk/openai';

interface ChatClient {
  chat: { completions: { create(body: unknown, options?: unknown): Promise<any> } };
}

interface Generates {
  generate(prompt: string, options?: unknown): Promise<{ text: string }>;
}

async function draft(client: ChatClient, topic: string) {
  const completion = await client.chat.completions.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Draft a post about ${topic}` }],
  });
  return completion.choices[0].message.content as string;
}

async function polish(client: ChatClient, text: string) {
  const completion = await client.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `Polish: ${text}` }] });
  return completion.choices[0].message.content as string;
}

const summarise = async (agent: Generates, text: string) => {
  const result = await agent.generate(`Summarise: ${text}`); // expect: missing-deadline
  return result.text;
};

export async function writePost(topic: string) {
  const openai = new OpenAI();
  const careful = new OpenAI({ timeout: 20_000 });
  const writer = new Agent({ name: 'writer', instructions: 'You summarise blog posts.', model: openaiProvider('gpt-5-mini') });
  const first = await draft(openai, topic);
  const second = await polish(careful, first);
  return summarise(writer, second);
}

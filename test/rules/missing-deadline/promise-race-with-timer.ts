// `Promise.race` of the call against a timer bounds how long the caller waits: the rule
// accepts it as a deadline (an inline setTimeout promise, or timers/promises' setTimeout).
import { setTimeout as sleep } from 'node:timers/promises';
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function getTrendingTopics() {
  const res = await Promise.race([
    fetch('https://trends.example.com/v1/topics'),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('trends request timed out')), 5_000)),
  ]);
  return (await res.json()) as string[];
}

export async function suggestTitle(article: string) {
  const result = await Promise.race([
    generateText({ model: openai('gpt-5-nano'), prompt: `Suggest a title for:\n${article}` }),
    sleep(20_000).then(() => {
      throw new Error('title suggestion timed out');
    }),
  ]);
  return result.text;
}

// A recursion that hands itself `depth - 1` and stops when the depth reaches zero (`if (depth === 0) return`) is
// bounded by the depth its first caller passes — clean, also with `!depth`. The twins pass the depth on unchanged,
// or count it down but stop on something else (the model's own answer): reported at the recursive call.
import { generateObject, generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const model = openai('gpt-4o');

async function followUps(prompt: string): Promise<string[]> {
  const { object } = await generateObject({ model, prompt, schema: z.object({ questions: z.array(z.string()) }) });
  return object.questions;
}

export const deepResearch = async (prompt: string, depth: number, breadth: number): Promise<string[]> => {
  if (depth === 0) return [];
  const found: string[] = [];
  for (const question of (await followUps(prompt)).slice(0, breadth)) {
    found.push(question, ...(await deepResearch(question, depth - 1, Math.ceil(breadth / 2))));
  }
  return found;
};

export async function explore(topic: string, levels: number): Promise<string> {
  if (!levels) return topic;
  const { text } = await generateText({ model, prompt: `Name one subtopic of ${topic}` });
  return explore(text, levels - 1);
}

export async function exploreUnchanged(topic: string, levels: number): Promise<string> {
  if (levels === 0) return topic;
  const { text } = await generateText({ model, prompt: `Name one subtopic of ${topic}` });
  return exploreUnchanged(text, levels); // expect: unbounded-agent-loop
}

export async function exploreUntilDone(topic: string, levels: number): Promise<string> {
  const { text } = await generateText({ model, prompt: `Name one subtopic of ${topic}, or DONE` });
  if (text === 'DONE') return topic;
  return exploreUntilDone(text, levels - 1); // expect: unbounded-agent-loop
}

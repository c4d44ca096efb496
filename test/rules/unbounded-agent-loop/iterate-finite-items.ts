// Loops over a finite collection call the model once per item: bounded by the data, not by
// the model, so they are not agent loops.
import { generateObject, generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

export async function summariseAll(documents: Array<{ id: string; body: string }>) {
  const summaries = new Map<string, string>();
  for (const doc of documents) {
    const { text } = await generateText({
      model: openai('gpt-5-nano'),
      prompt: `Summarise in two sentences:\n${doc.body}`,
      timeout: 30_000,
    });
    summaries.set(doc.id, text);
  }
  return summaries;
}

export async function classifyReviews(reviews: string[]) {
  const labels: string[] = [];
  for (let i = 0; i < reviews.length; i++) {
    const { object } = await generateObject({
      model: openai('gpt-5-nano'),
      schema: z.object({ sentiment: z.enum(['positive', 'neutral', 'negative']) }),
      prompt: reviews[i]!,
      abortSignal: AbortSignal.timeout(20_000),
    });
    labels.push(object.sentiment);
  }
  return labels;
}

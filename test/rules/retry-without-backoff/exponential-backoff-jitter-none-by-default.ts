// exponential-backoff's `jitter` defaults to 'none'; 'full' randomises each delay.
import { backOff } from 'exponential-backoff';
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

export async function embed(input: string) {
  const result = await backOff(() => openai.embeddings.create({ model: 'text-embedding-3-small', input })); // expect: retry-without-backoff
  return result.data[0]!.embedding;
}

export async function embedMany(input: string[]) {
  return backOff(() => openai.embeddings.create({ model: 'text-embedding-3-small', input }), { numOfAttempts: 6, jitter: 'full' });
}

export async function moderate(input: string) {
  return backOff(() => openai.moderations.create({ input }), { numOfAttempts: Infinity, jitter: 'full' }); // expect: retry-without-backoff
}

export async function moderateFixed(input: string) {
  return backOff(() => openai.moderations.create({ input }), { startingDelay: 1_000, timeMultiple: 1, numOfAttempts: 5 }); // expect: retry-without-backoff
}

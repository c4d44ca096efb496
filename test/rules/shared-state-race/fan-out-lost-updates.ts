// Promise.all over model calls: compound assignments across an await, a spread of the old array, a
// local copy written back after an await, and a shared Map read and set around an await. The twins
// that collect results and merge once afterwards are clean.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

export async function costOfAll(prompts: string[]) {
  let totalTokens = 0;
  await Promise.all(
    prompts.map(async (prompt) => {
      totalTokens += (await openai.responses.create({ model: 'gpt-5-mini', input: prompt })).usage?.total_tokens ?? 0; // expect: shared-state-race
    }),
  );
  return totalTokens;
}

export async function answersOfAll(prompts: string[]) {
  let answers: string[] = [];
  await Promise.all(
    prompts.map(async (prompt) => {
      answers = [...answers, (await openai.responses.create({ model: 'gpt-5-mini', input: prompt })).output_text]; // expect: shared-state-race
    }),
  );
  return answers;
}

const state = { notes: [] as string[], updated: 0 };

export async function annotate(docs: string[]) {
  await Promise.all(
    docs.map(async (doc) => {
      const notes = state.notes;
      const r = await openai.responses.create({ model: 'gpt-5-mini', input: `Note on: ${doc}` });
      state.notes = [...notes, r.output_text]; // expect: shared-state-race
    }),
  );
}

const cache = new Map<string, string[]>();

export async function tagAll(userId: string, docs: string[]) {
  await Promise.all(
    docs.map(async (doc) => {
      const tags = cache.get(userId) ?? [];
      const r = await openai.responses.create({ model: 'gpt-5-mini', input: `Tag: ${doc}` });
      cache.set(userId, [...tags, r.output_text]); // expect: shared-state-race
    }),
  );
}

export async function costOfAllMerged(prompts: string[]) {
  const usages = await Promise.all(prompts.map(async (prompt) => (await openai.responses.create({ model: 'gpt-5-mini', input: prompt })).usage?.total_tokens ?? 0));
  return usages.reduce((a, b) => a + b, 0);
}

export async function answersPushed(prompts: string[]) {
  const answers: string[] = [];
  await Promise.all(
    prompts.map(async (prompt) => {
      const r = await openai.responses.create({ model: 'gpt-5-mini', input: prompt });
      answers.push(r.output_text);
      state.updated += 1;
    }),
  );
  return answers;
}

// Found on a dev-corpus repository (gemini-cli): a record read from an in-memory Map is the object itself;
// tasks that mutate it and set it back under the same key re-set one shared object — wasted work, no
// lost update (clean). The same shape on an awaited store read (a copy) is a lost update.
import OpenAI from 'openai';
import { Redis } from 'ioredis';

const openai = new OpenAI({ timeout: 30_000 });
const redis = new Redis();
const state = new Map<string, { summary?: string }>();

export async function summariseAll(paths: string[]) {
  await Promise.all(paths.map(async (path) => {
    const record = state.get(path);
    if (!record || record.summary) return;
    record.summary = (await openai.responses.create({ model: 'gpt-5-mini', input: path })).output_text;
    state.set(path, record);
  }));
}

export async function summariseAllInRedis(paths: string[]) {
  await Promise.all(paths.map(async (path) => {
    const record = JSON.parse((await redis.get('summaries')) ?? '{}') as Record<string, string>;
    record[path] = (await openai.responses.create({ model: 'gpt-5-mini', input: path })).output_text;
    await redis.set('summaries', JSON.stringify(record)); // expect: shared-state-race
  }));
}

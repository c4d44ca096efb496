// Found on a repository outside the corpus (a web-search map endpoint): a task reads a cache key and,
// only when nothing is there, computes the answer and writes it. The value written is not made from
// the one read, so tasks racing on a miss write the same kind of answer: work done twice, nothing
// lost (clean). A write that does build on what was read is still a lost update.
import OpenAI from 'openai';
import { Redis } from 'ioredis';

const openai = new OpenAI({ timeout: 30_000 });
const redis = new Redis();

async function answer(question: string): Promise<string> {
  return (await openai.responses.create({ model: 'gpt-5-mini', input: question })).output_text;
}

export async function answerAllWithEarlyReturn(questions: string[]) {
  return Promise.all(questions.map(async (question) => {
    const cached = await redis.get(`answer:${question}`);
    if (cached) return cached;
    const fresh = await answer(question);
    await redis.set(`answer:${question}`, fresh, 'EX', 3600);
    return fresh;
  }));
}

export async function answerAllWithElse(questions: string[]) {
  return Promise.all(questions.map(async (question) => {
    const key = `answer:${question}`;
    const cached = await redis.get(key);
    let result: string;
    if (cached) {
      result = cached;
    } else {
      result = await answer(question);
      await redis.set(key, result);
    }
    return result;
  }));
}

export async function answerAllWhenMissing(questions: string[]) {
  return Promise.all(questions.map(async (question) => {
    const cached = await redis.get(`answer:${question}`);
    if (cached === null) {
      await redis.set(`answer:${question}`, await answer(question));
    }
  }));
}

export async function appendAnswers(questions: string[]) {
  return Promise.all(questions.map(async (question) => {
    const log = (await redis.get('answers')) ?? '';
    if (!question) return;
    await redis.set('answers', log + (await answer(question))); // expect: shared-state-race
  }));
}

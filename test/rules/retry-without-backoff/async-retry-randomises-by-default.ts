// async-retry turns `randomize` on unless told otherwise (lib/index.js), so its defaults are clean;
// `randomize: false` drops the jitter, `forever: true` removes the bound.
import retry from 'async-retry';
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ timeout: 60_000, maxRetries: 0 });

export async function summarise(text: string) {
  return retry(async () => {
    const message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: text }] });
    return message;
  });
}

export async function classify(text: string) {
  return retry( // expect: retry-without-backoff
    async () => anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 16, messages: [{ role: 'user', content: text }] }),
    { retries: 4, randomize: false },
  );
}

export async function translate(text: string) {
  return retry(async () => anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 512, messages: [{ role: 'user', content: text }] }), { // expect: retry-without-backoff
    forever: true,
  });
}

export async function tag(text: string) {
  return retry(async () => anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 64, messages: [{ role: 'user', content: text }] }), {
    retries: 3,
    factor: 1,
    minTimeout: 500,
  });
}

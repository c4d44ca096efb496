// Any function that takes a signal (a parameter, a destructured option, an options bag whose `signal`
// it uses elsewhere) and makes a call without it; callbacks inside it run for the same caller.
import Anthropic from '@anthropic-ai/sdk';
import axios from 'axios';

const anthropic = new Anthropic({ timeout: 60_000 });

export async function enrich(ids: string[], signal: AbortSignal) {
  return Promise.all(ids.map(async (id) => {
    const { data } = await axios.get(`https://crm.example.com/people/${id}`, { timeout: 10_000 }); // expect: deadline-not-propagated
    return data;
  }));
}

export async function enrichPassed(ids: string[], signal: AbortSignal) {
  return Promise.all(ids.map(async (id) => (await axios.get(`https://crm.example.com/people/${id}`, { signal })).data));
}

export async function draft(prompt: string, { signal }: { signal?: AbortSignal } = {}) {
  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }); // expect: deadline-not-propagated
}

export async function draftAndCheck(prompt: string, options: { signal?: AbortSignal; model?: string }) {
  const first = await anthropic.messages.create({ model: options.model ?? 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }, { signal: options.signal });
  const review = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: `Review: ${JSON.stringify(first.content)}` }] }); // expect: deadline-not-propagated
  return { first, review };
}

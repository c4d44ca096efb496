// A package named other than by its bare name is that package (rules/knowledge/module-specifiers.ts): Deno's `npm:`
// specifier and CDN URLs that serve npm packages by name and version (a Supabase Edge Function's usual imports), the
// package's own entry file named as a subpath (`openai/index.mjs`), and `openai/client`, which declares the same class.
import { streamText } from 'https://esm.sh/ai@4.2.6';
import { generateText as generateFromJsDelivr } from 'https://cdn.jsdelivr.net/npm/ai@4/+esm';
import { createOpenAI } from 'npm:@ai-sdk/openai@1.3.0';
import OpenAI from 'openai/index.mjs';
import { OpenAI as OpenAIClient } from 'openai/client';
// Near-misses: a Deno module that is not an npm package, and a package the tables do not name, keep their names.
import { generateText as generateFromDenoLand } from 'https://deno.land/x/llm_helpers@0.1.0/mod.ts';
import { runModel } from 'npm:home-grown-llm@1.0.0/index.js';

const provider = createOpenAI({ apiKey: Deno.env.get('OPENAI_API_KEY') });
const openai = new OpenAI();
const timed = new OpenAIClient({ timeout: 30_000 });
const client = new OpenAIClient();

declare const Deno: { env: { get(name: string): string | undefined } };

export async function reply(prompt: string) {
  const result = streamText({ model: provider('gpt-4o'), prompt }); // expect: missing-deadline
  const summary = await generateFromJsDelivr({ model: provider('gpt-4o-mini'), prompt }); // expect: missing-deadline
  const bounded = streamText({ model: provider('gpt-4o'), prompt, abortSignal: AbortSignal.timeout(60_000) });
  return { result, summary, bounded };
}

export async function complete(prompt: string) {
  const first = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
  const second = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
  const third = await timed.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });
  return [first, second, third];
}

export async function unknownModules(prompt: string) {
  return [await generateFromDenoLand({ prompt }), await runModel(prompt)];
}

// Tracing wrappers hand back what they wrap (braintrust 3.35 `wrapAISDK`, `wrapOpenAI`; langsmith 0.12 `wrapOpenAI`):
// a call through the wrapped value is the SDK's call, with the SDK's deadlines. Findings: the AI SDK's `generateText`
// with no signal, an OpenAI client with its 10-minute default (lower severity). Clean: the same calls given a signal,
// a client made with a `timeout`.
import * as ai from 'ai';
import { openai as provider } from '@ai-sdk/openai';
import OpenAI from 'openai';
import { wrapAISDK, wrapOpenAI } from 'braintrust';
import { wrapOpenAI as traceOpenAI } from 'langsmith/wrappers';

const { generateText } = wrapAISDK(ai);
const client = wrapOpenAI(new OpenAI());
const boundedClient = traceOpenAI(new OpenAI({ timeout: 20_000 }));

export async function summarise(text: string) {
  const { text: summary } = await generateText({ model: provider('gpt-4o-mini'), prompt: `Summarise: ${text}` }); // expect: missing-deadline
  return summary;
}

export async function summariseInTime(text: string) {
  const { text: summary } = await generateText({ model: provider('gpt-4o-mini'), prompt: `Summarise: ${text}`, abortSignal: AbortSignal.timeout(15_000) });
  return summary;
}

export async function classify(text: string) {
  const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] }); // expect: missing-deadline severity=warn
  return completion.choices[0]?.message.content;
}

export async function classifyInTime(text: string) {
  const completion = await boundedClient.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });
  return completion.choices[0]?.message.content;
}

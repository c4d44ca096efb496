// The openai v3 client (`new OpenAIApi(new Configuration({…}))`) sends every request through the global axios
// instance with `{ ...configuration.baseOptions, ...options }` (openai 3.3.0, api.ts/common.ts): no default
// deadline. A `timeout` or `signal` in the call's options (its last argument) or in the configuration's
// `baseOptions` bounds it.
import { Configuration, OpenAIApi } from 'openai';

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));
const boundedOpenai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY, baseOptions: { timeout: 30_000 } }));

export async function embed(text: string) {
  const response = await openai.createEmbedding({ model: 'text-embedding-ada-002', input: text }); // expect: missing-deadline
  return response.data.data[0]?.embedding ?? [];
}

export async function complete(prompt: string) {
  const response = await openai.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline
  return response.data.choices[0]?.message?.content ?? '';
}

export async function completeWithTimeout(prompt: string) {
  const response = await openai.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [{ role: 'user', content: prompt }] }, { timeout: 20_000 });
  return response.data.choices[0]?.message?.content ?? '';
}

export async function completeOnBoundedClient(prompt: string) {
  const response = await boundedOpenai.createChatCompletion({ model: 'gpt-3.5-turbo', messages: [{ role: 'user', content: prompt }] });
  return response.data.choices[0]?.message?.content ?? '';
}

// Test corpus README question 14, for a client option: `timeout: opts?.timeout || config.timeout || undefined` sets a
// deadline only when a setting is configured — by default the client has the OpenAI SDK's 10-minute one only ("no
// explicit deadline", lower severity). A fallback to a number (`?? 60_000`) is a deadline.
import OpenAI from 'openai';

const config = { apiKey: process.env.OPENAI_API_KEY!, timeout: Number(process.env.OPENAI_TIMEOUT_MS) || undefined };
const opts: { timeout?: number } = {};

const client = new OpenAI({ apiKey: config.apiKey, timeout: opts?.timeout || config.timeout || undefined });
const bounded = new OpenAI({ apiKey: config.apiKey, timeout: opts?.timeout ?? 60_000 });

export async function models() {
  return client.models.list(); // expect: missing-deadline severity=warn
}

export async function complete(prompt: string) {
  return bounded.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: prompt }] });
}

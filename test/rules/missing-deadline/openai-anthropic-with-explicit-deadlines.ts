// OpenAI and Anthropic SDK calls with an explicit deadline: a `timeout` on the client the call
// uses, or a `timeout`/`signal` request option on the call itself. Nothing here is reported.
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

const openai = new OpenAI();
const anthropic = new Anthropic({ timeout: 60_000, maxRetries: 1 });

export async function moderate(text: string) {
  const completion = await openai.chat.completions.create(
    { model: 'gpt-5-nano', messages: [{ role: 'user', content: `Is this abusive? yes/no\n${text}` }] },
    { timeout: 10_000 },
  );
  return completion.choices[0]?.message.content === 'yes';
}

export async function rewrite(text: string, signal: AbortSignal) {
  const response = await openai.responses.create(
    { model: 'gpt-5-mini', input: `Rewrite in plain English:\n${text}` },
    { signal },
  );
  return response.output_text;
}

export async function streamOutline(topic: string) {
  const stream = openai.responses.stream(
    { model: 'gpt-5', input: `Outline a talk about ${topic}` },
    { signal: AbortSignal.timeout(120_000) },
  );
  return stream.finalResponse();
}

export async function critique(essay: string) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 1500,
    messages: [{ role: 'user', content: `Critique this essay:\n${essay}` }],
  });
  return message.content;
}

export async function streamCritique(essay: string) {
  const stream = anthropic.messages.stream({
    model: 'claude-sonnet-4-5',
    max_tokens: 1500,
    messages: [{ role: 'user', content: `Critique this essay:\n${essay}` }],
  });
  return stream.finalMessage();
}

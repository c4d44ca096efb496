// A provider's complete() calls the model through a helper and calls itself again whenever the model's tool
// arguments do not parse: the model decides how deep it goes. The twin counts its attempts.
import OpenAI from 'openai';

const client = new OpenAI({ timeout: 60_000 });
const MAX_ATTEMPTS = 3;

async function tooledComplete(messages: OpenAI.ChatCompletionMessageParam[]) {
  const completion = await client.chat.completions.create({ model: 'gpt-5-mini', messages });
  return completion.choices[0]!.message;
}

export async function complete(messages: OpenAI.ChatCompletionMessageParam[]): Promise<unknown> {
  const message = await tooledComplete(messages);
  try {
    return JSON.parse(message.content ?? '');
  } catch {
    messages.push({ role: 'user', content: 'That was not valid JSON. Answer again.' });
    return complete(messages); // expect: unbounded-agent-loop
  }
}

export async function completeWithin(messages: OpenAI.ChatCompletionMessageParam[], attempt = 0): Promise<unknown> {
  const message = await tooledComplete(messages);
  try {
    return JSON.parse(message.content ?? '');
  } catch {
    if (attempt >= MAX_ATTEMPTS) throw new Error('no valid JSON');
    return completeWithin(messages, attempt + 1);
  }
}

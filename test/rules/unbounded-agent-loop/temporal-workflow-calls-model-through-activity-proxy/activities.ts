// Activities run in a worker: one calls the model, one only reads the clock.
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ timeout: 60_000 });

export async function askModel(messages: Anthropic.MessageParam[]) {
  const reply = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
  return { content: reply.content, stopReason: reply.stop_reason };
}

export async function currentTime(): Promise<number> {
  return Date.now();
}

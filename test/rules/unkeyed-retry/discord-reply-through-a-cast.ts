// A value the code casts to a discord.js `Message` is one: its `reply` posts a new message through the REST manager,
// which retries timeouts and 5xx 3 times with no nonce — a finding. Clean: the same value cast to a project type (the
// project's own `reply`, not discord.js's), and an edit of the message (sets its content).
import type { InteractionResponse, Message } from 'discord.js';

interface Transcript {
  reply(text: string): Promise<void>;
}

export async function continueThread(first: InteractionResponse | Message, chunks: string[]) {
  let last: InteractionResponse | Message = first;
  for (const chunk of chunks.slice(1)) {
    last = await (last as Message).reply({ content: chunk }); // expect: unkeyed-retry
  }
  await (first as Message).edit({ content: chunks[0] });
  return last;
}

export async function record(log: unknown, text: string) {
  await (log as Transcript).reply(text);
}

// A helper that retries Discord writes on 5xx and network errors, over discord.js's own REST retries: a reply
// to a message posts a new message each attempt (no nonce). The message is typed `Pick<Message, 'reply'>`.
import type { ChatInputCommandInteraction, Message, MessageCreateOptions } from 'discord.js';

async function discordWrite<T>(operation: () => Promise<T>, retries = 2): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

export async function discordReply(message: Pick<Message, 'reply'>, payload: MessageCreateOptions) {
  return discordWrite(() => message.reply(payload)); // expect: unkeyed-retry
}

/** Near-miss: an interaction is answered once — a repeat is refused (README question 32). */
export async function answer(interaction: Pick<ChatInputCommandInteraction, 'reply'>, content: string) {
  return discordWrite(() => interaction.reply({ content }));
}

/** Near-miss: a reaction repeats to the same state. */
export async function discordReact(message: Pick<Message, 'react'>, emoji: string) {
  return discordWrite(() => message.react(emoji));
}

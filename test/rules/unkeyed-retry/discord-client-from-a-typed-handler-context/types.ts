import type { Client } from 'discord.js';

export interface ToolContext {
  client: Client;
}

export type ToolHandler<T = unknown> = (args: T, context: ToolContext) => Promise<{ text: string }>;

/** A context of the project's own: its `client` is a local stub. */
export interface LocalContext {
  client: { channels: { fetch(id: string): Promise<{ send(text: string): Promise<void> }> } };
}
export type LocalHandler = (args: { channelId: string }, context: LocalContext) => Promise<void>;

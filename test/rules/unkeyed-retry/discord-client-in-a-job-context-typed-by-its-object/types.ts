import type { Client } from 'discord.js';

export type JobContext = {
  client: Client;
  channelId: string;
};

/** A job: its `run` receives the context, typed only here. */
export type Job = {
  id: string;
  run: (ctx: JobContext) => Promise<void>;
};

/** A dry-run context of the project's own: its client only prints. */
export type DryRunContext = {
  client: { channels: { fetch(id: string): Promise<{ send(text: string): Promise<void> }> } };
  channelId: string;
};

export type DryRunJob = {
  id: string;
  run: (ctx: DryRunContext) => Promise<void>;
};

/** Anything a post can go to: the project's structural type, no discord.js type named. */
export interface PostTarget {
  send(text: string): Promise<unknown>;
}

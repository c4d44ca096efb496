import type { Context, SessionFlavor } from 'grammy';

export interface SessionData {
  notes: string[];
}

/** The bot's context: grammY's Context with the session the bot keeps. */
export type MyContext = Context & SessionFlavor<SessionData>;

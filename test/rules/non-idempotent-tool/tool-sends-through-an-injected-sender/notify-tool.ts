// The notify tool sends through a function the app installs at start-up (setSender, app.ts): the module holds it in a
// `let` that starts empty. What the app installs posts a message, so each call of the tool posts one. The log tool's
// function, installed the same way, only prints.
import { tool } from 'ai';
import { z } from 'zod';

type SendFn = (userId: string, text: string) => Promise<boolean>;
type LogFn = (line: string) => void;

let sendFn: SendFn | null = null;
let logFn: LogFn | undefined;

export function setSender(fn: SendFn) {
  sendFn = fn;
}

export function setLogger(fn: LogFn) {
  logFn = fn;
}

export const notifyTool = tool({
  description: 'Send a message to a user.',
  inputSchema: z.object({ userId: z.string(), text: z.string() }),
  execute: async ({ userId, text }) => {
    if (!sendFn) return 'messaging is not available';
    const sent = await sendFn(userId, text); // expect: non-idempotent-tool
    return sent ? 'sent' : 'not sent';
  },
});

export const noteTool = tool({
  description: 'Write a line to the operator log.',
  inputSchema: z.object({ line: z.string() }),
  execute: async ({ line }) => {
    logFn?.(line);
    return 'noted';
  },
});

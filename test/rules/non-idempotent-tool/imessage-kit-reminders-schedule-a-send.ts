// @photon-ai/imessage-kit Reminders: `in`, `at` and `exact` each put a message on the kit's scheduler under a fresh id
// (src/utils/reminders.ts scheduleReminder → MessageScheduler#schedule), so a tool that sets a reminder twice sends
// it twice. A reminder set under an id made from the tool's input is refused when repeated ("already exists"), and
// listing or cancelling reminders writes nothing new: clean.
import { createTool } from '@mastra/core/tools';
import { IMessageSDK, Reminders } from '@photon-ai/imessage-kit';
import { z } from 'zod';

const reminders = new Reminders(new IMessageSDK({ retry: { max: 1 } }));

export const remindIn = createTool({
  id: 'remind_in',
  description: 'Remind someone after a delay, e.g. "10 minutes".',
  inputSchema: z.object({ to: z.string(), delay: z.string(), note: z.string() }),
  execute: async ({ to, delay, note }) => {
    const id = reminders.in(delay, to, note); // expect: non-idempotent-tool
    return { id };
  },
});

export const remindOn = createTool({
  id: 'remind_on',
  description: 'Remind someone at an exact time.',
  inputSchema: z.object({ to: z.string(), when: z.string(), note: z.string() }),
  execute: async ({ to, when, note }) => ({ id: reminders.exact(new Date(when), to, note) }), // expect: non-idempotent-tool
});

export const remindOnce = createTool({
  id: 'remind_once',
  description: 'Remind someone of a task at a time, once per task.',
  inputSchema: z.object({ to: z.string(), at: z.string(), taskId: z.string(), note: z.string() }),
  execute: async ({ to, at, taskId, note }) => ({ id: reminders.at(at, to, note, { id: `task-${taskId}` }) }),
});

export const forget = createTool({
  id: 'forget_reminder',
  description: 'Cancel a reminder and list the rest.',
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => {
    reminders.cancel(id);
    return { pending: reminders.list() };
  },
});

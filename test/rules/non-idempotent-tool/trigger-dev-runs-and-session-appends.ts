// Trigger.dev from tools: `tasks.trigger` (SDK) and the API client's `triggerTask` start a new run on every call —
// reported unless an idempotency key from the input repeats; the API client's `appendToSessionStream` appends the
// message again on a repeat. Retrieving a run is a read.
import { ApiClient } from '@trigger.dev/core/v3';
import { tasks } from '@trigger.dev/sdk';
import { tool } from 'ai';
import { z } from 'zod';

const api = new ApiClient('https://api.trigger.dev', process.env.TRIGGER_SECRET_KEY ?? '');

export const startReport = tool({
  description: 'Start a report run',
  inputSchema: z.object({ accountId: z.string() }),
  execute: async ({ accountId }) => {
    const handle = await tasks.trigger('build-report', { accountId }); // expect: non-idempotent-tool
    return handle.id;
  },
});

export const startReportOnce = tool({
  description: 'Start the report run for an account and day (once)',
  inputSchema: z.object({ accountId: z.string(), day: z.string() }),
  execute: async ({ accountId, day }) => {
    const handle = await tasks.trigger('build-report', { accountId, day }, { idempotencyKey: `report-${accountId}-${day}` });
    return handle.id;
  },
});

export const triggerTask = tool({
  description: 'Trigger any task by id',
  inputSchema: z.object({ taskId: z.string(), payload: z.record(z.string(), z.unknown()) }),
  execute: async ({ taskId, payload }) => {
    const run = await api.triggerTask(taskId, { payload }); // expect: non-idempotent-tool
    return run.id;
  },
});

export const triggerTaskOnce = tool({
  description: 'Trigger a task once per request id',
  inputSchema: z.object({ taskId: z.string(), requestId: z.string(), payload: z.record(z.string(), z.unknown()) }),
  execute: async ({ taskId, requestId, payload }) => {
    const run = await api.triggerTask(taskId, { payload, options: { idempotencyKey: requestId } });
    return run.id;
  },
});

export const sendToSession = tool({
  description: 'Send a message to a running chat session',
  inputSchema: z.object({ sessionId: z.string(), text: z.string() }),
  execute: async ({ sessionId, text }) => {
    await api.appendToSessionStream(sessionId, 'in', JSON.stringify({ kind: 'message', text })); // expect: non-idempotent-tool
    return 'sent';
  },
});

export const getRun = tool({
  description: 'Get a run',
  inputSchema: z.object({ runId: z.string() }),
  execute: async ({ runId }) => api.retrieveRun(runId),
});

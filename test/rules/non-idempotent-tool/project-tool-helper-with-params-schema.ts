// A project's own `tool({ name, description, params, run })` helper, its input schema under `params` (a zod
// object): each definition's `run` is a tool's handler. post_status_update POSTs (finding); read_status reads
// (clean). A route declared the same way through `defineRoute` is no tool: its POST stays clean.
import { z } from 'zod';

interface ToolConfig<T extends z.ZodTypeAny> {
  name: string;
  description: string;
  params: T;
  run: (params: z.infer<T>) => Promise<unknown>;
}

export function tool<T extends z.ZodTypeAny>(config: ToolConfig<T>) {
  return { declaration: { name: config.name, description: config.description }, run: config.run };
}

export function defineRoute<T extends z.ZodTypeAny>(config: ToolConfig<T>) {
  return config;
}

export const postStatusUpdate = tool({
  name: 'post_status_update',
  description: 'Post a status update to the team channel',
  params: z.object({ text: z.string() }),
  run: async ({ text }) => {
    const res = await fetch('https://chat.example.com/api/messages', { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return res.status;
  },
});

export const readStatus = tool({
  name: 'read_status',
  description: 'Read the current status',
  params: z.object({}),
  run: async () => (await fetch('https://chat.example.com/api/status', { signal: AbortSignal.timeout(10_000) })).json(),
});

export const announceRoute = defineRoute({
  name: 'announce',
  description: 'Admin route that posts an announcement',
  params: z.object({ text: z.string() }),
  run: async ({ text }) => {
    const res = await fetch('https://chat.example.com/api/announcements', { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) });
    return res.status;
  },
});

// Toolkits that define their tools through their own helpers under other names: `createAction({ name, description,
// inputParams, execute })` hands `execute` on to a model's tool list, and `defineTool({ name, description, schema,
// handle })` wraps `handle` in the `run` its registry dispatches to. Each definition's function is a tool's handler:
// posting a comment and sending a message repeat on a second call (findings); the listing reads (clean). A project
// helper named for an action that is given no input schema (a UI store's `createAction({ type, handle })`) defines
// no tool: its POST stays clean.
import { z } from 'zod';

interface ActionConfig {
  name: string;
  description: string;
  inputParams: z.AnyZodObject;
  execute: (input: Record<string, unknown>) => Promise<unknown>;
}

export function createAction(config: ActionConfig): ActionConfig {
  const { name, description, inputParams, execute } = config;
  return { name, description, inputParams, execute: async (input) => await execute(input) };
}

export function defineTool<S extends z.ZodTypeAny>(tool: { name: string; description: string; schema: S; handle(args: z.infer<S>): Promise<string> }) {
  return { name: tool.name, description: tool.description, run: async (args: unknown) => tool.handle(tool.schema.parse(args)) };
}

function createUiAction(config: { type: string; handle: (payload: { text: string }) => Promise<unknown> }) {
  return config;
}

const postComment = async (input: { threadId: string; text: string }) => {
  const response = await fetch(`https://forum.example.com/threads/${input.threadId}/comments`, { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ text: input.text }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
};

export const postCommentAction = createAction({
  name: 'post_comment',
  description: 'Post a comment on a thread',
  inputParams: z.object({ threadId: z.string(), text: z.string() }),
  execute: postComment as ActionConfig['execute'],
});

export const sendMessage = defineTool({
  name: 'send_message',
  description: 'Send a message to a channel',
  schema: z.object({ channelId: z.string(), text: z.string() }),
  handle: async ({ channelId, text }) => {
    const response = await fetch(`https://chat.example.com/channels/${channelId}/messages`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.statusText;
  },
});

export const listThreads = createAction({
  name: 'list_threads',
  description: 'List the forum threads',
  inputParams: z.object({}),
  execute: async () => (await fetch('https://forum.example.com/threads', { signal: AbortSignal.timeout(10_000) })).json(),
});

export const saveDraft = createUiAction({
  type: 'drafts/save',
  handle: async ({ text }) => {
    const response = await fetch('https://forum.example.com/drafts', { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) });
    return response.json();
  },
});

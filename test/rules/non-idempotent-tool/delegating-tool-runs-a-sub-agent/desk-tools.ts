// The help desk's own tools, offered to sub-agents (delegates.ts): opening a ticket and posting to a channel make a
// new record on every call, reported in their handlers; listing tickets only reads.
import { tool } from 'ai';
import { z } from 'zod';

export const openTicketTool = tool({
  description: 'Open a ticket',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => {
    const response = await fetch('https://desk.example.com/v1/tickets', { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ title }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.json();
  },
});

export const listTicketsTool = tool({
  description: 'List open tickets',
  inputSchema: z.object({}),
  execute: async () => {
    const response = await fetch('https://desk.example.com/v1/tickets?state=open', { signal: AbortSignal.timeout(10_000) });
    return response.json();
  },
});

export function createPostTool(channelUrl: string) {
  return tool({
    description: 'Post a message to the team channel',
    inputSchema: z.object({ text: z.string() }),
    execute: async ({ text }) => {
      const response = await fetch(channelUrl, { // expect: non-idempotent-tool
        method: 'POST',
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(10_000),
      });
      return response.ok;
    },
  });
}

export function createListTool(baseUrl: string) {
  return tool({
    description: 'List the channels',
    inputSchema: z.object({}),
    execute: async () => {
      const response = await fetch(`${baseUrl}/channels`, { signal: AbortSignal.timeout(10_000) });
      return response.json();
    },
  });
}

// An AI SDK tool wrapped so that a person approves it first: `withApproval(baseTool)` returns `{ ...baseTool,
// execute }`, whose own execute posts an approval request to the team channel before it runs the given tool. That
// post is a new message on every call: the re-built tool's handler writes. The given tools' own writes are found at
// their definitions. `withTiming` re-builds a tool the same way but only measures it.
import { tool, type Tool } from 'ai';
import { z } from 'zod';

async function requestApproval(channelUrl: string, text: string): Promise<boolean> {
  const response = await fetch(channelUrl, {
    method: 'POST',
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.ok;
}

export function withApproval<T extends Tool>(baseTool: T, channelUrl: string): T {
  return {
    ...baseTool,
    execute: async (args: Record<string, unknown>, options: unknown) => {
      const approved = await requestApproval(channelUrl, `Run with ${JSON.stringify(args)}?`); // expect: non-idempotent-tool
      if (!approved) return { denied: true };
      return (baseTool.execute as Function)(args, options);
    },
  };
}

export function withTiming<T extends Tool>(baseTool: T): T {
  return {
    ...baseTool,
    execute: async (args: Record<string, unknown>, options: unknown) => {
      const started = Date.now();
      try {
        return await (baseTool.execute as Function)(args, options);
      } finally {
        console.log(`took ${Date.now() - started} ms`);
      }
    },
  };
}

export const listBranches = withTiming(
  tool({
    description: 'List the branches of a repository',
    inputSchema: z.object({ repo: z.string() }),
    execute: async ({ repo }) => {
      const response = await fetch(`https://git.example.com/v1/repos/${repo}/branches`, { signal: AbortSignal.timeout(10_000) });
      return response.json();
    },
  }),
);

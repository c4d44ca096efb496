// The project's tool helper: wraps the handler with an audit line, then hands the definition to the AI SDK.
import { tool } from 'ai';
import type { z } from 'zod';

export function defineTool<I>(config: { description: string; inputSchema: z.ZodType<I>; execute: (input: I) => Promise<unknown> }) {
  const { execute, ...rest } = config;
  return tool({
    ...rest,
    execute: async (input: I) => {
      console.log('tool call', config.description);
      return execute(input);
    },
  });
}

/** Gives the set back as it came, after noting each tool's name. */
export function nameTools<T extends Record<string, unknown>>(tools: T): T {
  for (const name of Object.keys(tools)) console.log('tool', name);
  return tools;
}

// The team's own wrapper around AI SDK tool(): every function passed as `run` becomes the tool's
// execute, so it is a tool handler even though it is written in another file.
import { tool } from 'ai';
import type { z } from 'zod';

export function defineSupportTool<INPUT>(
  name: string,
  description: string,
  inputSchema: z.ZodType<INPUT>,
  run: (input: INPUT) => Promise<unknown>,
) {
  return tool({ description: `[${name}] ${description}`, inputSchema, execute: run });
}

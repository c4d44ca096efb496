// The project's own tool definition helper: what it returns, an agent hands to @openai/agents `tool()`.
import type { z } from 'zod';

export function defineTool<T extends z.ZodRawShape>(name: string, description: string, parameters: z.ZodObject<T>, execute: (params: z.infer<z.ZodObject<T>>) => Promise<unknown>) {
  return { name, description, parameters, execute };
}

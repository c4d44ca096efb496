// A project factory that builds a tool object from its arguments, and one that binds a tool's callback to the client.
import type { ZodRawShape } from 'zod';

export interface ToolOptions { baseUrl: string }
export type ToolCallback = (args: Record<string, unknown>, options: ToolOptions) => Promise<{ content: Array<{ type: 'text'; text: string }> }>;

export const createTool = (name: string, config: { description: string; inputSchema: ZodRawShape }, callback: ToolCallback) => {
  return { name, config, callback };
};

export const bindCallback = (callback: ToolCallback, options: ToolOptions) => {
  return (args: Record<string, unknown>) => callback(args, options);
};

import { toolHandlers } from './registry.js';

export async function executeTool(toolName: string, input: unknown): Promise<string> {
  const handler = toolHandlers.get(toolName);
  if (!handler) throw new Error(`no handler for ${toolName}`);
  return handler(input);
}

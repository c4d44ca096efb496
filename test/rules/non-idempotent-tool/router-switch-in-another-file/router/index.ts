import { handleToolCall } from './tool-router.js';

export async function routeToolCall(toolName: string, args: unknown): Promise<string> {
  const result = await handleToolCall(toolName, args);
  if (result === null) throw new Error(`unknown tool ${toolName}`);
  return result;
}

import { memoryTools } from './memory.js';

const toolRegistry: Record<string, (args: any) => Promise<unknown>> = { ...memoryTools };

export async function executeToolByName(tool_name: string, args: unknown) {
  const handler = toolRegistry[tool_name];
  if (!handler) throw new Error(`Unknown tool: ${tool_name}`);
  return handler(args);
}

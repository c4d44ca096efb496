// Runs the function the model named. Its name comes from the caller (chat-loop.ts), which passes the name of a
// function call the model made.
import { functionsMap } from './functions.js';

export type ToolName = keyof typeof functionsMap;

export async function handleTool(toolName: ToolName, parameters: any) {
  const fn = functionsMap[toolName];
  if (!fn) throw new Error(`Unknown tool: ${toolName}`);
  return fn(parameters);
}

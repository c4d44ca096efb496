// A tool that builds the tool set of a scope and tells the model what it holds: building the set runs none of the
// tools in it, so this tool writes nothing (each tool's write is judged in its own handler).
import { z } from 'zod';
import { defineTool } from '../define.js';
import { createMailTools } from './mail.js';
import { createCallTools } from './calls.js';

async function buildScope(scope: string) {
  switch (scope) {
    case 'mail':
      return createMailTools();
    default:
      return { ...createMailTools(), ...createCallTools() };
  }
}

export function createScopeTools() {
  return {
    describe_scope: defineTool({
      description: 'List the tools a scope offers',
      inputSchema: z.object({ scope: z.string() }),
      execute: async ({ scope }) => {
        const tools = await buildScope(scope);
        return { tools: Object.keys(tools) };
      },
    }),
  };
}

// The project's own tool definitions and the one wrapper registering each with the SDK. The wrapper's arrow is every
// tool's handler; its calls are in tools.ts, which imports this file: the finding for each writing definition is the
// same whether the run names tools.ts or only this file (test/engine/named-files-parity.test.ts).
import { z } from 'zod';
import { tool } from '@anthropic-ai/claude-agent-sdk';

export interface ToolDefinition<I = unknown, O = unknown> {
  name: string;
  description: string;
  handler: (input: I) => Promise<O>;
}

export function defineTool<I, O>(def: ToolDefinition<I, O>): ToolDefinition<I, O> {
  return def;
}

export function wrap<I, O>(def: ToolDefinition<I, O>, shape: z.ZodRawShape) {
  return tool(def.name, def.description, shape, async (args: unknown) => {
    const result = await def.handler(args as I); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
  });
}

// One wrap() registers every definition with the SDK: its arrow is every tool's handler and calls def.handler, so
// each definition that writes is one finding at that call (test/corpus/README.md question 125); a read and a no-op add none.
import { z } from 'zod';
import { createSdkMcpServer, tool } from '@anthropic-ai/claude-agent-sdk';
import type { ToolDefinition } from './registry.js';
import { listTickets, openTicket } from './tickets.js';
import postToChannel, { ping } from './chat.js';
import { legacyArchive } from './legacy.js';

function wrap<I, O>(def: ToolDefinition<I, O>, shape: z.ZodRawShape) {
  return tool(def.name, def.description, shape, async (args: unknown) => {
    try {
      const result = await def.handler(args as I, { workerId: 'worker' }); // expect: non-idempotent-tool // expect: non-idempotent-tool
      return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
    } catch (error) {
      return { content: [{ type: 'text' as const, text: String(error) }], isError: true };
    }
  });
}

export function deskServer() {
  return createSdkMcpServer({
    name: 'desk',
    version: '1.0.0',
    tools: [
      wrap(openTicket, { title: z.string(), body: z.string() }),
      wrap(listTickets, { status: z.string().optional() }),
      wrap(postToChannel, { channel: z.string(), text: z.string() }),
      wrap(ping, {}),
      wrap(legacyArchive as ToolDefinition, {}),
    ],
  });
}

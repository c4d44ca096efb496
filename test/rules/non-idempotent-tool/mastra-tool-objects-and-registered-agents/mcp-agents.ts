// MCP tools that run a Mastra agent looked up in the registry: a run of the desk agent can open a ticket each time it
// is repeated (question 84, reported at the run); the reader agent's tools only read.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { mastra } from './agents.js';

const server = new McpServer({ name: 'desk-agents', version: '1.0.0' });

server.registerTool('ask_desk', { description: 'Ask the desk agent', inputSchema: { message: z.string() } }, async ({ message }) => {
  const agent = mastra.getAgent('desk-agent');
  const result = await agent.generate(message, { abortSignal: AbortSignal.timeout(60_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text' as const, text: result.text }] };
});

server.registerTool('ask_reader', { description: 'Ask the reader agent', inputSchema: { message: z.string() } }, async ({ message }) => {
  const result = await mastra.getAgent('readerAgent').generate(message, { abortSignal: AbortSignal.timeout(60_000) });
  return { content: [{ type: 'text' as const, text: result.text }] };
});

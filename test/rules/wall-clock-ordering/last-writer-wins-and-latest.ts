// Workers in several processes write an agent's memory; the store keeps the record with the later
// `updatedAt`, stamped from each process's own clock — skewed clocks make an older write win. The
// "latest event" picked by max timestamp has the same problem.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

interface MemoryRecord {
  key: string;
  value: string;
  updatedAt: string;
}

const memory = new Map<string, MemoryRecord>();
const events: Array<{ kind: string; at: number }> = [];

export const server = new McpServer({ name: 'memory', version: '1.0.0' });

server.registerTool('remember', { inputSchema: { key: z.string(), value: z.string() } }, async ({ key, value }) => {
  const incoming: MemoryRecord = { key, value, updatedAt: new Date().toISOString() };
  const existing = memory.get(key);
  if (!existing || incoming.updatedAt > existing.updatedAt) memory.set(key, incoming); // expect: wall-clock-ordering
  events.push({ kind: 'remember', at: Date.now() });
  return { content: [{ type: 'text', text: 'ok' }] };
});

server.registerTool('last_activity', { inputSchema: {} }, async () => {
  const latest = Math.max(...events.map((e) => e.at)); // expect: wall-clock-ordering
  return { content: [{ type: 'text', text: new Date(latest).toISOString() }] };
});

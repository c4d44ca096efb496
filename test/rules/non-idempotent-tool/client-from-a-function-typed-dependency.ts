// Tools registered with their dependencies handed in: `deps.getClient(tag)` is typed in the project as returning
// the app's MemoryClient class, so what it returns is an instance of that class. Saving a memory POSTs a new one:
// reported at the handler's call; counting memories is a read.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export class MemoryClient {
  constructor(private readonly apiKey: string, private readonly tag: string) {}

  async createMemory(content: string) {
    const res = await fetch('https://memory.example.com/v1/memories', {
      method: 'POST',
      headers: { authorization: `Bearer ${this.apiKey}` },
      body: JSON.stringify({ content, tag: this.tag }),
      signal: AbortSignal.timeout(10_000),
    });
    return (await res.json()) as { id: string };
  }

  async countMemories() {
    const res = await fetch(`https://memory.example.com/v1/memories/count?tag=${this.tag}`, { headers: { authorization: `Bearer ${this.apiKey}` }, signal: AbortSignal.timeout(10_000) });
    return (await res.json()) as { count: number };
  }
}

export interface ToolDeps {
  server: Pick<McpServer, 'registerTool'>;
  getClient: (tag?: string) => MemoryClient;
}

export function register(deps: ToolDeps) {
  deps.server.registerTool('save_memory', { description: 'Save a memory', inputSchema: { content: z.string(), tag: z.string().optional() } }, async (args) => {
    const client = deps.getClient(args.tag);
    const saved = await client.createMemory(args.content); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: saved.id }] };
  });
  deps.server.registerTool('count_memories', { description: 'Count memories', inputSchema: { tag: z.string().optional() } }, async (args) => {
    const { count } = await deps.getClient(args.tag).countMemories();
    return { content: [{ type: 'text', text: String(count) }] };
  });
}

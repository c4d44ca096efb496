// test/corpus/README.md question 11: a meta-tool that runs the registered tool its input names
// (`registry.get(tool_name).execute(params)`) hands the call to that tool's own handler, which reports its write; the
// meta-tool's call is not a second finding. A tool that runs another tool by a fixed name does that tool's write itself.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

interface ToolDefinition {
  name: string;
  execute(params: Record<string, unknown>): Promise<unknown>;
}

const addComment: ToolDefinition = {
  name: 'add_comment',
  async execute(params) {
    const res = await fetch('https://tracker.example.com/comments', { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return res.json();
  },
};

const registry = new Map<string, ToolDefinition>([[addComment.name, addComment]]);
const server = new McpServer({ name: 'tracker', version: '1.0.0' });

for (const tool of registry.values()) {
  server.tool(tool.name, { text: z.string() }, async (args) => ({ content: [{ type: 'text', text: JSON.stringify(await tool.execute(args)) }] }));
}

server.tool('invoke_tool', { tool_name: z.string(), params: z.record(z.unknown()).optional() }, async ({ tool_name, params }) => {
  const tool = registry.get(tool_name);
  if (!tool) return { content: [{ type: 'text', text: `no tool ${tool_name}` }], isError: true };
  const result = await tool.execute(params ?? {});
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('comment_twice', { text: z.string() }, async ({ text }) => {
  await addComment.execute({ text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'commented' }] };
});

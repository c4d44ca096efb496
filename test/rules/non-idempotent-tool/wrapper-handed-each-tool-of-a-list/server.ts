// Registers every tool of the lists through the project's wrapper: once per element, in a `for … of` loop and in a
// `forEach`. The jobs below go through a look-alike wrapper that hands each job to a queue, not to a model.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { bakeryTools, deliveryTools } from './tools.js';
import { nightlyJobs, scheduleJob } from './jobs.js';

export function addBakeryTool(
  server: McpServer,
  options: { name: string; description: string; schema?: { shape: Record<string, unknown> }; handler: (args: any) => Promise<string> },
) {
  server.tool(options.name, options.description, options.schema?.shape ?? {}, async (args: any) => {
    const text = await options.handler(args);
    return { content: [{ type: 'text' as const, text }] };
  });
}

export function createServer(): McpServer {
  const server = new McpServer({ name: 'bakery', version: '1.0.0' });
  for (const tool of bakeryTools) {
    addBakeryTool(server, tool);
  }
  deliveryTools.forEach((tool) => addBakeryTool(server, tool));
  for (const job of nightlyJobs) scheduleJob(job);
  return server;
}

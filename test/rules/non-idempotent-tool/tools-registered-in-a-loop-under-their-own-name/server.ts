// Tools registered in loops, each under its own name: with what a handler table holds under that name (through a
// metrics wrapper that calls it), and with each element's own `handler` (an options object after it is no callback:
// the SDK takes the first argument left after the name, schema and annotations). Each table function and each
// element's handler is a tool's handler, found from its own file too.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { Command } from 'commander';
import { INVOICE_TOOLS } from './tools/list.js';
import { HANDLERS, ADMIN_ACTIONS } from './tools/handlers.js';
import { linkTools } from './tools/links.js';
import { withMetrics } from './metrics.js';

const server = new McpServer({ name: 'billing', version: '1.0.0' });

INVOICE_TOOLS.forEach((tool) => {
  const handler = HANDLERS[tool.name];
  const wrapped = withMetrics(tool.name, handler);
  server.tool(tool.name, tool.description, { params: tool.inputSchema }, wrapped);
});

for (const tool of linkTools) {
  server.tool(tool.name, tool.schema, tool.handler, { description: tool.description });
}

// A command line built from the same list runs what a person types: the admin actions are no tools.
const program = new Command();
for (const tool of INVOICE_TOOLS) program.command(tool.name).action(ADMIN_ACTIONS[tool.name]);

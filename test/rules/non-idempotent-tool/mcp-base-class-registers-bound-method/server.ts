// The MCP server: it registers an instance of each tool class through BaseTool.register.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { AddInternalNoteTool, CreateTicketTool, FindTicketsTool, SetTicketPriorityTool } from './ticket-tools.js';

const server = new McpServer({ name: 'helpdesk', version: '0.4.0' });
for (const tool of [new CreateTicketTool(), new AddInternalNoteTool(), new FindTicketsTool(), new SetTicketPriorityTool()]) {
  tool.register(server);
}
await server.connect(new StdioServerTransport());

import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerWidgetsRouter } from './tools/widgets/router.js';

const server = new McpServer({ name: 'widgets', version: '1.0.0' });
registerWidgetsRouter(server);

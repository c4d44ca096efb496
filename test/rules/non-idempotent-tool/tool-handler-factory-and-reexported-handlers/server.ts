import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { sendEmail, listEmails } from './tools/index.js';
import { TasksClient, toolHandler } from './tool-handler.js';

const tools = [
  { name: 'send-email', description: 'Send an email', handler: sendEmail },
  { name: 'list-emails', description: 'List emails', handler: listEmails },
];

export const mailServer = new Server({ name: 'mail', version: '1.0.0' }, { capabilities: { tools: {} } });
mailServer.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = tools.find((t) => t.name === request.params.name);
  if (!tool) throw new Error(`Unknown tool: ${request.params.name}`);
  return tool.handler(request.params.arguments as never);
});

export const taskServer = new Server({ name: 'tasks', version: '1.0.0' }, { capabilities: { tools: {} } });
taskServer.setRequestHandler(CallToolRequestSchema, toolHandler(new TasksClient()));

// An MCP server that runs whatever API operation the model names (create-page, append-block…): a write with no
// key when the operation writes, so the tool call is a finding at its call to the client.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { HttpClient, type Operation } from './http-client.js';

declare const operations: Record<string, Operation>;
const server = new Server({ name: 'api-proxy', version: '1.0.0' }, { capabilities: { tools: {} } });
const httpClient = new HttpClient('https://api.example.com', {});

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const operation = operations[request.params.name]!;
  const data = await httpClient.executeOperation(operation, request.params.arguments ?? {}); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

// Builds the MCP server and the Resend client and hands both to the registration function.
const { McpServer } = require('@modelcontextprotocol/sdk/server/mcp.js');
const { StdioServerTransport } = require('@modelcontextprotocol/sdk/server/stdio.js');
const { Resend } = require('resend');
const { registerInviteTools } = require('./register-tools');

async function main() {
  const server = new McpServer({ name: 'invites', version: '1.0.0' });
  registerInviteTools(server, new Resend(process.env.RESEND_API_KEY));
  await server.connect(new StdioServerTransport());
}

main();

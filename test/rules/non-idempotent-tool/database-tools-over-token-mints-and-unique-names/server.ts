import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { createApiToken, createDatabase, createGroup, inviteMember, mintDatabaseToken, runSelect } from './platform.js';

const server = new McpServer({ name: 'db-platform', version: '1.0.0' });

server.tool('generate_database_token', { database: z.string() }, async ({ database }) => ({
  content: [{ type: 'text', text: await mintDatabaseToken(database) }],
}));

server.tool('list_tables', { database: z.string() }, async ({ database }) => ({
  content: [{ type: 'text', text: JSON.stringify(await runSelect(database, "SELECT name FROM sqlite_master WHERE type = 'table'")) }],
}));

server.tool('create_database', { name: z.string(), group: z.string().optional() }, async ({ name, group }) => ({
  content: [{ type: 'text', text: JSON.stringify(await createDatabase(name, group)) }],
}));

server.tool('create_group', { name: z.string(), location: z.string() }, async ({ name, location }) => ({
  content: [{ type: 'text', text: JSON.stringify(await createGroup(name, location)) }],
}));

server.tool('invite_member', { email: z.string() }, async ({ email }) => ({
  content: [{ type: 'text', text: JSON.stringify(await inviteMember(email)) }], // expect: non-idempotent-tool
}));

server.tool('create_api_token', { name: z.string() }, async ({ name }) => ({
  content: [{ type: 'text', text: JSON.stringify(await createApiToken(name)) }], // expect: non-idempotent-tool
}));

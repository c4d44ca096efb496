// A MongoDB insert and an openapi-fetch POST in MCP tools are creates; a find, a GET and a
// replaceOne with upsert (a client-chosen _id) are not.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { MongoClient } from 'mongodb';
import createClient from 'openapi-fetch';
import { z } from 'zod';

const mongo = new MongoClient(process.env.MONGO_URL!);
const notes = mongo.db('support').collection('notes');
const billing = createClient<Record<string, never>>({ baseUrl: 'https://billing.example.com' });

const server = new McpServer({ name: 'support', version: '1.0.0' });

server.registerTool('add_note', { description: 'Add a note to a ticket', inputSchema: { ticketId: z.string(), text: z.string() } }, async ({ ticketId, text }) => {
  await notes.insertOne({ ticketId, text, at: new Date() }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'noted' }] };
});

server.registerTool('credit', { description: 'Credit an account', inputSchema: { account: z.string(), cents: z.number() } }, async ({ account, cents }) => {
  const { data } = await billing.POST('/credits', { body: { account, cents } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(data) }] };
});

server.registerTool('notes', { description: 'List notes', inputSchema: { ticketId: z.string() } }, async ({ ticketId }) => {
  const list = await notes.find({ ticketId }).toArray();
  const { data } = await billing.GET('/accounts/{id}', { params: { path: { id: ticketId } } });
  return { content: [{ type: 'text', text: JSON.stringify({ list, data }) }] };
});

server.registerTool('set_summary', { description: 'Set the ticket summary', inputSchema: { ticketId: z.string(), summary: z.string() } }, async ({ ticketId, summary }) => {
  await notes.replaceOne({ _id: `summary-${ticketId}` as never }, { ticketId, summary }, { upsert: true });
  return { content: [{ type: 'text', text: 'saved' }] };
});

// A CRM's batch read (`POST /crm/v3/objects/{type}/batch/read` with the ids in the body) answers the records it is
// asked for and stores nothing: a read sent as POST, clean. The batch create beside it makes new records each call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const CRM = 'https://api.crm.example.com';
const server = new McpServer({ name: 'crm', version: '1.0.0' });

async function crm(path: string, body: unknown) {
  const res = await fetch(`${CRM}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
  return res.json();
}

server.tool('get_notes', { ids: z.array(z.string()) }, async ({ ids }) => {
  const notes = await crm('/crm/v3/objects/notes/batch/read', { inputs: ids.map((id) => ({ id })), properties: ['hs_note_body'] });
  return { content: [{ type: 'text', text: JSON.stringify(notes) }] };
});

server.tool('create_notes', { bodies: z.array(z.string()) }, async ({ bodies }) => {
  const notes = await crm('/crm/v3/objects/notes/batch/create', { inputs: bodies.map((body) => ({ properties: { hs_note_body: body } })) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(notes) }] };
});

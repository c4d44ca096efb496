// A CRM's batch actions on records the body lists by id: `POST …/batch/update` sets the given properties on each id,
// `…/batch/archive` archives each id, and `…/batch/upsert` creates or updates by a unique property value. A repeat finds
// the records as the first call left them (RULES.md: an update that only sets fields or a delete of a known id is low
// confidence at most, reported only at that confidence; the upsert repeats safely). Creating a property under its required name is refused once the name exists. The batch create,
// and a batch create of associations' notes, add records on every call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const CRM = 'https://api.crm.example.com';
const server = new McpServer({ name: 'crm-batches', version: '1.0.0' });

async function crm(path: string, body: unknown) {
  const res = await fetch(`${CRM}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
  return res.json();
}

const edits = z.array(z.object({ id: z.string(), stage: z.string() }));

server.tool('move_deals', { edits }, async ({ edits }) => {
  const deals = await crm('/crm/v3/objects/deals/batch/update', { inputs: edits.map(({ id, stage }) => ({ id, properties: { dealstage: stage } })) }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(deals) }] };
});

server.tool('archive_deals', { type: z.string(), ids: z.array(z.string()) }, async ({ type, ids }) => {
  await crm(`/crm/v3/objects/${type}/batch/archive`, { inputs: ids.map((id) => ({ id })) }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: `archived ${ids.length}` }] };
});

server.tool('sync_people', { people: z.array(z.object({ email: z.string(), name: z.string() })) }, async ({ people }) => {
  const synced = await crm('/crm/v3/objects/contacts/batch/upsert?idProperty=email', { inputs: people.map((p) => ({ id: p.email, properties: { firstname: p.name } })) });
  return { content: [{ type: 'text', text: JSON.stringify(synced) }] };
});

server.tool('link_deals', { from: z.string(), to: z.array(z.string()) }, async ({ from, to }) => {
  await crm('/crm/v4/associations/deals/companies/batch/create', { inputs: to.map((id) => ({ from: { id: from }, to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 5 }] })) });
  return { content: [{ type: 'text', text: 'linked' }] };
});

server.tool('add_deal_field', { name: z.string(), label: z.string() }, async ({ name, label }) => {
  const field = await crm('/crm/v3/properties/deals', { name, label, type: 'string', fieldType: 'text', groupName: 'dealinformation' });
  return { content: [{ type: 'text', text: JSON.stringify(field) }] };
});

server.tool('open_deals', { names: z.array(z.string()) }, async ({ names }) => {
  const deals = await crm('/crm/v3/objects/deals/batch/create', { inputs: names.map((dealname) => ({ properties: { dealname } })) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(deals) }] };
});

server.tool('update_log', { lines: z.array(z.string()) }, async ({ lines }) => {
  const entries = await crm('/crm/v3/objects/notes/batch/create', { inputs: lines.map((line) => ({ properties: { hs_note_body: `update: ${line}` } })) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(entries) }] };
});

// POST shapes whose repeat adds nothing although they are sent as POST: reviewers requested on a pull request (a
// reviewer already requested stays requested once), a blob uploaded to an AT Protocol PDS (`com.atproto.repo.uploadBlob`
// answers a reference by the content's CID, and an unreferenced blob is dropped), members added to a JSON:API to-many
// relationship (`POST …/{id}/relationships/{name}`: the spec forbids adding a member already present), and a bulk update
// or delete of listed ids (low confidence at most, RULES.md). Their twins — a review comment, a record created in the
// repository, a list created, a bulk create — add something each call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const GH = 'https://api.github.com';
const PDS = 'https://pds.example.social';
const MARKETING = 'https://marketing.example.com';
const DESK = 'https://acme.desk.example.com/api/v2';
const server = new McpServer({ name: 'repeat-safe-shapes', version: '1.0.0' });

async function post(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
  return res.json();
}

server.tool('ask_review', { repo: z.string(), pull: z.number(), logins: z.array(z.string()) }, async ({ repo, pull, logins }) => {
  await post(`${GH}/repos/${repo}/pulls/${pull}/requested_reviewers`, { reviewers: logins });
  return { content: [{ type: 'text', text: 'requested' }] };
});

server.tool('comment_review', { repo: z.string(), pull: z.number(), text: z.string() }, async ({ repo, pull, text }) => {
  await post(`${GH}/repos/${repo}/pulls/${pull}/comments`, { body: text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'commented' }] };
});

server.tool('store_image', { base64: z.string() }, async ({ base64 }) => {
  const res = await fetch(`${PDS}/xrpc/com.atproto.repo.uploadBlob`, { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: Buffer.from(base64, 'base64'), signal: AbortSignal.timeout(30_000) });
  return { content: [{ type: 'text', text: JSON.stringify(await res.json()) }] };
});

server.tool('save_note', { did: z.string(), text: z.string() }, async ({ did, text }) => {
  const record = await post(`${PDS}/xrpc/com.atproto.repo.createRecord`, { repo: did, collection: 'app.example.note', record: { text, createdAt: new Date().toISOString() } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(record) }] };
});

server.tool('subscribe_people', { listId: z.string(), people: z.array(z.string()) }, async ({ listId, people }) => {
  await post(`${MARKETING}/api/lists/${listId}/relationships/profiles`, { data: people.map((id) => ({ type: 'profile', id })) });
  return { content: [{ type: 'text', text: 'added' }] };
});

server.tool('new_list', { name: z.string() }, async ({ name }) => {
  const list = await post(`${MARKETING}/api/lists`, { data: { type: 'list', attributes: { name } } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(list) }] };
});

server.tool('close_tickets', { ids: z.array(z.number()) }, async ({ ids }) => {
  const job = await post(`${DESK}/tickets/bulk_update`, { bulk_action: { ids, properties: { status: 5 } } }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(job) }] };
});

server.tool('open_tickets', { subjects: z.array(z.string()) }, async ({ subjects }) => {
  const job = await post(`${DESK}/tickets/bulk_create`, { tickets: subjects.map((subject) => ({ subject })) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(job) }] };
});

// Near misses of the RPC-style path reading (rpc-post-paths-judged-by-their-method-verb.ts). A database's query endpoint
// runs the statement it is sent — an INSERT as well as a SELECT — so `/db/query` and a D1-style
// `/database/{id}/query` are no reads; a POST to `/feeds/fetch` has the server fetch and keep the feed; and `update`
// right after the API's root (`/api/update`) names no record whose fields it sets: all four write again on a repeat
// (the cand build took them as reads or, for `/api/update`, a set of given values). A registrar's
// `/dns/retrieve/{domain}` still reads (clean).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'data-tools', version: '1.0.0' });
const BASE = 'https://data.example.com';

async function post(path: string, body: Record<string, unknown>) {
  const response = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

server.tool('run_sql', { sql: z.string() }, async ({ sql }) => {
  const rows = await post('/db/query', { sql }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(rows) }] };
});

server.tool('run_d1', { id: z.string(), sql: z.string() }, async ({ id, sql }) => {
  const rows = await post(`/d1/database/${id}/query`, { sql }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(rows) }] };
});

server.tool('refresh_feed', { url: z.string() }, async ({ url }) => {
  const feed = await post('/feeds/fetch', { url }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(feed) }] };
});

server.tool('apply_update', { payload: z.string() }, async ({ payload }) => {
  const done = await post('/api/update', { payload }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('dns_records', { domain: z.string() }, async ({ domain }) => {
  const records = await post(`/dns/retrieve/${domain}`, {});
  return { content: [{ type: 'text', text: JSON.stringify(records) }] };
});

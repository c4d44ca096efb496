// A tool that ranks threads builds an in-memory full-text index (MiniSearch) of what it fetched: filling the process's
// own index writes nothing outside it, so a repeat is harmless. The same tool's note posted to the team's API is a
// new record on every call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import MiniSearch from 'minisearch';
import { z } from 'zod';

const server = new McpServer({ name: 'threads', version: '1.0.0' });

server.tool('rank_threads', { query: z.string() }, async ({ query }) => {
  const threads = (await (await fetch('https://chat.example.com/api/threads', { signal: AbortSignal.timeout(10_000) })).json()) as Array<{ id: string; text: string }>;
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  index.addAll(threads);
  return { content: [{ type: 'text', text: JSON.stringify(index.search(query).slice(0, 5)) }] };
});

server.tool('rank_and_note', { query: z.string() }, async ({ query }) => {
  const threads = (await (await fetch('https://chat.example.com/api/threads', { signal: AbortSignal.timeout(10_000) })).json()) as Array<{ id: string; text: string }>;
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  index.addAll(threads);
  const top = index.search(query)[0];
  await fetch('https://chat.example.com/api/notes', { method: 'POST', body: JSON.stringify({ thread: top?.id }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'noted' }] };
});

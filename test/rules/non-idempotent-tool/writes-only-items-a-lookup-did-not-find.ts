// "A dedupe skips the write when a lookup finds the record", item by item: the tool lists what is there (a GET of the
// card and its labels, a list of the day's entries) and writes only the items the list does not hold —
// `for (const l of wanted.filter((l) => !current.includes(l)))`, `createEntries(entries.filter(… return !isDup))` —
// clean. Filtering against a set the call fills itself, or by a field of the input, dedupes nothing across calls.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const BOARD = 'https://board.example.com/api';
const auth = { Authorization: `Bearer ${process.env.BOARD_TOKEN}` };

interface Entry { day: string; project: string; hours: number }

async function listEntries(from: string, to: string): Promise<Entry[]> {
  const res = await fetch(`${BOARD}/entries?from=${from}&to=${to}`, { headers: auth, signal: AbortSignal.timeout(10_000) });
  return (await res.json()) as Entry[];
}

async function createEntries(entries: Entry[]) {
  const res = await fetch(`${BOARD}/entries`, { method: 'POST', headers: auth, body: JSON.stringify({ entries }), signal: AbortSignal.timeout(10_000) });
  return res.json();
}

const server = new McpServer({ name: 'board', version: '1.0.0' });

server.tool('label_card', { cardId: z.string(), labels: z.array(z.string()) }, async ({ cardId, labels }) => {
  const cardResponse = await fetch(`${BOARD}/cards/${cardId}`, { headers: auth, signal: AbortSignal.timeout(10_000) });
  const card = (await cardResponse.json()) as { labels?: Array<{ name: string }> };
  const current = card.labels?.map((l) => l.name) || [];
  for (const label of labels.filter((l) => !current.includes(l))) {
    await fetch(`${BOARD}/cards/${cardId}/labels`, { method: 'POST', headers: auth, body: JSON.stringify({ name: label }), signal: AbortSignal.timeout(10_000) });
  }
  return { content: [{ type: 'text', text: 'labelled' }] };
});

server.tool('log_hours', { entries: z.array(z.object({ day: z.string(), project: z.string(), hours: z.number() })) }, async ({ entries }) => {
  const days = entries.map((e) => e.day).sort();
  const existing = await listEntries(days[0]!, days[days.length - 1]!);
  const fresh = entries.filter((e) => {
    const isDup = existing.some((x) => x.day === e.day && x.project === e.project);
    return !isDup;
  });
  const created = await createEntries(fresh);
  return { content: [{ type: 'text', text: JSON.stringify(created) }] };
});

server.tool('comment_cards', { cardIds: z.array(z.string()), text: z.string() }, async ({ cardIds, text }) => {
  const done = new Set<string>();
  for (const cardId of cardIds.filter((id) => !done.has(id))) {
    done.add(cardId);
    await fetch(`${BOARD}/cards/${cardId}/comments`, { method: 'POST', headers: auth, body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  }
  return { content: [{ type: 'text', text: 'commented' }] };
});

server.tool('log_unbilled_hours', { entries: z.array(z.object({ day: z.string(), project: z.string(), hours: z.number(), billable: z.boolean() })) }, async ({ entries }) => {
  const created = await createEntries(entries.filter((e) => !e.billable)); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(created) }] };
});

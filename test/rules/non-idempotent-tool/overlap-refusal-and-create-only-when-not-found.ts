// Two dedupes the engine must see (README question 70, RULES.md "a dedupe skips the write when a lookup finds the
// record"): a booking refused when a lookup finds one overlapping the same slot ("overlaps with an existing booking": a
// repeat finds the first call's booking), and a contact created only when the lookup found nothing, whatever else the
// branch asks for (`found.length === 0 && input.createIfMissing`). The near-misses stay findings: an availability check
// is a precondition a repeat passes again, and `|| force` creates even when the lookup found the contact.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const API = 'https://bookings.example.com/api';
const server = new McpServer({ name: 'front-desk', version: '1.0.0' });

async function checkBookingOverlaps(room: string, from: string, to: string): Promise<Array<{ id: string }>> {
  const res = await fetch(`${API}/bookings?room=${room}&endsAfter=${from}&startsBefore=${to}`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as Array<{ id: string }>;
}
async function checkOpeningHours(room: string, from: string, to: string): Promise<boolean> {
  const res = await fetch(`${API}/rooms/${room}/hours?from=${from}&to=${to}`, { signal: AbortSignal.timeout(5_000) });
  return ((await res.json()) as { open: boolean }).open;
}
async function findContacts(name: string): Promise<Array<{ id: string }>> {
  const res = await fetch(`${API}/contacts?name=${encodeURIComponent(name)}`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as Array<{ id: string }>;
}
const post = (path: string, body: unknown) =>
  fetch(`${API}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });

async function bookRoom(room: string, from: string, to: string) {
  const clashes = await checkBookingOverlaps(room, from, to);
  if (clashes.length > 0) {
    return { error: `That slot overlaps with an existing booking (${clashes[0]!.id})` };
  }
  const res = await post('/bookings', { room, from, to });
  return { id: ((await res.json()) as { id: string }).id };
}

async function bookDesk(desk: string, from: string, to: string) {
  const open = await checkOpeningHours(desk, from, to);
  if (!open) return { error: 'The desk is not available at that time' };
  const res = await post('/desk-bookings', { desk, from, to });
  return { id: ((await res.json()) as { id: string }).id };
}

server.registerTool('book_room', { inputSchema: { room: z.string(), from: z.string(), to: z.string() } }, async ({ room, from, to }) => {
  const booked = await bookRoom(room, from, to);
  return { content: [{ type: 'text', text: JSON.stringify(booked) }] };
});

server.registerTool('book_desk', { inputSchema: { desk: z.string(), from: z.string(), to: z.string() } }, async ({ desk, from, to }) => {
  const booked = await bookDesk(desk, from, to); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(booked) }] };
});

server.registerTool('note_to_contact', { inputSchema: { name: z.string(), note: z.string(), createIfMissing: z.boolean().optional() } }, async ({ name, note, createIfMissing }) => {
  const found = await findContacts(name);
  if (found.length === 0 && createIfMissing) {
    await post('/contacts', { name });
  }
  return { content: [{ type: 'text', text: `${found.length} contact(s) named ${name}; note: ${note.slice(0, 20)}` }] };
});

server.registerTool('add_contact', { inputSchema: { name: z.string(), force: z.boolean().optional() } }, async ({ name, force }) => {
  const found = await findContacts(name);
  if (found.length === 0 || force) {
    await post('/contacts', { name }); // expect: non-idempotent-tool
  }
  return { content: [{ type: 'text', text: 'done' }] };
});

// A module-local function named `fetch` (an in-memory test double for the booking API) shadows the
// global fetch: its "POST" never leaves the process. Calls to it are not HTTP requests: no finding.
import { tool } from 'ai';
import { z } from 'zod';

interface FakeResponse {
  ok: boolean;
  json(): Promise<unknown>;
}

const bookings = new Map<string, { room: string; date: string }>();

async function fetch(url: string, init?: { method?: string; body?: string }): Promise<FakeResponse> {
  if (init?.method === 'POST') {
    const booking = JSON.parse(init.body ?? '{}') as { room: string; date: string };
    bookings.set(`${booking.room}@${booking.date}`, booking);
    return { ok: true, json: async () => booking };
  }
  return { ok: true, json: async () => [...bookings.values()].filter((b) => url.includes(b.room)) };
}

export const bookRoom = tool({
  description: 'Book a meeting room (demo mode, in memory)',
  inputSchema: z.object({ room: z.string(), date: z.string().date() }),
  execute: async ({ room, date }) => {
    const res = await fetch('https://rooms.example.com/bookings', { method: 'POST', body: JSON.stringify({ room, date }) });
    return res.ok ? 'booked' : 'failed';
  },
});

export const roomBookings = tool({
  description: 'Bookings of a room (demo mode, in memory)',
  inputSchema: z.object({ room: z.string() }),
  execute: async ({ room }) => (await fetch(`https://rooms.example.com/bookings?room=${room}`)).json(),
});

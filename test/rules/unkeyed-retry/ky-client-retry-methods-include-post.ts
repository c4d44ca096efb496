// A ky instance configured to retry POST as well as GET. Creating a calendar booking through it
// can book the slot twice; the GET through the same instance is retried harmlessly.
import ky from 'ky';
import { createTool } from '@mastra/core/tools';
import { z } from 'zod';

const calendar = ky.create({
  prefixUrl: 'https://calendar.example.com/api',
  timeout: 15_000,
  retry: { limit: 3, methods: ['get', 'post'], statusCodes: [408, 429, 500, 502, 503, 504] },
  headers: { authorization: `Bearer ${process.env.CALENDAR_TOKEN}` },
});

export const bookMeeting = createTool({
  id: 'book-meeting',
  description: 'Book a meeting slot with the account manager',
  inputSchema: z.object({ email: z.string().email(), startsAt: z.string().datetime() }),
  outputSchema: z.object({ bookingId: z.string() }),
  execute: async ({ email, startsAt }) => {
    const booking = await calendar.post('bookings', { json: { email, startsAt, durationMinutes: 30 } }).json<{ id: string }>(); // expect: unkeyed-retry
    return { bookingId: booking.id };
  },
});

export const freeSlots = createTool({
  id: 'free-slots',
  description: 'List free slots for a day',
  inputSchema: z.object({ day: z.string() }),
  outputSchema: z.object({ slots: z.array(z.string()) }),
  execute: async ({ day }) => {
    const slots = await calendar.get('slots', { searchParams: { day } }).json<string[]>();
    return { slots };
  },
});

// Test corpus README question 15 through project helpers: a record id a helper takes from its caller is decided at
// each call (a project function that makes a random id, or a key built from one, is fresh: a repeat adds a second
// booking, note or draft); an id from the input names one record, which the database (or the store) keeps once.
import { tool } from 'ai';
import { Redis } from '@upstash/redis';
import { z } from 'zod';
import { insertBooking, insertNote } from './db';
import { draftKey, makeBookingId, newestFirstId, slugOf } from './ids';

const redis = Redis.fromEnv();

export const tools = {
  bookRoom: tool({
    description: 'Book a room for a guest',
    inputSchema: z.object({ guest: z.string(), room: z.string() }),
    execute: async ({ guest, room }) => {
      const id = makeBookingId();
      await insertBooking({ id, guest, room }); // expect: non-idempotent-tool
      return { id };
    },
  }),
  confirmBooking: tool({
    description: 'Record the booking the front desk already numbered',
    inputSchema: z.object({ bookingId: z.string(), guest: z.string(), room: z.string() }),
    execute: async ({ bookingId, guest, room }) => {
      await insertBooking({ id: bookingId, guest, room });
      return { id: bookingId };
    },
  }),
  addNote: tool({
    description: 'Attach a note',
    inputSchema: z.object({ text: z.string() }),
    execute: async ({ text }) => {
      await insertNote(newestFirstId(), { text }); // expect: non-idempotent-tool
      return 'noted';
    },
  }),
  saveDraft: tool({
    description: 'Save a new draft',
    inputSchema: z.object({ title: z.string() }),
    execute: async ({ title }) => {
      await redis.set(draftKey(newestFirstId()), { title }); // expect: non-idempotent-tool
      return 'saved';
    },
  }),
  saveNamedDraft: tool({
    description: 'Save the draft of a title',
    inputSchema: z.object({ title: z.string() }),
    execute: async ({ title }) => {
      await redis.set(draftKey(slugOf(title)), { title });
      await insertNote(slugOf(title), { title });
      return 'saved';
    },
  }),
};

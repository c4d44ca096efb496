// A calendar-file builder (ical-generator) makes objects in memory: `createEvent`, `createAttendee` write nothing in
// another system — clean. A Pinecone `createIndex` under a name repeats nothing (the server refuses a taken index name,
// test/corpus/README.md question 19) — clean; one whose options cannot be seen (the name might be anything) stays a
// create.
import { tool } from 'ai';
import ical from 'ical-generator';
import { Pinecone, type CreateIndexOptions } from '@pinecone-database/pinecone';
import { z } from 'zod';

const pinecone = new Pinecone();

export const exportItinerary = tool({
  description: 'Export the itinerary as an .ics file',
  inputSchema: z.object({ title: z.string(), start: z.string(), attendee: z.string() }),
  execute: async ({ title, start, attendee }) => {
    const calendar = ical({ name: 'Trip' });
    const event = calendar.createEvent({ start: new Date(start), summary: title });
    event.createAttendee({ email: attendee });
    return calendar.toString();
  },
});

export const ensureMemoryIndex = tool({
  description: 'Make sure the memory index exists',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    await pinecone.createIndex({ name, dimension: 1536, spec: { serverless: { cloud: 'aws', region: 'us-east-1' } } });
    return name;
  },
});

export async function createAnyIndex(options: CreateIndexOptions) {
  return pinecone.createIndex(options);
}

export const createIndexFromOptions = tool({
  description: 'Create an index from options',
  inputSchema: z.object({ dimension: z.number() }),
  execute: async ({ dimension }) => createAnyIndex(JSON.parse(process.env.INDEX_OPTIONS!) as CreateIndexOptions), // expect: non-idempotent-tool
});

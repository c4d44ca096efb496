// A project's data layer: each helper writes the record under the id its caller hands it.
import { drizzle } from 'drizzle-orm/node-postgres';
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';

const db = drizzle(process.env.DATABASE_URL!);

export const bookings = pgTable('bookings', { id: text('id').primaryKey(), guest: text('guest').notNull(), room: text('room').notNull() });
export const notes = pgTable('notes', { id: text('id').primaryKey(), body: jsonb('body') });

export async function insertBooking({ id, guest, room }: { id: string; guest: string; room: string }) {
  return db.insert(bookings).values({ id, guest, room });
}

export async function insertNote(noteId: string, body: unknown) {
  await db.insert(notes).values({ id: noteId, body });
}

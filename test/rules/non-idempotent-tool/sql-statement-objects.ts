// A statement handed as an object — libsql's `client.execute({ sql, args })`, node-postgres' `pool.query({ text,
// values })`, or one a method builds and returns — is read as the statement it holds: an INSERT writes, a SELECT reads.
// An `INSERT OR REPLACE` keyed by the id its caller passes is decided at each call: a record the caller names by a
// stable id is rewritten (clean), one given an id made fresh on each call is a new row every time — the `owner_id` the
// file's CREATE TABLE does not make unique conflicts with nothing. A SELECT in object form whose first row turns the
// call back is a lookup that guards the insert.
import { createClient } from '@libsql/client';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { tool } from 'ai';
import { z } from 'zod';

const db = createClient({ url: 'file:journal.db' });
const pool = new pg.Pool();

interface Entry {
  id: string;
  title: string;
  body: string;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS entries (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT
)`;

class Journal {
  async init(): Promise<void> {
    await db.execute(SCHEMA);
  }

  async save(entry: Entry): Promise<void> {
    await db.execute({
      sql: 'INSERT OR REPLACE INTO entries (id, title, body) VALUES (?, ?, ?)',
      args: [entry.id, entry.title, entry.body],
    });
  }

  async saveFor(owner: string, entry: Entry): Promise<void> {
    await db.execute(this.ownedStatement(owner, entry));
  }

  async saveOnce(owner: string, entry: Entry): Promise<void> {
    const found = await db.execute({ sql: 'SELECT id FROM entries WHERE owner_id = ? AND title = ?', args: [owner, entry.title] });
    const row = found.rows[0];
    if (row) return;
    await db.execute(this.ownedStatement(owner, entry));
  }

  private ownedStatement(owner: string, entry: Entry) {
    return {
      sql: 'INSERT OR REPLACE INTO entries (id, owner_id, title, body) VALUES (?, ?, ?, ?)',
      args: [entry.id, owner, entry.title, entry.body],
    };
  }

  async find(title: string) {
    const result = await db.execute({ sql: 'SELECT id, body FROM entries WHERE title = ?', args: [title] });
    return result.rows;
  }
}

const journal = new Journal();

export const writeEntry = tool({
  description: 'Write a new journal entry',
  inputSchema: z.object({ title: z.string(), body: z.string() }),
  execute: async ({ title, body }) => {
    const entry: Entry = { id: randomUUID(), title, body };
    await journal.save(entry); // expect: non-idempotent-tool
    return { id: entry.id };
  },
});

export const reviseEntry = tool({
  description: 'Replace the text of the entry with this id',
  inputSchema: z.object({ id: z.string(), title: z.string(), body: z.string() }),
  execute: async ({ id, title, body }) => {
    await journal.save({ id, title, body });
    return { ok: true };
  },
});

export const writeOwnEntry = tool({
  description: 'Write a new entry for its owner',
  inputSchema: z.object({ owner: z.string(), title: z.string(), body: z.string() }),
  execute: async ({ owner, title, body }) => {
    await journal.saveFor(owner, { id: randomUUID(), title, body }); // expect: non-idempotent-tool
    return { ok: true };
  },
});

export const writeOwnEntryOnce = tool({
  description: 'Write an entry for its owner unless one with this title is there',
  inputSchema: z.object({ owner: z.string(), title: z.string(), body: z.string() }),
  execute: async ({ owner, title, body }) => {
    await journal.saveOnce(owner, { id: randomUUID(), title, body });
    return { ok: true };
  },
});

export const findEntries = tool({
  description: 'Find entries by title',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => ({ rows: await journal.find(title) }),
});

export const logMood = tool({
  description: 'Record the mood of the day',
  inputSchema: z.object({ mood: z.string() }),
  execute: async ({ mood }) => {
    await pool.query({ text: 'INSERT INTO moods (mood, at) VALUES ($1, now())', values: [mood] }); // expect: non-idempotent-tool
    return { ok: true };
  },
});

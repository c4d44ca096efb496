// SQLite's `INSERT OR IGNORE` and `INSERT OR REPLACE`, and MySQL's `INSERT IGNORE`, are written for a row a unique
// key already holds: a repeat skips it or overwrites it, as `ON CONFLICT DO NOTHING / DO UPDATE` does — clean. A plain
// INSERT of the same row through the same helper class adds another row each time.
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { tool } from 'ai';
import { z } from 'zod';

class Bookmarks {
  private db = new Database('bookmarks.db');

  star(url: string): void {
    this.db.prepare('INSERT OR IGNORE INTO starred (url) VALUES (?)').run(url);
  }

  setNote(url: string, note: string): void {
    this.db.prepare('INSERT OR REPLACE INTO notes (url, note) VALUES (?, ?)').run(url, note);
  }

  addVisit(url: string): void {
    this.db.prepare('INSERT INTO visits (url, at) VALUES (?, ?)').run(url, new Date().toISOString());
  }
}

const bookmarks = new Bookmarks();
const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

export const starPage = tool({
  description: 'Star a page and keep a note on it',
  inputSchema: z.object({ url: z.string(), note: z.string() }),
  execute: async ({ url, note }) => {
    bookmarks.star(url);
    bookmarks.setNote(url, note);
    return { ok: true };
  },
});

export const tagPage = tool({
  description: 'Tag a page',
  inputSchema: z.object({ url: z.string(), tag: z.string() }),
  execute: async ({ url, tag }) => {
    await pool.execute('INSERT IGNORE INTO page_tags (url, tag) VALUES (?, ?)', [url, tag]);
    return { ok: true };
  },
});

export const recordVisit = tool({
  description: 'Record a visit to a page',
  inputSchema: z.object({ url: z.string() }),
  execute: async ({ url }) => {
    bookmarks.addVisit(url); // expect: non-idempotent-tool
    return { ok: true };
  },
});

// Test corpus README questions 15 and 120. An `INSERT OR IGNORE` that names no conflict target is keyed only by the key
// columns it fills: an `id` of `input.id ?? newId()` beside an optional `source_ref ?? null` (a NULL conflicts with
// nothing) is fresh whenever the caller leaves both out, so a repeat inserts a second row — a finding. Clean: the same
// statement whose other key column always holds a value from the input. An insert after an update that retires the
// active row for its key (the setter looks the row up and marks it superseded) leaves the same active value after a
// repeat: clean; the same insert when the retiring update runs only if the caller names a row to replace is a finding.
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { tool } from 'ai';
import { z } from 'zod';

const db = new Database('notes.db');

function newId(): string {
  return randomUUID();
}

function saveNote(input: { id?: string; title: string; sourceRef?: string }): string {
  const id = input.id ?? newId();
  db.prepare('INSERT OR IGNORE INTO notes (id, title, source_ref) VALUES (@id, @title, @source_ref)').run({
    id,
    title: input.title,
    source_ref: input.sourceRef ?? null,
  });
  return id;
}

function saveBookmark(input: { url: string; title: string }): void {
  const urlHash = createHash('sha256').update(input.url).digest('hex');
  db.prepare('INSERT OR IGNORE INTO bookmarks (id, url_hash, title) VALUES (?, ?, ?)').run(newId(), urlHash, input.title);
}

function setPreference(scope: string, key: string, value: string): void {
  const existing = db.prepare('SELECT id FROM preferences WHERE scope = ? AND key = ? AND superseded_at IS NULL').get(scope, key) as { id: string } | undefined;
  if (existing) {
    db.prepare("UPDATE preferences SET superseded_at = datetime('now') WHERE id = ?").run(existing.id);
  }
  db.prepare('INSERT INTO preferences (id, scope, key, value) VALUES (?, ?, ?, ?)').run(newId(), scope, key, value);
}

function addLedgerEntry(input: { amount: number; supersedesId?: string }): void {
  if (input.supersedesId) {
    db.prepare("UPDATE ledger SET superseded_at = datetime('now') WHERE id = ?").run(input.supersedesId);
  }
  db.prepare('INSERT INTO ledger (id, amount, supersedes_id) VALUES (?, ?, ?)').run(newId(), input.amount, input.supersedesId ?? null);
}

export const addNote = tool({
  description: 'Save a note, optionally under a caller-chosen id',
  inputSchema: z.object({ id: z.string().optional(), title: z.string(), sourceRef: z.string().optional() }),
  execute: async (input) => saveNote(input), // expect: non-idempotent-tool
});

export const addBookmark = tool({
  description: 'Bookmark a page',
  inputSchema: z.object({ url: z.string(), title: z.string() }),
  execute: async (input) => saveBookmark(input),
});

export const setUserPreference = tool({
  description: 'Set a preference for a scope',
  inputSchema: z.object({ scope: z.string(), key: z.string(), value: z.string() }),
  execute: async ({ scope, key, value }) => setPreference(scope, key, value),
});

export const recordLedgerEntry = tool({
  description: 'Record a ledger entry, or correct one by superseding it',
  inputSchema: z.object({ amount: z.number(), supersedesId: z.string().optional() }),
  execute: async (input) => addLedgerEntry(input), // expect: non-idempotent-tool
});

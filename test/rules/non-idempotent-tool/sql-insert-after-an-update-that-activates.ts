// An insert after an UPDATE of the same table only replaces the active row when the UPDATE retires it: `SET active = 1`
// before inserting a session marks rows active (a repeat inserts a second session), a finding; `SET active = 0` (and a
// `retired_at` timestamp) retires the previous row, so a repeat leaves the same active session: clean.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { tool } from 'ai';
import { z } from 'zod';

const db = new Database('sessions.db');

function openSession(userId: string, device: string): void {
  const existing = db.prepare('SELECT id FROM sessions WHERE user_id = ? AND active = 1').get(userId) as { id: string } | undefined;
  if (existing) {
    db.prepare('UPDATE sessions SET active = 1, seen_at = ? WHERE id = ?').run(Date.now(), existing.id);
  }
  db.prepare('INSERT INTO sessions (id, user_id, device, active) VALUES (?, ?, ?, 1)').run(randomUUID(), userId, device);
}

function replaceSession(userId: string, device: string): void {
  const existing = db.prepare('SELECT id FROM devices WHERE user_id = ? AND active = 1').get(userId) as { id: string } | undefined;
  if (existing) {
    db.prepare('UPDATE devices SET active = 0 WHERE id = ?').run(existing.id);
  }
  db.prepare('INSERT INTO devices (id, user_id, device, active) VALUES (?, ?, ?, 1)').run(randomUUID(), userId, device);
}

function rotateKey(userId: string, key: string): void {
  const existing = db.prepare('SELECT id FROM api_keys WHERE user_id = ? AND retired_at IS NULL').get(userId) as { id: string } | undefined;
  if (existing) {
    db.prepare("UPDATE api_keys SET retired_at = datetime('now') WHERE id = ?").run(existing.id);
  }
  db.prepare('INSERT INTO api_keys (id, user_id, key) VALUES (?, ?, ?)').run(randomUUID(), userId, key);
}

export const startSession = tool({
  description: 'Open a session for a user on a device',
  inputSchema: z.object({ userId: z.string(), device: z.string() }),
  execute: async ({ userId, device }) => openSession(userId, device), // expect: non-idempotent-tool
});

export const switchDevice = tool({
  description: 'Make a device the user\'s active one',
  inputSchema: z.object({ userId: z.string(), device: z.string() }),
  execute: async ({ userId, device }) => replaceSession(userId, device),
});

export const rotateApiKey = tool({
  description: 'Replace the user\'s API key',
  inputSchema: z.object({ userId: z.string(), key: z.string() }),
  execute: async ({ userId, key }) => rotateKey(userId, key),
});

// A tool-run history row opened as pending before the tool runs and completed by the same code once it answers (`UPDATE
// tool_runs SET status = 'done', output = ?`) records the call (question 45), like one written after the run: not the
// tool's side effect. The note the tool adds is: a repeat adds a second one. The UPDATE that completes the row sets
// fields, reported at low confidence as any UPDATE that sets given values is (RULES.md).
import Database from 'better-sqlite3';
import { tool } from 'ai';
import { z } from 'zod';

const db = new Database('agent.db');

async function tracked<T>(name: string, input: unknown, run: () => Promise<T>): Promise<T> {
  const opened = db.prepare("INSERT INTO tool_runs (tool_name, input, status) VALUES (?, ?, 'pending')").run(name, JSON.stringify(input));
  const result = await run();
  db.prepare("UPDATE tool_runs SET status = 'done', output = ? WHERE id = ?").run(JSON.stringify(result), opened.lastInsertRowid);
  return result;
}

export const noteTools = {
  findNotes: tool({
    description: 'Find notes by word',
    inputSchema: z.object({ word: z.string() }),
    execute: async ({ word }) => tracked('findNotes', { word }, async () => db.prepare('SELECT * FROM notes WHERE body LIKE ?').all(`%${word}%`)), // expect: non-idempotent-tool confidence=low
  }),
  addNote: tool({
    description: 'Add a note',
    inputSchema: z.object({ body: z.string() }),
    execute: async ({ body }) => {
      const info = db.prepare('INSERT INTO notes (body) VALUES (?)').run(body); // expect: non-idempotent-tool
      db.prepare("INSERT INTO tool_runs (tool_name, input, status) VALUES ('addNote', ?, 'pending')").run(body);
      db.prepare("UPDATE tool_runs SET status = 'done' WHERE tool_name = 'addNote' AND input = ?").run(body); // expect: non-idempotent-tool confidence=low
      return info.lastInsertRowid;
    },
  }),
};

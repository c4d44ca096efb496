// test/corpus/README.md question 45: a row recording that a tool ran — its name, input, output and timing, kept in a
// `tool_executions` / `tool_calls` history table after every tool — records the call; it is not the tool's side
// effect, for a read tool or a write tool alike. The ticket the second tool opens is: a repeat opens a second one.
import Database from 'better-sqlite3';
import { tool } from 'ai';
import { z } from 'zod';

const db = new Database('agent.db');

const runHistory = {
  record(toolName: string, input: unknown, output: string, elapsedMs: number) {
    db.prepare('INSERT INTO tool_executions (tool_name, input, output, execution_time_ms) VALUES (?, ?, ?, ?)').run(toolName, JSON.stringify(input), output, elapsedMs);
  },
};

function recordToolCall(toolName: string, input: unknown) {
  db.prepare('INSERT INTO tool_calls (name, arguments) VALUES (?, ?)').run(toolName, JSON.stringify(input));
}

export const deskTools = {
  readTicket: tool({
    description: 'Read a ticket',
    inputSchema: z.object({ id: z.number() }),
    execute: async ({ id }) => {
      const started = Date.now();
      const row = db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as { title: string } | undefined;
      runHistory.record('readTicket', { id }, row?.title ?? '', Date.now() - started);
      recordToolCall('readTicket', { id });
      return row;
    },
  }),
  openTicket: tool({
    description: 'Open a support ticket',
    inputSchema: z.object({ title: z.string() }),
    execute: async ({ title }) => {
      const started = Date.now();
      const info = db.prepare('INSERT INTO tickets (title) VALUES (?)').run(title); // expect: non-idempotent-tool
      runHistory.record('openTicket', { title }, String(info.lastInsertRowid), Date.now() - started);
      return info.lastInsertRowid;
    },
  }),
};

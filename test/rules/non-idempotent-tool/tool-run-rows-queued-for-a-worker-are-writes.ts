// A `tool_runs` table is the tool-run history of question 45 only when its row records a call that ran: a row written to
// wait for a worker (`status` 'queued' or 'pending', in the statement or bound to it) hands the run on to be done — a job
// queued, which a repeat queues twice — whatever the table is called. The history row written after the run stays clean.
import Database from 'better-sqlite3';
import { tool } from 'ai';
import { z } from 'zod';

const db = new Database('agent.db');

export const reportTools = {
  queueReport: tool({
    description: 'Queue a sales report for the worker to build and e-mail',
    inputSchema: z.object({ month: z.string() }),
    execute: async ({ month }) => {
      const info = db.prepare("INSERT INTO tool_runs (tool_name, input, status) VALUES ('queueReport', ?, 'queued')").run(JSON.stringify({ month })); // expect: non-idempotent-tool
      return { runId: info.lastInsertRowid };
    },
  }),
  queueExport: tool({
    description: 'Queue a data export',
    inputSchema: z.object({ table: z.string() }),
    execute: async ({ table }) => {
      const info = db.prepare('INSERT INTO tool_runs (tool_name, input, status) VALUES (?, ?, ?)').run('queueExport', JSON.stringify({ table }), 'pending'); // expect: non-idempotent-tool
      return { runId: info.lastInsertRowid };
    },
  }),
  countOrders: tool({
    description: 'Count the orders of a month',
    inputSchema: z.object({ month: z.string() }),
    execute: async ({ month }) => {
      const started = Date.now();
      const row = db.prepare('SELECT COUNT(*) AS n FROM orders WHERE month = ?').get(month) as { n: number };
      db.prepare("INSERT INTO tool_runs (tool_name, input, output, status, elapsed_ms) VALUES ('countOrders', ?, ?, 'done', ?)").run(month, String(row.n), Date.now() - started);
      return row.n;
    },
  }),
};

// SQL built in a const before it is sent (`const sql = \`INSERT INTO ${table} …\`; pool.query(sql, values)`): the
// statement is judged as if written at the call. The SELECT built the same way only reads.
import pg from 'pg';
import { tool } from 'ai';
import { z } from 'zod';

const pool = new pg.Pool();

export const insertRows = tool({
  description: 'Insert rows into a table',
  inputSchema: z.object({ table: z.string(), rows: z.array(z.record(z.string(), z.string())) }),
  execute: async ({ table, rows }) => {
    const columns = Object.keys(rows[0] ?? {});
    const values = rows.flatMap((row) => columns.map((column) => row[column]));
    const placeholders = rows.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders}`;
    const result = await pool.query(sql, values); // expect: non-idempotent-tool
    return result.rowCount;
  },
});

export const countRows = tool({
  description: 'Count the rows of a table',
  inputSchema: z.object({ table: z.string() }),
  execute: async ({ table }) => {
    const sql = `SELECT count(*) FROM ${table}`;
    const result = await pool.query(sql);
    return result.rows[0];
  },
});

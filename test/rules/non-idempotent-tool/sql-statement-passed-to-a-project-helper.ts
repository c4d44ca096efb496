// A project helper that runs whatever statement its caller hands it (`db.run(sql, params)` → `pool.execute(sql, params)`)
// is judged at each call by the caller's statement: an INSERT creates a row per call; an UPDATE by key only sets
// fields (low confidence, as written in place); an `INSERT IGNORE` and a SELECT repeat safely; a lookup that refuses
// a second record ("já existe") is a dedupe. The helper's logging of the statement (`trace.sql(sql)`) runs nothing.
import mysql from 'mysql2/promise';
import { tool } from 'ai';
import { z } from 'zod';

const trace = { sql(text: string, params: unknown[]) { console.debug(text, params); } };

class Database {
  private pool = mysql.createPool({ host: 'localhost' });

  async run(sql: string, params: unknown[] = []): Promise<unknown> {
    trace.sql(sql, params);
    const [result] = await this.pool.execute(sql, params);
    return result;
  }

  async first(sql: string, params: unknown[] = []): Promise<unknown> {
    const rows = (await this.run(sql, params)) as unknown[];
    return rows[0] ?? null;
  }
}

const db = new Database();

export const logVisit = tool({
  description: 'Record a site visit for a customer',
  inputSchema: z.object({ customerId: z.number(), notes: z.string() }),
  execute: async ({ customerId, notes }) => {
    const sql = 'INSERT INTO site_visits (customer_id, notes) VALUES (?, ?)';
    return db.run(sql, [customerId, notes]); // expect: non-idempotent-tool
  },
});

export const renameCustomer = tool({
  description: 'Rename a customer',
  inputSchema: z.object({ customerId: z.number(), name: z.string() }),
  execute: async ({ customerId, name }) => db.run('UPDATE customers SET name = ? WHERE id = ?', [name, customerId]), // expect: non-idempotent-tool confidence=low
});

export const tagCustomer = tool({
  description: 'Tag a customer',
  inputSchema: z.object({ customerId: z.number(), tag: z.string() }),
  execute: async ({ customerId, tag }) => db.run('INSERT IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)', [customerId, tag]),
});

export const findCustomer = tool({
  description: 'Look a customer up',
  inputSchema: z.object({ customerId: z.number() }),
  execute: async ({ customerId }) => db.first('SELECT * FROM customers WHERE id = ?', [customerId]),
});

export const openShift = tool({
  description: 'Open a work shift for a staff member',
  inputSchema: z.object({ staffId: z.number() }),
  execute: async ({ staffId }) => {
    const open = await db.first('SELECT id FROM shifts WHERE staff_id = ? AND closed_at IS NULL', [staffId]);
    if (open) throw new Error('Já existe um turno aberto para este funcionário');
    return db.run('INSERT INTO shifts (staff_id, opened_at) VALUES (?, NOW())', [staffId]);
  },
});

// Kysely queries start from the table they write: `insertInto` adds a row (in a transaction too: `trx` is the same
// client), `updateTable` sets given fields (low: RULES.md), an insert with `onConflict` is an upsert, and `selectFrom`
// only reads.
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { tool } from 'ai';
import { z } from 'zod';

interface Database {
  expenses: { id: number; description: string; total: number };
  installments: { id: number; expense_id: number; amount: number };
  tags: { name: string; color: string };
}

const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool() }) });

export const recordExpense = tool({
  description: 'Record an expense paid in installments',
  inputSchema: z.object({ description: z.string(), total: z.number(), parts: z.number() }),
  execute: async ({ description, total, parts }) =>
    db.transaction().execute(async (trx) => {
      const expense = await trx.insertInto('expenses').values({ description, total }).returning('id').executeTakeFirstOrThrow(); // expect: non-idempotent-tool
      for (let i = 0; i < parts; i++) {
        await trx.insertInto('installments').values({ expense_id: expense.id, amount: total / parts }).execute(); // expect: non-idempotent-tool
      }
      return expense.id;
    }),
});

export const renameExpense = tool({
  description: 'Rename an expense',
  inputSchema: z.object({ id: z.number(), description: z.string() }),
  execute: async ({ id, description }) => db.updateTable('expenses').set({ description }).where('id', '=', id).execute(), // expect: non-idempotent-tool confidence=low
});

export const saveTag = tool({
  description: 'Save a tag colour',
  inputSchema: z.object({ name: z.string(), color: z.string() }),
  execute: async ({ name, color }) => db.insertInto('tags').values({ name, color }).onConflict((oc) => oc.column('name').doUpdateSet({ color })).execute(),
});

export const listExpenses = tool({
  description: 'List the expenses',
  inputSchema: z.object({}),
  execute: async () => db.selectFrom('expenses').selectAll().execute(),
});

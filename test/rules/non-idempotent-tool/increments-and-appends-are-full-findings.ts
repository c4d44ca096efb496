// Updates that are NOT "set a field to a given value": an increment, a decrement in SQL, a push onto
// a list and a JSON Patch append all change the result each time they run again. They are findings
// at full confidence, unlike the low-confidence set-field updates.
import { PrismaClient } from '@prisma/client';
import pg from 'pg';
import { tool } from 'ai';
import { z } from 'zod';

const prisma = new PrismaClient();
const pool = new pg.Pool();

export const addLoyaltyPoints = tool({
  description: 'Give a customer loyalty points',
  inputSchema: z.object({ customerId: z.string(), points: z.number().int().positive() }),
  execute: async ({ customerId, points }) => {
    const customer = await prisma.customer.update({ // expect: non-idempotent-tool
      where: { id: customerId },
      data: { loyaltyPoints: { increment: points } },
    });
    return { balance: customer.loyaltyPoints };
  },
});

export const labelTicket = tool({
  description: 'Add a label to a ticket',
  inputSchema: z.object({ ticketId: z.string(), label: z.string() }),
  execute: async ({ ticketId, label }) => {
    await prisma.ticket.update({ where: { id: ticketId }, data: { labels: { push: label } } }); // expect: non-idempotent-tool
    return 'labelled';
  },
});

export const consumeCredits = tool({
  description: 'Deduct API credits from an account',
  inputSchema: z.object({ accountId: z.string(), credits: z.number().int().positive() }),
  execute: async ({ accountId, credits }) => {
    const { rows } = await pool.query( // expect: non-idempotent-tool
      'UPDATE accounts SET credits = credits - $1 WHERE id = $2 RETURNING credits',
      [credits, accountId],
    );
    return { remaining: rows[0]?.credits };
  },
});

export const appendCaseNote = tool({
  description: 'Append a note to a case in the case-management system',
  inputSchema: z.object({ caseId: z.string(), note: z.string() }),
  execute: async ({ caseId, note }) => {
    const res = await fetch(`https://cases.example.com/api/cases/${caseId}`, { // expect: non-idempotent-tool
      method: 'PATCH',
      headers: { 'content-type': 'application/json-patch+json' },
      body: JSON.stringify([{ op: 'add', path: '/notes/-', value: { text: note } }]),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok ? 'note added' : `failed: ${res.status}`;
  },
});

// A retried insert under an operation id made once, outside the retried closure, whose unique-key violation the
// code takes as "already granted": the database refuses the second row, so a repeat adds nothing (README
// question 19). Recognised by the project helper's name (`isUniqueConstraintError`) or the driver's code (Postgres
// 23505, Prisma P2002). The same insert whose violation is logged and thrown on stays a finding.
import pRetry from 'p-retry';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

function isUniqueConstraintError(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

async function grantCredits(operationId: string, userId: string, amount: number) {
  try {
    await pool.query('INSERT INTO credit_grants (operation_id, user_id, amount) VALUES ($1, $2, $3)', [operationId, userId, amount]);
  } catch (error) {
    if (isUniqueConstraintError(error)) return;
    throw error;
  }
}

async function recordPayout(operationId: string, userId: string, amount: number) {
  try {
    await pool.query('INSERT INTO payouts (operation_id, user_id, amount) VALUES ($1, $2, $3)', [operationId, userId, amount]);
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return;
    throw error;
  }
}

async function addBonus(userId: string, amount: number) {
  try {
    await pool.query('INSERT INTO bonuses (user_id, amount) VALUES ($1, $2)', [userId, amount]);
  } catch (error) {
    if (isUniqueConstraintError(error)) console.warn('bonus already there?', userId);
    throw error;
  }
}

export async function processGrant(operationId: string, userId: string, amount: number) {
  await pRetry(() => grantCredits(operationId, userId, amount), { retries: 3 });
  await pRetry(() => recordPayout(operationId, userId, amount), { retries: 3 });
  await pRetry(() => addBonus(userId, amount), { retries: 3 }); // expect: unkeyed-retry
}

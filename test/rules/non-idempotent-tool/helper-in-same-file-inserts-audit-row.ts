// The write lives in a helper of the same file: the finding goes at the handler's call to the helper,
// not inside it. The same helper called from a cron job (not a tool) and a pure formatting helper
// called by the handler add nothing.
import { Agent, tool } from '@openai/agents';
import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { z } from 'zod';

const escalations = pgTable('escalations', {
  id: serial('id').primaryKey(),
  ticketId: text('ticket_id').notNull(),
  reason: text('reason').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
});

const db = drizzle(process.env.DATABASE_URL!);

function formatReason(reason: string, severity: 'low' | 'high'): string {
  return `[${severity.toUpperCase()}] ${reason.trim().slice(0, 500)}`;
}

async function recordEscalation(ticketId: string, reason: string) {
  const [row] = await db.insert(escalations).values({ ticketId, reason }).returning({ id: escalations.id });
  return row!.id;
}

export const escalateTicket = tool({
  name: 'escalate_ticket',
  description: 'Escalate a support ticket to a human agent',
  parameters: z.object({ ticketId: z.string(), reason: z.string(), severity: z.enum(['low', 'high']) }),
  execute: async ({ ticketId, reason, severity }) => {
    const id = await recordEscalation(ticketId, formatReason(reason, severity)); // expect: non-idempotent-tool
    return `escalation ${id} created`;
  },
});

export const triageAgent = new Agent({
  name: 'Triage',
  instructions: 'Escalate tickets you cannot solve.',
  tools: [escalateTicket],
});

// Not a tool: a scheduled job re-escalating stale tickets writes too, but outside every handler.
export async function escalateStaleTickets(staleTicketIds: string[]) {
  for (const ticketId of staleTicketIds) await recordEscalation(ticketId, 'stale for 48h');
}

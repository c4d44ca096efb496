// Handlers of frameworks that are not installed here, matched by import specifier: a Mastra
// createTool that creates a Prisma row and a FastMCP addTool that POSTs with got. Both create a new
// record per run. Mastra's read tool (findMany) stays clean.
import { createTool } from '@mastra/core/tools';
import { FastMCP } from 'fastmcp';
import { PrismaClient } from '@prisma/client';
import got from 'got';
import { z } from 'zod';

const prisma = new PrismaClient();

export const bookDemo = createTool({
  id: 'book-demo',
  description: 'Book a product demo for a lead',
  inputSchema: z.object({ leadId: z.string(), slot: z.string().datetime() }),
  execute: async ({ leadId, slot }) => {
    const booking = await prisma.demoBooking.create({ data: { leadId, startsAt: new Date(slot) } }); // expect: non-idempotent-tool
    return { bookingId: booking.id };
  },
});

export const listDemos = createTool({
  id: 'list-demos',
  description: 'List the demos booked for a lead',
  inputSchema: z.object({ leadId: z.string() }),
  execute: async ({ leadId }) => {
    const bookings = await prisma.demoBooking.findMany({ where: { leadId }, orderBy: { startsAt: 'asc' } });
    return { bookings: bookings.map((b) => ({ id: b.id, startsAt: b.startsAt.toISOString() })) };
  },
});

const mcp = new FastMCP({ name: 'helpdesk', version: '1.0.0' });

mcp.addTool({
  name: 'open_ticket',
  description: 'Open a helpdesk ticket',
  parameters: z.object({ subject: z.string(), body: z.string(), requesterEmail: z.string().email() }),
  execute: async ({ subject, body, requesterEmail }) => {
    const ticket = await got.post('https://helpdesk.example.com/api/v2/tickets', { // expect: non-idempotent-tool
      json: { subject, body, requester: { email: requesterEmail } },
      timeout: { request: 10_000 },
    }).json<{ id: number }>();
    return `ticket #${ticket.id} opened`;
  },
});

mcp.start({ transportType: 'stdio' });

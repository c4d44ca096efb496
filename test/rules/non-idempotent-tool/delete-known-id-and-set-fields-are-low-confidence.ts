// Writes that repeat safely: a DELETE of an id the tool was given, and PATCH/UPDATE calls that only
// set fields to given values. RULES.md allows them low confidence at most, so each is a finding
// marked confidence=low.
import axios from 'axios';
import { PrismaClient } from '@prisma/client';
import pg from 'pg';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const prisma = new PrismaClient();
const pool = new pg.Pool();
const CALENDAR_API = 'https://calendar.example.com/v1';
const server = new McpServer({ name: 'assistant', version: '1.0.0' });

server.registerTool(
  'cancel_meeting',
  { description: 'Cancel a calendar event', inputSchema: { eventId: z.string() } },
  async ({ eventId }, extra) => {
    await fetch(`${CALENDAR_API}/events/${encodeURIComponent(eventId)}`, { method: 'DELETE', signal: extra.signal }); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text', text: 'cancelled' }] };
  },
);

server.registerTool(
  'set_ticket_status',
  { description: 'Set the status of a ticket', inputSchema: { ticketId: z.string(), status: z.enum(['open', 'pending', 'solved']) } },
  async ({ ticketId, status }) => {
    await axios.patch(`https://helpdesk.example.com/api/tickets/${ticketId}`, { status }, { timeout: 10_000 }); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text', text: `ticket ${ticketId} is ${status}` }] };
  },
);

server.registerTool(
  'assign_ticket',
  { description: 'Assign a ticket to an agent', inputSchema: { ticketId: z.string(), agentId: z.string() } },
  async ({ ticketId, agentId }) => {
    await pool.query('UPDATE tickets SET assignee_id = $1 WHERE id = $2', [agentId, ticketId]); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text', text: 'assigned' }] };
  },
);

server.registerTool(
  'rename_project',
  { description: 'Rename a project', inputSchema: { projectId: z.string(), name: z.string() } },
  async ({ projectId, name }) => {
    await prisma.project.update({ where: { id: projectId }, data: { name } }); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text', text: 'renamed' }] };
  },
);

server.registerTool(
  'delete_draft',
  { description: 'Delete a draft document', inputSchema: { draftId: z.string() } },
  async ({ draftId }) => {
    await prisma.draft.delete({ where: { id: draftId } }); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text', text: 'deleted' }] };
  },
);

export { server };

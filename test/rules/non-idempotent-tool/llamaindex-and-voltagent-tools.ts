// LlamaIndex.TS FunctionTool.from(fn, metadata) (a bound method), FunctionTool.from({ execute }) and
// `tool(fn, metadata)`, and a VoltAgent `new Tool({ execute })`: the handlers POST with got and fetch.
// The GET tools beside them stay clean.
import { FunctionTool, tool } from 'llamaindex';
import { Tool } from '@voltagent/core';
import got from 'got';
import { z } from 'zod';

const API = 'https://tickets.example.com/api';

class TicketTools {
  async openTicket(input: { title: string }) {
    const res = await got.post(`${API}/tickets`, { json: input, timeout: { request: 5_000 } }); // expect: non-idempotent-tool
    return res.body;
  }

  async getTicket(input: { id: string }) {
    return got.get(`${API}/tickets/${input.id}`, { timeout: { request: 5_000 } }).json();
  }

  toTools() {
    return [
      FunctionTool.from(this.openTicket.bind(this), { name: 'open_ticket', description: 'Open a ticket' }),
      FunctionTool.from(this.getTicket.bind(this), { name: 'get_ticket', description: 'Read a ticket' }),
    ];
  }
}

export const ticketTools = new TicketTools().toTools();

export const closeTicket = FunctionTool.from({
  name: 'add_comment',
  description: 'Comment on a ticket',
  parameters: z.object({ id: z.string(), text: z.string() }),
  execute: async ({ id, text }) => {
    await fetch(`${API}/tickets/${id}/comments`, { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(5_000) }); // expect: non-idempotent-tool
    return 'commented';
  },
});

export const escalate = tool(
  async ({ id }: { id: string }) => {
    await fetch(`${API}/tickets/${id}/escalations`, { method: 'POST', signal: AbortSignal.timeout(5_000) }); // expect: non-idempotent-tool
    return 'escalated';
  },
  { name: 'escalate', description: 'Escalate a ticket', parameters: z.object({ id: z.string() }) },
);

export const assignTicket = new Tool({
  name: 'assign_ticket',
  description: 'Assign a ticket',
  parameters: z.object({ id: z.string(), assignee: z.string() }),
  execute: async ({ id, assignee }) => {
    await fetch(`${API}/tickets/${id}/assignments`, { method: 'POST', body: JSON.stringify({ assignee }), signal: AbortSignal.timeout(5_000) }); // expect: non-idempotent-tool
    return 'assigned';
  },
});

export const ticketStatus = new Tool({
  name: 'ticket_status',
  description: 'Status of a ticket',
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }) => (await fetch(`${API}/tickets/${id}`, { signal: AbortSignal.timeout(5_000) })).json(),
});

// Per-tool functions of the helpdesk server: each takes the client and the tool's input.
import type { HelpdeskApi } from './api.js';

export interface OpenInput { subject: string; body: string }
export interface ListFilter { status?: string }
export interface EscalateInput { id: string; note: string; level: number }

export async function openTicket(api: HelpdeskApi, input: OpenInput) {
  const body = { subject: input.subject.trim(), body: input.body };
  return api.create('tickets', body); // expect: non-idempotent-tool
}

export async function listTickets(api: HelpdeskApi, filter: ListFilter) {
  return api.list('tickets', filter.status ? { status: filter.status } : {});
}

export async function addComment(api: HelpdeskApi, id: string, text: string) {
  return api.create(`tickets/${id}/comments`, { text });
}

export async function escalateTicket(api: HelpdeskApi, input: EscalateInput) {
  return api.create(`tickets/${input.id}/escalations`, { note: input.note, level: input.level }); // expect: non-idempotent-tool
}

export async function replyToTicket(api: HelpdeskApi, reply: { id: string; body: string }) {
  return api.create(`tickets/${reply.id}/replies`, { body: reply.body });
}

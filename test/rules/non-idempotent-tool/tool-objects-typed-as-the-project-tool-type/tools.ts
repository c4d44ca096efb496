// Tools written as the project's `Tool` type with the wider keys a hand-written registry uses (`params`, `schema`,
// `jsonSchema`; `run`, `call`): each `run`/`call` is a tool handler wherever the registry that looks it up is built.
import type { Tool } from './types.js';

const API = 'https://desk.example.com/api';

async function openTicket(input: { subject: string }): Promise<string> {
  const res = await fetch(`${API}/tickets`, { method: 'POST', body: JSON.stringify(input), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return String(res.status);
}

export const openTicketTool: Tool = {
  name: 'open_ticket',
  description: 'Open a support ticket',
  params: { subject: { type: 'string' } },
  run: openTicket,
};

// A read written the same way stays clean.
export const findTicketTool: Tool = {
  name: 'find_ticket',
  description: 'Find a ticket by id',
  params: { id: { type: 'string' } },
  async run({ id }) {
    const res = await fetch(`${API}/tickets/${id}`, { signal: AbortSignal.timeout(10_000) });
    return res.text();
  },
};

// Elements of a list typed as the tool type.
export const noteTools: Tool[] = [
  {
    name: 'add_note',
    description: 'Add a note to a ticket',
    params: { id: { type: 'string' }, text: { type: 'string' } },
    run: async (input: { id: string; text: string }) => {
      const res = await fetch(`${API}/tickets/${input.id}/notes`, { method: 'POST', body: input.text, signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
      return String(res.status);
    },
  },
];

// The alert a refused call posts is a log event the helper's name says it is (`log…Event`), not the tool's effect.
async function logSecurityEvent(event: { type: string; detail: string }): Promise<void> {
  await fetch('https://alerts.example.com/hooks/security', { method: 'POST', body: JSON.stringify(event), signal: AbortSignal.timeout(5_000) });
}

export const ticketHistoryTool: Tool = {
  name: 'ticket_history',
  description: 'Read the history of a ticket',
  params: { id: { type: 'string' } },
  async run({ id }) {
    if (!/^\d+$/.test(id)) {
      await logSecurityEvent({ type: 'bad_ticket_id', detail: id });
      return 'refused';
    }
    const res = await fetch(`${API}/tickets/${id}/history`, { signal: AbortSignal.timeout(10_000) });
    return res.text();
  },
};

// A POST to the status of an id the caller names sets that status: a repeat finds it set (question 6), so it is reported
// at low confidence only, as a PATCH is (the default minimum confidence, medium, leaves it out).
export const setStatusTool: Tool = {
  name: 'set_status',
  description: 'Set the status of a ticket',
  params: { id: { type: 'string' }, status: { type: 'string' } },
  async run({ id, status }) {
    const res = await fetch(`${API}/tickets/${id}/status`, { method: 'POST', body: JSON.stringify({ status }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool confidence=low
    return String(res.status);
  },
};

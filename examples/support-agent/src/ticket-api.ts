// The ticketing system's HTTP API, as small helpers the tools and the MCP server call.
// Each helper takes the caller's AbortSignal and passes it on, so the caller's deadline reaches fetch.
import { TICKETS_URL } from './clients.js';

export interface Ticket {
  id: string;
  subject: string;
  status: 'open' | 'pending' | 'closed';
  customerEmail: string;
  chargeId?: string;
}

export async function getTicket(ticketId: string, signal: AbortSignal | undefined): Promise<Ticket> {
  const response = await fetch(`${TICKETS_URL}/tickets/${encodeURIComponent(ticketId)}`, { signal });
  if (!response.ok) throw new Error(`ticketing API: GET ticket ${ticketId} answered ${response.status}`);
  return (await response.json()) as Ticket;
}

/** Appends a note. Every call makes a new note: calling it twice leaves two notes. */
export async function addTicketNote(ticketId: string, note: string, signal: AbortSignal | undefined): Promise<void> {
  const response = await fetch(`${TICKETS_URL}/tickets/${encodeURIComponent(ticketId)}/notes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ body: note }),
    signal,
  });
  if (!response.ok) throw new Error(`ticketing API: POST note on ${ticketId} answered ${response.status}`);
}

/**
 * Appends a note at most once per key: the ticketing API stores the first response for an
 * Idempotency-Key and replays it for every later request with the same key.
 */
export async function addTicketNoteOnce(
  ticketId: string,
  note: string,
  idempotencyKey: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  const response = await fetch(`${TICKETS_URL}/tickets/${encodeURIComponent(ticketId)}/notes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify({ body: note }),
    signal,
  });
  if (!response.ok) throw new Error(`ticketing API: POST note on ${ticketId} answered ${response.status}`);
}

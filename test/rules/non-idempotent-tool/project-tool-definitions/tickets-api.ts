// The ticket service's client, shared by the tool definitions.
const BASE = 'https://desk.example.com/api';

export class TicketsApi {
  async createTicket(input: { subject: string; body: string }) {
    const res = await fetch(`${BASE}/tickets`, { method: 'POST', body: JSON.stringify(input), signal: AbortSignal.timeout(5_000) });
    return res.json();
  }

  async getTicket(id: string) {
    const res = await fetch(`${BASE}/tickets/${id}`, { signal: AbortSignal.timeout(5_000) });
    return res.json();
  }
}

export function ticketsApiFromContext(): TicketsApi {
  return new TicketsApi();
}

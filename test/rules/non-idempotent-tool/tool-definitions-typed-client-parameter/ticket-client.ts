// The client every tool definition's handler is handed by the registration loop.
const BASE = 'https://tickets.example.com/api';

export class TicketClient {
  async listQueues() {
    const res = await fetch(`${BASE}/queues`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }

  async openTicket(input: { queue: string; title: string }) {
    const res = await fetch(`${BASE}/tickets`, { method: 'POST', body: JSON.stringify(input), signal: AbortSignal.timeout(10_000) });
    return res.json();
  }

  async addWatcher(input: { ticket: string; user: string }) {
    const res = await fetch(`${BASE}/tickets/${input.ticket}/comments`, { method: 'POST', body: JSON.stringify({ text: `cc ${input.user}` }), signal: AbortSignal.timeout(10_000) });
    return res.json();
  }

  async archiveClosed() {
    const res = await fetch(`${BASE}/tickets/archive-runs`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
}

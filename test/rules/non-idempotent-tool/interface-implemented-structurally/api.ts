// The project's ticket API written as an interface, with two classes that satisfy it by shape alone (neither names it
// in `implements`): one keeps tickets in memory for demos, one POSTs them to the ticket service.
export interface TicketApi {
  openTicket(title: string): Promise<{ id: string }>;
  listTickets(): Promise<Array<{ id: string; title: string }>>;
}

export class DemoTicketApi {
  private readonly tickets: Array<{ id: string; title: string }> = [];

  async openTicket(title: string) {
    const ticket = { id: `demo-${this.tickets.length + 1}`, title };
    this.tickets.push(ticket);
    return ticket;
  }

  async listTickets() {
    return [...this.tickets];
  }
}

export class HttpTicketApi {
  constructor(private readonly baseUrl: string) {}

  async openTicket(title: string) {
    const response = await fetch(`${this.baseUrl}/tickets`, { method: 'POST', body: JSON.stringify({ title }) });
    return (await response.json()) as { id: string };
  }

  async listTickets() {
    const response = await fetch(`${this.baseUrl}/tickets`);
    return (await response.json()) as Array<{ id: string; title: string }>;
  }
}

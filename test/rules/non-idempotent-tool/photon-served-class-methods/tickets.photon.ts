/**
 * Helpdesk tickets as a Photon: the runtime serves every public method of this default-exported class as an MCP tool
 * (no registration call names them). `create` and `comment` write on each call; reads, lifecycle hooks, private and
 * `_`-named helpers, static members and methods tagged as a prompt template or a resource are no tools.
 * @dependencies none
 */
const BASE = 'https://helpdesk.example.com/api';

export default class Tickets {
  private token: string;

  constructor(token: string = '') {
    this.token = token;
  }

  /** Lifecycle hook the runtime calls once: registers a webhook, not a tool (clean). */
  async onInitialize() {
    await fetch(`${BASE}/webhooks`, { method: 'POST', body: JSON.stringify({ url: 'https://example.com/hook' }), signal: AbortSignal.timeout(5000) });
  }

  /**
   * Open a ticket
   * @param subject Ticket subject
   */
  async create(params: { subject: string; body: string }) {
    const res = await fetch(`${BASE}/tickets`, { // expect: non-idempotent-tool
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: JSON.stringify(params),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }

  /** Add a comment (a sync method is served too) */
  comment(params: { id: string; text: string }) {
    return fetch(`${BASE}/tickets/${params.id}/comments`, { method: 'POST', body: JSON.stringify({ text: params.text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  }

  /** List tickets: a read (clean) */
  async list(params: { status?: string }) {
    const res = await fetch(`${BASE}/tickets?status=${params.status ?? 'open'}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }

  /**
   * A prompt template, not a tool (clean)
   * @Template
   */
  async draft(params: { subject: string }) {
    await fetch(`${BASE}/drafts`, { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(10_000) });
    return `Write a ticket about ${params.subject}`;
  }

  /** Private helpers are no tools (clean) */
  private async audit(entry: string) {
    await fetch(`${BASE}/audit`, { method: 'POST', body: entry, signal: AbortSignal.timeout(10_000) });
  }

  async _resync() {
    await fetch(`${BASE}/resync`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  }

  /** What the runtime's test runner (`photon test`) runs: a test, not a tool (clean) */
  async testCreate() {
    const created = await this.create({ subject: 'test', body: 'test' });
    return { passed: Boolean(created) };
  }

  static async seed() {
    await fetch(`${BASE}/seed`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  }
}

/** A helper class beside the served one: not default-exported, so not served (clean). */
export class TicketExporter {
  async push(params: { id: string }) {
    await fetch(`${BASE}/exports`, { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(10_000) });
  }
}

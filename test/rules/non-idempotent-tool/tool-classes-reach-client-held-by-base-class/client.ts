// The CRM client the tool classes share, behind an interface the base class holds.
export interface CrmClient {
  addNote(contactId: string, text: string): Promise<unknown>;
  getContact(contactId: string): Promise<unknown>;
}

const CRM = 'https://crm.example.com/api';

export class HttpCrmClient implements CrmClient {
  async addNote(contactId: string, text: string) {
    const res = await fetch(`${CRM}/contacts/${contactId}/notes`, { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) });
    return res.json();
  }

  async getContact(contactId: string) {
    const res = await fetch(`${CRM}/contacts/${contactId}`, { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
}

// A lookup that finds the record and turns the call down saying so ("… already exists", returned as an error or
// thrown) is a dedupe: "a dedupe skips the write when a lookup finds the record" — a repeated call finds what the
// first one made and writes nothing. A guard that refuses for another reason (a quota, a closed account) is a
// precondition: a repeat that passes it writes again.
import { tool } from 'ai';
import { z } from 'zod';

const CRM = 'https://crm.example.com/api';

async function findContactByEmail(email: string): Promise<{ id: string } | null> {
  const res = await fetch(`${CRM}/contacts?email=${encodeURIComponent(email)}`, { signal: AbortSignal.timeout(5_000) });
  return ((await res.json()) as Array<{ id: string }>)[0] ?? null;
}
async function queryClasses(name: string): Promise<{ records: Array<{ id: string }> }> {
  const res = await fetch(`${CRM}/classes?name=${encodeURIComponent(name)}`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as { records: Array<{ id: string }> };
}
async function getQuota(user: string): Promise<{ exceeded: boolean }> {
  const res = await fetch(`${CRM}/quotas/${user}`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as { exceeded: boolean };
}
const post = (url: string, body: unknown) => fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });

async function createClass(name: string, source: string) {
  const existingClass = await queryClasses(name);
  if (existingClass.records.length > 0) {
    throw new Error(`A class named '${name}' already exists. Use the update operation instead.`);
  }
  return post(`${CRM}/classes`, { name, source });
}

export const crmTools = {
  createContact: tool({
    description: 'Create a contact',
    inputSchema: z.object({ email: z.string(), name: z.string() }),
    execute: async ({ email, name }) => {
      const existing = await findContactByEmail(email);
      if (existing) {
        return { success: false, error: `A contact with email ${email} already exists (id ${existing.id})` };
      }
      await post(`${CRM}/contacts`, { email, name });
      return { success: true };
    },
  }),
  createClass: tool({
    description: 'Create a class',
    inputSchema: z.object({ name: z.string(), source: z.string() }),
    execute: async ({ name, source }) => {
      await createClass(name, source);
      return 'created';
    },
  }),
  sendNote: tool({
    description: 'Send a note to a contact',
    inputSchema: z.object({ user: z.string(), text: z.string() }),
    execute: async ({ user, text }) => {
      const quota = await getQuota(user);
      if (quota.exceeded) return { success: false, error: 'quota exceeded for today' };
      await post(`${CRM}/notes`, { user, text }); // expect: non-idempotent-tool
      return { success: true };
    },
  }),
  addContactNote: tool({
    description: 'Add a note to an existing contact',
    inputSchema: z.object({ email: z.string(), text: z.string() }),
    execute: async ({ email, text }) => {
      const existing = await findContactByEmail(email);
      if (!existing) throw new Error(`No contact ${email}; it may already have been deleted`);
      await post(`${CRM}/contacts/${existing.id}/notes`, { text }); // expect: non-idempotent-tool
      return 'noted';
    },
  }),
};

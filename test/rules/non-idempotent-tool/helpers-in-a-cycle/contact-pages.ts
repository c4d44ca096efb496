// Pushes contacts to the CRM one page at a time; pushContactPage and continueContactSync (in
// sync-cursor.ts) call each other across files, a cycle the summaries must cut without losing the POST.
import { continueContactSync, continueDealsListing } from './sync-cursor.js';

export interface Contact {
  email: string;
  name: string;
}

export const PAGE_SIZE = 100;

export async function pushContactPage(contacts: Contact[], offset: number): Promise<number> {
  const page = contacts.slice(offset, offset + PAGE_SIZE);
  await fetch('https://crm.example.com/api/contacts/batch', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contacts: page }),
    signal: AbortSignal.timeout(20_000),
  });
  return continueContactSync(contacts, offset + PAGE_SIZE);
}

// A read-only cycle: each page of deals asks sync-cursor.ts whether to fetch the next one.
export async function fetchDealsPage(cursor: string | undefined, acc: unknown[]): Promise<unknown[]> {
  const url = new URL('https://crm.example.com/api/deals');
  if (cursor) url.searchParams.set('cursor', cursor);
  const res = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  const body = (await res.json()) as { deals: unknown[]; next?: string };
  return continueDealsListing(body.next, [...acc, ...body.deals]);
}

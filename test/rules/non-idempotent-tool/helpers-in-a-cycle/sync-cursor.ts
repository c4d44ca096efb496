// The other half of both cycles: decides whether another page is needed and calls back into
// contact-pages.ts.
import { fetchDealsPage, pushContactPage, type Contact } from './contact-pages.js';

export async function continueContactSync(contacts: Contact[], offset: number): Promise<number> {
  if (offset >= contacts.length) return contacts.length;
  return pushContactPage(contacts, offset);
}

export async function continueDealsListing(cursor: string | undefined, acc: unknown[]): Promise<unknown[]> {
  if (!cursor || acc.length >= 1_000) return acc;
  return fetchDealsPage(cursor, acc);
}

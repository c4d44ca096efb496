// syncContacts reaches the POST through a two-file cycle: one finding, at its call into the cycle.
// listDeals walks the read-only cycle and stays clean.
import { tool } from 'ai';
import { z } from 'zod';
import { fetchDealsPage } from './contact-pages.js';
import { continueContactSync } from './sync-cursor.js';

export const syncContacts = tool({
  description: 'Copy the given contacts into the CRM',
  inputSchema: z.object({ contacts: z.array(z.object({ email: z.string().email(), name: z.string() })) }),
  execute: async ({ contacts }) => {
    const synced = await continueContactSync(contacts, 0); // expect: non-idempotent-tool
    return `${synced} contacts synced`;
  },
});

export const listDeals = tool({
  description: 'List open deals in the CRM',
  inputSchema: z.object({}),
  execute: async () => {
    const deals = await fetchDealsPage(undefined, []);
    return deals;
  },
});

// "A precondition is not a dedupe": a lookup that only checks the write may go ahead (a balance, a
// permission, a quote's liquidity, an issue still open) lets a repeated call write again. A dedupe
// skips the write when the lookup finds the work done: an existing record returned, a write that runs
// only when nothing was found, a count of existing rows, a status saying it was sent.
import { tool } from 'ai';
import { z } from 'zod';

const API = 'https://wallet.example.com/api';

async function getBalance(account: string): Promise<number> {
  const res = await fetch(`${API}/accounts/${account}/balance`, { signal: AbortSignal.timeout(5_000) });
  return ((await res.json()) as { cents: number }).cents;
}
async function findPermission(spender: string): Promise<{ id: string } | undefined> {
  const res = await fetch(`${API}/permissions?spender=${spender}`, { signal: AbortSignal.timeout(5_000) });
  return ((await res.json()) as Array<{ id: string }>)[0];
}
async function getQuote(from: string, to: string): Promise<{ liquidityAvailable: boolean; quoteId: string }> {
  const res = await fetch(`${API}/quotes/${from}/${to}`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as { liquidityAvailable: boolean; quoteId: string };
}
async function getIssue(id: string): Promise<{ state: string }> {
  const res = await fetch(`https://tracker.example.com/issues/${id}`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as { state: string };
}
async function findTransfer(reference: string): Promise<{ id: string } | null> {
  const res = await fetch(`${API}/transfers?reference=${reference}`, { signal: AbortSignal.timeout(5_000) });
  return ((await res.json()) as Array<{ id: string }>)[0] ?? null;
}
async function listMembers(team: string): Promise<Array<{ user: string }>> {
  const res = await fetch(`https://tracker.example.com/teams/${team}/members`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as Array<{ user: string }>;
}
async function getInvoice(id: string): Promise<{ reminderStatus: string }> {
  const res = await fetch(`https://billing.example.com/invoices/${id}`, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as { reminderStatus: string };
}
const post = (url: string, body: unknown) => fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });

export const walletTools = {
  transfer: tool({
    description: 'Transfer funds',
    inputSchema: z.object({ from: z.string(), to: z.string(), cents: z.number() }),
    execute: async ({ from, to, cents }) => {
      const balance = await getBalance(from);
      if (balance < cents) return 'insufficient funds';
      await post(`${API}/transfers`, { from, to, cents }); // expect: non-idempotent-tool
      return 'sent';
    },
  }),
  spend: tool({
    description: 'Spend from a permission',
    inputSchema: z.object({ spender: z.string(), cents: z.number() }),
    execute: async ({ spender, cents }) => {
      const permission = await findPermission(spender);
      if (!permission) return 'no permission';
      await post(`${API}/permissions/${permission.id}/spends`, { cents }); // expect: non-idempotent-tool
      return 'spent';
    },
  }),
  swap: tool({
    description: 'Swap tokens',
    inputSchema: z.object({ from: z.string(), to: z.string() }),
    execute: async ({ from, to }) => {
      const quote = await getQuote(from, to);
      if (!quote.liquidityAvailable) return 'no liquidity';
      await post(`${API}/swaps`, { quoteId: quote.quoteId }); // expect: non-idempotent-tool
      return 'swapped';
    },
  }),
  comment: tool({
    description: 'Comment on an open issue',
    inputSchema: z.object({ issueId: z.string(), text: z.string() }),
    execute: async ({ issueId, text }) => {
      const issue = await getIssue(issueId);
      if (issue.state !== 'open') return 'issue is closed';
      await post(`https://tracker.example.com/issues/${issueId}/comments`, { text }); // expect: non-idempotent-tool
      return 'commented';
    },
  }),
  payReference: tool({
    description: 'Pay a reference once',
    inputSchema: z.object({ reference: z.string(), cents: z.number() }),
    execute: async ({ reference, cents }) => {
      const existing = await findTransfer(reference);
      if (existing !== null) return `already paid: ${existing.id}`;
      await post(`${API}/transfers`, { reference, cents });
      return 'paid';
    },
  }),
  addMember: tool({
    description: 'Add a member to a team',
    inputSchema: z.object({ team: z.string(), user: z.string() }),
    execute: async ({ team, user }) => {
      const members = await listMembers(team);
      if (!members.some((m) => m.user === user)) {
        await post(`https://tracker.example.com/teams/${team}/members`, { user });
      }
      return 'member';
    },
  }),
  addFirstMember: tool({
    description: 'Add the first member of a team',
    inputSchema: z.object({ team: z.string(), user: z.string() }),
    execute: async ({ team, user }) => {
      const members = await listMembers(team);
      if (members.length > 0) return 'team already has members';
      await post(`https://tracker.example.com/teams/${team}/members`, { user });
      return 'added';
    },
  }),
  addReviewer: tool({
    description: 'Add a reviewer once',
    inputSchema: z.object({ team: z.string(), user: z.string() }),
    execute: async ({ team, user }) => {
      const members = await listMembers(team);
      const alreadyAssigned = members.some((m) => m.user === user);
      if (alreadyAssigned) return 'already a reviewer';
      await post(`https://tracker.example.com/teams/${team}/reviewers`, { user });
      return 'added';
    },
  }),
  payOnce: tool({
    description: 'Pay a reference, reusing an earlier transfer',
    inputSchema: z.object({ reference: z.string(), cents: z.number() }),
    execute: async ({ reference, cents }) => {
      let transfer: { id: string } | null = null;
      try {
        transfer = await findTransfer(reference);
      } catch {
        // lookup failed: pay anyway
      }
      if (transfer) return transfer.id;
      await post(`${API}/transfers`, { reference, cents });
      return 'paid';
    },
  }),
  remind: tool({
    description: 'Send the invoice reminder once',
    inputSchema: z.object({ invoiceId: z.string() }),
    execute: async ({ invoiceId }) => {
      const invoice = await getInvoice(invoiceId);
      if (invoice.reminderStatus === 'sent') return 'reminder already sent';
      await post(`https://billing.example.com/invoices/${invoiceId}/reminders`, {});
      return 'reminded';
    },
  }),
};

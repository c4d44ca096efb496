// Test corpus README questions 91 and 119: a lookup before the write protects only the calls that make it and then
// leave. A lookup made only when an optional argument is given (`email ? await find(…) : null`), a refusal inside a
// branch the write is not in, and a found record that falls through to the write when a flag is set leave the other
// calls writing again: findings. Clean: the same lookups run on every call, a branch whose other side leaves (`if
// (!name) return …; else if (found) return …`), a found record tested through a const that holds the condition, and a
// count of what a lookup in place returns.
import { PrismaClient } from '@prisma/client';
import { tool } from 'ai';
import { z } from 'zod';

const prisma = new PrismaClient();

export const addContact = tool({
  description: 'Add a contact to the CRM',
  inputSchema: z.object({ name: z.string(), email: z.string().optional() }),
  execute: async ({ name, email }) => {
    const existing = email ? await prisma.contact.findFirst({ where: { name, email } }) : null;
    if (existing) return { id: existing.id, reused: true };
    const created = await prisma.contact.create({ data: { name, email } }); // expect: non-idempotent-tool
    return { id: created.id };
  },
});

export const addCompany = tool({
  description: 'Add a company to the CRM',
  inputSchema: z.object({ name: z.string(), domain: z.string() }),
  execute: async ({ name, domain }) => {
    const existing = await prisma.company.findFirst({ where: { domain } });
    if (existing) return { id: existing.id, reused: true };
    const created = await prisma.company.create({ data: { name, domain } });
    return { id: created.id };
  },
});

export const openReserve = tool({
  description: 'Open a savings reserve, optionally linked to a transaction',
  inputSchema: z.object({ label: z.string(), amount: z.number(), transactionId: z.string().optional() }),
  execute: async ({ label, amount, transactionId }) => {
    if (transactionId) {
      const active = await prisma.reserve.findFirst({ where: { transactionId, status: 'active' } });
      if (active) throw new Error(`transaction ${transactionId} already has an active reserve`);
    }
    return prisma.reserve.create({ data: { label, amount, transactionId } }); // expect: non-idempotent-tool
  },
});

export const openLinkedReserve = tool({
  description: 'Open a savings reserve linked to a transaction',
  inputSchema: z.object({ label: z.string(), amount: z.number(), transactionId: z.string() }),
  execute: async ({ label, amount, transactionId }) => {
    const active = await prisma.reserve.findFirst({ where: { transactionId, status: 'active' } });
    if (active) throw new Error(`transaction ${transactionId} already has an active reserve`);
    return prisma.reserve.create({ data: { label, amount, transactionId } });
  },
});

export const startProfileSetup = tool({
  description: 'Create (or reuse) a browser profile and start a session to sign in with it',
  inputSchema: z.object({ profileName: z.string(), updateExisting: z.boolean().optional() }),
  execute: async ({ profileName, updateExisting }) => {
    const existing = await prisma.profile.findFirst({ where: { name: profileName } });
    let profile;
    if (existing) {
      if (!updateExisting) return { error: `Profile "${profileName}" already exists` };
      profile = existing;
    } else {
      profile = await prisma.profile.create({ data: { name: profileName } });
    }
    const session = await prisma.browserSession.create({ data: { profileId: profile.id } }); // expect: non-idempotent-tool
    return { profileId: profile.id, sessionId: session.id };
  },
});

export const tagRelease = tool({
  description: 'Record a release tag',
  inputSchema: z.object({ name: z.string().optional(), commit: z.string() }),
  execute: async ({ name, commit }) => {
    if (!name) return { error: 'name is required' };
    else if (await prisma.releaseTag.findFirst({ where: { name } })) return { reused: true };
    return prisma.releaseTag.create({ data: { name, commit } });
  },
});

export const settleTransfer = tool({
  description: 'Record a settled transfer for a bank transaction',
  inputSchema: z.object({ transactionId: z.string(), amount: z.number() }),
  execute: async ({ transactionId, amount }) => {
    const [active] = await prisma.entry.findMany({ where: { transactionId }, orderBy: { createdAt: 'desc' }, take: 1 });
    const isCanonical = active && active.kind === 'settlement' && active.amount === amount;
    let entry;
    if (isCanonical) entry = active;
    else entry = await prisma.entry.create({ data: { transactionId, amount, kind: 'settlement' } });
    return entry;
  },
});

export const interpretCredit = tool({
  description: 'Record how an incoming credit is interpreted',
  inputSchema: z.object({ transactionId: z.string(), category: z.string() }),
  execute: async ({ transactionId, category }) => {
    if ((await prisma.entry.findMany({ where: { transactionId }, take: 1 })).length > 0) {
      throw new Error('this credit already has an interpretation');
    }
    return prisma.entry.create({ data: { transactionId, category } });
  },
});

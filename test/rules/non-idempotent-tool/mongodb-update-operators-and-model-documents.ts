// MongoDB updates judged by their update document: a `$push` of a history entry appends one more entry on every run
// and an `$inc` raises a counter again (test/corpus/README.md questions 55 and 65); a `$set` of given fields and an
// `$addToSet` converge (question 5: low confidence at most), as does a `$set` that bumps a version counter. An update document, or a single-document delete's filter,
// that the model writes whole may do anything of the kind (questions 29, 65, 71): a finding. A helper given a `$set`
// document the code wrote stays the plain update it is.
import { createTool } from '@mastra/core/tools';
import { MongoClient, type Document, type Filter } from 'mongodb';
import { z } from 'zod';

const mongo = new MongoClient(process.env.MONGO_URL!);
const accounts = mongo.db('crm').collection('accounts');

export const logCall = createTool({
  id: 'log-call',
  description: 'Record a phone call on an account',
  inputSchema: z.object({ accountId: z.string(), summary: z.string() }),
  execute: async ({ accountId, summary }) => {
    await accounts.updateOne({ accountId }, { $push: { calls: { summary, at: new Date() } }, $set: { touchedAt: new Date() } }); // expect: non-idempotent-tool
    return { ok: true };
  },
});

export const countVisit = createTool({
  id: 'count-visit',
  description: 'Count one more visit to an account',
  inputSchema: z.object({ accountId: z.string() }),
  execute: async ({ accountId }) => {
    await accounts.updateOne({ accountId }, { '$inc': { visits: 1 } }); // expect: non-idempotent-tool
    return { ok: true };
  },
});

export const renameAccount = createTool({
  id: 'rename-account',
  description: 'Set the display name and tags of an account',
  inputSchema: z.object({ accountId: z.string(), name: z.string(), tag: z.string() }),
  execute: async ({ accountId, name, tag }) => {
    await accounts.updateOne({ accountId }, { $set: { name }, $addToSet: { tags: tag } }); // expect: non-idempotent-tool confidence=low
    return { ok: true };
  },
});

export const retitleAccount = createTool({
  id: 'retitle-account',
  description: 'Set the title of an account, bumping its revision',
  inputSchema: z.object({ accountId: z.string(), title: z.string() }),
  execute: async ({ accountId, title }) => {
    const change = { $set: { title }, $inc: { version: 1 } };
    await accounts.updateOne({ accountId }, change); // expect: non-idempotent-tool confidence=low
    return { ok: true };
  },
});

export const rawUpdate = createTool({
  id: 'raw-update',
  description: 'Apply an update document to the accounts matching a filter',
  inputSchema: z.object({ filter: z.record(z.unknown()), update: z.record(z.unknown()) }),
  execute: async (input) => {
    const { filter, update } = input;
    const result = await accounts.updateMany(filter as Filter<Document>, update); // expect: non-idempotent-tool
    return { modified: result.modifiedCount };
  },
});

export const rawDelete = createTool({
  id: 'raw-delete',
  description: 'Delete the first account matching a filter',
  inputSchema: z.object({ filter: z.record(z.unknown()) }),
  execute: async ({ filter }) => {
    const result = await accounts.deleteOne(filter); // expect: non-idempotent-tool
    return { deleted: result.deletedCount };
  },
});

async function patchAccount(accountId: string, document: Document) {
  return accounts.updateOne({ accountId }, document);
}

export const closeAccount = createTool({
  id: 'close-account',
  description: 'Mark an account closed',
  inputSchema: z.object({ accountId: z.string() }),
  execute: async ({ accountId }) => {
    await patchAccount(accountId, { $set: { status: 'closed' } }); // expect: non-idempotent-tool confidence=low
    return { ok: true };
  },
});

export const removeAccount = createTool({
  id: 'remove-account',
  description: 'Delete an account by id',
  inputSchema: z.object({ accountId: z.string() }),
  execute: async ({ accountId }) => {
    await accounts.deleteOne({ accountId }); // expect: non-idempotent-tool confidence=low
    return { ok: true };
  },
});

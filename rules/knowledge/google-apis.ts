// Google APIs clients (googleapis, @googleapis/gmail, @googleapis/calendar): `google.gmail({ version, auth })`
// and `google.calendar(…)` make clients whose resource methods send mail and write events. Gmail has no
// idempotency key; a Calendar event inserted with its own `requestBody.id` cannot be created twice.
import type { WriteFact } from './types.js';

const googleClients = { module: ['googleapis', '@googleapis/gmail', '@googleapis/calendar'], instance: true } as const;

export const googleApiWrites: WriteFact[] = [
  { label: 'Gmail send', write: 'send', ...googleClients, path: ['users.messages.send', 'users.drafts.send', 'users.messages.insert', 'users.messages.import'],
    checkedAgainst: '@googleapis/gmail@18.0.0' },
  { label: 'Gmail create', write: 'create', ...googleClients, path: ['users.drafts.create', 'users.labels.create'], checkedAgainst: '@googleapis/gmail@18.0.0' },
  { label: 'Gmail update', write: 'update-set', ...googleClients, path: ['users.messages.modify', 'users.messages.batchModify', 'users.messages.trash', 'users.labels.patch', 'users.labels.update', 'users.drafts.update'],
    checkedAgainst: '@googleapis/gmail@18.0.0' },
  { label: 'Gmail delete', write: 'delete-id', ...googleClients, path: ['users.messages.delete', 'users.messages.batchDelete', 'users.drafts.delete', 'users.labels.delete'],
    checkedAgainst: '@googleapis/gmail@18.0.0' },
  // events.insert/quickAdd POST a new event; an insert carrying `requestBody.id` (an id the client chose) cannot repeat.
  { label: 'Calendar event create', write: 'create', ...googleClients, path: ['events.insert', 'events.quickAdd'],
    keyOption: { arg: 0, names: ['requestBody.id'] }, checkedAgainst: '@googleapis/calendar@16.0.0' },
  { label: 'Calendar event update', write: 'update-set', ...googleClients, path: ['events.patch', 'events.update', 'events.move'], checkedAgainst: '@googleapis/calendar@16.0.0' },
  { label: 'Calendar event delete', write: 'delete-id', ...googleClients, path: ['events.delete'], checkedAgainst: '@googleapis/calendar@16.0.0' },
];

// Google APIs clients (googleapis, @googleapis/gmail, @googleapis/calendar): `google.gmail({ version, auth })`
// and `google.calendar(…)` make clients whose resource methods send mail and write events. Gmail has no
// idempotency key; a Calendar event inserted with its own `requestBody.id` cannot be created twice.
import type { WriteFact } from './types.js';

const googleClients = { module: ['googleapis', '@googleapis/gmail', '@googleapis/calendar', '@googleapis/drive'], instance: true } as const;

export const googleApiWrites: WriteFact[] = [
  { label: 'Gmail send', write: 'send', ...googleClients, path: ['users.messages.send', 'users.messages.insert', 'users.messages.import'],
    checkedAgainst: '@googleapis/gmail@18.0.0' },
  { label: 'Gmail create', write: 'create', ...googleClients, path: ['users.drafts.create', 'users.labels.create'], checkedAgainst: '@googleapis/gmail@18.0.0' },
  // users.drafts.send sends a saved draft the caller names and consumes it: a repeat on that id is refused (README question 32).
  { label: 'Gmail update', write: 'update-set', ...googleClients, path: ['users.messages.modify', 'users.messages.batchModify', 'users.messages.trash', 'users.labels.patch', 'users.labels.update', 'users.drafts.update', 'users.drafts.send'],
    checkedAgainst: '@googleapis/gmail@18.0.0' },
  { label: 'Gmail delete', write: 'delete-id', ...googleClients, path: ['users.messages.delete', 'users.messages.batchDelete', 'users.drafts.delete', 'users.labels.delete'],
    checkedAgainst: '@googleapis/gmail@18.0.0' },
  // events.insert/quickAdd POST a new event; an insert carrying `requestBody.id` (an id the client chose) cannot repeat.
  { label: 'Calendar event create', write: 'create', ...googleClients, path: ['events.insert', 'events.quickAdd'],
    keyOption: { arg: 0, names: ['requestBody.id'] }, checkedAgainst: '@googleapis/calendar@16.0.0' },
  { label: 'Calendar event update', write: 'update-set', ...googleClients, path: ['events.patch', 'events.update', 'events.move'], checkedAgainst: '@googleapis/calendar@16.0.0' },
  { label: 'Calendar event delete', write: 'delete-id', ...googleClients, path: ['events.delete'], checkedAgainst: '@googleapis/calendar@16.0.0' },
  // Drive v3 (build/v3.d.ts Resource$Files, $Comments, $Replies, $Drives): files.create uploads or makes a new file (a
  // folder too: Drive names are not unique), files.copy makes a new copy, comments/replies.create post a new one; a file
  // created with its own `requestBody.id` (one `files.generateIds` gave) cannot be made twice, and drives.create takes a
  // `requestId` that the API deduplicates on.
  { label: 'Drive create', write: 'create', ...googleClients, path: ['files.create', 'files.copy'],
    keyOption: { arg: 0, names: ['requestBody.id'] }, checkedAgainst: '@googleapis/drive@26.0.1 (build/v3.d.ts Resource$Files create, copy)' },
  { label: 'Drive create', write: 'create', ...googleClients, path: ['comments.create', 'replies.create'],
    checkedAgainst: '@googleapis/drive@26.0.1 (build/v3.d.ts Resource$Comments, Resource$Replies create)' },
  { label: 'Drive create', write: 'create', ...googleClients, path: ['drives.create'], keyOption: { arg: 0, names: ['requestId'] },
    checkedAgainst: '@googleapis/drive@26.0.1 (build/v3.d.ts Params$Resource$Drives$Create.requestId)' },
  { label: 'Drive update', write: 'update-set', ...googleClients, path: ['files.update', 'comments.update', 'replies.update', 'permissions.update', 'drives.update'],
    checkedAgainst: '@googleapis/drive@26.0.1 (build/v3.d.ts)' },
  { label: 'Drive delete', write: 'delete-id', ...googleClients, path: ['files.delete', 'comments.delete', 'replies.delete', 'permissions.delete', 'drives.delete'],
    checkedAgainst: '@googleapis/drive@26.0.1 (build/v3.d.ts)' },
];

// Tools written as objects that name their declaration (`{ definition: SEND_REMINDER_DECLARATION, execute }`) rather
// than write it in place: the declaration held by name, in this module or imported, says what the object offers a
// model, so `execute` is a tool handler wherever the registry that runs it by name is built.
// Near misses: a scheduled job whose `execute` sits beside a config constant that declares nothing to a model (a name
// and a cron line), and a read tool, stay clean.
import { ARCHIVE_BOARD_DECLARATION } from './declarations.js';
import type { ChatTool, FunctionDeclaration } from './types.js';

const BOARDS = 'https://boards.example.com/api';

const SEND_REMINDER_DECLARATION: FunctionDeclaration = {
  type: 'function',
  function: {
    name: 'send_reminder',
    description: 'Send a reminder to the members of a board',
    parameters: { type: 'object', properties: { board: { type: 'string' }, text: { type: 'string' } }, required: ['board', 'text'] },
  },
};

export const sendReminderTool: ChatTool = {
  definition: SEND_REMINDER_DECLARATION,
  async execute(args) {
    const res = await fetch(`${BOARDS}/boards/${String(args.board)}/reminders`, { method: 'POST', body: JSON.stringify({ text: args.text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return String(res.status);
  },
};

async function archiveBoard(args: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${BOARDS}/boards/${String(args.board)}/archives`, { method: 'POST', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return String(res.status);
}

// Untyped, with its declaration imported and its function named.
export const archiveBoardTool = {
  definition: ARCHIVE_BOARD_DECLARATION,
  execute: archiveBoard,
};

const LIST_CARDS_DECLARATION: FunctionDeclaration = {
  type: 'function',
  function: { name: 'list_cards', description: 'List the cards of a board', parameters: { type: 'object', properties: { board: { type: 'string' } } } },
};

export const listCardsTool: ChatTool = {
  definition: LIST_CARDS_DECLARATION,
  async execute(args) {
    const res = await fetch(`${BOARDS}/boards/${String(args.board)}/cards`, { signal: AbortSignal.timeout(10_000) });
    return res.text();
  },
};

const NIGHTLY_DIGEST = { name: 'nightly_digest', cron: '0 3 * * *' };

export const nightlyDigestJob = {
  config: NIGHTLY_DIGEST,
  async execute() {
    const res = await fetch(`${BOARDS}/digests`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return String(res.status);
  },
};

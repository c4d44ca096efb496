// A helper's branch that the caller's values decide. `saveNote(path, text)` leaves `append = false`, so the call takes
// the whole-file rewrite, never the append; `saveNote(path, line, true)` appends a line each call (a finding). An indexer
// skips content it has indexed already unless asked to `force` (a lookup by the content's hash, then an early return):
// a caller that leaves `force` out (or passes false) gets the dedupe; one that passes `force: true` re-indexes and adds
// the chunks again (a finding). A guard inside a branch the caller does not fix still covers only some calls
// (test/corpus/README.md questions 91, 119): `reindex(text, mode)` with a mode from the input stays a finding.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';

const db = new PrismaClient();
const server = new McpServer({ name: 'notebook', version: '1.0.0' });

async function saveNote(path: string, text: string, append = false) {
  if (append) {
    await fs.appendFile(path, `\n${text}`, 'utf-8');
  } else {
    await fs.writeFile(path, text, 'utf-8');
  }
}

interface IndexInput {
  text: string;
  source: string;
  force?: boolean;
}

async function indexText(input: IndexInput) {
  const { text, source, force = false } = input;
  const digest = createHash('sha256').update(text).digest('hex');
  if (!force) {
    const seen = await db.snippet.findFirst({ where: { digest } });
    if (seen) return seen.id;
  }
  const row = await db.snippet.create({ data: { text, source, digest } });
  return row.id;
}

async function reindex(text: string, mode: string) {
  if (mode === 'careful') {
    const seen = await db.snippet.findFirst({ where: { text } });
    if (seen) return seen.id;
  }
  const row = await db.snippet.create({ data: { text, source: 'reindex', digest: '' } });
  return row.id;
}

server.tool('write_settings', { json: z.string() }, async ({ json }) => {
  await saveNote('settings.json', json);
  return { content: [{ type: 'text', text: 'saved' }] };
});

server.tool('add_journal_line', { line: z.string() }, async ({ line }) => {
  await saveNote('journal.md', line, true); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'added' }] };
});

server.tool('remember', { text: z.string() }, async ({ text }) => {
  const id = await indexText({ text, source: 'chat' });
  return { content: [{ type: 'text', text: id }] };
});

server.tool('remember_checked', { text: z.string() }, async ({ text }) => {
  const id = await indexText({ text, source: 'chat', force: false });
  return { content: [{ type: 'text', text: id }] };
});

server.tool('remember_again', { text: z.string() }, async ({ text }) => {
  const id = await indexText({ text, source: 'chat', force: true }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: id }] };
});

server.tool('reindex', { text: z.string(), mode: z.string() }, async ({ text, mode }) => {
  const id = await reindex(text, mode); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: id }] };
});

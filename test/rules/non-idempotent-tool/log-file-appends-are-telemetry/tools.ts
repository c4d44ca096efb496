// Telemetry is not the tool's side effect (RULES.md): a line appended to a log file, by a logging helper
// or inline to a path that names a log, is not reported. A tool whose purpose is appending a record to the
// user's file (a note, a journal) stays a finding, inline or through a helper that is not a logger.
import { appendFile } from 'node:fs/promises';
import * as path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { appendToLog, recordNote } from './logging.js';

const server = new McpServer({ name: 'notes', version: '1.0.0' });
const LOG_DIR = process.env.LOG_DIR ?? '/tmp';

server.tool('get_site', { siteId: z.string() }, async ({ siteId }) => {
  appendToLog(`get_site ${siteId}`);
  const response = await fetch(`https://api.example.com/sites/${siteId}`, { signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: await response.text() }] };
});

server.tool('get_status', { id: z.string() }, async ({ id }) => {
  await appendFile(path.join(LOG_DIR, 'logs', 'tools.log'), `status ${id}\n`);
  return { content: [{ type: 'text', text: 'ok' }] };
});

server.tool('append_note', { file: z.string(), text: z.string() }, async ({ file, text }) => {
  await appendFile(path.join(process.cwd(), 'notes', file), `${text}\n`); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'noted' }] };
});

server.tool('journal', { text: z.string() }, async ({ text }) => {
  recordNote('journal.md', text); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'written' }] };
});

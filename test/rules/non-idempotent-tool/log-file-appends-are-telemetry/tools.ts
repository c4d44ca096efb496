// Telemetry is not the tool's side effect (RULES.md): a line appended to a log file by a logging helper
// (`appendToLog`, a `debugLog` arrow) is not reported. A tool whose purpose is appending a record (a note,
// a journal entry, a decision in an audit log written in the tool itself) stays a finding, inline or through
// a helper that is not a logger.
import { appendFile } from 'node:fs/promises';
import * as path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { appendToLog, recordNote } from './logging.js';
import { addToFile, logger } from './logger.js';

const server = new McpServer({ name: 'notes', version: '1.0.0' });
const LOG_DIR = process.env.LOG_DIR ?? '/tmp';

server.tool('get_site', { siteId: z.string() }, async ({ siteId }) => {
  appendToLog(`get_site ${siteId}`);
  const response = await fetch(`https://api.example.com/sites/${siteId}`, { signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: await response.text() }] };
});

const debugLog = (line: string) => appendFile(path.join(LOG_DIR, 'logs', 'tools.log'), `${line}\n`);

server.tool('get_status', { id: z.string() }, async ({ id }) => {
  void debugLog(`status ${id}`);
  return { content: [{ type: 'text', text: 'ok' }] };
});

server.tool('record_decision', { id: z.string(), decision: z.string() }, async ({ id, decision }) => {
  await appendFile(path.join(LOG_DIR, 'decisions.log'), `${id} ${decision}\n`); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'recorded' }] };
});

server.tool('append_note', { file: z.string(), text: z.string() }, async ({ file, text }) => {
  await appendFile(path.join(process.cwd(), 'notes', file), `${text}\n`); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'noted' }] };
});

server.tool('journal', { text: z.string() }, async ({ text }) => {
  recordNote('journal.md', text); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'written' }] };
});

server.tool('get_forecast', { city: z.string() }, async ({ city }) => {
  logger.info('forecast', city);
  const response = await fetch(`https://weather.example.com/forecast?city=${encodeURIComponent(city)}`, { signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: await response.text() }] };
});

server.tool('add_todo', { text: z.string() }, async ({ text }) => {
  addToFile('todo.md', text); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'added' }] };
});

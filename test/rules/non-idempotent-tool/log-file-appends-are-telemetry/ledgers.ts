// Bookkeeping of the tool's own calls: a usage line appended to the file a function named for the log gives
// (`getUsageLogPath()`), and an entry appended by a class kept as a log (`CallLog.append`). Neither is the tool's side
// effect (RULES.md's telemetry, test/corpus/README.md question 45). A class or a path function named for something
// else (`Notebook`, `notesPath()`) appends the record the tool exists to make: findings.
import { appendFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

function getUsageLogPath(): string {
  return join(homedir(), '.dialer', 'usage.jsonl');
}

function recordSpend(endpoint: string, costUsd: number): void {
  appendFileSync(getUsageLogPath(), `${JSON.stringify({ endpoint, costUsd, at: Date.now() })}\n`);
}

class CallLog {
  constructor(private readonly filePath: string = join(homedir(), '.dialer', 'calls.jsonl')) {}

  append(entry: { callId: string; status: string }): void {
    appendFileSync(this.filePath, `${JSON.stringify(entry)}\n`);
  }
}

class Notebook {
  constructor(private readonly filePath: string) {}

  add(text: string): void {
    appendFileSync(this.filePath, `${text}\n`);
  }
}

function notesPath(): string {
  return join(homedir(), 'notes.md');
}

function addNote(text: string): void {
  appendFileSync(notesPath(), `${text}\n`);
}

const server = new McpServer({ name: 'dialer', version: '1.0.0' });
const calls = new CallLog();
const notebook = new Notebook(join(homedir(), 'notebook.md'));

server.tool('call_status', { callId: z.string() }, async ({ callId }) => {
  const response = await fetch(`https://voice.example.com/calls/${callId}`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { status: string };
  calls.append({ callId, status: body.status });
  recordSpend('calls.status', 0.001);
  return { content: [{ type: 'text', text: body.status }] };
});

server.tool('write_in_notebook', { text: z.string() }, async ({ text }) => {
  notebook.add(text); // expect: non-idempotent-tool
  addNote(text); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'written' }] };
});

// A tsconfig whose `paths` send every bare name to `node_modules/*` (a catch-all some projects keep from old
// templates): `child_process` and `fs/promises` find no file there, so they stay Node's own modules — the model's
// command run through `spawn(…, { shell: true })` and an append to a notes file are the tools' writes. A tool that
// reads a file through the same builtins, and one that only lists the notes, stay clean.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { spawn } from 'child_process';
import { readFile } from 'fs/promises';
import { z } from 'zod';
import { addNote } from '@app/lib/notes';

const server = new McpServer({ name: 'workbench', version: '1.0.0' });

server.tool('run_command', { command: z.string() }, async ({ command }) => {
  const output = await new Promise<string>((resolve) => {
    const child = spawn(command, [], { shell: true }); // expect: non-idempotent-tool
    let text = '';
    child.stdout?.on('data', (chunk) => { text += String(chunk); });
    child.on('close', () => resolve(text));
  });
  return { content: [{ type: 'text', text: output }] };
});

server.tool('remember', { note: z.string() }, async ({ note }) => {
  await addNote('notes.md', note); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'noted' }] };
});

server.tool('recall', {}, async () => {
  const text = await readFile('notes.md', 'utf8');
  return { content: [{ type: 'text', text }] };
});

// RULES.md: "a dedupe lookup before the write" protects it. Reading a file and appending a line only when the text
// read does not hold it yet (`content.split('\n').some(…)`, `text.includes(…)`) is such a lookup: a repeat finds the
// line and appends nothing. An append after a read that decides nothing about it stays a finding.
import fs from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import { tool } from 'ai';
import { z } from 'zod';

export const ignoreEnvFile = tool({
  description: 'Make git ignore an env file',
  inputSchema: z.object({ dir: z.string(), file: z.string() }),
  execute: async ({ dir, file }) => {
    const gitignore = `${dir}/.gitignore`;
    const content = fs.readFileSync(gitignore, 'utf-8');
    if (!content.split('\n').some((line) => line.trim() === file)) {
      fs.appendFileSync(gitignore, `\n${file}\n`, 'utf-8');
      return 'added';
    }
    return 'already ignored';
  },
});

export const allowHost = tool({
  description: 'Allow a host in the proxy allow-list',
  inputSchema: z.object({ host: z.string() }),
  execute: async ({ host }) => {
    const text = await readFile('/etc/proxy/allow.txt', 'utf8');
    if (text.includes(host)) return 'already allowed';
    await appendFile('/etc/proxy/allow.txt', `${host}\n`);
    return 'allowed';
  },
});

export const logVisit = tool({
  description: 'Record a visit in the visitor book',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    const book = await readFile('/srv/visitors.txt', 'utf8');
    const count = book.split('\n').length;
    await appendFile('/srv/visitors.txt', `${count + 1}. ${name}\n`); // expect: non-idempotent-tool
    return `visitor ${count + 1}`;
  },
});

// A model's command line quoted as one shell word with JSON.stringify after the shell's command flag: the shell
// unquotes it and runs it, as it runs `bash -lc "${line}"` (test/corpus/README.md question 38), and `node -e` runs
// the quoted code (question 29). Near-misses: the quoted word follows a separator, is a fixed program's argument, or is
// a command line the code writes around the model's value.
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { tool } from 'ai';
import { z } from 'zod';

const sh = promisify(exec);

export const runLine = tool({
  description: 'Run one line in a login shell on the build box',
  inputSchema: z.object({ line: z.string() }),
  execute: async ({ line }) => (await sh(`bash -lc ${JSON.stringify(line)}`)).stdout, // expect: non-idempotent-tool
});

export const evalScript = tool({
  description: 'Evaluate a Node.js snippet on the build box',
  inputSchema: z.object({ code: z.string() }),
  execute: async ({ code }) => (await sh(`node -e ${JSON.stringify(code)}`)).stdout, // expect: non-idempotent-tool
});

// After a separator the quoted line is one word the shell looks up as a program's name: it runs no command line.
export const runAfterCd = tool({
  description: 'Run a tool of the checkout by its name',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => (await sh(`cd /srv/checkout && ${JSON.stringify(name)}`)).stdout,
});

export const listFolder = tool({
  description: 'List a folder of the checkout',
  inputSchema: z.object({ dir: z.string() }),
  execute: async ({ dir }) => (await sh(`bash -lc ${JSON.stringify(`ls -la ${dir}`)}`)).stdout,
});

export const fileHistory = tool({
  description: 'Show the last commits touching a file',
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => (await sh(`git log -n 5 -- ${JSON.stringify(file)}`)).stdout,
});

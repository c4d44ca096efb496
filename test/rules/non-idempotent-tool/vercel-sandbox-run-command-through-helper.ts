// @vercel/sandbox: `runCommand({ cmd: 'sh', args: ['-c', line] })` runs a command line in the sandbox like spawn. A tool
// handing the model's command to the helper that does so runs it again on a repeat (README question 80); a helper
// call with a fixed program and arguments (a listing) runs nothing the model wrote.
import type { Sandbox } from '@vercel/sandbox';
import { tool } from 'ai';
import { z } from 'zod';

declare const box: Sandbox;

async function shellInBox(line: string): Promise<string> {
  const finished = await box.runCommand({ cmd: 'sh', args: ['-c', line] });
  return finished.stdout();
}

async function listBox(folder: string): Promise<string> {
  const finished = await box.runCommand('ls', ['-la', folder]);
  return finished.stdout();
}

export const sandboxTools = {
  shell: tool({
    description: 'Run a shell command in the sandbox',
    inputSchema: z.object({ command: z.string() }),
    execute: async ({ command }) => ({ output: await shellInBox(command) }), // expect: non-idempotent-tool
  }),
  listFiles: tool({
    description: 'List the files of a folder in the sandbox',
    inputSchema: z.object({ folder: z.string() }),
    execute: async ({ folder }) => ({ output: await listBox(folder) }),
  }),
};

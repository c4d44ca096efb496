// A shell tool runs the command the model wrote once the blocklist lets it through: the check hands the model's
// command back, so execSync runs whatever the model asked for, again on a repeat. A diagnostics tool picks one of its
// own fixed read-only commands by the model's choice: clean.
import { execSync } from 'node:child_process';
import { tool } from 'ai';
import { z } from 'zod';
import { BlockedCommandError, checkedCommand, diagnosticCommand } from './safety';

function runShell(args: Record<string, unknown>): string {
  let command: string;
  try {
    command = checkedCommand(args.command);
  } catch (error) {
    return `refused: ${(error as BlockedCommandError).message}`;
  }
  return execSync(command, { encoding: 'utf-8', timeout: 30_000 }).trim();
}

export const shell = tool({
  description: 'Run a shell command in the workspace',
  inputSchema: z.object({ command: z.string() }),
  execute: async (args) => runShell(args), // expect: non-idempotent-tool
});

export const diagnostics = tool({
  description: 'Read a system diagnostic: disk, memory or uptime',
  inputSchema: z.object({ kind: z.enum(['disk', 'memory', 'uptime']) }),
  execute: async ({ kind }) => {
    const command = diagnosticCommand(kind);
    return execSync(command, { encoding: 'utf-8', timeout: 10_000 }).trim();
  },
});

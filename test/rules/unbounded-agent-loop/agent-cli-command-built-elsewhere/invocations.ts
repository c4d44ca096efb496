// An invocation builder: the program and its arguments handed back together.
import { headlessClaudeArgs, type RunOptions } from './cli-args.js';

const CLAUDE_COMMAND = 'claude';

export function buildClaudeInvocation(options: RunOptions): { command: string; args: string[] } {
  return { command: CLAUDE_COMMAND, args: headlessClaudeArgs(options) };
}

export function buildTestInvocation(pattern: string): { command: string; args: string[] } {
  return { command: 'npx', args: ['vitest', 'run', pattern] };
}

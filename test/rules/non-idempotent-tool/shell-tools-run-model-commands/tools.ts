// Tools that run the command the model wrote (test/corpus/README.md questions 29 and 38): the command may install,
// delete, push or deploy, so a repeat runs it twice. Each way of handing a command line to a shell is here: exec of
// the line, spawn with `shell`, a shell given `-c`, a promisified exec, a list of commands walked one by one, and a
// helper in another file that runs what its caller passes.
import { exec, execSync, spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tool } from 'ai';
import { DynamicStructuredTool } from '@langchain/core/tools';
import { z } from 'zod';
import { runInShell, runLines } from './run-helpers';

const execAsync = promisify(exec);
const commandSchema = z.object({ command: z.string(), cwd: z.string().optional() });

export const bash = tool({
  description: 'Run a bash command in the workspace',
  inputSchema: commandSchema,
  execute: async ({ command, cwd }) => execSync(command, { cwd, encoding: 'utf-8' }), // expect: non-idempotent-tool
});

export const terminal = tool({
  description: 'Run a command in a terminal and stream its output',
  inputSchema: commandSchema,
  execute: async (input) => {
    const parsed = commandSchema.parse(input);
    const line = parsed.command.trim();
    return new Promise<string>((resolve) => {
      const child = spawn(line, { shell: true }); // expect: non-idempotent-tool
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('close', () => resolve(out));
    });
  },
});

export const shellC = new DynamicStructuredTool({
  name: 'run_command',
  description: 'Run a shell command',
  schema: commandSchema,
  func: async ({ command }) => {
    const isWindows = process.platform === 'win32';
    const shell = isWindows ? 'cmd.exe' : '/bin/sh';
    const flags = isWindows ? ['/c'] : ['-c'];
    return new Promise<string>((resolve) => {
      execFile(shell, [...flags, command], (error, stdout) => resolve(error ? String(error) : stdout)); // expect: non-idempotent-tool
    });
  },
});

export const cdThenRun = tool({
  description: 'Run a command inside a project folder',
  inputSchema: z.object({ folder: z.string(), command: z.string() }),
  execute: async ({ folder, command }) => (await execAsync(`cd "${folder}" && ${command}`)).stdout, // expect: non-idempotent-tool
});

export const batch = tool({
  description: 'Run several commands in order',
  inputSchema: z.object({ commands: z.array(z.object({ command: z.string() })) }),
  execute: async (input) => {
    const results: string[] = [];
    for (const step of input.commands) results.push(await runInShell(step.command)); // expect: non-idempotent-tool
    return results.join('\n');
  },
});

export const script = tool({
  description: 'Run a multi-line script, one line at a time',
  inputSchema: z.object({ script: z.string() }),
  execute: async ({ script }) => runLines({ lines: script.split('\n'), label: 'script' }), // expect: non-idempotent-tool
});

// The model's code handed to an interpreter's evaluate flag inside a fixed line (question 29): it may write anything.
export const evalSnippet = tool({
  description: 'Evaluate a JavaScript snippet',
  inputSchema: z.object({ code: z.string() }),
  execute: async ({ code }) => execSync(`node -e "${code.replace(/"/g, '\\"')}"`, { encoding: 'utf-8' }), // expect: non-idempotent-tool
});

// Tools over an E2B sandbox (one kept for the session): running the model's command line or the model's code there
// may write anything the sandbox can reach (README question 29), on every call; listing the workspace with a fixed
// command does not run what the model wrote.
import { Sandbox } from '@e2b/code-interpreter';
import { tool } from 'ai';
import { z } from 'zod';

const sandbox = await Sandbox.connect(process.env.SANDBOX_ID!);

export const terminal = tool({
  description: 'Run a shell command in the sandbox',
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }) => {
    const result = await sandbox.commands.run(command, { timeoutMs: 60_000 }); // expect: non-idempotent-tool
    return result.stdout;
  },
});

export const runPython = tool({
  description: 'Run Python code in the sandbox',
  inputSchema: z.object({ code: z.string() }),
  execute: async ({ code }) => {
    const execution = await sandbox.runCode(code); // expect: non-idempotent-tool
    return execution.logs.stdout.join('\n');
  },
});

export const listWorkspace = tool({
  description: 'List the files of the workspace',
  inputSchema: z.object({}),
  execute: async () => (await sandbox.commands.run('ls -la /home/user', { timeoutMs: 10_000 })).stdout,
});

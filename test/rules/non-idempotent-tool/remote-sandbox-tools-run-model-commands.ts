// Tools that run the model's command or code in a remote sandbox (test/corpus/README.md question 80): the command may
// write files that outlive the call and reach the network, like a local shell (question 38). E2B's `commands.run` and
// `runCode`, Daytona's `process.executeCommand` and `process.codeRun`. Clean: a tool that runs a command the code fixes,
// and one that writes a whole file at a given path (a repeat writes the same content).
import { createTool } from '@mastra/core/tools';
import { Sandbox } from '@e2b/code-interpreter';
import { Daytona } from '@daytonaio/sdk';
import { z } from 'zod';

export const runShell = createTool({
  id: 'run-shell',
  description: 'Run a shell command in the sandbox',
  inputSchema: z.object({ sandboxId: z.string(), command: z.string() }),
  execute: async ({ sandboxId, command }) => {
    const sandbox = await Sandbox.connect(sandboxId);
    const result = await sandbox.commands.run(command, { timeoutMs: 60_000 }); // expect: non-idempotent-tool
    return { stdout: result.stdout, exitCode: result.exitCode };
  },
});

export const runPython = createTool({
  id: 'run-python',
  description: 'Run Python code in the sandbox',
  inputSchema: z.object({ sandboxId: z.string(), code: z.string() }),
  execute: async (input) => {
    const sandbox = await Sandbox.connect(input.sandboxId);
    const execution = await sandbox.runCode(input.code); // expect: non-idempotent-tool
    return { logs: execution.logs };
  },
});

const daytona = new Daytona({ apiKey: process.env.DAYTONA_API_KEY });

export const daytonaExec = createTool({
  id: 'daytona-exec',
  description: 'Run a command in a Daytona workspace',
  inputSchema: z.object({ sandboxId: z.string(), command: z.string() }),
  execute: async ({ sandboxId, command }) => {
    const sandbox = await daytona.get(sandboxId);
    const response = await sandbox.process.executeCommand(command); // expect: non-idempotent-tool
    return response.result;
  },
});

export const listWorkspace = createTool({
  id: 'list-workspace',
  description: 'List the files of the sandbox workspace',
  inputSchema: z.object({ sandboxId: z.string() }),
  execute: async ({ sandboxId }) => {
    const sandbox = await Sandbox.connect(sandboxId);
    const result = await sandbox.commands.run('ls -la /home/user', { timeoutMs: 10_000 });
    return result.stdout;
  },
});

export const saveFile = createTool({
  id: 'save-file',
  description: 'Write a whole file in the sandbox',
  inputSchema: z.object({ sandboxId: z.string(), path: z.string(), content: z.string() }),
  execute: async ({ sandboxId, path, content }) => {
    const sandbox = await Sandbox.connect(sandboxId);
    await sandbox.files.write(path, content);
    return 'saved';
  },
});

// The model's command reaching a program another way than a command line (test/corpus/README.md questions 29, 38 and
// 80): `docker exec <container> <command>` runs it in a container (also a shell's `-c` line there, through a backend
// class in another file), and code written to a persistent interpreter's standard input runs there. Near misses: a
// fixed program in the container with the model's path, a JSON-RPC message written to a server process's stdin, the
// model's text piped into a program that only reads it (`wc`), and code of the project's own.
import { spawn, type ChildProcess } from 'node:child_process';
import { tool } from 'ai';
import { z } from 'zod';
import { ContainerBackend } from './container-backend';

const backend = new ContainerBackend();
const sessions = new Map<string, { runtime: string; proc: ChildProcess }>();

export const containerExec = tool({
  description: 'Run a program in the sandbox container',
  inputSchema: z.object({ command: z.string(), args: z.array(z.string()) }),
  execute: async ({ command, args }) => backend.exec(command, args), // expect: non-idempotent-tool
});

export const containerShell = tool({
  description: 'Run a shell line in the sandbox container',
  inputSchema: z.object({ line: z.string() }),
  execute: async ({ line }) => backend.shell(line), // expect: non-idempotent-tool
});

export const containerRead = tool({
  description: 'Print a file of the sandbox container',
  inputSchema: z.object({ path: z.string() }),
  execute: async ({ path }) => backend.exec('cat', [path]),
});

export const sessionRun = tool({
  description: 'Run code in an open interpreter session',
  inputSchema: z.object({ id: z.string(), code: z.string() }),
  execute: async ({ id, code }) => {
    const session = sessions.get(id);
    if (!session?.proc.stdin) return 'no such session';
    session.proc.stdin.write(`${code}\nprint("__done__")\n`); // expect: non-idempotent-tool
    return 'sent';
  },
});

export const evalOnce = tool({
  description: 'Evaluate a Python snippet',
  inputSchema: z.object({ code: z.string() }),
  execute: async ({ code }) => {
    const python = spawn('python3', ['-i'], { stdio: ['pipe', 'pipe', 'pipe'] });
    python.stdin.write(code); // expect: non-idempotent-tool
    python.stdin.end();
    return 'started';
  },
});

export const countWords = tool({
  description: 'Count the words of a text',
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const wc = spawn('wc', ['-w'], { stdio: ['pipe', 'pipe', 'pipe'] });
    wc.stdin.write(text);
    wc.stdin.end();
    return 'counting';
  },
});

export const askServer = tool({
  description: 'Ask the language server for a hover',
  inputSchema: z.object({ file: z.string(), line: z.number() }),
  execute: async ({ file, line }) => {
    const server = spawn('typescript-language-server', ['--stdio']);
    server.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { file, line } }));
    return 'asked';
  },
});

export const warmUp = tool({
  description: 'Warm up an interpreter session',
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => {
    sessions.get(id)?.proc.stdin?.write('import math\n');
    return 'warm';
  },
});

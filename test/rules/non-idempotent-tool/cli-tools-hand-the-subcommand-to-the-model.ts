// Tools wrapping a command-line program whose first argument is a subcommand (GitHub's `gh`, `npm`, `kubectl`): when
// the model writes the whole argument list, it picks the subcommand too — `gh issue create`, `npm publish`, `kubectl
// delete` — so the tool may write, and a repeat writes twice (test/corpus/README.md questions 38 and 86). Near-misses
// below: the code fixes the subcommand and the model fills in only its arguments, or the program only reads.
import { execFile, execFileSync, execSync } from 'node:child_process';
import { tool } from 'ai';
import { z } from 'zod';

function inWorkspace(line: string, dir: string): string {
  return execSync(`cd ${dir} && ${line}`, { encoding: 'utf-8' });
}

function runPackageManager(args: string, dir = '.'): string {
  const line = `npm ${(args ?? '').trim()}`.trim();
  return inWorkspace(line, dir);
}

export const githubCli = tool({
  description: 'Run a GitHub CLI command, e.g. "pr list" or "issue create --title ..."',
  inputSchema: z.object({ args: z.string() }),
  execute: async ({ args }) => execSync(`gh ${args}`, { encoding: 'utf-8' }), // expect: non-idempotent-tool
});

export const packageManager = tool({
  description: 'Run npm with the given arguments in the project',
  inputSchema: z.object({ args: z.string(), dir: z.string().optional() }),
  execute: async ({ args, dir }) => runPackageManager(args, dir), // expect: non-idempotent-tool
});

export const kubectl = tool({
  description: 'Run any kubectl command against the cluster',
  inputSchema: z.object({ command: z.string(), resource: z.string().optional(), flags: z.array(z.string()).default([]) }),
  execute: async (input) => {
    const argv: string[] = [input.command];
    if (input.resource) argv.push(input.resource);
    argv.push(...input.flags);
    return execFileSync('kubectl', argv, { encoding: 'utf-8' }); // expect: non-idempotent-tool
  },
});

// Near-misses: the subcommand is the code's, only its arguments are the model's.
export const viewPullRequest = tool({
  description: 'Show a pull request',
  inputSchema: z.object({ number: z.number() }),
  execute: async ({ number }) => execSync(`gh pr view ${number} --json title,body`, { encoding: 'utf-8' }),
});

export const listIssues = tool({
  description: 'List the open issues of a repository',
  inputSchema: z.object({ repo: z.string() }),
  execute: async ({ repo }) => new Promise<string>((resolve) => execFile('gh', ['issue', 'list', '--repo', repo], (_e, out) => resolve(out))),
});

export const getPods = tool({
  description: 'List the pods of a namespace',
  inputSchema: z.object({ namespace: z.string() }),
  execute: async ({ namespace }) => execFileSync('kubectl', ['get', 'pods', '-n', namespace], { encoding: 'utf-8' }),
});

// A program that only reads, handed the model's arguments.
export const search = tool({
  description: 'Search the code with ripgrep',
  inputSchema: z.object({ args: z.string() }),
  execute: async ({ args }) => execSync(`rg ${args}`, { encoding: 'utf-8' }),
});

// Near-misses of the shell tools: the code fixes the program (ripgrep, git status, a test runner) and the model only
// fills in its arguments, a helper that runs commands is called with a literal, and a listener runs what an event
// hands it. None of these runs a command line the model wrote (test/corpus/README.md question 38 covers those).
import { exec, execFile, execFileSync, execSync, spawn } from 'node:child_process';
import { tool } from 'ai';
import { z } from 'zod';

function run(command: string): string {
  return execSync(command, { encoding: 'utf-8' });
}

export const searchCode = tool({
  description: 'Search the code base with ripgrep',
  inputSchema: z.object({ pattern: z.string(), path: z.string().optional() }),
  execute: async ({ pattern, path }) => execFileSync('rg', ['--json', pattern, path ?? '.'], { encoding: 'utf-8' }),
});

export const gitStatus = tool({
  description: 'Show the working tree status',
  inputSchema: z.object({}),
  execute: async () => run('git status --porcelain'),
});

export const showLog = tool({
  description: 'Show the last commits touching a file',
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => new Promise<string>((resolve) => exec(`git log -n 5 -- ${file}`, (_e, stdout) => resolve(stdout))),
});

export const runTests = tool({
  description: 'Run the test suite for a package',
  inputSchema: z.object({ pkg: z.string() }),
  execute: async ({ pkg }) => new Promise<string>((resolve) => execFile('npm', ['test', '--workspace', pkg], (_e, out) => resolve(out))),
});

export const watch = tool({
  description: 'Start the file watcher',
  inputSchema: z.object({}),
  execute: async () => {
    const child = spawn('npx', ['tsc', '--watch']);
    child.stdout.on('data', (line: string) => exec(line.startsWith('error') ? 'say failed' : 'true'));
    return 'watching';
  },
});

export const showDiff = tool({
  description: 'Show the diff of a path, staged or not',
  inputSchema: z.object({ path: z.string().optional(), staged: z.boolean().optional() }),
  // Two arguments side by side after the fixed program: the second follows an argument, it starts no command.
  execute: async ({ path, staged }) => run(`git diff ${staged ? '--staged' : ''} ${path ?? ''}`),
});

// An evaluate flag with fixed code, the model's text only an argument after it: the code is the project's.
export const countWords = tool({
  description: 'Count the words of a text',
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }) => execSync(`node -e "console.log(process.argv[1].split(/\\s+/).length)" ${JSON.stringify(text)}`, { encoding: 'utf-8' }),
});

// `grep -e ${pattern}`: a pattern after grep's -e is no code.
export const grepPattern = tool({
  description: 'Search the notes for a pattern',
  inputSchema: z.object({ pattern: z.string() }),
  execute: async ({ pattern }) => execSync(`grep -rn -e "${pattern}" notes/`, { encoding: 'utf-8' }),
});

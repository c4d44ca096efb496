// Bun's shell and process functions run the model's command as child_process does (test/corpus/README.md questions 38
// and 86): `Bun.$` with `bash -c ${command}` (Bun escapes each interpolated value as one word, so the line is bash's
// `-c` argument), a subcommand program handed the model's argument list after its own options (`git -C ${dir}
// ${args}`, in a helper of another file), and `spawn` imported from 'bun' (the global `Bun`'s own). Near misses: a fixed
// command line, git's `-C` directory from the input before a fixed subcommand, and `Bun.write` of a whole file.
import { spawn, write } from 'bun';
import { tool } from 'ai';
import { z } from 'zod';
import { gitIn } from './git-runner';

export const shell = tool({
  description: 'Run a bash command in the workspace',
  inputSchema: z.object({ command: z.string(), cwd: z.string().optional() }),
  execute: async ({ command, cwd }) => {
    const result = cwd
      ? await Bun.$`bash -c ${command}`.cwd(cwd).nothrow().quiet() // expect: non-idempotent-tool
      : await Bun.$`bash -c ${command}`.nothrow().quiet(); // expect: non-idempotent-tool
    return result.stdout.toString();
  },
});

export const git = tool({
  description: 'Run a git subcommand, e.g. "commit -m msg"',
  inputSchema: z.object({ args: z.string() }),
  execute: async ({ args }) => gitIn('/srv/work', args.split(' ')), // expect: non-idempotent-tool
});

export const runScript = tool({
  description: 'Run a shell script',
  inputSchema: z.object({ script: z.string() }),
  execute: async ({ script }) => {
    const proc = spawn(['sh', '-c', script]); // expect: non-idempotent-tool
    return new Response(proc.stdout).text();
  },
});

export const status = tool({
  description: 'Show the working tree status of a checkout',
  inputSchema: z.object({ dir: z.string() }),
  execute: async ({ dir }) => (await Bun.$`git -C ${dir} status --porcelain`.quiet()).stdout.toString(),
});

export const listing = tool({
  description: 'List the workspace',
  inputSchema: z.object({}),
  execute: async () => (await Bun.$`ls -la /srv/work`.text()),
});

export const saveNote = tool({
  description: 'Save the note under its name, replacing the previous text',
  inputSchema: z.object({ name: z.string(), text: z.string() }),
  execute: async ({ name, text }) => {
    await write(`/srv/notes/${name}.md`, text);
    await Bun.write(`/srv/notes/${name}.bak`, text);
    return 'saved';
  },
});

// A shell tool that runs the model's command through whichever runner the context holds (the pass-through one by
// default): the command runs, so a repeat runs it again (test/corpus/README.md question 38) — a finding. Near miss: the
// disk-usage tool, whose list the helper fixes (du of the directory the model names reads only).
import { tool } from 'ai';
import { z } from 'zod';
import { DirectRunner, diskUsage, type CommandRunner } from './sandbox';

export function shellTools(runner?: CommandRunner) {
  return {
    shell: tool({
      description: 'Run a shell command in the workspace',
      inputSchema: z.object({ command: z.string(), cwd: z.string() }),
      execute: async ({ command, cwd }) => {
        const sandbox: CommandRunner = runner ?? new DirectRunner();
        const result = await sandbox.run({ command, cwd, timeoutMs: 60_000 }); // expect: non-idempotent-tool
        return result.stdout;
      },
    }),
    disk_usage: tool({
      description: 'Show how much space a directory takes',
      inputSchema: z.object({ dir: z.string() }),
      execute: async ({ dir }) => (await diskUsage(dir)).stdout,
    }),
  };
}

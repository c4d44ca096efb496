// The `agentvet-replay` debug configuration, turned into the Node debugger's own: VS Code's JavaScript
// debugger launches `agentvet replay <recording> -- node <program>` and attaches to every Node process
// under it, so breakpoints in the program work while the recording answers every call (no network).
// Pure (no vscode import) so it is tested without an editor.
import { z } from 'zod';

export const REPLAY_DEBUG_TYPE = 'agentvet-replay';

export const replayConfigSchema = z.object({
  name: z.string().default('Replay a recording (agentvet)'),
  recording: z.string().min(1, 'say which recording to replay ("recording": "path/to/run.jsonl")'),
  program: z.string().min(1, 'say which program to run ("program": "${file}")'),
  args: z.array(z.string()).default([]),
  cwd: z.string().optional(),
  runtimeArgs: z.array(z.string()).default([]),
  agentvet: z.array(z.string()).min(1).default(['npx', '--no', 'agentvet']),
  realtime: z.boolean().default(false),
});
export type ReplayConfig = z.infer<typeof replayConfigSchema>;

/** A `node` launch configuration for VS Code's JavaScript debugger. */
export interface NodeLaunchConfig {
  type: 'node';
  request: 'launch';
  name: string;
  cwd: string;
  runtimeExecutable: string;
  runtimeArgs: string[];
  program: string;
  args: string[];
  autoAttachChildProcesses: true;
  skipFiles: string[];
  console: 'integratedTerminal';
}

/** Validates the user's configuration; an error message names the field to fix. */
export function replayLaunchConfig(raw: unknown, defaultCwd: string): { config: NodeLaunchConfig } | { error: string } {
  const parsed = replayConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `agentvet-replay: ${issue.path.join('.') || 'configuration'}: ${issue.message}` };
  }
  const c = parsed.data;
  const programUsesTypeScript = /\.(c|m)?tsx?$/.test(c.program) && c.runtimeArgs.length === 0;
  const nodeArgs = programUsesTypeScript ? ['--import', 'tsx'] : c.runtimeArgs;
  const [executable, ...agentvetArgs] = c.agentvet;
  return {
    config: {
      type: 'node',
      request: 'launch',
      name: c.name,
      cwd: c.cwd ?? defaultCwd,
      runtimeExecutable: executable!,
      // js-debug runs: <runtimeExecutable> <runtimeArgs…> <program> <args…>
      runtimeArgs: [...agentvetArgs, 'replay', ...(c.realtime ? ['--realtime'] : []), c.recording, '--', 'node', ...nodeArgs],
      program: c.program,
      args: c.args,
      autoAttachChildProcesses: true,
      skipFiles: ['<node_internals>/**', '**/node_modules/agentvet/**', '**/node_modules/@mswjs/**'],
      console: 'integratedTerminal',
    },
  };
}

/** The shell line that records `program` (TypeScript through tsx) into `output`. */
export function recordCommandLine(program: string, output: string, agentvet: readonly string[] = ['npx', '--no', 'agentvet']): string {
  const runner = /\.(c|m)?tsx?$/.test(program) ? ['npx', '--no', 'tsx'] : ['node'];
  return [...agentvet, 'record', '-o', output, '--', ...runner, program].map(shellQuote).join(' ');
}

/** The shell line that replays a recording of `command` (the recorded argv). */
export function replayCommandLine(recording: string, command: readonly string[], agentvet: readonly string[] = ['npx', '--no', 'agentvet']): string {
  return [...agentvet, 'replay', recording, '--', ...command].map(shellQuote).join(' ');
}

export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

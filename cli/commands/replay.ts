// `agentvet replay <recording> -- <cmd…>`: runs the command with every recorded interaction served
// from the recording, no network; a request the recording does not hold stops the run with a
// divergence report and exit code 1. Beyond that: faults at recorded exchanges (--fault), requests
// that go live (--live, --live-after, --live-after-divergence), and the replayed run written as a
// new recording (-o).
import { isAbsolute, relative } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { LaunchError } from '../../recorder/launch.js';
import { RecordingFormatError } from '../../recorder/reading.js';
import { RedactionPatternError } from '../../recorder/redaction.js';
import { formatDivergence } from '../../recorder/replay/format-divergence.js';
import { ReplayPlanError } from '../../recorder/replay/resolve-plan.js';
import { replayRun } from '../../recorder/runs.js';
import { idempotencyKeyNames } from '../../rules/knowledge/saas-writes.js';
import { commandAction, EXIT_FINDINGS, UsageError } from '../usage-error.js';
import { collectPattern, parseRunOptions, redactEnvSchema } from './record.js';

const replayOptionsSchema = z.object({
  realtime: z.boolean().default(false),
  redact: z.array(z.string()).default([]),
  redactEnv: redactEnvSchema,
  hangCap: z
    .string()
    .regex(/^[1-9]\d*$/, { error: (issue) => `--hang-cap ${String(issue.input)}: expected a positive whole number of milliseconds` })
    .transform(Number)
    .optional(),
  fault: z.array(z.string()).default([]),
  live: z.array(z.string()).default([]),
  liveAfter: z.string().min(1).optional(),
  liveAfterDivergence: z.boolean().default(false),
  output: z.string().min(1).optional(),
});

async function replay(recording: string, command: string[], rawOptions: unknown): Promise<number> {
  const options = parseRunOptions(replayOptionsSchema, rawOptions);
  try {
    const result = await replayRun({
      recording,
      command,
      realtime: options.realtime,
      redact: options.redact,
      redactEnv: options.redactEnv,
      hangCapMs: options.hangCap,
      flags: { faults: options.fault, live: options.live, liveAfter: options.liveAfter ?? null, liveAfterDivergence: options.liveAfterDivergence },
      output: options.output,
      idempotencyKeyNames,
      onWarning: (warning) => process.stderr.write(`agentvet: warning: ${warning}\n`),
    });
    if (result.output) process.stderr.write(`agentvet: replayed run written to ${shown(result.output)}\n`);
    if (result.divergence) {
      process.stderr.write(formatDivergence(result.divergence, recording));
      return EXIT_FINDINGS;
    }
    return result.exitCode;
  } catch (error) {
    if (error instanceof RecordingFormatError || error instanceof LaunchError || error instanceof RedactionPatternError || error instanceof ReplayPlanError) {
      throw new UsageError(error.message);
    }
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${options.output ?? 'the output'} already exists; choose another file with -o`);
    throw error;
  }
}

function shown(file: string): string {
  const path = relative(process.cwd(), file);
  return path.startsWith('..') || isAbsolute(path) ? file : path;
}

export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .description('run a command against a recording: no network, same responses, clocks and random values; or with faults, live parts, and the run written anew')
    .argument('<recording>', 'the recording to serve (a .jsonl file written by `agentvet record`)')
    .argument('<cmd...>', 'the command to run, after `--`')
    .option('--realtime', 'keep the recorded delays between streamed chunks')
    .option('--redact <pattern>', 'the extra redaction patterns the recording was made with (repeatable)', collectPattern)
    .option('--redact-env <name>', 'also mask the value of this environment variable (those named when recording are masked already)', collectPattern)
    .option(
      '--fault <where=what>',
      'serve a fault at a recorded exchange instead of its response (repeatable). where: an event id as `view` shows it (1:4) or [METHOD] <url or /path pattern>[#n]; what: timeout, reset, 503, 429;retry-after=2, 500;body=<text>, cut:<k>, truncate, duplicate',
      collectPattern,
    )
    .option('--hang-cap <ms>', "how long a silent call (a timeout fault, a recorded abort) may wait for the program's own deadline before replay reports that it would hang (default 30000)")
    .option('--live <matcher>', 'let requests matching [METHOD] <url or /path pattern>[#n] reach the network while the rest replays (repeatable)', collectPattern)
    .option('--live-after <event>', 'replay up to this exchange (an event id), then run live and record the rest into -o')
    .option('--live-after-divergence', 'at the first request the recording does not hold, go live instead of stopping (record into -o)')
    .option('-o, --output <file>', 'write the replayed run (faults, live parts) as a new recording')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  agentvet replay run.jsonl -- node agent.js',
        '  agentvet replay run.jsonl --fault 1:4=timeout -o faulted.jsonl -- node agent.js && agentvet check faulted.jsonl',
        "  agentvet replay run.jsonl --fault 'POST /v1/refunds=429;retry-after=1' -- node agent.js",
        "  agentvet replay run.jsonl --live 'POST /tools/*' -- node agent.js",
        '  agentvet replay run.jsonl --live-after-divergence -o new.jsonl -- node agent.js && agentvet diff run.jsonl new.jsonl',
        '',
      ].join('\n'),
    )
    .action(commandAction(replay));
}

// `agentvet replay <recording> -- <cmd…>`: runs the command with every recorded interaction served
// from the recording, no network; a request the recording does not hold stops the run with a
// divergence report and exit code 1.
import { Command } from 'commander';
import { z } from 'zod';
import { LaunchError } from '../../recorder/launch.js';
import { RecordingFormatError } from '../../recorder/reading.js';
import { RedactionPatternError } from '../../recorder/redaction.js';
import { formatDivergence } from '../../recorder/replay/format-divergence.js';
import { replayRun } from '../../recorder/runs.js';
import { commandAction, EXIT_FINDINGS, UsageError } from '../usage-error.js';
import { collectPattern, parseRunOptions, redactEnvSchema } from './record.js';

const replayOptionsSchema = z.object({
  realtime: z.boolean().default(false),
  redact: z.array(z.string()).default([]),
  redactEnv: redactEnvSchema,
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
      onWarning: (warning) => process.stderr.write(`agentvet: warning: ${warning}\n`),
    });
    if (result.divergence) {
      process.stderr.write(formatDivergence(result.divergence, recording));
      return EXIT_FINDINGS;
    }
    return result.exitCode;
  } catch (error) {
    if (error instanceof RecordingFormatError || error instanceof LaunchError || error instanceof RedactionPatternError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .description('run a command against a recording: no network, same responses, clocks and random values')
    .argument('<recording>', 'the recording to serve (a .jsonl file written by `agentvet record`)')
    .argument('<cmd...>', 'the command to run, after `--`')
    .option('--realtime', 'keep the recorded delays between streamed chunks')
    .option('--redact <pattern>', 'the extra redaction patterns the recording was made with (repeatable)', collectPattern)
    .option('--redact-env <name>', 'also mask the value of this environment variable (those named when recording are masked already)', collectPattern)
    .addHelpText('after', '\nExample:\n  agentvet replay run.jsonl -- node agent.js\n')
    .action(commandAction(replay));
}

// `agentvet record [-o file] -- <cmd…>`: runs any Node command with the recorder preloaded into it
// and its Node child processes, and writes the run to a recording (.agentvet/runs/ by default).
import { isAbsolute, relative } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { LaunchError } from '../../recorder/launch.js';
import { RedactionPatternError } from '../../recorder/redaction.js';
import { recordRun } from '../../recorder/runs.js';
import { commandAction, UsageError } from '../usage-error.js';

const recordOptionsSchema = z.object({
  output: z.string().min(1).optional(),
  redact: z.array(z.string()).default([]),
});

async function record(command: string[], rawOptions: unknown): Promise<number> {
  const options = recordOptionsSchema.parse(rawOptions);
  try {
    const result = await recordRun({ command, output: options.output, redact: options.redact });
    const shown = relative(process.cwd(), result.file);
    process.stderr.write(`agentvet: recorded to ${shown.startsWith('..') || isAbsolute(shown) ? result.file : shown}\n`);
    return result.exitCode;
  } catch (error) {
    if (error instanceof LaunchError || error instanceof RedactionPatternError) throw new UsageError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(`${options.output ?? 'the recording'} already exists; choose another file with -o`);
    }
    throw error;
  }
}

export function collectPattern(pattern: string, previous: string[] = []): string[] {
  return [...previous, pattern];
}

export function registerRecordCommand(program: Command): void {
  program
    .command('record')
    .description('run a Node command with the recorder loaded (child processes too) and save the run')
    .argument('<cmd...>', 'the command to run, after `--` (node app.js, npx tsx app.ts, npm run …)')
    .option('-o, --output <file>', 'where to write the recording (default: .agentvet/runs/<timestamp>.jsonl)')
    .option('--redact <pattern>', 'also redact matches of this regular expression (repeatable)', collectPattern)
    .addHelpText('after', '\nExample:\n  agentvet record -o run.jsonl -- node agent.js\n')
    .action(commandAction(record));
}

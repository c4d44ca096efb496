// `agentvet verify <recordings…> [-- cmd…]`: replays every recording in the given files and folders
// against its program, as a regression check in CI: a line per recording, the divergence report of
// each that failed, and a JUnit or JSON summary for the CI system. Exit 0 all replayed, 1 one
// diverged (or exited otherwise than recorded), 2 bad input.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { verifyRecordings, VerifyInputError, type VerifiedRecording } from '../../recorder/verify-runs.js';
import { idempotencyKeyNames } from '../../rules/knowledge/saas-writes.js';
import { failureText, jsonSummary, junitSummary } from '../format/verify-summary.js';
import { commandAction, EXIT_CLEAN, EXIT_FINDINGS, UsageError } from '../usage-error.js';
import { collectPattern } from './record.js';
import { makeDirectory } from '../make-directory.js';

const verifyOptionsSchema = z.object({
  junit: z.string().min(1).optional(),
  json: z.string().min(1).optional(),
  bail: z.boolean().default(false),
  cwd: z.string().min(1).optional(),
  redact: z.array(z.string()).default([]),
});

async function verify(paths: string[], rawOptions: unknown): Promise<number> {
  const parsed = verifyOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid options');
  const options = parsed.data;
  // Commander hands the words after `--` to the last argument too: they are the command for all.
  const separator = process.argv.indexOf('--');
  const replayCommand = separator === -1 ? undefined : process.argv.slice(separator + 1);
  const recordings = replayCommand ? paths.slice(0, Math.max(0, paths.length - replayCommand.length)) : paths;
  if (recordings.length === 0) throw new UsageError('name at least one recording or folder of recordings');
  if (replayCommand && replayCommand.length === 0) throw new UsageError('no command after `--`');

  const cwd = resolve(options.cwd ?? process.cwd());
  let results: VerifiedRecording[];
  try {
    results = await verifyRecordings({
      paths: recordings,
      cwd,
      command: replayCommand,
      redact: options.redact,
      idempotencyKeyNames,
      bail: options.bail,
      onResult: (result) => {
        const seconds = `${(result.durationMs / 1000).toFixed(1)} s`;
        process.stdout.write(`${result.passed ? 'ok  ' : 'FAIL'} ${result.file}  (${result.command.join(' ')}, ${seconds})\n`);
        if (!result.passed) process.stdout.write(`${indent(failureText(result))}\n`);
      },
    });
  } catch (error) {
    if (error instanceof VerifyInputError) throw new UsageError(error.message);
    throw error;
  }
  const failed = results.filter((result) => !result.passed).length;
  process.stdout.write(`\n${results.length} recording(s): ${results.length - failed} replayed, ${failed} failed\n`);
  if (options.junit) write(options.junit, junitSummary(results));
  if (options.json) write(options.json, jsonSummary(results));
  return failed > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

function write(file: string, text: string): void {
  makeDirectory(dirname(resolve(file)));
  writeFileSync(file, text);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('replay a folder of recordings against their programs as a regression check (exit 0 all replay, 1 one diverged, 2 bad input)')
    .argument('<recordings...>', 'recording files or folders of them (*.jsonl); after `--`, a command to replay them all with instead of the recorded one')
    .option('--junit <file>', 'write a JUnit XML summary (one test case per recording)')
    .option('--json <file>', 'write a JSON summary')
    .option('--bail', 'stop at the first recording that fails')
    .option('--cwd <dir>', 'run the programs from this folder (default: the current one)')
    .option('--redact <pattern>', 'the extra redaction patterns the recordings were made with (repeatable)', collectPattern)
    .addHelpText('after', '\nExample (a CI step):\n  npx agentvet verify recordings/ --junit reports/agentvet.xml\n')
    .action(commandAction(verify));
}

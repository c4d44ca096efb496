// `agentvet diff <a> <b>`: where two recorded runs of a program first diverge and which steps differ,
// ignoring what differs between any two runs by nature (timing, ids, clock and random values).
// Exit 0 when the runs are equivalent, 1 when they differ, 2 when a file is not a recording.
import { relative } from 'node:path';
import { Command } from 'commander';
import { forkPointLines } from '../../recorder/model/diff/fork-point.js';
import { formatRunDiff } from '../../recorder/model/diff/format-run-diff.js';
import { diffRuns } from '../../recorder/model/diff/run-diff.js';
import { readRecording, RecordingFormatError, type Recording } from '../../recorder/reading.js';
import { commandAction, EXIT_CLEAN, EXIT_FINDINGS, UsageError } from '../usage-error.js';

function read(file: string): Recording {
  try {
    const recording = readRecording(file);
    for (const warning of recording.warnings) process.stderr.write(`agentvet: warning: ${warning}\n`);
    return recording;
  } catch (error) {
    if (error instanceof RecordingFormatError) throw new UsageError(error.message);
    throw error;
  }
}

function diff(fileA: string, fileB: string): number {
  const a = read(fileA);
  const b = read(fileB);
  const result = diffRuns(a, b);
  const name = (file: string) => relative(process.cwd(), file) || file;
  const fork = forkPointLines(a, b, name(fileA), name(fileB));
  if (fork.length > 0) process.stdout.write(`${fork.join('\n')}\n\n`);
  process.stdout.write(formatRunDiff(result, name(fileA), name(fileB), a.header.cwd));
  return result.equivalent ? EXIT_CLEAN : EXIT_FINDINGS;
}

export function registerDiffCommand(program: Command): void {
  program
    .command('diff')
    .description('show where two recorded runs diverge (exit 0 equivalent, 1 different, 2 bad input)')
    .argument('<a>', 'a recording')
    .argument('<b>', 'another recording of the same program')
    .addHelpText('after', '\nTiming, ids made up by servers or SDKs, and the values of clock and random reads are ignored.\n')
    .action(commandAction(diff));
}

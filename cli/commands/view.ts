// `agentvet view <recording>`: the full-screen terminal UI over a recording (tui/), or, when stdout or
// stdin is not a terminal (or with --plain), a plain-text summary of the run.
import { relative } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { readRecording, RecordingFormatError } from '../../recorder/reading.js';
import { timelineOf } from '../../recorder/model/timeline.js';
import { loadView } from '../../tui/load-view.js';
import { plainSummary } from '../../tui/plain-summary.js';
import { commandAction, EXIT_CLEAN, UsageError } from '../usage-error.js';

const viewOptionsSchema = z.object({ plain: z.boolean().default(false) });

// The alternate screen keeps the user's scrollback intact and gives the view the whole window.
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';

async function view(file: string, rawOptions: unknown): Promise<number> {
  const options = viewOptionsSchema.parse(rawOptions);
  const displayName = relative(process.cwd(), file) || file;
  try {
    if (options.plain || !process.stdout.isTTY || !process.stdin.isTTY) {
      const recording = readRecording(file);
      for (const warning of recording.warnings) process.stderr.write(`agentvet: warning: ${warning}\n`);
      process.stdout.write(plainSummary(timelineOf(recording.header, recording.events), displayName));
      return EXIT_CLEAN;
    }
    return await interactiveView(file, displayName);
  } catch (error) {
    // The bundled view has its own copy of the reader: its errors match by name.
    if (error instanceof RecordingFormatError || (error instanceof Error && error.name === 'RecordingFormatError')) throw new UsageError(error.message);
    throw error;
  }
}

async function interactiveView(file: string, displayName: string): Promise<number> {
  // Loaded here, not at the top: Ink and React are heavy, and no other command needs them.
  const { openView } = await loadView();
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  let warnings: string[] = [];
  try {
    const opened = await openView(file, { displayName, streams: { stdout: process.stdout, stdin: process.stdin, stderr: process.stderr } });
    const loading = opened.loaded.then((result) => (warnings = result.warnings));
    await opened.instance.waitUntilExit();
    // A bad line found while loading closes the view; surface it as the command's error.
    await Promise.race([loading, new Promise((resolve) => setImmediate(resolve))]);
  } finally {
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  for (const warning of warnings) process.stderr.write(`agentvet: warning: ${warning}\n`);
  return EXIT_CLEAN;
}

export function registerViewCommand(program: Command): void {
  program
    .command('view')
    .description('browse a recording in the terminal: waterfall of events, details, search, filter')
    .argument('<recording>', 'a recording written by `agentvet record`')
    .option('--plain', 'print a plain-text summary instead of the interactive view')
    .addHelpText('after', '\nKeys: ↑/↓ j/k move, PgUp/PgDn, Enter expand, Tab details pane, / search, n/N next/previous, f filter by kind, q quit.\n')
    .action(commandAction(view));
}

// The `agentvet` command: a list of subcommand registrations, one file each in cli/commands/. Only the
// command being run is loaded (each pulls in its own dependencies: the engine, the recorder, the terminal
// UI); help, a version request or an unknown command load them all.
// Commander's own usage errors (unknown option, missing argument) exit 2 like every other usage error.
import { Command, CommanderError } from 'commander';
import { lintBundle } from './lint-bundle.js';
import { packageInfo } from './package-info.js';
import { EXIT_USAGE, reportFailure } from './usage-error.js';

const program = new Command('agentvet')
  .description('Finds distributed-systems bugs in LLM-agent code, and records agent runs for deterministic replay.')
  .version(packageInfo().version)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

type Register = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<Register>> = {
  // From the build's one-file bundle of the lint command when it is current (lint-bundle.ts), else its modules.
  lint: async () => (lintBundle<{ registerLintCommand: Register }>(new URL('../', import.meta.url)) ?? (await import('./commands/lint.js'))).registerLintCommand,
  rules: async () => (await import('./commands/rules.js')).registerRulesCommand,
  init: async () => (await import('./commands/init.js')).registerInitCommand,
  record: async () => (await import('./commands/record.js')).registerRecordCommand,
  replay: async () => (await import('./commands/replay.js')).registerReplayCommand,
  verify: async () => (await import('./commands/verify.js')).registerVerifyCommand,
  view: async () => (await import('./commands/view.js')).registerViewCommand,
  diff: async () => (await import('./commands/diff.js')).registerDiffCommand,
  check: async () => (await import('./commands/check.js')).registerCheckCommand,
  export: async () => (await import('./commands/export.js')).registerExportCommand,
};

const named = process.argv[2];
const chosen = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
for (const register of await Promise.all(chosen.map((name) => COMMANDS[name]!()))) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  else process.exitCode = reportFailure(error);
}

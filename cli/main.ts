#!/usr/bin/env node
// The `agentvet` command: a list of subcommand registrations, one file each in cli/commands/.
// Commander's own usage errors (unknown option, missing argument) exit 2 like every other usage error.
import { Command, CommanderError } from 'commander';
import { registerCheckCommand } from './commands/check.js';
import { registerDiffCommand } from './commands/diff.js';
import { registerExportCommand } from './commands/export.js';
import { registerInitCommand } from './commands/init.js';
import { registerLintCommand } from './commands/lint.js';
import { registerRecordCommand } from './commands/record.js';
import { registerReplayCommand } from './commands/replay.js';
import { registerRulesCommand } from './commands/rules.js';
import { registerVerifyCommand } from './commands/verify.js';
import { registerViewCommand } from './commands/view.js';
import { packageInfo } from './package-info.js';
import { EXIT_USAGE, reportFailure } from './usage-error.js';

const program = new Command('agentvet')
  .description('Finds distributed-systems bugs in LLM-agent code, and records agent runs for deterministic replay.')
  .version(packageInfo().version)
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

registerLintCommand(program);
registerRulesCommand(program);
registerInitCommand(program);
registerRecordCommand(program);
registerReplayCommand(program);
registerVerifyCommand(program);
registerViewCommand(program);
registerDiffCommand(program);
registerCheckCommand(program);
registerExportCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  else process.exitCode = reportFailure(error);
}

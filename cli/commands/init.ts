// `agentvet init`: writes the starter agentvet.config.json (see starter-config.ts) in the working
// directory, and refuses to overwrite one that is there unless told `--force`.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { CONFIG_FILE_NAME } from '../../rules/engine/config.js';
import { starterConfig } from '../starter-config.js';
import { commandAction, UsageError } from '../usage-error.js';

const initOptionsSchema = z.object({ force: z.boolean().optional() });

async function init(rawOptions: unknown): Promise<number> {
  const { allRules } = await import('../../rules/index.js');
  const { force } = initOptionsSchema.parse(rawOptions);
  const target = join(process.cwd(), CONFIG_FILE_NAME);
  if (existsSync(target) && !force) {
    throw new UsageError(`${target} already exists; edit it, or run \`agentvet init --force\` to overwrite it`);
  }
  writeFileSync(target, `${JSON.stringify(starterConfig(allRules), null, 2)}\n`);
  process.stdout.write(`Wrote ${CONFIG_FILE_NAME} with ${allRules.length} rules at their defaults. Run \`agentvet lint\` next.\n`);
  return 0;
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description(`write a starter ${CONFIG_FILE_NAME} in the working directory`)
    .option('--force', `overwrite an existing ${CONFIG_FILE_NAME}`)
    .action(commandAction(init));
}

// `agentvet record [-o file] -- <cmd…>`: runs any Node command with the recorder preloaded into it
// and its Node child processes, and writes the run to a recording (.agentvet/runs/ by default).
// At the end the recording is scanned for secrets once more; what is found is a warning.
import { isAbsolute, relative } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { LaunchError } from '../../recorder/launch.js';
import { RedactionPatternError } from '../../recorder/redaction.js';
import { recordRun } from '../../recorder/runs.js';
import { describeSecretFinding } from '../../recorder/secrets/audit.js';
import { MIN_NAMED_VALUE_LENGTH } from '../../recorder/secrets/env-secrets.js';
import { commandAction, UsageError } from '../usage-error.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const redactEnvSchema = z
  .array(z.string().regex(ENV_NAME, { error: (issue) => `--redact-env ${String(issue.input)}: expected an environment variable name` }))
  .default([]);

const recordOptionsSchema = z.object({
  output: z.string().min(1).optional(),
  redact: z.array(z.string()).default([]),
  redactEnv: redactEnvSchema,
});

export function parseRunOptions<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid options');
  return parsed.data;
}

/** A named variable that cannot be masked by value is said before the run, not discovered in the file after. */
export function warnAboutNamedVariables(names: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  for (const name of names) {
    const value = env[name];
    if (value === undefined) process.stderr.write(`agentvet: warning: --redact-env ${name}: the variable is not set\n`);
    else if (value.length < MIN_NAMED_VALUE_LENGTH) {
      process.stderr.write(`agentvet: warning: --redact-env ${name}: its value has fewer than ${MIN_NAMED_VALUE_LENGTH} characters, so it is not masked by value (it would mask ordinary text)\n`);
    }
  }
}

async function record(command: string[], rawOptions: unknown): Promise<number> {
  const options = parseRunOptions(recordOptionsSchema, rawOptions);
  warnAboutNamedVariables(options.redactEnv);
  try {
    const result = await recordRun({ command, output: options.output, redact: options.redact, redactEnv: options.redactEnv });
    const relativeFile = relative(process.cwd(), result.file);
    const shown = relativeFile.startsWith('..') || isAbsolute(relativeFile) ? result.file : relativeFile;
    process.stderr.write(`agentvet: recorded to ${shown}\n`);
    if (result.secretFindings.length > 0) {
      process.stderr.write(`agentvet: warning: the recording still holds ${result.secretFindings.length} secret-looking value(s) (written before the run learned them, or where no rule looks):\n`);
      for (const finding of result.secretFindings) process.stderr.write(`  ${describeSecretFinding(finding, shown)}\n`);
      process.stderr.write(`  Mask them with --redact <regex> or --redact-env <name> and record again; \`agentvet check --secrets ${shown}\` audits the file.\n`);
    }
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
    .option('--redact <pattern>', 'also mask matches of this regular expression (repeatable)', collectPattern)
    .option('--redact-env <name>', 'also mask the value of this environment variable wherever it appears (repeatable)', collectPattern)
    .addHelpText('after', '\nExample:\n  agentvet record -o run.jsonl -- node agent.js\n')
    .action(commandAction(record));
}

// `agentvet check <recording>`: the dynamic twins of the static rules, run on a recorded run —
// duplicate side effects, retries without a stable key, truncated LLM responses, long calls with no
// deadline — printed like `lint` (stylish, json, sarif, github); with --secrets, an audit for secrets left
// unmasked instead (event and field, never the value). Exit 0 clean, 1 findings, 2 bad input.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { z } from 'zod';
import type { CheckFinding } from '../../recorder/model/checks/check-finding.js';
import { checkRecording } from '../../recorder/model/checks/run-checks.js';
import { auditRecording } from '../../recorder/secrets/audit.js';
import { DEFAULT_LONG_CALL_MS } from '../../recorder/model/checks/long-calls.js';
import { readRecording, RecordingFormatError, type Recording } from '../../recorder/reading.js';
import { idempotencyKeyNames } from '../../rules/knowledge/saas-writes.js';
import { colorEnabled } from '../color-support.js';
import type { FormatContext } from '../format/format-context.js';
import { FORMAT_NAMES, formatters, isHumanFormat } from '../format/index.js';
import { packageInfo } from '../package-info.js';
import { repositoryRoot } from '../repository-root.js';
import { commandAction, EXIT_CLEAN, EXIT_FINDINGS, UsageError } from '../usage-error.js';
import { checkRules, toAnalysisResult } from './check-findings.js';

const checkOptionsSchema = z.object({
  format: z.enum(FORMAT_NAMES, { error: (issue) => `--format ${String(issue.input)}: expected one of ${FORMAT_NAMES.join(', ')}` }),
  longCallMs: z
    .string()
    .regex(/^[1-9]\d*$/, { error: (issue) => `--long-call-ms ${String(issue.input)}: expected a positive whole number of milliseconds` })
    .transform(Number),
  static: z.boolean().default(true),
  secrets: z.boolean().default(false),
});

function parseOptions(raw: unknown): z.infer<typeof checkOptionsSchema> {
  const parsed = checkOptionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid options');
  return parsed.data;
}

function read(file: string): Recording {
  try {
    return readRecording(file);
  } catch (error) {
    if (error instanceof RecordingFormatError) throw new UsageError(error.message);
    throw error;
  }
}

/** `--secrets`: each unmasked secret as a finding at its line in the recording, naming event and field, never the value. */
function secretChecks(recording: Recording): CheckFinding[] {
  return auditRecording(recording).map((finding) => ({
    check: 'secret-in-recording',
    confidence: 'medium',
    message: `${finding.eventId === 'header' ? 'the header line' : `event ${finding.eventId} (${finding.eventType})`}, field ${finding.field}: ${finding.kind} (value not shown)`,
    event: { id: finding.eventId, line: finding.line, site: null },
    related: [],
  }));
}

async function check(file: string, rawOptions: unknown): Promise<number> {
  const options = parseOptions(rawOptions);
  const started = performance.now();
  const recordingFile = resolve(file);
  const recording = read(recordingFile);
  for (const warning of recording.warnings) process.stderr.write(`agentvet: warning: ${warning}\n`);
  const checks = options.secrets ? secretChecks(recording) : checkRecording(recording, { longCallMs: options.longCallMs, idempotencyKeyNames });
  const staticFindings =
    options.static && !options.secrets && checks.length > 0 ? (await import('./check-static-findings.js')).staticFindingsFor(checks, recording.header.cwd) : [];
  const result = toAnalysisResult(checks, recordingFile, staticFindings, performance.now() - started);

  const cwd = process.cwd();
  const context: FormatContext = {
    tool: { version: packageInfo().version, informationUri: packageInfo().homepage },
    cwd,
    rootDir: repositoryRoot(cwd),
    rules: checkRules(),
    color: isHumanFormat(options.format) && colorEnabled(process.stdout),
    // A secrets audit never reads the recording's lines back: they hold the secrets (SARIF hashes lines).
    readSource: (source) => {
      if (options.secrets) return undefined;
      try {
        return readFileSync(source, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  const text = formatters[options.format](result, context);
  if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description(
      'dynamic checks on a recorded run: duplicate side effects, unkeyed retries, truncated LLM responses, long calls without a deadline; ' +
        'or, with --secrets, secrets left unmasked (exit 0 clean, 1 findings, 2 bad input)',
    )
    .argument('<recording>', 'a recording written by `agentvet record`')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')}`).default('stylish'))
    .option('--long-call-ms <ms>', 'report calls longer than this with no deadline', String(DEFAULT_LONG_CALL_MS))
    .option('--no-static', 'do not look for static findings at the same source lines')
    .option('--secrets', 'instead, audit the recording for secrets left unmasked: each event and field is named, never the value (exit 1 when found)')
    .action(commandAction(check));
}

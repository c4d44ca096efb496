// `agentvet lint [paths...]`: loads the config, analyses, then in order: applies safe fixes (--fix),
// the bulk suppressions file, and the baseline (--baseline-ref); prints the result in the chosen format
// and turns it into an exit code. All analysis lives in rules/; results come from cli/lint/analysis-session.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { fastGlob } from '../../rules/engine/fast-glob.js';
import { loadConfig, parseRuleFlag, type ResolvedConfig } from '../../rules/engine/config.js';
import type { Rule } from '../../rules/engine/define-rule.js';
import { INVALID_SUPPRESSION, UNUSED_SUPPRESSION } from '../../rules/engine/suppressions.js';
import type { AnalysisResult, Finding } from '../../rules/engine/types.js';
import { colorEnabled } from '../color-support.js';
import { countProblems } from '../format/findings-by-file.js';
import type { FormatContext } from '../format/format-context.js';
import { FORMAT_NAMES, formatters, isHumanFormat } from '../format/index.js';
import { lintVerdict } from '../lint-exit-code.js';
import { parseLintOptions, type LintOptions } from '../lint-options.js';
import { loadEngine, openAnalysisSession, type AnalysisRequest } from '../lint/analysis-session.js';
import { BASELINE_FLAG, findingsAtRef } from '../lint/baseline-ref.js';
import { applyBulkSuppressions, type SuppressionOutcome } from '../lint/bulk-suppressions.js';
import { baselineNote, fixNote, recordedNote, staleNote } from '../lint/run-notes.js';
import { fixUntilStable } from '../lint/safe-fixes.js';
import { readSuppressions, SUPPRESSIONS_FILE_NAME, writeSuppressions } from '../lint/suppressions-file.js';
import { packageInfo } from '../package-info.js';
import { progressLine, silentProgress } from '../progress-line.js';
import { repositoryRoot } from '../repository-root.js';
import { commandAction, EXIT_USAGE, UsageError } from '../usage-error.js';
import { makeDirectory } from '../make-directory.js';

// The lint bundle's worker threads take the engine from it (lint-worker.ts).
export { loadEngine };

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const EXIT_CODES_HELP = `
Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  an error finding, or too many warnings
  2  a usage or configuration error, or suppressions that no longer match a finding (--prune-suppressions)`;

function readSourceFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function runConfig(cwd: string, options: LintOptions, allRules: ReadonlyArray<Rule>): ResolvedConfig {
  const known = new Set(allRules.map((rule) => rule.id));
  const overrides = options.rules.map((flag) => parseRuleFlag(flag, known));
  const defaults = allRules.map((rule) => ({ id: rule.id, defaultSeverity: rule.meta.defaultSeverity }));
  const config = loadConfig(cwd, defaults, overrides, options.config);
  if (options.minConfidence) config.minConfidence = options.minConfidence;
  return config;
}

function checkSuppressRules(options: LintOptions, allRules: ReadonlyArray<Rule>): void {
  const record = options.suppressions.record;
  if (!Array.isArray(record)) return;
  const known = new Set([...allRules.map((rule) => rule.id), INVALID_SUPPRESSION, UNUSED_SUPPRESSION]);
  const unknown = record.find((id) => !known.has(id));
  if (unknown) throw new UsageError(`--suppress-rule ${unknown}: unknown rule "${unknown}" (run \`agentvet rules\` for the list)`);
}

function writeText(target: string, text: string, flag: string, shownAs: string): void {
  try {
    makeDirectory(dirname(target));
    writeFileSync(target, text.endsWith('\n') || !text ? text : `${text}\n`);
  } catch (error) {
    throw new UsageError(`${flag} ${shownAs}: cannot write it (${(error as Error).message})`);
  }
}

function writeOutput(text: string, outputFile: string | undefined, cwd: string): void {
  if (!outputFile) {
    if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  writeText(resolve(cwd, outputFile), text, '--output-file', outputFile);
}

/** The suppressions file step: read it, record or prune when asked (writing it back), filter the result. */
function suppressionsStep(result: AnalysisResult, options: LintOptions, cwd: string, readSource: (file: string) => string | undefined) {
  const location = options.suppressions.location ?? SUPPRESSIONS_FILE_NAME;
  const path = resolve(cwd, location);
  const stored = readSuppressions(path, location);
  const { record, prune } = options.suppressions;
  const outcome: SuppressionOutcome = applyBulkSuppressions(
    result,
    stored,
    dirname(path),
    { record: record === 'all' ? 'all' : record ? new Set(record) : undefined, prune },
    readSource,
  );
  if (outcome.updated) writeSuppressions(path, location, outcome.updated);
  return { outcome, location, recordedFiles: outcome.updated ? Object.keys(outcome.updated).length : 0 };
}

/** Lints the ref's checkout with today's config; paths and files that did not exist there are left out. */
function baselineAnalysis(request: AnalysisRequest, options: LintOptions, paths: string[]) {
  return async (snapshotCwd: string, toSnapshot: (path: string) => string): Promise<AnalysisResult | undefined> => {
    const mapped = paths.flatMap((given) => {
      const there = toSnapshot(resolve(request.cwd, given));
      if (existsSync(there)) return [there];
      return fastGlob().isDynamicPattern(given) ? [given] : [];
    });
    if (paths.length && mapped.length === 0) return undefined;
    const project = options.project ? toSnapshot(resolve(request.cwd, options.project)) : undefined;
    if (project && !existsSync(project)) return undefined;
    const config = { ...request.config, baseDir: toSnapshot(request.config.baseDir) };
    try {
      const session = await openAnalysisSession({ ...request, cwd: snapshotCwd, project, paths: mapped, config });
      return session.analyze();
    } catch (error) {
      if ((error as Error).name !== 'ConfigError') throw error;
      process.stderr.write(`agentvet: ${BASELINE_FLAG} ${options.baselineRef}: the project could not be loaded there (${(error as Error).message}); every finding counts as new\n`);
      return undefined;
    }
  };
}

async function lint(paths: string[], rawOptions: unknown): Promise<number> {
  const options = parseLintOptions(rawOptions);
  const cwd = process.cwd();
  const { allRules } = await loadEngine();
  checkSuppressRules(options, allRules);
  const config = runConfig(cwd, options, allRules);
  const progress = isHumanFormat(options.format) && process.stderr.isTTY ? progressLine(process.stderr) : silentProgress;
  const request: AnalysisRequest = { cwd, project: options.project, paths, config, progress, ...(options.concurrency ? { concurrency: options.concurrency } : {}) };
  const session = await openAnalysisSession(options.cache ? { ...request, cache: options.cache } : request);
  let result = await session.analyzeOnce();
  for (const note of result.notes ?? []) process.stderr.write(`agentvet: ${note}\n`);
  if (result.files.length === 0) {
    const where = paths.length ? `paths ${paths.join(', ')}` : options.project ? `--project ${options.project}` : cwd;
    throw new UsageError(`no files to lint in ${where} (expected .ts/.tsx/.js files, or a tsconfig.json that includes some)`);
  }

  let fixedSources = new Map<string, string>();
  const readSource = (file: string) => fixedSources.get(file) ?? readSourceFile(file);
  if (options.fix !== 'off') {
    const fixes = fixUntilStable(session, result, readSource);
    result = fixes.result;
    fixedSources = fixes.fixedTexts;
    if (options.fix === 'write') {
      for (const [file, text] of fixedSources) writeText(file, text, '--fix', relative(cwd, file));
    }
    process.stderr.write(fixNote(fixes.applied, options.fix === 'dry-run', cwd));
  }

  const unsuppressed = result;
  const suppressions = suppressionsStep(result, options, cwd, readSource);
  result = suppressions.outcome.result;
  if (suppressions.outcome.updated && options.suppressions.record) {
    process.stderr.write(recordedNote(suppressions.location, suppressions.outcome.suppressedCount, suppressions.recordedFiles));
  }

  let baselineKnown: Finding[] | undefined;
  if (options.baselineRef) {
    // Matched before the suppressions file hides anything: a fingerprint counts occurrences of a line
    // text among all findings, as in the ref's run. The snapshot's own findings are never printed.
    const baseline = await findingsAtRef(unsuppressed, options.baselineRef, cwd, baselineAnalysis(request, options, paths), readSource);
    baselineKnown = result.findings.filter((finding) => baseline.known.has(finding));
    result = { ...result, findings: result.findings.filter((finding) => !baseline.known.has(finding)) };
    process.stderr.write(baselineNote(options.baselineRef, baseline.commit, baselineKnown.length));
  }

  const info = packageInfo();
  const context: FormatContext = {
    tool: { version: info.version, informationUri: info.homepage },
    cwd,
    rootDir: repositoryRoot(cwd),
    rules: allRules,
    color: isHumanFormat(options.format) && !options.outputFile && colorEnabled(process.stdout),
    readSource,
    fixedSources,
    ...(baselineKnown ? { baselineKnown } : {}),
    ...(options.sarifCategory ? { sarifCategory: options.sarifCategory } : {}),
  };
  writeOutput(formatters[options.format](result, context), options.outputFile, cwd);
  if (options.sarifOutput) writeText(resolve(cwd, options.sarifOutput), formatters.sarif(result, { ...context, color: false }), '--sarif-output', options.sarifOutput);

  if (suppressions.outcome.stale.length) {
    const location = options.suppressions.location ? ` --suppressions-location ${options.suppressions.location}` : '';
    process.stderr.write(staleNote(suppressions.location, suppressions.outcome.stale, `agentvet lint --prune-suppressions${location}`));
    return EXIT_USAGE;
  }
  const verdict = lintVerdict(countProblems(result), options.maxWarnings);
  if (verdict.tooManyWarnings) process.stderr.write(`agentvet: ${verdict.tooManyWarnings}\n`);
  return verdict.exitCode;
}

export function registerLintCommand(program: Command): void {
  program
    .command('lint')
    .description('find distributed-systems bugs in LLM-agent code')
    .argument('[paths...]', 'files, directories or globs to lint (default: the project of the tsconfig found from here)')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')}`).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--sarif-output <file>', 'also write a SARIF log to this file, whatever --format prints (one run, two reports: CI annotations and code scanning)')
    .option('--sarif-category <category>', 'code scanning category of the SARIF log (automationDetails), e.g. one per package of a monorepo')
    .option('-p, --project <tsconfig>', 'tsconfig.json of the project to lint')
    .option('-c, --config <file>', 'agentvet.config.json to use (default: found from the working directory up)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--rule <id:severity>', 'set a rule to off, warn or error (repeatable)', collect)
    .option('--min-confidence <level>', 'hide findings below this confidence: low, medium or high (default medium)')
    .option('--fix', 'apply the fixes that are safe unattended (forward a received signal; add a deadline only with settings.fixTimeoutMs)')
    .option('--fix-dry-run', 'like --fix, but write nothing: report what would remain (json output carries each fixed file as "output")')
    .option('--suppress-all', `record every current finding in the suppressions file (${SUPPRESSIONS_FILE_NAME}); later runs report only new ones`)
    .option('--suppress-rule <id>', 'record the current findings of this rule in the suppressions file (repeatable)', collect)
    .option('--prune-suppressions', 'remove suppressions that no longer match a finding (otherwise they fail the run)')
    .option('--suppressions-location <file>', `the suppressions file (default: ./${SUPPRESSIONS_FILE_NAME}); its paths are relative to its folder`)
    .option('--cache', 'keep each file\'s results in a cache and re-analyse only files whose text, or a file they depend on, changed (also keyed on the config, the tsconfig, installed packages and agentvet\'s version)')
    .option('--cache-location <path>', 'the cache file, or a folder to keep it in (default: ./.agentvetcache)')
    .option('--concurrency <n>', 'threads analysing files: a number, auto (one per core, for projects large enough) or off (default: off)')
    .option('--baseline-ref <ref>', 'report only findings that are not there at this git ref (branch, tag or commit); SARIF keeps the others as baselineState "unchanged"')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(commandAction(lint));
}

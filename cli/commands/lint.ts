// `agentvet lint [paths...]`: loads the config, runs the engine once, prints the result in the chosen
// format and turns it into an exit code. All analysis lives in rules/; this file only wires it up.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { loadConfig, parseRuleFlag } from '../../rules/engine/config.js';
import type { AnalysisResult } from '../../rules/engine/types.js';
import type { Rule } from '../../rules/engine/define-rule.js';
import { colorEnabled } from '../color-support.js';
import { countProblems } from '../format/findings-by-file.js';
import type { FormatContext } from '../format/format-context.js';
import { FORMAT_NAMES, formatters, isHumanFormat } from '../format/index.js';
import { lintVerdict } from '../lint-exit-code.js';
import { parseLintOptions, type LintOptions } from '../lint-options.js';
import { packageInfo } from '../package-info.js';
import { progressLine, silentProgress } from '../progress-line.js';
import { repositoryRoot } from '../repository-root.js';
import { commandAction, UsageError } from '../usage-error.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const EXIT_CODES_HELP = `
Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  an error finding, or too many warnings
  2  a usage or configuration error`;

function readSourceFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The engine and rules load ts-morph: imported here, on first use, so other commands start fast. */
async function loadEngine() {
  const [{ Engine }, { allRules }] = await Promise.all([import('../../rules/engine/engine.js'), import('../../rules/index.js')]);
  return { Engine, allRules };
}

async function analyse(cwd: string, paths: string[], options: LintOptions, allRules: ReadonlyArray<Rule>): Promise<AnalysisResult> {
  const { Engine } = await loadEngine();
  const known = new Set(allRules.map((rule) => rule.id));
  const overrides = options.rules.map((flag) => parseRuleFlag(flag, known));
  const defaults = allRules.map((rule) => ({ id: rule.id, defaultSeverity: rule.meta.defaultSeverity }));
  const config = loadConfig(cwd, defaults, overrides, options.config);
  if (options.minConfidence) config.minConfidence = options.minConfidence;
  const progress = isHumanFormat(options.format) && process.stderr.isTTY ? progressLine(process.stderr) : silentProgress;
  try {
    const engine = Engine.open({ cwd, project: options.project, paths, config, onProgress: (done, total) => progress.update(done, total) });
    return engine.analyze();
  } finally {
    progress.clear();
  }
}

function writeOutput(text: string, outputFile: string | undefined, cwd: string): void {
  if (!outputFile) {
    if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const target = resolve(cwd, outputFile);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text.endsWith('\n') || !text ? text : `${text}\n`);
  } catch (error) {
    throw new UsageError(`--output-file ${outputFile}: cannot write it (${(error as Error).message})`);
  }
}

async function lint(paths: string[], rawOptions: unknown): Promise<number> {
  const options = parseLintOptions(rawOptions);
  const cwd = process.cwd();
  const { allRules } = await loadEngine();
  const result = await analyse(cwd, paths, options, allRules);
  if (result.files.length === 0) {
    const where = paths.length ? `paths ${paths.join(', ')}` : options.project ? `--project ${options.project}` : cwd;
    throw new UsageError(`no files to lint in ${where} (expected .ts/.tsx/.js files, or a tsconfig.json that includes some)`);
  }
  const info = packageInfo();
  const context: FormatContext = {
    tool: { version: info.version, informationUri: info.homepage },
    cwd,
    rootDir: repositoryRoot(cwd),
    rules: allRules,
    color: isHumanFormat(options.format) && !options.outputFile && colorEnabled(process.stdout),
    readSource: readSourceFile,
  };
  writeOutput(formatters[options.format](result, context), options.outputFile, cwd);
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
    .option('-p, --project <tsconfig>', 'tsconfig.json of the project to lint')
    .option('-c, --config <file>', 'agentvet.config.json to use (default: found from the working directory up)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--rule <id:severity>', 'set a rule to off, warn or error (repeatable)', collect)
    .option('--min-confidence <level>', 'hide findings below this confidence: low, medium or high (default medium)')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(commandAction(lint));
}

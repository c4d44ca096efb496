// `npm run corpus`: lints each labelled repository from its root (its own tsconfig, the files the
// labelled ones import) with a built agentvet, and prints precision and recall per core rule for the
// whole corpus and for each split. `--verbose` lists every miss and false positive.
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Command, InvalidArgumentError } from 'commander';
import { CORE_RULES, readLabels, LabelsError, type RepositoryLabels, type Split } from './labels-schema.js';
import { corpusFolder, CorpusSetupError, findMirror, gitDirOf, materialise } from './materialise.js';
import { internalErrorReport, internalErrorsOf, type InternalError } from './internal-errors.js';
import { onlySplit, score, scoreTable, type ExpectedFinding, type ReportedFinding, type RuleScore, type Scored } from './score.js';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '..', '..', '..');
const LINT_TIMEOUT_MS = 10 * 60_000;

interface Options {
  split?: Split;
  repo?: string[];
  verbose?: boolean;
  agentvet: string;
  json?: string;
  asUser?: boolean;
}

interface EslintFileResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

async function main(): Promise<void> {
  const program = new Command()
    .name('corpus')
    .description('Score agentvet on the hand-labelled corpus of real agent code (test/corpus/README.md).')
    .option('--split <split>', 'only dev or heldout files', (v) => {
      if (v !== 'dev' && v !== 'heldout') throw new InvalidArgumentError('dev or heldout');
      return v;
    })
    .option('--repo <owner/name...>', 'only these repositories')
    .option('--verbose', 'list every miss and false positive (of the dev split, unless --split heldout)')
    .option('--agentvet <main.js>', "the agentvet CLI to score (another build, e.g. a baseline's dist/cli/main.js)", join(projectRoot, 'dist', 'cli', 'main.js'))
    .option('--json <file>', 'also write the scored findings as JSON')
    .option('--as-user', 'lint as a user does: the folders holding the labelled files (`agentvet lint src/tools lib`), not the files named; only findings in labelled files are scored')
    .parse();
  const options = program.opts<Options>();

  const all = readLabels(join(projectRoot, 'test', 'corpus', 'labels'));
  const chosen = all.filter((r) => !options.repo || options.repo.includes(r.repo));
  if (chosen.length === 0) throw new CorpusSetupError(options.repo ? `no labels for ${options.repo.join(', ')}` : 'no labels yet in test/corpus/labels');
  const mirror = findMirror(projectRoot);
  const into = corpusFolder(mirror);

  const expected: ExpectedFinding[] = [];
  const reported: ReportedFinding[] = [];
  const internalErrors: InternalError[] = [];
  const skipped: string[] = [];
  let files = 0;
  for (const labels of chosen) {
    const gitDir = gitDirOf(mirror, labels.repo);
    if (!gitDir) {
      skipped.push(labels.repo);
      continue;
    }
    const wanted = labels.files.filter((f) => !options.split || f.split === options.split);
    if (wanted.length === 0) continue;
    files += wanted.length;
    const root = materialise(gitDir, labels.repo, labels.commit, into);
    const absent = wanted.find((f) => !existsSync(join(root, f.path)));
    if (absent) throw new CorpusSetupError(`${labels.repo}: the labels name ${absent.path}, which is not in the repository at ${labels.commit.slice(0, 12)}`);
    for (const file of wanted) {
      for (const l of file.labels) {
        if (l.verdict === 'finding') expected.push({ repo: labels.repo, path: file.path, line: l.line, rule: l.rule, split: file.split, note: l.note });
      }
    }
    const started = performance.now();
    const linted = await lintRepository(options.agentvet, labels, root, wanted.map((f) => f.path), options.asUser ?? false);
    reported.push(...linted.findings);
    internalErrors.push(...linted.internalErrors);
    process.stderr.write(`  ${labels.repo}: ${wanted.length} files linted in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  if (skipped.length) process.stderr.write(`not fetched, left out: ${skipped.join(', ')} (bring them in with the fetch tool)\n`);

  const scored = score(expected, reported);
  console.log(`corpus: ${chosen.length - skipped.length} repositories, ${files} files, ${expected.length} expected findings`);
  printTable('all files', scoreTable(scored, CORE_RULES));
  if (!options.split) {
    for (const split of ['dev', 'heldout'] as const) printTable(`${split} split`, scoreTable(onlySplit(scored, split), CORE_RULES));
  }
  // A rule that threw reported nothing for its file: each one is listed, whatever the scores say.
  console.log('');
  for (const line of internalErrorReport(internalErrors, options.split === 'heldout')) console.log(line);
  // The held-out split stays unread while the engine is mended: its details only when asked by name.
  if (options.verbose) printDetails(options.split === 'heldout' ? scored : onlySplit(scored, 'dev'));
  if (options.json) writeFileSync(options.json, JSON.stringify(scored, null, 2));
}

async function lintRepository(
  agentvet: string,
  labels: RepositoryLabels,
  root: string,
  paths: string[],
  asUser: boolean,
): Promise<{ findings: ReportedFinding[]; internalErrors: InternalError[] }> {
  // Only the files asked for are scored: a run over the whole root also reports on files of the other split.
  const wanted = new Set(paths);
  const split = new Map(labels.files.filter((f) => wanted.has(f.path)).map((f) => [f.path, f.split]));
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [agentvet, 'lint', '--format', 'json', ...(asUser ? foldersHolding(paths) : paths)], { cwd: root, maxBuffer: 512 * 1024 * 1024, timeout: LINT_TIMEOUT_MS }));
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; killed?: boolean };
    if (failed.killed) throw new CorpusSetupError(`${labels.repo}: lint ran past ${LINT_TIMEOUT_MS / 60_000} minutes`);
    if (failed.code !== 1 || !failed.stdout) throw new CorpusSetupError(`${labels.repo}: lint exited ${failed.code}: ${failed.stderr?.trim() ?? ''}`);
    stdout = failed.stdout;
  }
  const out: ReportedFinding[] = [];
  const internalErrors: InternalError[] = [];
  for (const result of JSON.parse(stdout) as EslintFileResult[]) {
    const path = relative(root, result.filePath).split('\\').join('/');
    const fileSplit = split.get(path);
    if (!fileSplit) continue;
    internalErrors.push(...internalErrorsOf({ repo: labels.repo, path, split: fileSplit }, result.messages));
    for (const message of result.messages) {
      if (!message.ruleId || !(CORE_RULES as readonly string[]).includes(message.ruleId)) continue;
      out.push({ repo: labels.repo, path, line: message.line, rule: message.ruleId, split: fileSplit, message: message.message });
    }
  }
  return { findings: out, internalErrors };
}

/**
 * The folders a user would lint to cover these files (each file's folder, without those inside another). Not the
 * whole root: on the largest monorepos (simstudioai/sim) a root run takes more than ten minutes on this machine.
 */
function foldersHolding(paths: string[]): string[] {
  const folders = [...new Set(paths.map((p) => posix.dirname(p)))].sort();
  return folders.filter((folder) => !folders.some((other) => other !== folder && (other === '.' || folder.startsWith(`${other}/`))));
}

function printTable(title: string, rows: RuleScore[]): void {
  const pct = (x: number | undefined) => (x === undefined ? '   –' : x.toFixed(2));
  console.log(`\n${title}`);
  console.log('rule                   expected reported matched precision recall');
  for (const r of rows) {
    console.log(`${r.rule.padEnd(22)} ${String(r.expected).padStart(8)} ${String(r.reported).padStart(8)} ${String(r.matched).padStart(7)} ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(6)}`);
  }
}

function printDetails(scored: Scored): void {
  const where = (x: { repo: string; path: string; line: number; split: Split }) => `${x.repo} ${x.path}:${x.line} [${x.split}]`;
  console.log(`\nmisses (${scored.missed.length})`);
  for (const m of [...scored.missed].sort((a, b) => where(a).localeCompare(where(b)))) console.log(`  ${m.rule}  ${where(m)}  — ${m.note}`);
  console.log(`\nfalse positives (${scored.falsePositives.length})`);
  for (const f of [...scored.falsePositives].sort((a, b) => where(a).localeCompare(where(b)))) console.log(`  ${f.rule}  ${where(f)}  — ${f.message.slice(0, 140)}`);
}

main().catch((error: unknown) => {
  if (error instanceof LabelsError || error instanceof CorpusSetupError) {
    console.error(`corpus: ${error.message}`);
    process.exit(2);
  }
  throw error;
});

// `npm run bench`: times `agentvet lint` against `tsc --noEmit` (TypeScript 6 and 7) on one project and
// prints one table, then the scaling run; on the generated project also the recorder, editor-latency and
// terminal-UI benchmarks. The project is a generated 1,000+ file agent-style one under .bench/project, or
// the folder AGENTVET_BENCH_REPO names (it needs a tsconfig.json that includes its files; see
// extract-repository.ts for copying one out of a fetched repository).
// Options: --rounds N, --calls N (the scaling file's smaller size), --min-files N, --seed N.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generateProject } from './generate-project.js';
import { runEditorBench } from './editor-bench.js';
import { VARIANT_LABELS, runLintBench, type BenchInput, type LintBenchResult } from './lint-bench.js';
import { canMeasureMemory } from './measure-command.js';
import { runRecorderBench } from './recorder-bench.js';
import { runScalingBench, type ScalingPair } from './scaling-bench.js';
import { runViewBench } from './view-bench.js';

export const REPO_VARIABLE = 'AGENTVET_BENCH_REPO';

const optionsSchema = z.object({
  rounds: z.coerce.number().int().min(1).max(10).optional(),
  calls: z.coerce.number().int().min(10).default(30_000),
  minFiles: z.coerce.number().int().min(10).default(1_100),
  seed: z.coerce.number().int().default(20250101),
});

/** The repository root: the nearest folder up whose package.json is agentvet's (works from src and dist). */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'agentvet') return dir;
    if (dirname(dir) === dir) throw new Error(`no agentvet package.json above ${start}`);
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (kb: number | undefined) => (kb === undefined ? 'n/a' : fmt(kb / 1024));

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

function printLint(result: LintBenchResult, described: string): void {
  console.log('');
  console.log(`Lint benchmark: ${described}`);
  console.log(`Each run is a fresh process (start included); figures are the run with the median wall time. ${availableParallelism()} cores; load average at the end ${loadavg().map((l) => fmt(l, 2)).join(', ')}.`);
  if (!canMeasureMemory()) console.log('CPU and peak memory need GNU time (/usr/bin/time -f): shown as n/a.');
  console.log('');
  const rows = [['run', 'wall ms', 'CPU ms', 'peak RSS MB', 'findings', 'wall ms of each run']];
  for (const summary of result.summaries) {
    const label = VARIANT_LABELS[summary.variant];
    if (!summary.median) {
      rows.push([label, '—', '—', '—', '—', summary.unsupported ?? 'not run']);
      continue;
    }
    const m = summary.median;
    rows.push([label, fmt(m.wallMs), m.cpuMs === undefined ? 'n/a' : fmt(m.cpuMs), mb(m.maxRssKb), m.findings ? fmt(m.findings.length) : '', summary.runs.map((r) => fmt(r.wallMs)).join(' / ')]);
  }
  printTable(rows);
  console.log('');
  const wall = (variant: string) => result.summaries.find((s) => s.variant === variant)?.median?.wallMs;
  const tsc6 = wall('tsc6');
  const tsc7 = wall('tsc7');
  const cold = wall('cold-all') ?? wall('cold-1');
  const coldLabel = wall('cold-all') !== undefined ? 'cold, all cores' : 'cold, 1 worker';
  const warm = wall('warm');
  const cpu = (variant: string) => result.summaries.find((s) => s.variant === variant)?.median?.cpuMs;
  const coldVariant = wall('cold-all') !== undefined ? 'cold-all' : 'cold-1';
  const ratio = (a: number | undefined, b: number | undefined, target: number, what: string, cpuOf?: [string, string]) => {
    if (a === undefined || b === undefined) return;
    const r = a / b;
    const cpuA = cpuOf ? cpu(cpuOf[0]) : undefined;
    const cpuB = cpuOf ? cpu(cpuOf[1]) : undefined;
    const cpuNote = cpuA && cpuB ? `; CPU ${fmt(cpuA / cpuB, 2)}×` : '';
    console.log(`${what}: wall ${fmt(r, 2)}×  (target ≤ ${fmt(target, 2)}×: ${r <= target ? 'met' : 'NOT met'}${cpuNote})`);
  };
  const tsc7Missing = result.summaries.find((s) => s.variant === 'tsc7')?.unsupported;
  if (tsc7Missing) console.log(`NO comparison with TypeScript 7: ${tsc7Missing}`);
  ratio(cold, tsc7, 1, `agentvet ${coldLabel} / tsc TypeScript 7`, [coldVariant, 'tsc7']);
  ratio(cold, tsc6, 0.2, `agentvet ${coldLabel} / tsc TypeScript 6`, [coldVariant, 'tsc6']);
  ratio(warm, tsc7, 0.25, 'agentvet warm (1 file changed) / tsc TypeScript 7', ['warm', 'tsc7']);
  ratio(wall('cold-1'), wall('cold-1-core'), 1.15, 'agentvet cold, 1 worker: all rules / the core four', ['cold-1', 'cold-1-core']);
  if (result.editedFile) console.log(`warm runs: ${result.editedFile} gained one exported function before each (restored after)`);
  const differing = result.agreement.filter((a) => !a.same);
  if (differing.length === 0) console.log(`findings: the same in every agentvet run (${result.agreement.length} runs)`);
  for (const a of differing) {
    console.log(`findings DIFFER in a ${VARIANT_LABELS[a.variant]} run: ${a.missing.length} missing, ${a.extra.length} extra`);
    for (const line of [...a.missing.map((l) => `  - ${l}`), ...a.extra.map((l) => `  + ${l}`)].slice(0, 10)) console.log(line);
  }
}

function printScaling(pairs: ScalingPair[]): void {
  console.log('');
  console.log('Scaling: doubling the input should at most about double the time (agentvet lint, default settings)');
  console.log('');
  const rows = [['input', 'wall ms', 'CPU ms', 'peak RSS MB', 'findings', 'wall ×', 'CPU ×']];
  for (const pair of pairs) {
    for (const point of [pair.single, pair.double]) {
      const expected = point.expectedFindings !== undefined && point.expectedFindings !== point.findings ? ` (expected ${fmt(point.expectedFindings)})` : '';
      const second = point === pair.double;
      const cpuTimes = second && pair.double.cpuMs && pair.single.cpuMs ? fmt(pair.double.cpuMs / pair.single.cpuMs, 2) : '';
      const cpu = point.cpuMs === undefined ? 'n/a' : fmt(point.cpuMs);
      rows.push([point.label, fmt(point.wallMs), cpu, mb(point.maxRssKb), fmt(point.findings) + expected, second ? fmt(pair.double.wallMs / pair.single.wallMs, 2) : '', cpuTimes]);
    }
  }
  printTable(rows);
}

/** The real repository AGENTVET_BENCH_REPO names, checked: a folder with a tsconfig.json. */
function repositoryInput(value: string): BenchInput | string {
  const dir = resolve(value);
  if (!existsSync(dir)) return `${REPO_VARIABLE}=${value}: no such folder`;
  const tsconfig = join(dir, 'tsconfig.json');
  if (!existsSync(tsconfig)) return `${REPO_VARIABLE}=${value}: no tsconfig.json in it (tsc needs one that includes the files; test/bench/extract-repository.ts writes one)`;
  return { dir, tsconfig };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, calls: { type: 'string' }, 'min-files': { type: 'string' }, seed: { type: 'string' } } });
  const parsed = optionsSchema.safeParse({ rounds: values.rounds, calls: values.calls, minFiles: values['min-files'], seed: values.seed });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    console.error(`bench: --${String(issue.path[0] ?? '')}: ${issue.message}`);
    process.exitCode = 2;
    return;
  }
  const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
  const repository = process.env[REPO_VARIABLE];
  let input: BenchInput;
  let described: string;
  if (repository) {
    const checked = repositoryInput(repository);
    if (typeof checked === 'string') {
      console.error(`bench: ${checked}`);
      process.exitCode = 2;
      return;
    }
    input = checked;
    described = `${input.dir} (${REPO_VARIABLE})`;
  } else {
    const started = performance.now();
    const project = generateProject({ outDir: join(repoRoot, '.bench/project'), seed: parsed.data.seed, minFiles: parsed.data.minFiles });
    console.error(`generated ${project.files} files in ${Math.round(performance.now() - started)} ms; measuring…`);
    input = { dir: project.dir, tsconfig: project.tsconfigPath };
    described = `${fmt(project.files)} generated files, ${fmt(project.lines)} lines, ${fmt(project.agentFiles)} of them agent/HTTP code (${project.dir})`;
  }
  const lint = await runLintBench({ input, repoRoot, rounds: parsed.data.rounds });
  printLint(lint, described);
  // A real repository's copies go outside this checkout, so no config or node_modules of ours applies to them.
  const workDir = repository ? mkdtempSync(join(tmpdir(), 'agentvet-scaling-')) : join(repoRoot, '.bench/scaling');
  printScaling(await runScalingBench({ repoRoot, workDir, projectDir: input.dir, calls: parsed.data.calls }));
  if (repository) return;
  console.log('');
  await runRecorderBench();
  console.log('');
  await runEditorBench();
  console.log('');
  await runViewBench();
}

await main();

// `npm run bench`: generates a 1,000+ file agent-style project into .bench/project, times agentvet's
// engine against `tsc --noEmit` on it (median of 3 runs each when they fit), prints one table, and
// then the recorder, editor-latency and terminal-UI benchmarks. Options: --runs N, --min-files N, --seed N.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generateProject, type GeneratedProject } from './generate-project.js';
import { runEditorBench } from './editor-bench.js';
import { runLintBench, type ToolSummary } from './lint-bench.js';
import { runRecorderBench } from './recorder-bench.js';
import { runViewBench } from './view-bench.js';

const optionsSchema = z.object({
  runs: z.coerce.number().int().min(1).max(10).optional(),
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

function printTable(project: GeneratedProject, summaries: ToolSummary[]): void {
  const tsc = summaries.find((s) => s.tool === 'tsc');
  const agentvet = summaries.find((s) => s.tool === 'agentvet');
  const rows = [
    ['tool', 'files', 'files/s', 'wall ms', 'CPU ms', 'peak RSS MB', 'wall ms of each run'],
    ...summaries.map((s) => {
      const files = s.tool === 'tsc' ? project.files : (s.median.filesInProject ?? project.files);
      return [
        s.tool === 'tsc' ? 'tsc --noEmit (TS 6, JS)' : 'agentvet engine',
        fmt(files),
        fmt(files / (s.median.wallMs / 1000)),
        fmt(s.median.wallMs),
        fmt(s.median.cpuMs),
        fmt(s.median.maxRssKb / 1024),
        s.runs.map((r) => fmt(r.wallMs)).join(' / '),
      ];
    }),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  console.log('');
  console.log(`Lint benchmark: ${fmt(project.files)} files, ${fmt(project.lines)} lines, ${fmt(project.agentFiles)} of them agent/HTTP code (${project.dir})`);
  console.log(`Each tool runs in a fresh node process; numbers are the run with the median wall time.`);
  console.log('');
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('');
  if (tsc && agentvet) {
    const ratio = agentvet.median.wallMs / tsc.median.wallMs;
    const cpu = agentvet.median.cpuMs / tsc.median.cpuMs;
    const memory = agentvet.median.maxRssKb / tsc.median.maxRssKb;
    console.log(`agentvet / tsc, wall time: ${fmt(ratio, 2)}×  (target ≤ 1.00×: ${ratio <= 1 ? 'met' : 'NOT met'})`);
    console.log(`agentvet / tsc, CPU time:  ${fmt(cpu, 2)}×  (less sensitive to other load on the machine)`);
    console.log(`agentvet / tsc, peak RSS:  ${fmt(memory, 2)}×`);
    const total = agentvet.median.filesInProject ?? 0;
    const analysed = agentvet.median.filesAnalysed ?? 0;
    const skipped = total - analysed;
    console.log(`prefilter: analysed ${fmt(analysed)} of ${fmt(total)} files, skipped ${fmt(skipped)} (${fmt(total ? (100 * skipped) / total : 0)}%) before type information was built`);
    console.log(`findings: ${fmt(agentvet.median.findings ?? 0)}, parse diagnostics: ${fmt(agentvet.median.parseDiagnostics ?? 0)}, types from node_modules: ${agentvet.median.typesAvailable ? 'yes' : 'no'}`);
  }
}

/** The recorder's, the editor's and the terminal UI's figures, after the lint table. */
async function runOtherBenches(): Promise<void> {
  console.log('');
  await runRecorderBench();
  console.log('');
  await runEditorBench();
  console.log('');
  await runViewBench();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, 'min-files': { type: 'string' }, seed: { type: 'string' } } });
  const parsed = optionsSchema.safeParse({ runs: values.runs, minFiles: values['min-files'], seed: values.seed });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    console.error(`bench: --${String(issue.path[0] ?? '')}: ${issue.message}`);
    process.exitCode = 2;
    return;
  }
  const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
  const started = performance.now();
  const project = generateProject({ outDir: join(repoRoot, '.bench/project'), seed: parsed.data.seed, minFiles: parsed.data.minFiles });
  console.error(`generated ${project.files} files in ${Math.round(performance.now() - started)} ms; measuring…`);
  const summaries = await runLintBench({ tsconfig: project.tsconfigPath, repoRoot, runs: parsed.data.runs });
  printTable(project, summaries);
  await runOtherBenches();
}

await main();

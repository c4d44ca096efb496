// Times `tsc --noEmit` (TypeScript 6, JS) and the agentvet engine on one project, each run in a fresh
// child process so peak memory (`process.resourceUsage().maxRSS`) belongs to that tool alone.
// Run as a child: `node lint-bench.js --child <tsc|agentvet> <tsconfig> <repoRoot>`; it reports on fd 3.
import { spawn } from 'node:child_process';
import { existsSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

export type BenchTool = 'tsc' | 'agentvet';

const childReportSchema = z.object({
  tool: z.enum(['tsc', 'agentvet']),
  exitCode: z.number(),
  maxRssKb: z.number(),
  /** User + system CPU of the child: steadier than wall time on a shared machine. */
  cpuMs: z.number(),
  filesInProject: z.number().optional(),
  filesAnalysed: z.number().optional(),
  findings: z.number().optional(),
  parseDiagnostics: z.number().optional(),
  typesAvailable: z.boolean().optional(),
});

export type ChildReport = z.infer<typeof childReportSchema>;

export interface RunMeasurement extends ChildReport {
  /** Spawn to exit, measured by the parent: what a user waits for, node start-up included. */
  wallMs: number;
}

const REPORT_FD = 3;

function cpuMs(): number {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1000;
}

function report(data: ChildReport): void {
  writeSync(REPORT_FD, JSON.stringify(data) + '\n');
}

/** The built engine modules; `npm run bench` builds them before it runs. */
export function enginePaths(repoRoot: string) {
  return {
    engine: join(repoRoot, 'dist/rules/engine/engine.js'),
    config: join(repoRoot, 'dist/rules/engine/config.js'),
    rules: join(repoRoot, 'dist/rules/index.js'),
  };
}

export function engineIsBuilt(repoRoot: string): boolean {
  return Object.values(enginePaths(repoRoot)).every((path) => existsSync(path));
}

function runTscChild(tsconfig: string, repoRoot: string): void {
  const tscBin = join(repoRoot, 'node_modules/typescript/bin/tsc');
  // tsc ends with process.exit; the exit hook still runs, after all of its work.
  process.on('exit', (code) => report({ tool: 'tsc', exitCode: code, maxRssKb: process.resourceUsage().maxRSS, cpuMs: cpuMs() }));
  process.argv = [process.argv[0]!, tscBin, '--noEmit', '-p', tsconfig];
  createRequire(import.meta.url)(tscBin);
}

interface RuleLike {
  id: string;
  meta: { defaultSeverity: 'off' | 'warn' | 'error' };
}

async function runAgentvetChild(tsconfig: string, repoRoot: string): Promise<void> {
  const paths = enginePaths(repoRoot);
  const [{ Engine }, { loadConfig }, { allRules }] = await Promise.all([
    import(pathToFileURL(paths.engine).href),
    import(pathToFileURL(paths.config).href),
    import(pathToFileURL(paths.rules).href),
  ]);
  const cwd = dirname(tsconfig);
  const rules = (allRules as RuleLike[]).map((rule) => ({ id: rule.id, defaultSeverity: rule.meta.defaultSeverity }));
  const config = loadConfig(cwd, rules);
  const engine = await Engine.open({ cwd, project: tsconfig, config });
  const result = await engine.analyze();
  report({
    tool: 'agentvet',
    exitCode: 0,
    maxRssKb: process.resourceUsage().maxRSS,
    cpuMs: cpuMs(),
    filesInProject: result.stats.filesInProject,
    filesAnalysed: result.stats.filesAnalysed,
    findings: result.findings.length,
    parseDiagnostics: result.parseDiagnostics.length,
    typesAvailable: result.stats.typesAvailable,
  });
}

/** One measured run of a tool in a fresh node process. */
export function measureOnce(tool: BenchTool, tsconfig: string, repoRoot: string): Promise<RunMeasurement> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, '--child', tool, tsconfig, repoRoot], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let reportText = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    (child.stdio[REPORT_FD] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (reportText += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const parsed = childReportSchema.safeParse(safeJson(reportText.trim()));
      if (!parsed.success) {
        reject(new Error(`${tool} run failed (exit ${code}) without a report:\n${output.slice(-2_000)}`));
        return;
      }
      if (tool === 'tsc' && parsed.data.exitCode !== 0) {
        // Not fatal: tsc did its whole job, but the comparison is fairer on a project that compiles.
        process.stderr.write(`warning: tsc reported errors on the generated project:\n${output.slice(0, 2_000)}\n`);
      }
      resolvePromise({ ...parsed.data, wallMs });
    });
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface ToolSummary {
  tool: BenchTool;
  runs: RunMeasurement[];
  /** The run with the median wall time. */
  median: RunMeasurement;
}

function medianRun(runs: RunMeasurement[]): RunMeasurement {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export interface LintBenchOptions {
  tsconfig: string;
  repoRoot: string;
  /** Runs per tool; when omitted, 3 if one round of both tools takes under 40 s, else 1. */
  runs?: number;
  log?: (line: string) => void;
}

/** Measures both tools, interleaved (tsc, agentvet, tsc, …) so drift on the machine hits both alike. */
export async function runLintBench(options: LintBenchOptions): Promise<ToolSummary[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const tools: BenchTool[] = engineIsBuilt(options.repoRoot) ? ['tsc', 'agentvet'] : ['tsc'];
  if (!tools.includes('agentvet')) log('agentvet engine is not built (dist/rules/engine/engine.js, dist/rules/index.js): timing tsc only');
  const runs = new Map<BenchTool, RunMeasurement[]>(tools.map((tool) => [tool, []]));
  let rounds = options.runs ?? 1;
  for (let round = 0; round < rounds; round++) {
    let roundMs = 0;
    for (const tool of tools) {
      const run = await measureOnce(tool, options.tsconfig, options.repoRoot);
      runs.get(tool)!.push(run);
      roundMs += run.wallMs;
      log(`  run ${round + 1}: ${tool} ${Math.round(run.wallMs)} ms wall, ${Math.round(run.cpuMs)} ms CPU, ${Math.round(run.maxRssKb / 1024)} MB`);
    }
    // Three rounds when they fit in about two minutes; the median is steadier than one run.
    if (options.runs === undefined && round === 0 && roundMs < 40_000) rounds = 3;
  }
  return tools.map((tool) => ({ tool, runs: runs.get(tool)!, median: medianRun(runs.get(tool)!) }));
}

if (process.argv[2] === '--child' && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [tool, tsconfig, repoRoot] = process.argv.slice(3) as [BenchTool, string, string];
  if (tool === 'tsc') runTscChild(tsconfig, repoRoot);
  else await runAgentvetChild(tsconfig, repoRoot);
}

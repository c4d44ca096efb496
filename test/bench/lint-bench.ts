// Times what a user runs on one project, each in a fresh process, rounds alternating the tools so drift
// on a shared machine hits them alike: `tsc --noEmit` with TypeScript 6 (JS) and TypeScript 7 (native),
// and `agentvet lint` cold with one worker (all rules, and the core four alone) and with all cores, with
// `--cache` writing the cache, and warm with `--cache` after one file changed. The agentvet runs' findings are compared with each other.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { measureCommand, type CommandMeasurement } from './measure-command.js';

export type Variant = 'tsc6' | 'tsc7' | 'cold-1' | 'cold-1-core' | 'cold-all' | 'cache-write' | 'warm';

export const VARIANT_LABELS: Record<Variant, string> = {
  tsc6: 'tsc --noEmit, TypeScript 6 (JS)',
  tsc7: 'tsc --noEmit, TypeScript 7 (native)',
  'cold-1': 'agentvet lint, cold, 1 worker',
  'cold-1-core': 'agentvet lint, cold, 1 worker, core four rules',
  'cold-all': 'agentvet lint, cold, all cores',
  'cache-write': 'agentvet lint --cache, empty cache',
  warm: 'agentvet lint --cache, 1 file changed',
};

/** Each round's order: a compiler, then agentvet, and so on, so that load drift is shared. */
const ROUND_ORDER: Variant[] = ['tsc6', 'cold-1', 'tsc7', 'cold-1-core', 'cold-all', 'cache-write', 'warm'];

/**
 * The rules agentvet started with. `cold-1-core` turns every other rule off, so the cost of the later rules
 * (issue 14: at most 15 % over the core four) is measured in the same run.
 */
export const CORE_RULES = ['non-idempotent-tool', 'missing-deadline', 'unbounded-agent-loop', 'unkeyed-retry'];

function listedRules(cli: string): Array<{ id: string; defaultSeverity: string }> {
  const listed = spawnSync(process.execPath, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' }).stdout ?? '[]';
  return JSON.parse(listed) as Array<{ id: string; defaultSeverity: string }>;
}

/** `--rule <id>:off` for every rule of this build that is not a core rule (from `agentvet rules --format json`). */
function laterRulesOff(cli: string): string[] {
  return listedRules(cli).filter((rule) => !CORE_RULES.includes(rule.id)).flatMap((rule) => ['--rule', `${rule.id}:off`]);
}

/** `--rule <id>:warn` for every rule `recommended` leaves off, so the all-rules runs measure all of them. */
function offRulesOn(cli: string): string[] {
  return listedRules(cli).filter((rule) => rule.defaultSeverity === 'off').flatMap((rule) => ['--rule', `${rule.id}:warn`]);
}

export interface BenchInput {
  dir: string;
  tsconfig: string;
}

export interface Run extends Omit<CommandMeasurement, 'stdout' | 'stderr'> {
  /** Findings as comparable lines (agentvet runs only). */
  findings?: string[];
}

export interface VariantSummary {
  variant: Variant;
  /** Why the variant was not run (this build of agentvet lacks the flag). */
  unsupported?: string;
  runs: Run[];
  /** The run with the median wall time. */
  median?: Run;
}

export interface LintBenchResult {
  summaries: VariantSummary[];
  /** The file changed before each warm run. */
  editedFile?: string;
  /** Findings of every agentvet variant compared with the 1-worker cold run. */
  agreement: Array<{ variant: Variant; same: boolean; missing: string[]; extra: string[] }>;
}

/** What `agentvet lint --help` offers in this build: the bench runs only what exists. */
export function agentvetFlags(repoRoot: string): { cache: boolean; concurrency: boolean } {
  const help = spawnSync(process.execPath, [join(repoRoot, 'dist/cli/main.js'), 'lint', '--help'], { encoding: 'utf8' }).stdout ?? '';
  return { cache: help.includes('--cache-location'), concurrency: help.includes('--concurrency') };
}

/** The comparable form of a finding: where, which rule, what it says, how sure. */
function findingLines(jsonText: string, baseDir: string): string[] {
  const results = JSON.parse(jsonText) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
  const lines: string[] = [];
  for (const result of results) {
    const file = relative(baseDir, result.filePath);
    for (const m of result.messages) {
      lines.push(`${file}:${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.severity} ${m.confidence} ${m.message}`);
    }
  }
  return lines.sort();
}

function median(runs: Run[]): Run | undefined {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export interface LintBenchOptions {
  input: BenchInput;
  repoRoot: string;
  /** Rounds; when omitted, 3 if the first takes under a minute, else 1. */
  rounds?: number;
  log?: (line: string) => void;
}

export async function runLintBench(options: LintBenchOptions): Promise<LintBenchResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const { input, repoRoot } = options;
  const flags = agentvetFlags(repoRoot);
  const cli = join(repoRoot, 'dist/cli/main.js');
  const tsc = {
    tsc6: join(repoRoot, 'node_modules/typescript/bin/tsc'),
    tsc7: join(repoRoot, 'node_modules/typescript-7/bin/tsc'),
  };
  const unsupported: Partial<Record<Variant, string>> = {};
  if (!existsSync(tsc.tsc7)) {
    unsupported.tsc7 = `typescript-7 is not installed in ${repoRoot}/node_modules (run npm install there)`;
    log(`bench: NO TypeScript 7 comparison: ${tsc.tsc7} is missing — the node_modules of ${repoRoot} predate the typescript-7 devDependency; run \`npm install\` there`);
  }
  if (!flags.concurrency) unsupported['cold-all'] = 'this build has no --concurrency';
  if (!flags.cache) unsupported['cache-write'] = unsupported.warm = 'this build has no --cache';

  const scratch = mkdtempSync(join(tmpdir(), 'agentvet-lint-bench-'));
  const runs = new Map<Variant, Run[]>(ROUND_ORDER.map((variant) => [variant, []]));
  let editedFile: string | undefined;
  let coreOnly: string[] | undefined;
  let allOn: string[] | undefined;
  let rounds = options.rounds ?? 1;
  try {
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const cacheLocation = join(scratch, `cache-${round}`);
      for (const variant of ROUND_ORDER) {
        if (unsupported[variant]) continue;
        let command: string[];
        let restore: (() => void) | undefined;
        const output = join(scratch, `${variant}.json`);
        if (variant === 'tsc6' || variant === 'tsc7') {
          command = [process.execPath, tsc[variant], '--noEmit', '-p', input.tsconfig];
        } else {
          command = [process.execPath, cli, 'lint', '--project', input.tsconfig, '--format', 'json', '--output-file', output];
          if (flags.concurrency) command.push('--concurrency', variant === 'cold-1' || variant === 'cold-1-core' ? 'off' : 'auto');
          if (variant === 'cold-1-core') command.push(...(coreOnly ??= laterRulesOff(cli)));
          else command.push(...(allOn ??= offRulesOn(cli)));
          if (variant === 'cache-write' || variant === 'warm') command.push('--cache', '--cache-location', cacheLocation);
          if (variant === 'warm') {
            editedFile ??= pickFileToEdit(runs.get('cold-1')!, input);
            restore = editFile(editedFile, round);
          }
        }
        let measured: CommandMeasurement;
        try {
          measured = await measureCommand(command, { cwd: input.dir });
        } finally {
          restore?.();
        }
        // tsc exits 1 or 2 when the files have type errors (a copied package without its node_modules has many):
        // it did its whole job. agentvet exits 1 for error findings, 2 for a usage or configuration error.
        const failed = variant.startsWith('tsc') ? measured.exitCode > 2 || (measured.exitCode !== 0 && !/error TS/.test(measured.stdout)) : measured.exitCode > 1;
        if (failed) throw new Error(`${VARIANT_LABELS[variant]} failed (exit ${measured.exitCode}):\n${(measured.stderr + measured.stdout).slice(-2_000)}`);
        const run: Run = { wallMs: measured.wallMs, cpuMs: measured.cpuMs, maxRssKb: measured.maxRssKb, exitCode: measured.exitCode };
        if (!variant.startsWith('tsc')) run.findings = findingLines(readFileSync(output, 'utf8'), input.dir);
        runs.get(variant)!.push(run);
        const memory = run.maxRssKb === undefined ? '' : `, ${Math.round(run.maxRssKb / 1024)} MB`;
        const found = run.findings ? `, ${run.findings.length} findings` : '';
        log(`  round ${round + 1}: ${VARIANT_LABELS[variant]}: ${Math.round(run.wallMs)} ms${memory}${found}`);
      }
      if (options.rounds === undefined && round === 0 && performance.now() - started < 60_000) rounds = 3;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const summaries = ROUND_ORDER.map((variant): VariantSummary => {
    const list = runs.get(variant)!;
    return { variant, unsupported: unsupported[variant], runs: list, median: median(list) };
  });
  const reference = runs.get('cold-1')![0]?.findings ?? [];
  const agreement = (['cold-1', 'cold-all', 'cache-write', 'warm'] as Variant[]).flatMap((variant) =>
    runs.get(variant)!.map((run) => {
      const expected = new Set(reference);
      const got = new Set(run.findings ?? []);
      const missing = reference.filter((line) => !got.has(line));
      const extra = (run.findings ?? []).filter((line) => !expected.has(line));
      return { variant, same: missing.length === 0 && extra.length === 0, missing, extra };
    }),
  );
  return { summaries, editedFile, agreement };
}

/** The file of the first finding (an edit there is re-analysed, not skipped), else the first of the project. */
function pickFileToEdit(coldRuns: Run[], input: BenchInput): string {
  const first = coldRuns[0]?.findings?.[0];
  if (first) return join(input.dir, first.slice(0, first.indexOf(':')));
  const name = readdirSync(input.dir).sort().find((entry) => /\.(?:ts|tsx)$/.test(entry));
  if (!name) throw new Error(`no file with a finding and no .ts file at the top of ${input.dir} to edit for the warm run`);
  return join(input.dir, name);
}

/**
 * One file changed the way a person changes one: a new exported function. It adds no finding, so the warm
 * run's findings must be the cold run's. Returns the restore step (original bytes back).
 */
function editFile(file: string, round: number): () => void {
  const original = readFileSync(file);
  writeFileSync(file, Buffer.concat([original, Buffer.from(`\nexport function agentvetBenchEdit${round}(value: number): number {\n  return value + ${round};\n}\n`)]));
  return () => writeFileSync(file, original);
}

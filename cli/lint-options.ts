// `agentvet lint` options as commander hands them over, validated with zod into plain values;
// a bad value becomes a UsageError naming the flag, the value and what was expected.
import { z } from 'zod';
import { FORMAT_NAMES, type FormatName } from './format/index.js';
import { UsageError } from './usage-error.js';
import type { Confidence } from '../rules/engine/types.js';

const CONFIDENCES = ['low', 'medium', 'high'] as const;

const rawLintOptionsSchema = z.object({
  format: z.enum(FORMAT_NAMES),
  outputFile: z.string().min(1).optional(),
  sarifOutput: z.string().min(1).optional(),
  sarifCategory: z.string().regex(/^[^\s]+$/).optional(),
  project: z.string().min(1).optional(),
  config: z.string().min(1).optional(),
  // -1 means no limit, as in ESLint, so scripts written for ESLint keep working.
  maxWarnings: z.string().regex(/^(-1|\d+)$/).optional(),
  rule: z.array(z.string()).default([]),
  minConfidence: z.enum(CONFIDENCES).optional(),
  fix: z.boolean().optional(),
  fixDryRun: z.boolean().optional(),
  suppressAll: z.boolean().optional(),
  suppressRule: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  pruneSuppressions: z.boolean().optional(),
  suppressionsLocation: z.string().min(1).optional(),
  baselineRef: z.string().min(1).optional(),
  cache: z.boolean().optional(),
  cacheLocation: z.string().min(1).optional(),
  concurrency: z.string().regex(/^(?:[1-9]\d*|auto|off)$/).optional(),
});

/** Flag spelling and expectation per option, for messages. */
const FLAGS: Record<keyof z.infer<typeof rawLintOptionsSchema>, [string, string]> = {
  format: ['--format', `one of ${FORMAT_NAMES.join(', ')}`],
  outputFile: ['--output-file', 'a file path'],
  sarifOutput: ['--sarif-output', 'a file path'],
  sarifCategory: ['--sarif-category', 'a code scanning category without spaces, e.g. agentvet/billing'],
  project: ['--project', 'a path to a tsconfig.json'],
  config: ['--config', 'a path to an agentvet.config.json'],
  maxWarnings: ['--max-warnings', 'a whole number of warnings, 0 or more (-1: no limit)'],
  rule: ['--rule', '<rule-id>:<off|warn|error>'],
  minConfidence: ['--min-confidence', `one of ${CONFIDENCES.join(', ')}`],
  fix: ['--fix', 'no value'],
  fixDryRun: ['--fix-dry-run', 'no value'],
  suppressAll: ['--suppress-all', 'no value'],
  suppressRule: ['--suppress-rule', 'a rule id (run `agentvet rules` for the list)'],
  pruneSuppressions: ['--prune-suppressions', 'no value'],
  suppressionsLocation: ['--suppressions-location', 'a file path'],
  baselineRef: ['--baseline-ref', 'a git ref (branch, tag or commit)'],
  cache: ['--cache', 'no value'],
  cacheLocation: ['--cache-location', 'a file or folder path'],
  concurrency: ['--concurrency', 'a number of threads (1 or more), auto (one per core) or off'],
};

/** What `--fix` / `--fix-dry-run` asked for. */
export type FixMode = 'off' | 'write' | 'dry-run';

export interface SuppressionOptions {
  /** `--suppress-all` ('all') or the `--suppress-rule` ids. */
  record?: 'all' | string[];
  prune: boolean;
  /** `--suppressions-location`; the working directory's agentvet-suppressions.json when unset. */
  location?: string;
}

export interface LintOptions {
  format: FormatName;
  outputFile?: string;
  /** `--sarif-output`: also write a SARIF log there, whatever `--format` prints. */
  sarifOutput?: string;
  /** `--sarif-category`: code scanning category written into the SARIF run. */
  sarifCategory?: string;
  project?: string;
  config?: string;
  /** Undefined: any number of warnings passes. */
  maxWarnings?: number;
  /** Raw `--rule` flags, parsed against the catalogue later. */
  rules: string[];
  minConfidence?: Confidence;
  fix: FixMode;
  suppressions: SuppressionOptions;
  baselineRef?: string;
  /** `--cache` (with `--cache-location`, a file or a folder): re-use the results of unchanged files. */
  cache?: { location?: string };
  /** `--concurrency`: threads analysing files (one when unset). */
  concurrency?: number | 'auto' | 'off';
}

/** Pairs of flags that contradict each other: [flag, flag, why]. */
function checkCombinations(data: z.infer<typeof rawLintOptionsSchema>): void {
  const given = (flag: keyof typeof FLAGS) => {
    const value = data[flag];
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false;
  };
  const clashes: Array<[keyof typeof FLAGS, keyof typeof FLAGS, string]> = [
    ['fix', 'fixDryRun', 'choose one'],
    ['suppressAll', 'suppressRule', '--suppress-all already records every rule'],
    ['suppressAll', 'baselineRef', 'record suppressions in a run without a baseline'],
    ['suppressRule', 'baselineRef', 'record suppressions in a run without a baseline'],
    ['fixDryRun', 'suppressAll', '--fix-dry-run writes nothing; use --fix to fix before recording'],
    ['fixDryRun', 'suppressRule', '--fix-dry-run writes nothing; use --fix to fix before recording'],
    ['fixDryRun', 'pruneSuppressions', '--fix-dry-run writes nothing; use --fix'],
  ];
  for (const [a, b, why] of clashes) {
    if (given(a) && given(b)) throw new UsageError(`${FLAGS[a][0]} and ${FLAGS[b][0]} cannot be used together (${why})`);
  }
}

export function parseLintOptions(raw: unknown): LintOptions {
  const parsed = rawLintOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0] as keyof typeof FLAGS;
    const [flag, expected] = FLAGS[key] ?? [String(key), issue.message];
    const rawValue = (raw as Record<string, unknown>)[key];
    const value = Array.isArray(rawValue) && typeof issue.path[1] === 'number' ? rawValue[issue.path[1]] : rawValue;
    throw new UsageError(`${flag} ${JSON.stringify(value)}: expected ${expected}`);
  }
  checkCombinations(parsed.data);
  const { maxWarnings, rule, fix, fixDryRun, suppressAll, suppressRule, pruneSuppressions, suppressionsLocation, baselineRef, sarifOutput, sarifCategory, cache, cacheLocation, concurrency, ...rest } = parsed.data;
  const options: LintOptions = {
    ...rest,
    rules: rule,
    maxWarnings: maxWarnings === undefined || maxWarnings === '-1' ? undefined : Number(maxWarnings),
    fix: fix ? 'write' : fixDryRun ? 'dry-run' : 'off',
    suppressions: {
      ...(suppressAll ? { record: 'all' as const } : suppressRule?.length ? { record: suppressRule } : {}),
      prune: pruneSuppressions ?? false,
      ...(suppressionsLocation ? { location: suppressionsLocation } : {}),
    },
  };
  if (baselineRef) options.baselineRef = baselineRef;
  // As in ESLint, --cache-location alone does not turn the cache on.
  if (cache) options.cache = cacheLocation ? { location: cacheLocation } : {};
  if (concurrency) options.concurrency = concurrency === 'off' || concurrency === 'auto' ? concurrency : Number(concurrency);
  if (sarifOutput) options.sarifOutput = sarifOutput;
  if (sarifCategory) options.sarifCategory = sarifCategory;
  return options;
}

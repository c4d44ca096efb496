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
  project: z.string().min(1).optional(),
  config: z.string().min(1).optional(),
  // -1 means no limit, as in ESLint, so scripts written for ESLint keep working.
  maxWarnings: z.string().regex(/^(-1|\d+)$/).optional(),
  rule: z.array(z.string()).default([]),
  minConfidence: z.enum(CONFIDENCES).optional(),
});

/** Flag spelling and expectation per option, for messages. */
const FLAGS: Record<keyof z.infer<typeof rawLintOptionsSchema>, [string, string]> = {
  format: ['--format', `one of ${FORMAT_NAMES.join(', ')}`],
  outputFile: ['--output-file', 'a file path'],
  project: ['--project', 'a path to a tsconfig.json'],
  config: ['--config', 'a path to an agentvet.config.json'],
  maxWarnings: ['--max-warnings', 'a whole number of warnings, 0 or more (-1: no limit)'],
  rule: ['--rule', '<rule-id>:<off|warn|error>'],
  minConfidence: ['--min-confidence', `one of ${CONFIDENCES.join(', ')}`],
};

export interface LintOptions {
  format: FormatName;
  outputFile?: string;
  project?: string;
  config?: string;
  /** Undefined: any number of warnings passes. */
  maxWarnings?: number;
  /** Raw `--rule` flags, parsed against the catalogue later. */
  rules: string[];
  minConfidence?: Confidence;
}

export function parseLintOptions(raw: unknown): LintOptions {
  const parsed = rawLintOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0] as keyof typeof FLAGS;
    const [flag, expected] = FLAGS[key] ?? [String(key), issue.message];
    const value = (raw as Record<string, unknown>)[key];
    throw new UsageError(`${flag} ${JSON.stringify(value)}: expected ${expected}`);
  }
  const { maxWarnings, rule, ...rest } = parsed.data;
  return { ...rest, rules: rule, maxWarnings: maxWarnings === undefined || maxWarnings === '-1' ? undefined : Number(maxWarnings) };
}

// agentvet.config.json: its zod schema, loading with errors that name the key and the bad value,
// and merging with `recommended` and command-line overrides into the settings rules read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './config-error.js';
import type { Confidence, Severity, SeveritySetting } from './types.js';

export const CONFIG_FILE_NAME = 'agentvet.config.json';

const severitySchema = z.enum(['off', 'warn', 'error']);

export const ruleOptionsSchema = z
  .object({
    /** Extra functions (by name or `module:export`) that perform a mutating side effect. */
    sideEffectFunctions: z.array(z.string().min(1)).optional(),
    /** Extra option/header names that carry an idempotency key. */
    idempotencyKeyNames: z.array(z.string().min(1)).optional(),
    /** Extra option names that set a deadline (like `timeout`). */
    timeoutOptionNames: z.array(z.string().min(1)).optional(),
    /**
     * The deadline (ms) `--fix` may add where no signal is in scope. Unset, adding one stays an editor
     * suggestion: an invented timeout can cut off a long model stream.
     */
    fixTimeoutMs: z.number().int().positive().optional(),
  })
  .strict();

export type RuleOptions = z.infer<typeof ruleOptionsSchema>;

const ruleEntrySchema = z.union([
  severitySchema,
  z.tuple([severitySchema]),
  z.tuple([severitySchema, ruleOptionsSchema]),
]);

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    extends: z.literal('recommended').optional(),
    rules: z.record(z.string(), ruleEntrySchema).optional(),
    /** Globs (relative to the config file) of files never analysed. */
    ignores: z.array(z.string().min(1)).optional(),
    /** Options every rule sees, merged under each rule's own options. */
    settings: ruleOptionsSchema.optional(),
    /** Findings below this confidence are not shown (default `medium`: `low` ones are hidden). */
    minConfidence: z.enum(['low', 'medium', 'high']).optional(),
    /** Also analyse test files (*.test.*, *.spec.*, __tests__/, __mocks__/, *.stories.*, test/ and tests/ folders), skipped by default. */
    includeTests: z.boolean().optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;

export { ConfigError };

export interface ResolvedRuleSetting {
  severity: SeveritySetting;
  options: RuleOptions;
}

export interface ResolvedConfig {
  /** Directory globs in `ignores` are relative to. */
  baseDir: string;
  /** Path of the config file read, if any. */
  path?: string;
  rules: Map<string, ResolvedRuleSetting>;
  ignores: string[];
  minConfidence: Confidence;
  includeTests: boolean;
}

/** Walks up from `startDir` to find agentvet.config.json. */
export function findConfigFile(startDir: string): string | undefined {
  return findUp(startDir, CONFIG_FILE_NAME);
}

/** The nearest `name` in `start` or a folder above it. */
export function findUp(start: string, name: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Parses and validates config text; `where` names the file in messages. */
export function parseConfig(text: string, where: string, knownRules: ReadonlySet<string>): ConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String).join('.');
    const keys = issue.code === 'unrecognized_keys' ? ` (unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')})` : '';
    const shown = issue.code === 'unrecognized_keys' ? '' : `; got ${describeValue(valueAt(raw, issue.path))}`;
    throw new ConfigError(`${where}: ${path || '(root)'}: ${issue.message}${keys}${shown}`);
  }
  for (const ruleId of Object.keys(parsed.data.rules ?? {})) {
    if (!knownRules.has(ruleId)) {
      throw new ConfigError(`${where}: rules.${ruleId}: unknown rule "${ruleId}" (run \`agentvet rules\` for the list)`);
    }
  }
  return parsed.data;
}

/** Parses `--rule id:severity`. */
export function parseRuleFlag(flag: string, knownRules: ReadonlySet<string>): [string, SeveritySetting] {
  const match = /^([a-z0-9-]+):(off|warn|error)$/.exec(flag);
  if (!match) throw new ConfigError(`--rule ${flag}: expected <rule-id>:<off|warn|error>, e.g. --rule missing-deadline:warn`);
  const [, id, severity] = match;
  if (!knownRules.has(id!)) throw new ConfigError(`--rule ${flag}: unknown rule "${id}" (run \`agentvet rules\` for the list)`);
  return [id!, severity as SeveritySetting];
}

export interface RuleDefaults {
  id: string;
  defaultSeverity: SeveritySetting;
}

/**
 * Merges recommended defaults, the config file and `--rule` overrides.
 * A config that does not say `extends: "recommended"` still starts from it: the config only overrides.
 */
export function resolveConfig(
  rules: ReadonlyArray<RuleDefaults>,
  file: ConfigFile | undefined,
  baseDir: string,
  overrides: ReadonlyArray<[string, SeveritySetting]> = [],
  path?: string,
): ResolvedConfig {
  const shared = file?.settings ?? {};
  const resolved = new Map<string, ResolvedRuleSetting>();
  for (const rule of rules) {
    const entry = file?.rules?.[rule.id];
    let severity = rule.defaultSeverity;
    let options: RuleOptions = {};
    if (typeof entry === 'string') severity = entry;
    else if (Array.isArray(entry)) {
      severity = entry[0];
      options = entry[1] ?? {};
    }
    resolved.set(rule.id, { severity, options: mergeOptions(shared, options) });
  }
  for (const [id, severity] of overrides) {
    const current = resolved.get(id);
    if (current) current.severity = severity;
  }
  return { baseDir, path, rules: resolved, ignores: file?.ignores ?? [], minConfidence: file?.minConfidence ?? 'medium', includeTests: file?.includeTests ?? false };
}

function mergeOptions(a: RuleOptions, b: RuleOptions): RuleOptions {
  const merged: RuleOptions = {};
  for (const key of ['sideEffectFunctions', 'idempotencyKeyNames', 'timeoutOptionNames'] as const) {
    const values = [...(a[key] ?? []), ...(b[key] ?? [])];
    if (values.length) merged[key] = values;
  }
  const fixTimeoutMs = b.fixTimeoutMs ?? a.fixTimeoutMs;
  if (fixTimeoutMs !== undefined) merged.fixTimeoutMs = fixTimeoutMs;
  return merged;
}

/** Finds, reads and validates the config for a run; `explicitPath` comes from `--config`. */
export function loadConfig(
  cwd: string,
  rules: ReadonlyArray<RuleDefaults>,
  overrides: ReadonlyArray<[string, SeveritySetting]> = [],
  explicitPath?: string,
): ResolvedConfig {
  const known = new Set(rules.map((r) => r.id));
  const path = explicitPath ? resolve(cwd, explicitPath) : findConfigFile(cwd);
  if (explicitPath && !existsSync(path!)) throw new ConfigError(`--config ${explicitPath}: no such file`);
  if (!path) return resolveConfig(rules, undefined, cwd, overrides);
  const file = parseConfig(readFileSync(path, 'utf8'), path, known);
  return resolveConfig(rules, file, dirname(path), overrides, path);
}

export function effectiveSeverity(setting: SeveritySetting, lower: boolean): Severity | undefined {
  if (setting === 'off') return undefined;
  if (lower && setting === 'error') return 'warn';
  return setting;
}

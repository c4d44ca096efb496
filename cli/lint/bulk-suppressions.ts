// Bulk suppressions (ESLint's model): findings recorded per file and rule in the suppressions file are
// not reported while their count does not grow. When a file gains findings of a rule, the new ones
// are told apart by their line text; when that cannot be done reliably (a recorded line changed or
// went in the same edit) every finding of that rule in that file is reported, as ESLint does.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { AnalysisResult, Finding } from '../../rules/engine/types.js';
import { normalizeLineText } from '../format/sarif-fingerprint.js';
import { lineLookup, type LineLookup } from '../format/source-lines.js';
import type { SuppressionEntry, Suppressions } from './suppressions-file.js';

export interface SuppressionRequest {
  /** `--suppress-all` ('all') or the `--suppress-rule` ids: record the current findings of these rules. */
  record?: 'all' | ReadonlySet<string>;
  /** `--prune-suppressions`: lower or drop entries that suppress more than they find. */
  prune: boolean;
}

/** An entry that suppresses more findings than there are. */
export interface StaleSuppression {
  file: string;
  ruleId: string;
  recorded: number;
  found: number;
}

export interface SuppressionOutcome {
  /** The result with suppressed findings removed. */
  result: AnalysisResult;
  suppressedCount: number;
  stale: StaleSuppression[];
  /** The suppressions as they should now be stored: set when the file must be written. */
  updated?: Suppressions;
}

/** Hash of a line's normalised text: the identity a suppressed finding keeps while lines move. */
export function lineHash(text: string): string {
  return createHash('sha256').update(normalizeLineText(text)).digest('hex').slice(0, 16);
}

/** The suppressions file's key for a file: relative to the file's folder, `/` separators. */
export const suppressionKey = (file: string, baseDir: string) => relative(baseDir, file).split(sep).join('/');

function entryFor(findings: ReadonlyArray<Finding>, hashOf: (finding: Finding) => string): SuppressionEntry {
  const lines: Record<string, number> = {};
  for (const finding of findings) {
    const hash = hashOf(finding);
    lines[hash] = (lines[hash] ?? 0) + 1;
  }
  return { count: findings.length, lines };
}

function sameEntry(a: SuppressionEntry, b: SuppressionEntry): boolean {
  const linesA = Object.entries(a.lines ?? {});
  return a.count === b.count && linesA.length === Object.keys(b.lines ?? {}).length && linesA.every(([hash, n]) => b.lines?.[hash] === n);
}

/** Of more findings than recorded, the ones on lines the entry does not account for; all of them when unsure. */
function findingsBeyond(entry: SuppressionEntry, found: ReadonlyArray<Finding>, hashOf: (finding: Finding) => string): Finding[] {
  if (!entry.lines) return [...found];
  const perLine = new Map<string, number>();
  for (const finding of found) perLine.set(hashOf(finding), (perLine.get(hashOf(finding)) ?? 0) + 1);
  for (const [hash, recorded] of Object.entries(entry.lines)) {
    // A recorded line that lost findings means an old finding moved to new text: which one is new is unknowable.
    if ((perLine.get(hash) ?? 0) < recorded) return [...found];
  }
  // Lines identical to a recorded one cannot be told apart either: every finding on a grown line text is shown.
  return found.filter((finding) => perLine.get(hashOf(finding))! > (entry.lines![hashOf(finding)] ?? 0));
}

export function applyBulkSuppressions(
  result: AnalysisResult,
  stored: Suppressions,
  baseDir: string,
  request: SuppressionRequest,
  readSource: (file: string) => string | undefined,
): SuppressionOutcome {
  const lineText: LineLookup = lineLookup(readSource);
  const hashOf = (finding: Finding) => lineHash(lineText(finding.range.file, finding.range.line) ?? finding.message);
  // One key per file, not per finding (path.relative for each of 60,000 findings of one file was a visible cost).
  const keys = new Map<string, string>();
  const keyOf = (file: string) => {
    let key = keys.get(file);
    if (key === undefined) keys.set(file, (key = suppressionKey(file, baseDir)));
    return key;
  };
  const found = new Map<string, Map<string, Finding[]>>();
  for (const finding of result.findings) {
    const key = keyOf(finding.range.file);
    let rules = found.get(key);
    if (!rules) found.set(key, (rules = new Map<string, Finding[]>()));
    // Appended in place: copying the list for every finding was quadratic (a file with 60,000 findings took minutes).
    const list = rules.get(finding.ruleId);
    if (list) list.push(finding);
    else rules.set(finding.ruleId, [finding]);
  }
  const linted = new Set(result.files.map((file) => suppressionKey(file, baseDir)));
  const next: Suppressions = {};
  let changed = false;
  for (const [file, rules] of Object.entries(stored)) {
    // A file that is gone takes its suppressions with it: never "unused", dropped whenever the file is written.
    if (existsSync(resolve(baseDir, file))) next[file] = { ...rules };
    else changed = true;
  }

  if (request.record) {
    changed = true;
    for (const file of linted) {
      const rules = { ...(next[file] ?? {}) };
      const ruleIds = request.record === 'all' ? new Set([...Object.keys(rules), ...(found.get(file)?.keys() ?? [])]) : request.record;
      for (const ruleId of ruleIds) {
        const findings = found.get(file)?.get(ruleId) ?? [];
        if (findings.length) rules[ruleId] = entryFor(findings, hashOf);
        else delete rules[ruleId];
      }
      if (Object.keys(rules).length) next[file] = rules;
      else delete next[file];
    }
  }

  const stale: StaleSuppression[] = [];
  let suppressedCount = 0;
  const outside = result.findings.filter((finding) => !linted.has(keyOf(finding.range.file)));
  const kept: Finding[] = outside;
  for (const file of linted) {
    const entries = next[file] ?? {};
    const ruleIds = new Set([...Object.keys(entries), ...(found.get(file)?.keys() ?? [])]);
    for (const ruleId of ruleIds) {
      const findings = found.get(file)?.get(ruleId) ?? [];
      const entry = entries[ruleId];
      if (!entry) {
        for (const finding of findings) kept.push(finding);
        continue;
      }
      if (findings.length <= entry.count) {
        suppressedCount += findings.length;
        if (findings.length < entry.count) stale.push({ file, ruleId, recorded: entry.count, found: findings.length });
        continue;
      }
      const beyond = findingsBeyond(entry, findings, hashOf);
      for (const finding of beyond) kept.push(finding);
      suppressedCount += findings.length - beyond.length;
    }
  }

  if (request.prune) {
    // Stale entries shrink to what is found; entries that still match every finding get today's line
    // texts, so an edited line does not stop the next new finding from being told apart.
    for (const file of linted) {
      const rules = { ...(next[file] ?? {}) };
      for (const [ruleId, entry] of Object.entries(rules)) {
        const findings = found.get(file)?.get(ruleId) ?? [];
        if (findings.length > entry.count) continue;
        const refreshed = findings.length ? entryFor(findings, hashOf) : undefined;
        if (refreshed && sameEntry(refreshed, entry)) continue;
        changed = true;
        if (refreshed) rules[ruleId] = refreshed;
        else delete rules[ruleId];
      }
      if (Object.keys(rules).length) next[file] = rules;
      else delete next[file];
    }
  }
  const order = new Map(result.findings.map((finding, index) => [finding, index]));
  kept.sort((a, b) => order.get(a)! - order.get(b)!);
  return {
    result: { ...result, findings: kept },
    suppressedCount,
    stale: request.prune ? [] : stale.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId.localeCompare(b.ruleId))),
    updated: changed && (request.record || request.prune) ? next : undefined,
  };
}

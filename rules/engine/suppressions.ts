// Inline suppressions: `// agentvet-disable-next-line <rule>[, <rule>] -- <reason>` and
// `// agentvet-disable-line <rule> -- <reason>`. A suppression without a reason, or one that suppresses
// nothing, is itself reported, so suppressions stay honest.
import type { SourceFile } from 'ts-morph';
import type { Finding, SourceRange } from './types.js';
import { lineAndColumnAt } from './line-index.js';

export const INVALID_SUPPRESSION = 'invalid-suppression';
export const UNUSED_SUPPRESSION = 'unused-suppression';

interface Suppression {
  /** 1-based line the suppression applies to. */
  targetLine: number;
  rules: string[];
  reason: string;
  range: SourceRange;
  used: boolean;
}

const directive = /\/\/\s*agentvet-disable-(next-line|line)\b([^\n]*)/g;

function parseSuppressions(file: SourceFile): Suppression[] {
  const text = file.getFullText();
  const out: Suppression[] = [];
  for (const match of text.matchAll(directive)) {
    const start = match.index!;
    const { line, column } = lineAndColumnAt(file, start);
    const [rulesPart = '', ...reasonParts] = match[2]!.split('--');
    const rules = rulesPart.split(',').map((r) => r.trim()).filter(Boolean);
    out.push({
      targetLine: match[1] === 'next-line' ? line + 1 : line,
      rules,
      reason: reasonParts.join('--').trim(),
      range: { file: file.getFilePath(), line, column, endLine: line, endColumn: column + match[0].length },
      used: false,
    });
  }
  return out;
}

/**
 * Drops suppressed findings of one file and adds findings for suppressions without a reason and
 * (for rules that ran) suppressions that matched nothing.
 */
export function applySuppressions(
  file: SourceFile,
  findings: Finding[],
  activeRules: ReadonlySet<string>,
  docsBase: string,
): Finding[] {
  const suppressions = parseSuppressions(file);
  if (suppressions.length === 0) return findings;
  const kept = findings.filter((finding) => {
    const hit = suppressions.find(
      (s) => s.targetLine === finding.range.line && (s.rules.length === 0 || s.rules.includes(finding.ruleId)),
    );
    if (hit) hit.used = true;
    return !hit;
  });
  for (const s of suppressions) {
    const base = { severity: 'warn' as const, confidence: 'high' as const, range: s.range, relatedLocations: [], suggestions: [] };
    if (!s.reason) {
      kept.push({
        ...base,
        ruleId: INVALID_SUPPRESSION,
        message: `Suppression without a reason: write why after " -- ", e.g. // agentvet-disable-next-line ${s.rules[0] ?? '<rule>'} -- <reason>.`,
        docsUrl: `${docsBase}/suppressions.md`,
      });
    }
    const unknown = s.rules.filter((rule) => !activeRules.has(rule) && !/^[a-z-]+$/.test(rule));
    const ran = s.rules.length === 0 || s.rules.some((rule) => activeRules.has(rule));
    if (!s.used && ran && unknown.length === 0) {
      kept.push({
        ...base,
        ruleId: UNUSED_SUPPRESSION,
        message: `Unused suppression: no ${s.rules.join(', ') || 'agentvet'} finding on line ${s.targetLine}; remove it.`,
        docsUrl: `${docsBase}/suppressions.md`,
      });
    }
  }
  return kept;
}

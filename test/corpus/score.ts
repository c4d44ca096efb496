// Scoring findings against labels: a finding matches a `finding` label of the same rule and file
// within ±1 line, each label at most once (nearest line first); the rest are false positives and
// misses. Pure, so the matching itself is under test.
import type { CoreRule, Split } from './labels-schema.js';

export interface ExpectedFinding {
  repo: string;
  path: string;
  line: number;
  rule: CoreRule;
  split: Split;
  note: string;
}

export interface ReportedFinding {
  repo: string;
  path: string;
  line: number;
  rule: string;
  split: Split;
  message: string;
}

export interface Match {
  expected: ExpectedFinding;
  reported: ReportedFinding;
}

export interface Scored {
  matched: Match[];
  missed: ExpectedFinding[];
  falsePositives: ReportedFinding[];
}

export const LINE_TOLERANCE = 1;

export function score(expected: ExpectedFinding[], reported: ReportedFinding[]): Scored {
  const matched: Match[] = [];
  const open = new Set(expected);
  const falsePositives: ReportedFinding[] = [];
  // Exact lines first, so a neighbour's finding cannot take a label its own finding needs.
  const ordered = [...reported].sort((a, b) => distanceToNearest(a, expected) - distanceToNearest(b, expected));
  for (const finding of ordered) {
    let best: ExpectedFinding | undefined;
    for (const label of open) {
      if (label.repo !== finding.repo || label.path !== finding.path || label.rule !== finding.rule) continue;
      const distance = Math.abs(label.line - finding.line);
      if (distance > LINE_TOLERANCE) continue;
      if (!best || distance < Math.abs(best.line - finding.line)) best = label;
    }
    if (best) {
      open.delete(best);
      matched.push({ expected: best, reported: finding });
    } else {
      falsePositives.push(finding);
    }
  }
  return { matched, missed: [...open], falsePositives };
}

function distanceToNearest(finding: ReportedFinding, expected: ExpectedFinding[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const label of expected) {
    if (label.repo === finding.repo && label.path === finding.path && label.rule === finding.rule) best = Math.min(best, Math.abs(label.line - finding.line));
  }
  return best;
}

export interface RuleScore {
  rule: string;
  expected: number;
  reported: number;
  matched: number;
  precision: number | undefined;
  recall: number | undefined;
}

/** Precision and recall per rule, and over all rules, for the findings of one split (or all). */
export function scoreTable(scored: Scored, rules: readonly string[]): RuleScore[] {
  const row = (rule: string | undefined): RuleScore => {
    const keep = <T extends { rule: string }>(x: T) => rule === undefined || x.rule === rule;
    const matched = scored.matched.filter((m) => keep(m.expected)).length;
    const expected = matched + scored.missed.filter(keep).length;
    const reported = matched + scored.falsePositives.filter(keep).length;
    return {
      rule: rule ?? 'all',
      expected,
      reported,
      matched,
      precision: reported ? matched / reported : undefined,
      recall: expected ? matched / expected : undefined,
    };
  };
  return [...rules.map(row), row(undefined)];
}

/** The part of a scored run that belongs to one split. */
export function onlySplit(scored: Scored, split: Split): Scored {
  return {
    matched: scored.matched.filter((m) => m.expected.split === split),
    missed: scored.missed.filter((e) => e.split === split),
    falsePositives: scored.falsePositives.filter((f) => f.split === split),
  };
}

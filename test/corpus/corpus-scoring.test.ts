// The corpus's scoring and label files: matching within ±1 line, one finding per label, splits kept
// apart, and every committed label file valid (a bad one names its file and field).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { internalErrorReport, internalErrorsOf } from './internal-errors.js';
import { LabelsError, readLabels } from './labels-schema.js';
import { onlySplit, score, scoreTable, type ExpectedFinding, type ReportedFinding } from './score.js';

const expected = (line: number, rule: ExpectedFinding['rule'] = 'missing-deadline', split: ExpectedFinding['split'] = 'dev'): ExpectedFinding => ({
  repo: 'o/r',
  path: 'a.ts',
  line,
  rule,
  split,
  note: '',
});
const reported = (line: number, rule = 'missing-deadline', split: ReportedFinding['split'] = 'dev', path = 'a.ts'): ReportedFinding => ({
  repo: 'o/r',
  path,
  line,
  rule,
  split,
  message: '',
});

describe('score', () => {
  it('matches a finding within one line of its label, of the same rule and file', () => {
    const s = score([expected(10), expected(20, 'non-idempotent-tool')], [reported(11), reported(20, 'missing-deadline'), reported(10, 'missing-deadline', 'dev', 'b.ts')]);
    expect(s.matched.map((m) => m.reported.line)).toEqual([11]);
    expect(s.missed.map((m) => m.line)).toEqual([20]);
    expect(s.falsePositives.map((f) => `${f.path}:${f.line}`).sort()).toEqual(['a.ts:20', 'b.ts:10']);
  });

  it('gives each label to one finding, exact lines first', () => {
    // Labels at 10 and 11; findings at 11 and 12: 11 takes its own label, 12 falls back to none within reach of 10.
    const s = score([expected(10), expected(11)], [reported(12), reported(11)]);
    expect(s.matched.map((m) => [m.expected.line, m.reported.line]).sort()).toEqual([[11, 11]]);
    expect(s.missed.map((m) => m.line)).toEqual([10]);
    expect(s.falsePositives.map((f) => f.line)).toEqual([12]);
  });

  it('reports precision and recall per rule and split', () => {
    const s = score([expected(1), expected(5), expected(9, 'missing-deadline', 'heldout')], [reported(1), reported(30), reported(9, 'missing-deadline', 'heldout')]);
    const [all] = scoreTable(s, ['missing-deadline']);
    expect(all).toMatchObject({ expected: 3, reported: 3, matched: 2 });
    expect(all!.precision).toBeCloseTo(2 / 3);
    const [dev] = scoreTable(onlySplit(s, 'dev'), ['missing-deadline']);
    expect(dev).toMatchObject({ expected: 2, reported: 2, matched: 1, precision: 0.5, recall: 0.5 });
    const [, , total] = scoreTable(s, ['missing-deadline', 'unkeyed-retry']);
    expect(total).toMatchObject({ rule: 'all', expected: 3 });
    expect(scoreTable(s, ['unkeyed-retry'])[0]).toMatchObject({ precision: undefined, recall: undefined });
  });
});

describe('label files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agentvet-labels-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('every committed label file is valid', () => {
    expect(() => readLabels(join(import.meta.dirname, 'labels'))).not.toThrow();
  });

  it('names the file and the field of a bad label', () => {
    writeFileSync(
      join(folder, 'o+r.json'),
      JSON.stringify({ repo: 'o/r', commit: 'a'.repeat(40), files: [{ path: 'x.ts', split: 'dev', labelledBy: 'pass-1', labels: [{ line: 3, rule: 'no-such-rule', verdict: 'finding', note: '' }] }] }),
    );
    expect(() => readLabels(folder)).toThrow(LabelsError);
    expect(() => readLabels(folder)).toThrow(/o\+r\.json: files\.0\.labels\.0\.rule/);
  });
});

describe('internal errors', () => {
  // As the JSON formatter writes the engine's diagnostic for a rule that threw (fatal, no rule id).
  const messages = [
    { ruleId: null, fatal: true, message: "internal error in rule missing-deadline: Cannot read properties of undefined (reading 'kind')" },
    { ruleId: null, fatal: true, message: 'Parsing error: Unexpected token' },
    { ruleId: 'missing-deadline', message: 'internal error in rule x: not a diagnostic, a finding message' },
  ];

  it('reads the rule and message of each internal error, and nothing else', () => {
    const errors = internalErrorsOf({ repo: 'o/r', path: 'src/a.ts', split: 'dev' }, messages);
    expect(errors).toEqual([{ repo: 'o/r', path: 'src/a.ts', split: 'dev', rule: 'missing-deadline', message: "Cannot read properties of undefined (reading 'kind')" }]);
  });

  it('counts them per split and prints each; a held-out file is named only when that split was asked for', () => {
    const errors = [
      ...internalErrorsOf({ repo: 'o/r', path: 'src/a.ts', split: 'dev' }, messages),
      ...internalErrorsOf({ repo: 'o/h', path: 'src/h.ts', split: 'heldout' }, [{ ruleId: null, message: 'internal error in rule unkeyed-retry: boom' }]),
    ];
    const report = internalErrorReport(errors, false);
    expect(report[0]).toBe('internal errors: 2 (dev 1, heldout 1)');
    expect(report).toContain("  missing-deadline  o/r src/a.ts [dev]  — Cannot read properties of undefined (reading 'kind')");
    expect(report).toContain('  unkeyed-retry  (a held-out file)  — boom');
    expect(internalErrorReport(errors, true)).toContain('  unkeyed-retry  o/h src/h.ts [heldout]  — boom');
    expect(internalErrorReport([], false)).toEqual(['internal errors: 0 (dev 0, heldout 0)']);
  });
});

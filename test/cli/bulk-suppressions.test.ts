// The bulk suppressions model on hand-built results: counts per file and rule, new findings told apart
// by line text (or all reported when that is unsure), stale entries, pruning, deleted files, and the
// file format (sorted output, clear errors for a bad file).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBulkSuppressions, lineHash, type SuppressionRequest } from '../../cli/lint/bulk-suppressions.js';
import { readSuppressions, serializeSuppressions, type Suppressions } from '../../cli/lint/suppressions-file.js';
import { UsageError } from '../../cli/usage-error.js';
import type { AnalysisResult, Finding } from '../../rules/engine/types.js';

const dir = mkdtempSync(join(tmpdir(), 'agentvet-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'src'));
const FILE = join(dir, 'src/billing.ts');
const OTHER = join(dir, 'src/other.ts');
writeFileSync(FILE, '');
writeFileSync(OTHER, '');

/** Source lines of billing.ts by line number; findings point at them. */
let lines: string[] = [];
const readSource = (file: string) => (file === FILE ? lines.join('\n') : undefined);

function finding(line: number, ruleId = 'missing-deadline', file = FILE): Finding {
  return {
    ruleId,
    severity: 'error',
    confidence: 'high',
    message: `finding on line ${line}`,
    range: { file, line, column: 3, endLine: line, endColumn: 9 },
    relatedLocations: [],
    docsUrl: '',
    suggestions: [],
  };
}

const result = (findings: Finding[], files = [FILE, OTHER]): AnalysisResult => ({
  findings,
  parseDiagnostics: [],
  files,
  stats: { filesInProject: files.length, filesAnalysed: files.length, typesAvailable: false, durationMs: 1 },
});

const APPLY: SuppressionRequest = { prune: false };
const apply = (stored: Suppressions, findings: Finding[], request = APPLY) => applyBulkSuppressions(result(findings), stored, dir, request, readSource);
const reportedLines = (outcome: ReturnType<typeof apply>) => outcome.result.findings.map((f) => f.range.line);

describe('recording and applying', () => {
  lines = ['await fetch(a);', 'await fetch(b);', 'const x = 1;'];

  it('--suppress-all records a count and the line texts per file and rule, and then nothing is reported', () => {
    lines = ['await fetch(a);', 'await fetch(b);', 'const x = 1;'];
    const recorded = apply({}, [finding(1), finding(2)], { record: 'all', prune: false });
    expect(recorded.updated).toEqual({
      'src/billing.ts': { 'missing-deadline': { count: 2, lines: { [lineHash('await fetch(a);')]: 1, [lineHash('await fetch(b);')]: 1 } } },
    });
    expect(recorded.result.findings).toEqual([]);
    const again = apply(recorded.updated!, [finding(1), finding(2)]);
    expect(again).toMatchObject({ suppressedCount: 2, stale: [], updated: undefined });
    expect(again.result.findings).toEqual([]);
  });

  it('lines that move (inserted lines above, re-indentation) keep their findings suppressed', () => {
    lines = ['await fetch(a);', 'await fetch(b);'];
    const stored = apply({}, [finding(1), finding(2)], { record: 'all', prune: false }).updated!;
    lines = ['// new comment', '', '    await   fetch(a);', 'await fetch(b);'];
    expect(reportedLines(apply(stored, [finding(3), finding(4)]))).toEqual([]);
  });

  it('a new finding on a new line is the one reported, not the recorded ones', () => {
    lines = ['await fetch(a);', 'await fetch(b);'];
    const stored = apply({}, [finding(1), finding(2)], { record: 'all', prune: false }).updated!;
    lines = ['await fetch(a);', 'await fetch(c);', 'await fetch(b);'];
    const outcome = apply(stored, [finding(1), finding(2), finding(3)]);
    expect(reportedLines(outcome)).toEqual([2]);
    expect(outcome.suppressedCount).toBe(2);
  });

  it('a new finding on a line identical to a recorded one reports every finding on that text (which one is new is unknowable)', () => {
    lines = ['await fetch(a);', 'await fetch(b);'];
    const stored = apply({}, [finding(1), finding(2)], { record: 'all', prune: false }).updated!;
    lines = ['await fetch(a);', 'await fetch(a);', 'await fetch(b);'];
    expect(reportedLines(apply(stored, [finding(1), finding(2), finding(3)]))).toEqual([1, 2]);
  });

  it('when a recorded line also changed, it reports every finding of that rule in that file, as ESLint does', () => {
    lines = ['await fetch(a);', 'await fetch(b);'];
    const stored = apply({}, [finding(1), finding(2)], { record: 'all', prune: false }).updated!;
    lines = ['await fetch(a2);', 'await fetch(c);', 'await fetch(b);'];
    expect(reportedLines(apply(stored, [finding(1), finding(2), finding(3)]))).toEqual([1, 2, 3]);
  });

  it('an entry with only a count (ESLint\'s shape) reports every finding once the count is exceeded', () => {
    lines = ['await fetch(a);', 'await fetch(b);'];
    expect(reportedLines(apply({ 'src/billing.ts': { 'missing-deadline': { count: 1 } } }, [finding(1), finding(2)]))).toEqual([1, 2]);
  });

  it('suppressions are per rule: another rule in the same file is reported', () => {
    lines = ['await fetch(a);', 'await fetch(b);'];
    const stored = apply({}, [finding(1)], { record: 'all', prune: false }).updated!;
    expect(apply(stored, [finding(1), finding(2, 'unkeyed-retry')]).result.findings.map((f) => f.ruleId)).toEqual(['unkeyed-retry']);
  });

  it('--suppress-rule records only the named rules and keeps the other entries', () => {
    lines = ['await fetch(a);', 'await fetch(b);'];
    const stored: Suppressions = { 'src/other.ts': { 'unkeyed-retry': { count: 1 } } };
    const outcome = apply(stored, [finding(1), finding(2, 'unkeyed-retry')], { record: new Set(['missing-deadline']), prune: false });
    expect(Object.keys(outcome.updated!['src/billing.ts']!)).toEqual(['missing-deadline']);
    expect(outcome.updated!['src/other.ts']).toEqual({ 'unkeyed-retry': { count: 1 } });
    expect(outcome.result.findings.map((f) => f.ruleId)).toEqual(['unkeyed-retry']);
  });
});

describe('stale entries, pruning and deleted files', () => {
  it('an entry that suppresses more than is found is stale; --prune-suppressions shrinks it and refreshes the line texts', () => {
    lines = ['await fetch(a);', 'await fetch(b);'];
    const stored = apply({}, [finding(1), finding(2)], { record: 'all', prune: false }).updated!;
    lines = ['await fetch(a);', 'const fixed = 1;'];
    const outcome = apply(stored, [finding(1)]);
    expect(outcome.stale).toEqual([{ file: 'src/billing.ts', ruleId: 'missing-deadline', recorded: 2, found: 1 }]);
    expect(outcome.updated).toBeUndefined();
    const pruned = apply(stored, [finding(1)], { prune: true });
    expect(pruned.stale).toEqual([]);
    expect(pruned.updated).toEqual({ 'src/billing.ts': { 'missing-deadline': { count: 1, lines: { [lineHash('await fetch(a);')]: 1 } } } });
  });

  it('an entry whose findings are all gone is stale, and pruning drops it and its file', () => {
    lines = ['await fetch(a);'];
    const stored = apply({}, [finding(1)], { record: 'all', prune: false }).updated!;
    expect(apply(stored, []).stale).toEqual([{ file: 'src/billing.ts', ruleId: 'missing-deadline', recorded: 1, found: 0 }]);
    expect(apply(stored, [], { prune: true }).updated).toEqual({});
  });

  it('entries of files outside this run are neither applied nor judged stale', () => {
    const stored: Suppressions = { 'src/other.ts': { 'missing-deadline': { count: 3 } } };
    const outcome = applyBulkSuppressions(result([finding(1)], [FILE]), stored, dir, APPLY, readSource);
    expect(outcome.stale).toEqual([]);
    expect(outcome.result.findings).toHaveLength(1);
  });

  it('a deleted file is never stale, and is dropped whenever the file is written', () => {
    const stored: Suppressions = { 'src/deleted.ts': { 'missing-deadline': { count: 3 } }, 'src/other.ts': { 'unkeyed-retry': { count: 1 } } };
    const files = [FILE, OTHER, join(dir, 'src/deleted.ts')];
    const outcome = applyBulkSuppressions(result([finding(1, 'unkeyed-retry', OTHER)], files), stored, dir, APPLY, readSource);
    expect(outcome.stale).toEqual([]);
    const pruned = applyBulkSuppressions(result([finding(1, 'unkeyed-retry', OTHER)], files), stored, dir, { prune: true }, readSource);
    expect(pruned.updated).toEqual({ 'src/other.ts': { 'unkeyed-retry': { count: 1, lines: { [lineHash('finding on line 1')]: 1 } } } });
  });
});

describe('the suppressions file', () => {
  it('is written sorted by file, rule and line hash, two-space indented, with a final newline', () => {
    const text = serializeSuppressions({
      'src/z.ts': { 'unkeyed-retry': { count: 1 }, 'missing-deadline': { count: 2, lines: { ffff000011112222: 1, '0000aaaa1111bbbb': 1 } } },
      'src/a.ts': { 'missing-deadline': { count: 1 } },
    });
    expect(text).toBe(
      `${JSON.stringify(
        {
          'src/a.ts': { 'missing-deadline': { count: 1 } },
          'src/z.ts': { 'missing-deadline': { count: 2, lines: { '0000aaaa1111bbbb': 1, ffff000011112222: 1 } }, 'unkeyed-retry': { count: 1 } },
        },
        null,
        2,
      )}\n`,
    );
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['src/a.ts', 'src/z.ts']);
  });

  it('a missing file is an empty set of suppressions', () => {
    expect(readSuppressions(join(dir, 'none.json'), 'none.json')).toEqual({});
  });

  it.each([
    ['{ "src/a.ts": ', 'bad.json: not a valid suppressions file: not JSON ('],
    ['[]', 'bad.json: not a valid suppressions file: (root): an object of file paths'],
    ['{ "src/a.ts": { "missing-deadline": { "count": 0 } } }', 'bad.json: not a valid suppressions file: "src/a.ts" › "missing-deadline" › "count": Too small'],
    ['{ "src/a.ts": { "missing-deadline": { "count": 1, "why": "x" } } }', 'bad.json: not a valid suppressions file: "src/a.ts" › "missing-deadline": Unrecognized key: "why"'],
    ['{ "src/a.ts": { "missing-deadline": { "count": 2, "lines": { "0000aaaa1111bbbb": 1 } } } }', 'bad.json: not a valid suppressions file: "src/a.ts" › "missing-deadline": the "lines" counts add up to 1, not the "count" 2'],
    ['{ "src/a.ts": { "missing-deadline": { "count": 1, "lines": { "xyz": 1 } } } }', 'expected a 16-digit hex line hash'],
  ])('a bad file %s is a UsageError naming the file and the problem', (text, message) => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, text);
    expect(() => readSuppressions(path, 'bad.json')).toThrow(UsageError);
    expect(() => readSuppressions(path, 'bad.json')).toThrow(message);
  });
});

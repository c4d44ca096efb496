import { describe, expect, it } from 'vitest';
import { formatJson } from '../../cli/format/json.js';
import { context, mixedResult, result, ROOT } from './sample-result.js';

describe('json format (ESLint shape)', () => {
  const parsed = JSON.parse(formatJson(mixedResult(), context())) as Array<Record<string, unknown>>;
  const byPath = (path: string) => parsed.find((entry) => entry.filePath === path)!;

  it('lists every linted file with ESLint counts, clean files included', () => {
    expect(parsed.map((entry) => entry.filePath)).toEqual([
      `${ROOT}/src/agent.ts`,
      `${ROOT}/src/broken.ts`,
      `${ROOT}/src/clean.ts`,
      `${ROOT}/src/tools.ts`,
    ]);
    expect(byPath(`${ROOT}/src/clean.ts`)).toEqual({
      filePath: `${ROOT}/src/clean.ts`,
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      warningCount: 0,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it('writes findings as messages with severity 2/1, confidence, related locations and docs', () => {
    expect(byPath(`${ROOT}/src/tools.ts`)).toMatchObject({ errorCount: 1, warningCount: 0 });
    expect((byPath(`${ROOT}/src/tools.ts`).messages as unknown[])[0]).toEqual({
      ruleId: 'non-idempotent-tool',
      severity: 2,
      message: 'Tool "refund" creates a refund with no idempotency key.',
      line: 7,
      column: 5,
      endLine: 7,
      endColumn: 15,
      confidence: 'high',
      relatedLocations: [{ filePath: `${ROOT}/src/db.ts`, line: 12, column: 3, endLine: 12, endColumn: 30, message: 'inserts into refunds here' }],
      docsUrl: 'https://github.com/agentvet/agentvet/blob/main/rules/docs/non-idempotent-tool.md',
    });
    expect(byPath(`${ROOT}/src/agent.ts`)).toMatchObject({ errorCount: 0, warningCount: 1, messages: [{ ruleId: 'missing-deadline', severity: 1 }] });
  });

  it('writes parse problems as fatal messages without a rule', () => {
    expect(byPath(`${ROOT}/src/broken.ts`)).toMatchObject({
      errorCount: 1,
      fatalErrorCount: 1,
      messages: [{ ruleId: null, fatal: true, severity: 2, message: "Parsing error: '}' expected.", line: 2, column: 1 }],
    });
  });

  it('is an array of clean files for a clean run', () => {
    const clean = JSON.parse(formatJson(result(), context())) as Array<{ messages: unknown[] }>;
    expect(clean).toHaveLength(3);
    expect(clean.every((entry) => entry.messages.length === 0)).toBe(true);
  });
});

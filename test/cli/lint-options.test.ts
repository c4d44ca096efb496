import { describe, expect, it } from 'vitest';
import { lintVerdict } from '../../cli/lint-exit-code.js';
import { parseLintOptions } from '../../cli/lint-options.js';
import { UsageError } from '../../cli/usage-error.js';

describe('lint options', () => {
  it('turns commander values into plain options', () => {
    expect(parseLintOptions({ format: 'sarif', maxWarnings: '0', rule: ['missing-deadline:warn'], minConfidence: 'low' })).toEqual({
      format: 'sarif',
      maxWarnings: 0,
      rules: ['missing-deadline:warn'],
      minConfidence: 'low',
      fix: 'off',
      suppressions: { prune: false },
    });
  });

  it('turns the fix, suppression and baseline flags into plain options', () => {
    expect(
      parseLintOptions({ format: 'github', fix: true, suppressRule: ['missing-deadline', 'unkeyed-retry'], pruneSuppressions: true, suppressionsLocation: 'ci/s.json', sarifOutput: 'a.sarif' }),
    ).toEqual({
      format: 'github',
      rules: [],
      maxWarnings: undefined,
      fix: 'write',
      suppressions: { record: ['missing-deadline', 'unkeyed-retry'], prune: true, location: 'ci/s.json' },
      sarifOutput: 'a.sarif',
    });
    expect(parseLintOptions({ format: 'json', fixDryRun: true, baselineRef: 'origin/main' })).toMatchObject({ fix: 'dry-run', baselineRef: 'origin/main' });
    expect(parseLintOptions({ format: 'json', suppressAll: true }).suppressions).toEqual({ record: 'all', prune: false });
  });

  it('takes --max-warnings -1 as no limit, like ESLint', () => {
    expect(parseLintOptions({ format: 'json', maxWarnings: '-1' }).maxWarnings).toBeUndefined();
  });

  it('turns --cache, --cache-location and --concurrency into plain options', () => {
    expect(parseLintOptions({ format: 'json', cache: true, cacheLocation: '.cache/', concurrency: '4' })).toMatchObject({ cache: { location: '.cache/' }, concurrency: 4 });
    expect(parseLintOptions({ format: 'json', cache: true, concurrency: 'auto' })).toMatchObject({ cache: {}, concurrency: 'auto' });
    // As in ESLint, a location alone does not turn the cache on.
    expect(parseLintOptions({ format: 'json', cacheLocation: 'x', concurrency: 'off' })).toMatchObject({ concurrency: 'off' });
    expect(parseLintOptions({ format: 'json', cacheLocation: 'x' }).cache).toBeUndefined();
  });

  it('defaults to no --rule flags', () => {
    expect(parseLintOptions({ format: 'stylish' })).toEqual({ format: 'stylish', rules: [], maxWarnings: undefined, fix: 'off', suppressions: { prune: false } });
  });

  it.each([
    [{ format: 'xml', rule: [] }, '--format "xml": expected one of stylish, json, sarif, github'],
    [{ format: 'json', concurrency: '0' }, '--concurrency "0": expected a number of threads (1 or more), auto (one per core) or off'],
    [{ format: 'json', concurrency: 'all' }, '--concurrency "all": expected a number of threads (1 or more), auto (one per core) or off'],
    [{ format: 'json', rule: [], maxWarnings: 'ten' }, '--max-warnings "ten": expected a whole number of warnings, 0 or more (-1: no limit)'],
    [{ format: 'json', rule: [], maxWarnings: '-2' }, '--max-warnings "-2": expected a whole number of warnings, 0 or more (-1: no limit)'],
    [{ format: 'json', rule: [], minConfidence: 'sure' }, '--min-confidence "sure": expected one of low, medium, high'],
    [{ format: 'json', sarifCategory: 'agentvet billing' }, '--sarif-category "agentvet billing": expected a code scanning category without spaces, e.g. agentvet/billing'],
    [{ format: 'json', suppressRule: ['missing-deadline', 'Bad Id'] }, '--suppress-rule "Bad Id": expected a rule id (run `agentvet rules` for the list)'],
    [{ format: 'json', fixDryRun: true, suppressAll: true }, '--fix-dry-run and --suppress-all cannot be used together (--fix-dry-run writes nothing; use --fix to fix before recording)'],
    [{ format: 'json', suppressRule: ['missing-deadline'], baselineRef: 'main' }, '--suppress-rule and --baseline-ref cannot be used together (record suppressions in a run without a baseline)'],
  ])('rejects %j with a message naming the flag and value', (raw, message) => {
    expect(() => parseLintOptions(raw)).toThrow(new UsageError(message));
  });
});

describe('lint exit code', () => {
  it('is 0 when clean or only warnings, 1 with an error', () => {
    expect(lintVerdict({ errorCount: 0, warningCount: 0 }, undefined)).toEqual({ exitCode: 0 });
    expect(lintVerdict({ errorCount: 0, warningCount: 5 }, undefined)).toEqual({ exitCode: 0 });
    expect(lintVerdict({ errorCount: 1, warningCount: 0 }, undefined)).toEqual({ exitCode: 1 });
  });

  it('is 1 when warnings exceed --max-warnings, and says why', () => {
    expect(lintVerdict({ errorCount: 0, warningCount: 2 }, 2)).toEqual({ exitCode: 0 });
    expect(lintVerdict({ errorCount: 0, warningCount: 3 }, 2)).toEqual({
      exitCode: 1,
      tooManyWarnings: '3 warnings found, more than --max-warnings 2 allows',
    });
    expect(lintVerdict({ errorCount: 0, warningCount: 1 }, 0).exitCode).toBe(1);
  });
});

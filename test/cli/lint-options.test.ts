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
    });
  });

  it('takes --max-warnings -1 as no limit, like ESLint', () => {
    expect(parseLintOptions({ format: 'json', maxWarnings: '-1' }).maxWarnings).toBeUndefined();
  });

  it('defaults to no --rule flags', () => {
    expect(parseLintOptions({ format: 'stylish' })).toEqual({ format: 'stylish', rules: [], maxWarnings: undefined });
  });

  it.each([
    [{ format: 'xml', rule: [] }, '--format "xml": expected one of stylish, json, sarif, github'],
    [{ format: 'json', rule: [], maxWarnings: 'ten' }, '--max-warnings "ten": expected a whole number of warnings, 0 or more (-1: no limit)'],
    [{ format: 'json', rule: [], maxWarnings: '-2' }, '--max-warnings "-2": expected a whole number of warnings, 0 or more (-1: no limit)'],
    [{ format: 'json', rule: [], minConfidence: 'sure' }, '--min-confidence "sure": expected one of low, medium, high'],
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

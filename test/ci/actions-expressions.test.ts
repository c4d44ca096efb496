// The expression evaluator the action tests run action.yml with: GitHub's documented semantics for
// the forms action.yml uses, so a condition that would misbehave on the runner misbehaves here too.
import { describe, expect, it } from 'vitest';
import { condition, evaluate, interpolate, type ExpressionScope } from './actions-expressions.js';

const scope = (failed = false): ExpressionScope => ({
  contexts: { inputs: { 'upload-sarif': 'true', empty: '' }, steps: { lint: { outputs: { 'sarif-file': '/w/a.sarif' } } }, github: { event: { pull_request: { base: { sha: 'abc' } } } } },
  failed,
});

describe('GitHub Actions expressions', () => {
  it('reads contexts (a missing property is null, shown as empty text)', () => {
    expect(evaluate("steps.lint.outputs.sarif-file", scope())).toBe('/w/a.sarif');
    expect(evaluate('steps.baseline.outputs.commit', scope())).toBeNull();
    expect(interpolate('${{ github.event.pull_request.base.sha }}|${{ github.event.pull_request.head.sha }}', scope())).toBe('abc|');
  });

  it('compares strings without regard to case, with && and || returning an operand', () => {
    expect(evaluate("inputs.upload-sarif == 'TRUE'", scope())).toBe(true);
    expect(evaluate("inputs.empty != ''", scope())).toBe(false);
    expect(evaluate("inputs.empty || 'fallback'", scope())).toBe('fallback');
    expect(evaluate("!(inputs.upload-sarif == 'false') && 'yes'", scope())).toBe('yes');
    expect(evaluate("'it''s'", scope())).toBe("it's");
  });

  it('an if without a status function runs only while nothing failed; always() runs regardless', () => {
    expect(condition("inputs.upload-sarif == 'true'", scope(true))).toBe(false);
    expect(condition("always() && inputs.upload-sarif == 'true'", scope(true))).toBe(true);
    expect(condition('${{ failure() }}', scope(true))).toBe(true);
    expect(condition(undefined, scope(false))).toBe(true);
    expect(condition(undefined, scope(true))).toBe(false);
  });

  it('rejects what it does not understand instead of guessing', () => {
    expect(() => evaluate("contains(inputs.args, 'x')", scope())).toThrow();
    expect(() => evaluate('hashFiles()', scope())).toThrow(/not supported/);
    expect(() => evaluate('inputs.a ==', scope())).toThrow();
  });
});

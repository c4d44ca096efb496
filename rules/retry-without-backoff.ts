// retry-without-backoff: a retry that waits nothing, waits a constant, backs off without jitter, or
// never stops — library retries read through their options and defaults, hand-written retries
// through the waits between their attempts.
import { Node } from 'ts-morph';
import { defineRule } from './engine/define-rule.js';
import { TEST_SCAFFOLDING } from './engine/project-loader.js';
import { retrySpacingIn, type RetrySpacing } from './engine/retry-spacing.js';
import type { Suggestion } from './engine/types.js';

const SPACING_TEXT: Record<string, string> = {
  none: 'retries immediately, with no wait between attempts',
  fixed: 'waits a constant time between attempts',
  backoff: 'backs off without jitter',
};


const WHY: Record<string, string> = {
  none: 'every caller that failed hits the struggling service again at once, which keeps it down (a retry storm)',
  fixed: 'every caller that failed together comes back together after the same pause, so the load arrives in waves the service cannot absorb',
  backoff: 'clients that failed together retry together, in lockstep, and hit the recovering service at the same instants',
};

export default defineRule({
  id: 'retry-without-backoff',
  meta: {
    description: 'A retry with no delay, a fixed delay, backoff without jitter, or no attempt bound.',
    defaultSeverity: 'off',
    hasSuggestions: true,
    fixable: true,
  },
  create(context) {
    // Test scaffolding polls and retries local things (a port, an assertion): no shared service to spare.
    if (TEST_SCAFFOLDING.test(context.sourceFile.getFilePath())) return;
    for (const retry of retrySpacingIn(context.sourceFile, context.model)) {
      const spacingProblem = retry.spacing === 'none' || retry.spacing === 'fixed' || retry.spacing === 'backoff';
      const unbounded = retry.bound === 'unbounded';
      if (!spacingProblem && !unbounded) continue;
      const problems: string[] = [];
      if (spacingProblem) problems.push(`${SPACING_TEXT[retry.spacing]}${retry.spacingNote ? ` (${retry.spacingNote})` : ''}`);
      if (unbounded) problems.push('has no attempt bound');
      const why = [
        spacingProblem ? WHY[retry.spacing] : undefined,
        unbounded ? 'a failure that never clears is retried forever, holding the caller and spending tokens or quota' : undefined,
      ].filter(Boolean).join('; ');
      const fix = [
        spacingProblem ? 'Wait between attempts with exponential backoff plus random jitter' : undefined,
        unbounded ? 'stop after a maximum number of attempts (or a total time)' : undefined,
      ].filter(Boolean).join(', and ');
      const fixSentence = fix.charAt(0).toUpperCase() + fix.slice(1);
      context.report({
        node: retry.construct,
        message: `${subject(retry)} ${problems.join(' and ')}: ${why}. ${fixSentence}.`,
        confidence: retry.confidence,
        related: retry.wait ? [{ node: retry.wait, message: 'the wait between attempts' }] : [],
        suggestions: spacingProblem && retry.spacing === 'backoff' ? jitterSuggestions(retry) : [],
      });
    }
  },
});

function subject(retry: RetrySpacing): string {
  return retry.library ? `This ${retry.label} retry` : retry.label;
}

/** Turn on the library's own jitter (`randomize: true`, `jitter: 'full'`): only timing changes, so it is safe unattended. */
function jitterSuggestions(retry: RetrySpacing): Suggestion[] {
  const jitter = retry.library?.fact.jitter;
  if (!retry.library || !jitter) return [];
  const on = jitter.on[0];
  const property = `${jitter.option}: ${typeof on === 'string' ? `'${on}'` : String(on)}`;
  const file = retry.construct.getSourceFile().getFilePath();
  const call = retry.construct;
  if (!Node.isCallExpression(call)) return [];
  const args = call.getArguments();
  const options = retry.library.options;
  const title = `Randomise the backoff (${property})`;
  if (options && args[retry.library.fact.optionsArg] === options) {
    const existing = options.getProperty(jitter.option);
    if (existing) return [{ title, safe: false, edits: [{ file, start: existing.getStart(), end: existing.getEnd(), newText: property }] }];
    const open = options.getStart() + 1;
    const empty = options.getProperties().length === 0;
    return [{ title, safe: true, edits: [{ file, start: open, end: open, newText: empty ? ` ${property} ` : ` ${property},` }] }];
  }
  if (!options && args.length === retry.library.fact.optionsArg) {
    const last = args[args.length - 1];
    const at = last ? last.getEnd() : call.getEnd() - 1;
    return [{ title, safe: true, edits: [{ file, start: at, end: at, newText: `${last ? ', ' : ''}{ ${property} }` }] }];
  }
  return [];
}

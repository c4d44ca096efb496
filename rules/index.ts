// The rule registry: every rule the engine can run, in catalogue order.
import deadlineNotPropagated from './deadline-not-propagated.js';
import type { Rule } from './engine/define-rule.js';
import missingDeadline from './missing-deadline.js';
import nonIdempotentTool from './non-idempotent-tool.js';
import retryWithoutBackoff from './retry-without-backoff.js';
import sharedStateRace from './shared-state-race.js';
import silentFallback from './silent-fallback.js';
import unboundedAgentLoop from './unbounded-agent-loop.js';
import uncheckedTruncation from './unchecked-truncation.js';
import unkeyedRetry from './unkeyed-retry.js';
import wallClockOrdering from './wall-clock-ordering.js';

export const allRules: ReadonlyArray<Rule> = [
  nonIdempotentTool,
  missingDeadline,
  unboundedAgentLoop,
  unkeyedRetry,
  retryWithoutBackoff,
  uncheckedTruncation,
  silentFallback,
  sharedStateRace,
  wallClockOrdering,
  deadlineNotPropagated,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}

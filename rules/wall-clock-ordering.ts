// wall-clock-ordering: agent events ordered (sorted, compared, "latest") by a field stamped with
// Date.now() / new Date() — a clock that ties within a millisecond, steps under NTP, and differs
// between processes and machines.
import { defineRule } from './engine/define-rule.js';
import { wallClockOrderings } from './engine/wall-clock.js';

const HOW = {
  sort: 'sorts records by',
  compare: 'decides which record is newer by comparing',
  latest: 'takes the latest record by',
} as const;

export default defineRule({
  id: 'wall-clock-ordering',
  meta: {
    description: 'Date.now()/new Date() used to order or sequence events across agents or processes.',
    defaultSeverity: 'off',
    hasSuggestions: false,
    fixable: false,
  },
  create(context) {
    for (const ordering of wallClockOrderings(context.sourceFile, context.model)) {
      context.report({
        node: ordering.use,
        message: `This ${HOW[ordering.how]} \`${ordering.field}\`, a wall-clock timestamp: events from parallel agents or several processes tie within a millisecond, and clocks step (NTP) and differ between machines, so this order can disagree with the order things happened. Sequence events with a counter or logical clock issued in one place (a database sequence, a Lamport clock), and keep the timestamp for display.`,
        confidence: 'medium',
        related: [{ node: ordering.stamp, message: `\`${ordering.field}\` is set from the wall clock here` }],
      });
    }
  },
});

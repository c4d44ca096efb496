// deadline-not-propagated: a function that receives a signal (a tool call's abort signal, a `signal`
// parameter) makes an outbound call without passing it on. This rule owns such calls: while it is on,
// missing-deadline leaves them alone, so one mistake is one finding.
import { Node } from 'ts-morph';
import { objectLiteralOf, propertyOf } from './engine/callee.js';
import { outboundCallsIn } from './engine/deadlines.js';
import { defineRule } from './engine/define-rule.js';
import { droppedSignal, type DroppedSignal } from './engine/signal-propagation.js';
import type { Suggestion } from './engine/types.js';

export const DEADLINE_NOT_PROPAGATED = 'deadline-not-propagated';

export default defineRule({
  id: DEADLINE_NOT_PROPAGATED,
  meta: {
    description: 'A function that receives a signal or deadline makes an outbound call without passing it on.',
    defaultSeverity: 'error',
    hasSuggestions: true,
    fixable: true,
  },
  create(context) {
    for (const outbound of outboundCallsIn(context.sourceFile, context.model)) {
      const dropped = droppedSignal(outbound, context.model);
      if (!dropped) continue;
      const what = callLabel(dropped);
      const signal = dropped.signal.names[0]!;
      if (dropped.signal.isDeadline) {
        context.report({
          node: outbound.call,
          message: `${what} does not use the deadline this function received (\`${signal}\`): the caller's time budget stops at this call, which runs as long as it likes after the caller has given up. Build the call's deadline from it (\`${outbound.fact.signalOptions[0] ?? 'signal'}: AbortSignal.timeout(${signal})\`, or the time left until it).`,
          confidence: outbound.callee.confidence,
          related: [{ node: dropped.signal.parameter, message: 'the deadline is received here' }],
        });
        continue;
      }
      const own = dropped.ownDeadline ? ` Its own deadline (${dropped.ownDeadline}) still lets it outlive a caller that gave up sooner.` : '';
      context.report({
        node: outbound.call,
        message: `${what} does not get the signal this function received (${dropped.signal.from}): when the caller cancels or times out, this call keeps running — holding a connection and, for a model, spending tokens — for a result nobody waits for.${own} Pass it on (\`${passing(outbound.fact.signalOptions[0] ?? 'signal', signal)}\`; with a timeout of its own, \`AbortSignal.any([${signal}, AbortSignal.timeout(ms)])\`).`,
        confidence: outbound.callee.confidence,
        related: [{ node: dropped.signal.parameter, message: 'the signal is received here' }],
        suggestions: forwardSuggestion(dropped),
      });
    }
  },
});

/** `signal` when the names agree, else `signal: abortSignal`. */
function passing(key: string, signal: string): string {
  return key === signal ? key : `${key}: ${signal}`;
}

function callLabel(dropped: DroppedSignal): string {
  const text = dropped.outbound.call.getExpression().getText().replace(/\s+/g, '');
  return `\`${text.length > 50 ? `${text.slice(0, 47)}...` : text}()\``;
}

/**
 * Forward the received signal in the call's options. Adding it where the call has no signal is safe for
 * `--fix` (it only lets the caller cancel the call); combining it with a signal already there needs
 * `AbortSignal.any` (Node 20.3+), so that one is offered in the editor only.
 */
function forwardSuggestion(dropped: DroppedSignal): Suggestion[] {
  const { call, fact } = dropped.outbound;
  const key = fact.signalOptions[0];
  const index = fact.optionsArgs.find((a): a is number => typeof a === 'number');
  if (!key || key.includes('.') || index === undefined) return [];
  const signal = signalExpression(dropped);
  const property = passing(key, signal);
  const file = call.getSourceFile().getFilePath();
  const title = `Forward the caller's signal (${signal})`;
  const arg = call.getArguments()[index];
  const object = objectLiteralOf(arg);
  if (object && object === arg) {
    const existing = propertyOf(object, key);
    if (existing && Node.isPropertyAssignment(existing)) {
      const value = existing.getInitializerOrThrow();
      return [{ title: `Combine the caller's signal (${signal}) with the call's own`, safe: false, edits: [{ file, start: value.getStart(), end: value.getEnd(), newText: `AbortSignal.any([${signal}, ${value.getText()}])` }] }];
    }
    if (existing) return [];
    const open = object.getStart() + 1;
    return [{ title, safe: true, edits: [{ file, start: open, end: open, newText: object.getProperties().length ? ` ${property},` : ` ${property} ` }] }];
  }
  if (!arg && call.getArguments().length === index) {
    const last = call.getArguments()[index - 1];
    const at = last ? last.getEnd() : call.getEnd() - 1;
    return [{ title, safe: true, edits: [{ file, start: at, end: at, newText: `${last ? ', ' : ''}{ ${property} }` }] }];
  }
  return [];
}

/** The received signal as the call should read it: `details?.signal` when the context parameter is optional. */
function signalExpression(dropped: DroppedSignal): string {
  const [plain, optional] = dropped.signal.names;
  if (!optional) return plain!;
  const parameter = dropped.signal.parameter;
  return parameter.hasQuestionToken() || parameter.getType().isNullable() ? optional : plain!;
}

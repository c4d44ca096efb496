// missing-deadline: an LLM or network call that can block with no deadline (signal or timeout)
// reaching it — anywhere in the project.
import { Node, SyntaxKind, ts, type ArrowFunction, type FunctionDeclaration, type FunctionExpression, type MethodDeclaration } from 'ts-morph';
import { isBrowserOwnRouteRequest } from './engine/browser-code.js';
import { objectLiteralOf } from './engine/callee.js';
import { deadlineOf, judgedWhereHandedOut, outboundCallsIn, type OutboundCall } from './engine/deadlines.js';
import { defineRule } from './engine/define-rule.js';
import { droppedSignal } from './engine/signal-propagation.js';
import type { Suggestion } from './engine/types.js';
import { descendantsOfKind } from './engine/kind-index.js';
import { unbound } from './engine/retries.js';

const NO_DEADLINE: Record<string, string> = {
  http: 'it can wait on a stalled server indefinitely (Node fetch and axios/got have no overall timeout)',
  llm: 'a stalled model call holds its caller, and keeps spending tokens, until something else gives up',
  mcp: 'a stalled tool server holds its caller',
  api: 'a stalled request holds its caller',
};

export default defineRule({
  id: 'missing-deadline',
  meta: {
    description: 'An LLM or network call with no deadline (signal or timeout) in scope.',
    defaultSeverity: 'error',
    hasSuggestions: true,
    fixable: true,
  },
  create(context) {
    const file = context.sourceFile;
    const maxDuration = file.getVariableDeclaration('maxDuration')?.isExported() ?? false;
    // A call that drops a signal its function received is deadline-not-propagated's finding while that rule is on.
    const signalsOwned = context.isEnabled('deadline-not-propagated');
    for (const outbound of outboundCallsIn(file, context.model)) {
      // An agent runner built on another SDK (the Agents SDK's `run()`): the underlying SDK's calls are the rule's.
      if (outbound.fact.builtOn) continue;
      // Page code calling the app's own routes is bounded by the page and the person using it.
      if (isBrowserOwnRouteRequest(outbound, context.model)) continue;
      if (signalsOwned && droppedSignal(outbound, context.model)) continue;
      // A fetch closure a factory hands out: its init is each caller's, judged where the handed-out function is called.
      if (judgedWhereHandedOut(outbound, context.model)) continue;
      const deadline = deadlineOf(outbound, context.model, context.options);
      if (deadline.kind === 'bounded' || deadline.kind === 'unknown') continue;
      const what = callLabel(outbound);
      const platform = maxDuration
        ? ' The route\'s `maxDuration` does not help: the platform cuts the call off with the function, never cancelling or cleaning it up.'
        : '';
      const fix = outbound.fact.kind === 'llm'
        ? `Pass \`${outbound.fact.signalOptions[0]}: AbortSignal.timeout(ms)\` (or the signal your caller gave you)${outbound.fact.timeoutOptions.length ? ` or a \`${outbound.fact.timeoutOptions[0]}\`` : ''}.`
        : `Pass \`${outbound.fact.signalOptions[0] ?? 'signal'}: AbortSignal.timeout(ms)\` (or the signal your caller gave you)${outbound.fact.timeoutOptions.length ? ` or a \`${outbound.fact.timeoutOptions[0]}\` option` : ''}.`;
      let message: string;
      let lowerSeverity = false;
      if (deadline.kind === 'lenient-default') {
        message = `${what} has no explicit deadline: ${deadline.why}. ${fix}${platform}`;
        lowerSeverity = true;
      } else if (deadline.kind === 'stall-only') {
        message = `${what} is bounded only against stalls (${deadline.keys.join(', ')}), not as a whole: a slow but steady response runs without limit. Add \`totalMs\` or \`stepMs\`, or an abort signal.${platform}`;
        lowerSeverity = true;
      } else {
        message = `${what} has no deadline: ${NO_DEADLINE[outbound.fact.kind]}. ${fix}${platform}`;
      }
      context.report({
        node: outbound.call,
        message,
        confidence: outbound.callee.confidence,
        lowerSeverity,
        suggestions: outbound.forwarded ? [] : signalSuggestions(outbound, context.options.fixTimeoutMs),
      });
    }
  },
});

function callLabel(outbound: OutboundCall): string {
  const short = (node: Node) => {
    const text = node.getText().replace(/\s+/g, '');
    return text.length > 50 ? `${text.slice(0, 47)}...` : text;
  };
  const label = `\`${short(outbound.call.getExpression())}()\``;
  // caller.call(fetch, url, init): the call made is the function handed over.
  const fn = outbound.forwarded?.fn;
  return fn ? `\`${short(unbound(fn))}()\` (handed to ${label})` : label;
}

/**
 * Quick fixes: forward a signal in scope, or add `signal: AbortSignal.timeout(ms)`. Forwarding is safe
 * for `--fix`; a timeout only with the value the config names (`fixTimeoutMs`), since an invented one
 * can cut off a long model stream.
 */
function signalSuggestions(outbound: OutboundCall, fixTimeoutMs: number | undefined): Suggestion[] {
  const { call, fact } = outbound;
  const signalKey = fact.signalOptions[0];
  if (!signalKey) return [];
  const file = call.getSourceFile().getFilePath();
  const inScope = signalInScope(call);
  const timeout = `AbortSignal.timeout(${millisecondsLiteral(fixTimeoutMs ?? 30_000)})`;
  const values = [...(inScope ? [{ title: `Forward the caller's signal (${inScope})`, value: inScope, safe: true }] : []),
    { title: `Add ${signalKey}: ${timeout}`, value: timeout, safe: fixTimeoutMs !== undefined }];
  const args = call.getArguments();
  const index = typeof fact.optionsArgs[0] === 'number' ? fact.optionsArgs[0] : -1;
  return values.flatMap(({ title, value, safe }): Suggestion[] => {
    const property = value === signalKey ? value : `${signalKey}: ${value}`;
    if (index >= 0 && args[index]) {
      const object = objectLiteralOf(args[index]);
      if (!object || object !== args[index]) return [];
      const open = object.getStart() + 1;
      const empty = object.getProperties().length === 0;
      return [{ title, safe, edits: [{ file, start: open, end: open, newText: empty ? ` ${property} ` : ` ${property},` }] }];
    }
    if (index >= 0 && args.length === index) {
      const last = args[args.length - 1];
      const at = last ? last.getEnd() : call.getArguments().length === 0 ? call.getEnd() - 1 : call.getEnd() - 1;
      return [{ title, safe, edits: [{ file, start: at, end: at, newText: `${last ? ', ' : ''}{ ${property} }` }] }];
    }
    return [];
  });
}

/** 30000 → `30_000`, as people write milliseconds. */
function millisecondsLiteral(ms: number): string {
  return ms >= 10_000 ? String(ms).replace(/\B(?=(\d{3})+$)/g, '_') : String(ms);
}

/** A signal the enclosing function received: `abortSignal`/`signal` parameters or destructured context. */
export function signalInScope(node: Node): string | undefined {
  // Walked over the compiler's parents, each function's answer kept: a function making 60,000 calls reads its
  // parameters once, not once per call.
  const file = node.getSourceFile() as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node };
  for (let parent = node.compilerNode.parent; parent; parent = parent.parent) {
    if (!SIGNAL_SCOPE_KINDS.has(parent.kind)) continue;
    let signal = functionSignals.get(parent);
    if (signal === undefined) functionSignals.set(parent, (signal = signalOfFunction(file._getNodeFromCompilerNode(parent) as FunctionWithParameters) ?? null));
    if (signal !== null) return signal;
  }
  return undefined;
}

type FunctionWithParameters = ArrowFunction | FunctionExpression | FunctionDeclaration | MethodDeclaration;
const SIGNAL_SCOPE_KINDS = new Set<ts.SyntaxKind>([ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.MethodDeclaration]);
/** Per function (the compiler's node, replaced on every re-parse), the signal its parameters give it, null for none. */
const functionSignals = new WeakMap<ts.Node, string | null>();

function signalOfFunction(fn: FunctionWithParameters): string | undefined {
  for (const parameter of fn.getParameters()) {
    const name = parameter.getNameNode();
    if (Node.isIdentifier(name) && /^(abortSignal|signal)$/.test(name.getText())) return name.getText();
    if (Node.isObjectBindingPattern(name)) {
      const element = name.getElements().find((e) => /^(abortSignal|signal)$/.test(e.getName()));
      if (element) return element.getName();
    }
    if (Node.isIdentifier(name) && /^(extra|options|opts|context|ctx)$/.test(name.getText())) {
      const uses = descendantsOfKind(fn, SyntaxKind.PropertyAccessExpression).find((p) => p.getExpression().getText() === name.getText() && /^(signal|abortSignal)$/.test(p.getName()));
      if (uses) return uses.getText();
    }
  }
  return undefined;
}

// How long a timer lives: a `setInterval` whose handle is cleared when the work it belongs to ends (a heartbeat
// cleared in a `finally`, a per-connection loop stopped from the connection's close handler) lives for one call,
// not for the process (test/corpus/README.md question 48 against question 22).
import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import { descendantsOfKind } from './kind-index.js';
import type { ProjectModel } from './project-model.js';
import { enclosingFunctionOf, resolveIdentifier } from './scope.js';

/** Events that end a connection, a call or a session: a timer stopped from their handler ends with it. */
const END_EVENT = /^(close|closed|end|ended|disconnect|disconnected|hangup|finish|finished|complete|completed|abort)$/i;
/** `relay.onClose(handler)`, `session.onEnd(handler)`: a registration named for the end event. */
const END_REGISTRATION = /^on(Close|Closed|End|Ended|Disconnect|Disconnected|Hangup|Finish|Finished|Complete|Completed|Abort)$/;

/**
 * Whether the timer `setInterval(…)` makes is cleared when one call, connection or session ends: in the function that
 * started it (after its work, in a `finally`, on an event of that work), or by a stop function that is called from the
 * handler of an end event (`ws.on('close', () => bot.stop())`).
 */
export function timerEndsWithItsCall(timer: CallExpression, model: ProjectModel): boolean {
  const handle = handleTextOf(timer);
  if (!handle) return false;
  const starter = enclosingFunction(timer);
  for (const clear of descendantsOfKind(timer.getSourceFile(), SyntaxKind.CallExpression)) {
    const callee = clear.getExpression();
    if (!Node.isIdentifier(callee) || !/^clear(Interval|Timeout)$/.test(callee.getText()) || resolveIdentifier(callee).kind !== 'global') continue;
    const arg = clear.getArguments()[0];
    if (!arg || arg.getText().replace(/\s+/g, '') !== handle) continue;
    // `this.timer` names the same field only within the same class.
    if (handle.startsWith('this.') && classOf(clear) !== classOf(timer)) continue;
    const clearer = enclosingFunction(clear);
    // Cleared by the function that started it, after its work or in a `finally` — not a clear written before the timer
    // starts (`if (this.timer) clearInterval(this.timer)`: the previous timer, replaced by this one). The stop function's
    // callers are looked for in the run's files and in the rest of its package (a server file nobody asked about).
    if (clearer === starter) {
      if (clear.getStart() > timer.getEnd()) return true;
      continue;
    }
    if (inEndEventHandler(clear) || (clearer && [...model.callSitesOf(clearer), ...model.packageCallSitesOf(clearer)].some(inEndEventHandler))) return true;
  }
  return false;
}

/** `this.timer` in `this.timer = setInterval(…)`, `t` in `const t = setInterval(…)`. */
function handleTextOf(timer: CallExpression): string | undefined {
  let node: Node = timer;
  while (Node.isParenthesizedExpression(node.getParent()) || Node.isAsExpression(node.getParent())) node = node.getParentOrThrow();
  const parent = node.getParent();
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) return parent.getName();
  if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken && parent.getRight() === node) {
    return parent.getLeft().getText().replace(/\s+/g, '');
  }
  return undefined;
}

function enclosingFunction(node: Node): Node | undefined {
  return enclosingFunctionOf(node);
}

function classOf(node: Node): Node | undefined {
  return node.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
}

/** Whether a node runs in the handler of an end event (`emitter.on('close', () => …)`, `relay.onClose(() => …)`). */
function inEndEventHandler(node: Node): boolean {
  for (const ancestor of node.getAncestors()) {
    if (!Node.isCallExpression(ancestor)) continue;
    const method = ancestor.getExpression();
    if (!Node.isPropertyAccessExpression(method)) continue;
    const args = ancestor.getArguments();
    const handler = args.find((arg) => (Node.isArrowFunction(arg) || Node.isFunctionExpression(arg)) && arg.containsRange(node.getPos(), node.getEnd()));
    if (!handler) continue;
    if (END_REGISTRATION.test(method.getName())) return true;
    const event = args[0];
    const name = event && (Node.isStringLiteral(event) || Node.isNoSubstitutionTemplateLiteral(event)) ? event.getLiteralText() : undefined;
    if (/^(on|once|addListener|addEventListener)$/.test(method.getName()) && name && END_EVENT.test(name)) return true;
  }
  return false;
}

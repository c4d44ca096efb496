// Retry queues (test/corpus/README.md questions 63 and 74: a failed send kept and sent again later): a catch puts what
// its try was sending on a queue (`redis.lpush(RETRY_KEY, JSON.stringify({ payload, attempts: 1 }))`,
// `this.pending.push({ text })`), and a function of the same file takes items off that queue (`redis.rpop(RETRY_KEY)`,
// `this.pending.shift()`) and calls the same function again. A failure after the server acted — a lost response, a
// timeout — queues a send that landed, and the drain sends it a second time: a persisted queue's re-send, labelled at
// the drain's call.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { descendantsOfKind } from './kind-index.js';
import type { ProjectModel } from './project-model.js';
import type { Retry } from './retries.js';
import { enclosingFunctionOf, resolveIdentifier, variableInitializer } from './scope.js';

/** Methods that put an item on a queue, and those that take one off: an array's, and Redis lists'. */
const QUEUE_PUTS = new Set(['push', 'unshift', 'lpush', 'rpush']);
const QUEUE_TAKES = new Set(['shift', 'pop', 'lpop', 'rpop', 'blpop', 'brpop']);
/** Redis list commands name their list in the first argument. */
const KEYED = /^(?:[lr]push|b?[lr]pop)$/;

/** The re-sends of a file's retry queues: one retry per drain's call of a function a catch queued a send of. */
export function requeuedSendsIn(file: SourceFile, model: ProjectModel): Retry[] {
  return model.memoize('retry-queues', file, () => {
    const text = file.getFullText();
    if (!/\.(?:shift|pop|lpop|rpop|blpop|brpop)\(/.test(text) || !/\bcatch\b/.test(text)) return [];
    const calls = descendantsOfKind(file, SyntaxKind.CallExpression);
    const takes = calls.filter((call) => QUEUE_TAKES.has(methodName(call) ?? ''));
    if (takes.length === 0) return [];
    const out: Retry[] = [];
    const seen = new Set<Node>();
    for (const put of calls) {
      if (!QUEUE_PUTS.has(methodName(put) ?? '')) continue;
      const tried = queuedSendsOf(put);
      if (tried.length === 0) continue;
      for (const take of takes) {
        if (!sameQueue(put, take)) continue;
        const drain = enclosingFunctionOf(take);
        if (!drain) continue;
        const taken = takenLocals(take, drain);
        for (const again of descendantsOfKind(drain, SyntaxKind.CallExpression)) {
          if (seen.has(again) || tried.includes(again) || again.getStart() < take.getEnd() || enclosingFunctionOf(again) !== drain || !tried.some((call) => sameCallee(again, call, model))) continue;
          if (!again.getArguments().some((arg) => handsTakenItem(arg, take, taken))) continue;
          seen.add(again);
          out.push({ region: again, construct: put, label: 'a retry queue (a catch queues the failed send, and the queue is drained by sending it again)' });
        }
      }
    }
    return out;
  });
}

function methodName(call: CallExpression): string | undefined {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) ? callee.getName() : undefined;
}

/**
 * Whether a put and a take work on the same queue: the same receiver binding (`queue` declared once, `this.pending` a
 * field of the same class), and for a Redis list the same key too (`RETRY_KEY`, the same constant). Two functions'
 * locals that share a name are two queues.
 */
function sameQueue(put: CallExpression, take: CallExpression): boolean {
  const a = put.getExpression() as import('ts-morph').PropertyAccessExpression;
  const b = take.getExpression() as import('ts-morph').PropertyAccessExpression;
  const keyed = KEYED.test(a.getName());
  if (keyed !== KEYED.test(b.getName()) || !sameBinding(a.getExpression(), b.getExpression())) return false;
  if (!keyed) return true;
  const ka = put.getArguments()[0];
  const kb = take.getArguments()[0];
  if (!ka || !kb) return ka === kb;
  return Node.isIdentifier(ka) && Node.isIdentifier(kb) ? sameBinding(ka, kb) : ka.getText() === kb.getText();
}

/** The same variable, field or member path: names resolved to their declarations, `this` to its class. */
function sameBinding(a: Node, b: Node): boolean {
  while (Node.isParenthesizedExpression(a) || Node.isNonNullExpression(a)) a = a.getExpression();
  while (Node.isParenthesizedExpression(b) || Node.isNonNullExpression(b)) b = b.getExpression();
  if (Node.isIdentifier(a) && Node.isIdentifier(b)) {
    if (a.getText() !== b.getText()) return false;
    const ra = resolveIdentifier(a);
    const rb = resolveIdentifier(b);
    return ra.kind === 'global' ? rb.kind === 'global' : rb.kind !== 'global' && ra.declaration === rb.declaration;
  }
  if (a.getKind() === SyntaxKind.ThisKeyword && b.getKind() === SyntaxKind.ThisKeyword) {
    const ca = classOfThis(a);
    return ca !== undefined && ca === classOfThis(b);
  }
  if (Node.isPropertyAccessExpression(a) && Node.isPropertyAccessExpression(b)) return a.getName() === b.getName() && sameBinding(a.getExpression(), b.getExpression());
  if (Node.isElementAccessExpression(a) && Node.isElementAccessExpression(b)) {
    return a.getArgumentExpression()?.getText() === b.getArgumentExpression()?.getText() && sameBinding(a.getExpression(), b.getExpression());
  }
  return false;
}

/** The class a `this` refers to: the nearest enclosing class, past arrow functions only. */
function classOfThis(node: Node): Node | undefined {
  for (let at = node.getParent(); at; at = at.getParent()) {
    if (Node.isClassDeclaration(at) || Node.isClassExpression(at)) return at;
    if (Node.isFunctionDeclaration(at) || Node.isFunctionExpression(at) || (Node.isMethodDeclaration(at) && Node.isObjectLiteralExpression(at.getParent()))) return undefined;
  }
  return undefined;
}

/**
 * A put in a catch whose item holds what calls of its try were sending (`{ payload, attempts: 1 }` queued after
 * `postAnnouncement(payload)` threw): those calls. A catch collecting something else (`failed.push(userId)`) queues no send.
 */
function queuedSendsOf(put: CallExpression): CallExpression[] {
  const clause = put.getFirstAncestorByKind(SyntaxKind.CatchClause);
  const tryStatement = clause?.getParent();
  if (!clause || !tryStatement || !Node.isTryStatement(tryStatement) || enclosingFunctionOf(put) !== enclosingFunctionOf(tryStatement)) return [];
  const items = put.getArguments().slice(KEYED.test(methodName(put) ?? '') ? 1 : 0);
  const queued = new Set(items.flatMap((item) => namesIn(item, 2)));
  if (queued.size === 0) return [];
  return descendantsOfKind(tryStatement.getTryBlock(), SyntaxKind.CallExpression).filter((call) =>
    enclosingFunctionOf(call) === enclosingFunctionOf(put) && call.getArguments().some((arg) => namesIn(arg, 0).some((name) => queued.has(name))));
}

/** The names a value is made of, through the initializers of local variables it names (`JSON.stringify(retryItem)`). */
function namesIn(value: Node, depth: number): string[] {
  // The project's own names (a parameter, a local): not `JSON` or an imported module, which any two values may share.
  const ids = [value, ...value.getDescendantsOfKind(SyntaxKind.Identifier)].filter(Node.isIdentifier)
    .filter((id) => !Node.isPropertyAccessExpression(id.getParent()) || (id.getParent() as import('ts-morph').PropertyAccessExpression).getExpression() === id)
    .filter((id) => !Node.isPropertyAssignment(id.getParent()) || (id.getParent() as import('ts-morph').PropertyAssignment).getInitializer() === id)
    .filter((id) => { const kind = resolveIdentifier(id).kind; return kind !== 'global' && kind !== 'import'; });
  const out = ids.map((id) => id.getText());
  if (depth > 0) {
    for (const id of ids) {
      const init = variableInitializer(id);
      if (init && !init.containsRange(value.getPos(), value.getEnd())) out.push(...namesIn(init, depth - 1));
    }
  }
  return out;
}

/**
 * The locals holding the taken item, in the drain: the one the take's result is bound to (`const raw = await
 * redis.rpop(KEY)`, `next = this.waiting.shift()`), and those made from one of them (`item = JSON.parse(raw)`, `const {
 * text } = next`), each a declaration as resolveIdentifier answers it.
 */
function takenLocals(take: CallExpression, drain: Node): Set<Node> {
  const taken = new Set<Node>();
  const bind = (name: Node | undefined) => {
    if (!name) return;
    for (const id of [name, ...name.getDescendantsOfKind(SyntaxKind.Identifier)]) {
      if (!Node.isIdentifier(id)) continue;
      const parent = id.getParent();
      // A destructured property's key (`{ text: body }`) names no local.
      if (Node.isBindingElement(parent) && parent.getPropertyNameNode() === id) continue;
      const binding = resolveIdentifier(id);
      if (binding.kind === 'local') taken.add(binding.declaration);
    }
  };
  const target = (value: Node): Node | undefined => {
    const holder = value.getParent();
    if (Node.isVariableDeclaration(holder) && holder.getInitializer() === value) return holder.getNameNode();
    if (Node.isBinaryExpression(holder) && holder.getOperatorToken().getKind() === SyntaxKind.EqualsToken && holder.getRight() === value && Node.isIdentifier(holder.getLeft())) return holder.getLeft();
    return undefined;
  };
  let value: Node = take;
  while (Node.isAwaitExpression(value.getParent()) || Node.isParenthesizedExpression(value.getParent()) || Node.isNonNullExpression(value.getParent()) || Node.isAsExpression(value.getParent())) value = value.getParentOrThrow();
  bind(target(value));
  // Made from the taken item: a declaration or assignment whose value names one of its locals, a few steps on.
  const made = [...descendantsOfKind(drain, SyntaxKind.VariableDeclaration), ...descendantsOfKind(drain, SyntaxKind.BinaryExpression)];
  for (let round = 0; round < 3; round++) {
    const before = taken.size;
    for (const node of made) {
      const from = Node.isVariableDeclaration(node) ? node.getInitializer() : Node.isBinaryExpression(node) ? node.getRight() : undefined;
      if (from && namesLocal(from, taken)) bind(target(from));
    }
    if (taken.size === before) break;
  }
  return taken;
}

/** An argument handing on the taken item: the take itself, or a value naming a local holding it (`entry.text`, `next`). */
function handsTakenItem(arg: Node, take: CallExpression, taken: Set<Node>): boolean {
  return arg.containsRange(take.getPos(), take.getEnd()) || namesLocal(arg, taken);
}

function namesLocal(value: Node, locals: Set<Node>): boolean {
  if (locals.size === 0) return false;
  return [value, ...value.getDescendantsOfKind(SyntaxKind.Identifier)].some((id) => {
    if (!Node.isIdentifier(id)) return false;
    const parent = id.getParent();
    if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === id) return false;
    if (Node.isPropertyAssignment(parent) && parent.getNameNode() === id) return false;
    const binding = resolveIdentifier(id);
    return binding.kind === 'local' && locals.has(binding.declaration);
  });
}

/** The same function called: the same project function when both resolve, else the same callee written the same way. */
function sameCallee(a: CallExpression, b: CallExpression, model: ProjectModel): boolean {
  const fa = model.functionCalledBy(a);
  const fb = model.functionCalledBy(b);
  if (fa || fb) return fa === fb;
  return a.getExpression().getText() === b.getExpression().getText() && Node.isPropertyAccessExpression(a.getExpression());
}

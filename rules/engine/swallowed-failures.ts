// Code that never fails outward: a function whose every awaited step sits in a `try` whose `catch` swallows the error
// (logs it, returns null) — or calls another such function —, handed to a retry wrapper that re-runs it only when it
// throws. The wrapper never re-runs it (test/corpus/README.md: a retry that cannot fire is no retry).
import { Node, SyntaxKind, type CallExpression, type Statement } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';

const MAX_DEPTH = 3;

const isFunctionLike = (node: Node) => Node.isFunctionLikeDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node);

/** The nodes of a kind written in `node` itself, not in a function nested in it. */
function ownDescendants<T extends Node>(node: Node, kind: SyntaxKind): T[] {
  return (descendantsOfKind(node, kind) as Node[]).filter((d) => {
    for (let p = d.getParent(); p && p !== node; p = p.getParent()) if (isFunctionLike(p)) return false;
    return true;
  }) as T[];
}

/**
 * Whether a function cannot throw from an outside failure: its steps are a `try` whose `catch` (and `finally`) throws
 * nothing, plain statements that await nothing but functions of the same kind, and branches made of those. A
 * synchronous step (formatting a message) is taken as not failing; an expression body is judged as its call.
 */
export function failsSilently(fn: Node, model: ProjectModel, depth = 0): boolean {
  if (depth > MAX_DEPTH || !isFunctionLike(fn)) return false;
  return model.memoize(`fails-silently@${depth}`, fn, () => {
    const body = (fn as FunctionNode).getBody?.();
    if (!body) return false;
    if (!Node.isBlock(body)) {
      const value = unwrap(Node.isAwaitExpression(body) ? body.getExpression() : body);
      return Node.isCallExpression(value) && silentCall(value, model, depth);
    }
    return silentStatements(body.getStatements(), model, depth);
  });
}

/** Whether the statements of a block (a retry loop's `try`) cannot throw from an outside failure, as `failsSilently`. */
export function silentBlock(block: import('ts-morph').Block, model: ProjectModel): boolean {
  // Every call made there is a project function that fails silently (a synchronous `execSync` may throw too).
  const calls = ownDescendants<CallExpression>(block, SyntaxKind.CallExpression);
  if (calls.length === 0 || !calls.every((call) => { const target = model.functionCalledBy(call); return target !== undefined && failsSilently(target, model, 1); })) return false;
  return silentStatements(block.getStatements(), model, 0);
}

function silentStatements(statements: ReadonlyArray<Statement>, model: ProjectModel, depth: number): boolean {
  return statements.every((statement) => silentStatement(statement, model, depth));
}

function silentStatement(statement: Statement, model: ProjectModel, depth: number): boolean {
  if (Node.isTryStatement(statement)) {
    const handler = statement.getCatchClause();
    const final = statement.getFinallyBlock();
    if (!handler || ownDescendants(handler.getBlock(), SyntaxKind.ThrowStatement).length > 0) return false;
    if (final && !silentStatements(final.getStatements(), model, depth)) return false;
    return ownDescendants(handler.getBlock(), SyntaxKind.AwaitExpression).length === 0;
  }
  if (Node.isBlock(statement)) return silentStatements(statement.getStatements(), model, depth);
  if (Node.isIfStatement(statement)) {
    if (ownDescendants(statement.getExpression(), SyntaxKind.AwaitExpression).length > 0) return false;
    const branches = [statement.getThenStatement(), statement.getElseStatement()].filter((b): b is Statement => b !== undefined);
    return branches.every((branch) => silentStatement(branch, model, depth));
  }
  if (Node.isThrowStatement(statement) || ownDescendants(statement, SyntaxKind.ThrowStatement).length > 0) return false;
  // `return this.queue.schedule(async () => …)`: the promise returned carries its failure out, awaited or not.
  if (Node.isReturnStatement(statement)) {
    const returned = statement.getExpression();
    const value = returned ? unwrap(Node.isAwaitExpression(returned) ? returned.getExpression() : returned) : undefined;
    if (value && Node.isCallExpression(value) && !silentCall(value, model, depth)) return false;
  }
  // A promise made and kept for later (`const sent = post(…)`) is not judged here: only a call of a sync project helper.
  for (const call of ownDescendants<CallExpression>(statement, SyntaxKind.CallExpression)) {
    if (call.getParent() && Node.isAwaitExpression(call.getParent()!)) continue;
    const target = model.functionCalledBy(call);
    if (target && (Node.isFunctionDeclaration(target) || Node.isArrowFunction(target) || Node.isFunctionExpression(target) || Node.isMethodDeclaration(target)) && target.isAsync() && !failsSilently(target, model, depth + 1)) return false;
  }
  // Any other statement: each step it awaits is a call of a function that itself fails silently.
  return ownDescendants<import('ts-morph').AwaitExpression>(statement, SyntaxKind.AwaitExpression).every((awaited) => {
    const value = unwrap(awaited.getExpression());
    return Node.isCallExpression(value) && silentCall(value, model, depth);
  });
}

/** A call of a project function that fails silently, whose arguments await only such calls (`tweet(await draft())`). */
function silentCall(call: CallExpression, model: ProjectModel, depth: number): boolean {
  for (const arg of call.getArguments()) {
    const awaited = Node.isAwaitExpression(arg) ? [arg] : ownDescendants<import('ts-morph').AwaitExpression>(arg, SyntaxKind.AwaitExpression);
    for (const inner of awaited) {
      const value = unwrap(inner.getExpression());
      if (!Node.isCallExpression(value) || !silentCall(value, model, depth)) return false;
    }
  }
  const target = model.functionCalledBy(call);
  return target !== undefined && failsSilently(target, model, depth + 1);
}

/**
 * Whether a retry wrapper re-runs its parameter only when the call throws: every call of the parameter is written in a
 * `try` of the wrapper, whose block neither tests what the call returned nor goes round (`continue`) — a wrapper that
 * also retries on an empty result re-runs a function that swallows its failures and returns null.
 */
export function rerunsOnlyOnThrow(wrapper: FunctionNode, index: number): boolean {
  if (!(Node.isFunctionDeclaration(wrapper) || Node.isArrowFunction(wrapper) || Node.isFunctionExpression(wrapper) || Node.isMethodDeclaration(wrapper))) return false;
  const param = wrapper.getParameters()[index];
  const body = wrapper.getBody();
  if (!param || !body) return false;
  const calls = ownDescendants<CallExpression>(body, SyntaxKind.CallExpression).filter((call) => {
    const callee = unwrap(call.getExpression());
    if (!Node.isIdentifier(callee)) return false;
    const binding = resolveIdentifier(callee);
    return binding.kind === 'local' && binding.declaration === param;
  });
  // The parameter only called here (not handed on to a library whose retry condition this does not read).
  const uses = ownDescendants<import('ts-morph').Identifier>(body, SyntaxKind.Identifier).filter((id) => id.getText() === param.getName() && id !== param.getNameNode());
  if (calls.length === 0 || uses.length !== calls.length) return false;
  return calls.every((call) => {
    const attempt = call.getFirstAncestor((a) => Node.isTryStatement(a) || a === body);
    if (!attempt || !Node.isTryStatement(attempt)) return false;
    const block = attempt.getTryBlock();
    if (ownDescendants(block, SyntaxKind.ContinueStatement).length > 0) return false;
    const holder = call.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
    const result = holder && block.containsRange(holder.getPos(), holder.getEnd()) ? holder.getName() : undefined;
    if (!result) return true;
    return ownDescendants<import('ts-morph').IfStatement>(block, SyntaxKind.IfStatement).every((test) => !new RegExp(`\\b${result}\\b`).test(test.getExpression().getText()));
  });
}

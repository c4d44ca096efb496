// Retry gates: whether a re-attempt happens only after the server refused the earlier attempt — a rate limit, a name
// conflict, an authentication failure — so that nothing done is done twice (test/corpus/README.md questions 13, 63).
// One judgement for every way code goes round again: a loop, a recursive call, a catch's re-attempt, a re-send.
import { Node, SyntaxKind } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { isConstDeclaration, localFunctionNamed, resolveIdentifier, returnedExpressionsOf } from './scope.js';

/**
 * A failure that says the request was refused, not done: a name conflict, a rate limit, a request rejected as malformed
 * (400, 422: the server validated it and acted on nothing) (question 13) — also by the text the Telegram Bot API sends
 * with its 400 for markup it cannot parse ("Bad Request: can't parse entities: …"), where the message was never sent.
 */
const REFUSAL = /already\s*exists|AlreadyExists|conflict|\b409\b|\b429\b|rate[\s_-]*limit|TooMany|too_many|throttl|\b400\b|\b422\b|bad[\s_-]*request|unprocessable|can'?t\s*parse|invalid_arguments/i;
/** An authentication failure, by status or by the error's text (question 63): the server did nothing. */
const AUTH_FAILURE = /\b40[13]\b|unauthori[sz]|forbidden|\bauth(?:entication|enticat|orization|Error|_error|[\s_-]*fail|\b)|Auth(?:entication|Error|Failure|Failed)|invalid[\s_-]*(?:token|api[\s_-]*key|credential|session)|(?:token|session|credential)s?[\s_-]*(?:expired|invalid)|expired[\s_-]*(?:token|session)/i;
/** Words that put a failure the server may have acted on into the same test (`429 || 5xx`, `timeout`). */
const NOT_A_REFUSAL = /\b(?:408|5\d\d|5xx)\b|>=?\s*500|timeout|timed\s*out|ECONN|ETIMEDOUT|network|socket/i;

/** An error class named for a failure the server may have acted on: `InternalServerError`, `ServerError`, `TimeoutError`. */
const ACTED_ERROR_CLASS = /\b(?:Internal)?Server(?:Error|Exception)\b|\bInternalServer\w*|\b(?:Timeout|Network|Connection|Transient)(?:Error|Exception)\b/;

/**
 * Whether a test of the error picks failures the server may have acted on — a 5xx, a timeout, a network error, an error
 * class named for one — and no refusal: a re-attempt it lets through can repeat what the server did (question 13's
 * counterpart: `if (error instanceof InternalServerError && attempt < max) continue`).
 */
export function picksFailuresServerMayHaveActedOn(condition: Node): boolean {
  const text = condition.getText();
  return (NOT_A_REFUSAL.test(text) || ACTED_ERROR_CLASS.test(text)) && !REFUSAL.test(text) && !AUTH_FAILURE.test(text);
}

function isRefusalAtom(text: string): boolean {
  return (REFUSAL.test(text) || AUTH_FAILURE.test(text)) && !NOT_A_REFUSAL.test(text);
}

/**
 * Whether the condition's having the value `holds` says the attempt was refused: `status === 429`,
 * `isRateLimitError(e)`, `/unauthorized/i.test(msg)` when true; `status !== 429`, `!isConflict(e)` when false.
 */
function saysRefused(condition: Node, holds: boolean, depth = 0): boolean {
  const node = unwrap(condition);
  if (Node.isPrefixUnaryExpression(node)) return node.getOperatorToken() === SyntaxKind.ExclamationToken && saysRefused(node.getOperand(), !holds, depth);
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    // `a && b` is true when both are, false when either is not (and the other way round for `||`).
    const both = operator === (holds ? SyntaxKind.BarBarToken : SyntaxKind.AmpersandAmpersandToken);
    const either = operator === (holds ? SyntaxKind.AmpersandAmpersandToken : SyntaxKind.BarBarToken);
    if (both) return saysRefused(node.getLeft(), holds, depth) && saysRefused(node.getRight(), holds, depth);
    if (either) return saysRefused(node.getLeft(), holds, depth) || saysRefused(node.getRight(), holds, depth);
    if (operator === SyntaxKind.ExclamationEqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken) return !holds && isRefusalAtom(node.getText());
  }
  if (!holds) return false;
  if (isRefusalAtom(node.getText())) return true;
  // A test named elsewhere: what it is made of decides (`const isParseError = err.message.includes("can't parse")`).
  const made = depth < MAX_GUARD_DEPTH ? guardDefinitions(node) : [];
  return made.length > 0 && made.every((definition) => definition !== undefined && saysRefused(definition, true, depth + 1));
}

const MAX_GUARD_DEPTH = 2;

function guardName(node: Node): string | undefined {
  if (Node.isIdentifier(node)) return node.getText();
  if (Node.isPropertyAccessExpression(node)) return node.getName();
  if (Node.isCallExpression(node)) return guardName(unwrap(node.getExpression()));
  return undefined;
}

/**
 * What a test written by name is made of, when it can be read in the file: a const's initializer (`isParseError`), the
 * value every return of a function declared in the file gives (`isInvalidArguments(err)`), or every value a class of the
 * file gives the property (`error.isParseModeError`, assigned in its constructor or returned by its getter). An entry
 * that cannot be read is undefined; nothing found, none.
 */
function guardDefinitions(node: Node): Array<Node | undefined> {
  // Only names that read as a test of the failure (`isParseError`, `isInvalidArguments(err)`, `error.isParseModeError`).
  if (!/^(?:is|has)[A-Z]/.test(guardName(node) ?? '')) return [];
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    const declaration = binding.kind === 'local' ? binding.declaration : undefined;
    return declaration && Node.isVariableDeclaration(declaration) && isConstDeclaration(declaration) ? [declaration.getInitializer()] : [];
  }
  if (Node.isCallExpression(node)) {
    const callee = unwrap(node.getExpression());
    const fn = Node.isIdentifier(callee) ? localFunctionNamed(callee) : undefined;
    return fn ? returnedExpressionsOf(fn) : [];
  }
  if (Node.isPropertyAccessExpression(node)) {
    const name = node.getName();
    const out: Array<Node | undefined> = [];
    for (const cls of node.getSourceFile().getClasses()) {
      for (const getter of cls.getGetAccessors()) if (getter.getName() === name) out.push(...returnedExpressionsOf(getter));
      const property = cls.getProperty(name);
      if (!property) continue;
      const initializer = property.getInitializer();
      if (initializer) out.push(initializer);
      for (const assignment of descendantsOfKind(cls, SyntaxKind.BinaryExpression)) {
        const target = assignment.getLeft();
        if (assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isPropertyAccessExpression(target) && target.getName() === name &&
          Node.isThisExpression(target.getExpression())) out.push(assignment.getRight());
      }
    }
    return out;
  }
  return [];
}

const isRefused = (condition: Node) => saysRefused(condition, true);
/** True whenever the attempt was not refused: its being false says it was. */
const isNotRefused = (condition: Node) => saysRefused(condition, false);

/** A statement that leaves the catch for good: a throw or a return (not one that makes the re-attempt itself). */
function exitsWithout(statement: Node, reattempt: Node | undefined): boolean {
  if (reattempt && statement.containsRange(reattempt.getPos(), reattempt.getEnd())) return false;
  if (Node.isThrowStatement(statement) || Node.isReturnStatement(statement)) return true;
  if (!Node.isBlock(statement)) return false;
  const last = statement.getStatements().at(-1);
  return last !== undefined && (Node.isThrowStatement(last) || Node.isReturnStatement(last));
}

/**
 * Whether the code reaches `point` (a re-attempt: a recursive call, the call in a catch, a `continue`, the end of a
 * catch block that lets a loop go round) only when the earlier attempt was refused. Read between `point` and `scope`
 * (the catch block or the error handler): an `if` around the point whose condition requires a refusal
 * (`if (error.status === 429 && retries < 3) return retry()`), the `else` of one that excludes it, or a guard before
 * the point that leaves on every other failure (`if (!isRateLimit(error)) throw error`).
 */
export function reachedOnlyAfterRefusal(point: Node, scope: Node): boolean {
  const chain: Node[] = [];
  for (let node: Node | undefined = point; node; node = node.getParent()) {
    chain.push(node);
    if (node === scope) break;
  }
  if (chain.at(-1) !== scope) return false;
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i]!;
    const child = chain[i - 1]!;
    if (Node.isIfStatement(parent) && child !== parent.getExpression()) {
      if (child === parent.getThenStatement() && isRefused(parent.getExpression())) return true;
      if (child === parent.getElseStatement() && isNotRefused(parent.getExpression())) return true;
    }
    if (Node.isConditionalExpression(parent) && child !== parent.getCondition()) {
      if (child === parent.getWhenTrue() && isRefused(parent.getCondition())) return true;
      if (child === parent.getWhenFalse() && isNotRefused(parent.getCondition())) return true;
    }
    if (Node.isBlock(parent)) {
      for (const statement of parent.getStatements()) {
        if (statement === child || statement.getPos() >= child.getPos()) break;
        if (Node.isIfStatement(statement) && isNotRefused(statement.getExpression()) && exitsWithout(statement.getThenStatement(), point)) return true;
      }
    }
    // A function written inside the scope (a callback) is another place: its conditions do not guard the point.
    if (parent !== scope && (Node.isArrowFunction(parent) || Node.isFunctionExpression(parent) || Node.isFunctionDeclaration(parent))) return false;
  }
  return false;
}

/**
 * Whether a catch block lets its loop go round only after a refusal: every way round (the end of the block when it can
 * be reached, each `continue` of `loop`) is reached only after one.
 */
export function loopsBackOnlyAfterRefusal(block: import('ts-morph').Block, loop: Node): boolean {
  const continues = block.getDescendantsOfKind(SyntaxKind.ContinueStatement).filter((c) => continuedLoop(c) === loop);
  const last = block.getStatements().at(-1);
  const fallsThrough = !last || !(Node.isThrowStatement(last) || Node.isReturnStatement(last) || Node.isBreakStatement(last));
  if (fallsThrough && !endGuarded(block)) return false;
  return continues.every((c) => reachedOnlyAfterRefusal(c, block));
}

/** The end of the block is reached only after a refusal: a guard in it leaves on every other failure. */
function endGuarded(block: import('ts-morph').Block): boolean {
  return block.getStatements().some((statement) => Node.isIfStatement(statement) && isNotRefused(statement.getExpression()) && exitsWithout(statement.getThenStatement(), undefined));
}

function continuedLoop(statement: Node): Node | undefined {
  return statement.getFirstAncestor((a) => Node.isForStatement(a) || Node.isWhileStatement(a) || Node.isDoStatement(a) || Node.isForOfStatement(a) || Node.isForInStatement(a) ||
    Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
}

// retrySpacing: how the retries of a file space and bound their attempts — retry libraries read through
// their options and defaults (knowledge/retry-backoff.ts), hand-written retries (findRetries' loops,
// recursive helpers and `.catch` re-calls) through the waits they make between attempts.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type ParameterDeclaration, type SourceFile } from 'ts-morph';
import type { RetryBackoffFact } from '../knowledge/retry-backoff.js';
import { deepPropertyOf, hasOpaqueSpread, objectLiteralOf, originOf, propertyValue, unwrap, type CalleeRef } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { findMatch } from './match.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { reachesRemote } from './remote-calls.js';
import { findRetries } from './retries.js';
import { constInitializer, insideNestedFunction, resolveIdentifier } from './scope.js';
import type { Confidence } from './types.js';

/** What the wait between attempts is: none, a constant, growing without randomness, randomised, or unknown. */
export type Spacing = 'none' | 'fixed' | 'backoff' | 'jittered' | 'unknown';
export type Bound = 'bounded' | 'unbounded' | 'unknown';

export interface RetrySpacing {
  /** The construct reported: the library call, the loop, the recursive self-call, the `.catch` call. */
  construct: Node;
  label: string;
  spacing: Spacing;
  bound: Bound;
  confidence: Confidence;
  /** For a library: the fact, its callee and its options object (quick fixes add to it). */
  library?: { fact: RetryBackoffFact; callee: CalleeRef; options?: ObjectLiteralExpression };
  /** Words for the spacing, when it comes from a library default or a strategy. */
  spacingNote?: string;
  /** The wait call of a hand-written retry, when there is one (related location). */
  wait?: Node;
}

export function retrySpacingIn(file: SourceFile, model: ProjectModel): RetrySpacing[] {
  return model.memoize('retry-spacing', file, () => {
    const out: RetrySpacing[] = [];
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callee = model.resolveCall(call);
      const fact = findMatch(model.knowledge.retryBackoffLibraries, callee);
      if (fact && callee) {
        const found = librarySpacing(call, fact, callee, model);
        if (found) out.push(found);
      }
    }
    for (const retry of findRetries(file, model)) {
      // A fallback to the next model or provider waits for nothing: it is not the same call sent again.
      if (Node.isForOfStatement(retry.construct)) continue;
      const found = handWrittenSpacing(retry.construct, retry.region, model);
      if (found) out.push(found);
    }
    return out;
  });
}

// ---------- libraries ----------

function librarySpacing(call: CallExpression, fact: RetryBackoffFact, callee: CalleeRef, model: ProjectModel): RetrySpacing | undefined {
  const arg = call.getArguments()[fact.optionsArg];
  const options = arg ? objectLiteralOf(arg) : undefined;
  // Options we cannot see into (a parameter, a call result, a spread) may set anything: say nothing.
  if (arg && !options) return undefined;
  const opaque = options ? hasOpaqueSpread(options) : false;
  const option = (name: string): Node | undefined => propertyValue(deepPropertyOf(options, name));
  const library = { fact, callee, options };
  const base = { construct: call, label: fact.label, confidence: callee.confidence, library };

  // The attempt bound.
  let bound: Bound = 'bounded';
  const attempts = option(fact.attempts.option);
  const forever = fact.attempts.foreverOption ? option(fact.attempts.foreverOption) : undefined;
  if (attempts ? isInfinite(attempts) : fact.attempts.default === Infinity) bound = 'unbounded';
  if (forever && Node.isTrueLiteral(unwrap(forever))) bound = 'unbounded';
  if (attempts && !isInfinite(attempts) && numberValue(attempts) === undefined) bound = 'unknown';
  if (bound === 'unbounded' && fact.attempts.alsoBoundedBy?.some((name) => { const v = option(name); return v !== undefined && !isInfinite(v); })) bound = 'bounded';
  if (opaque && !attempts) bound = 'unknown';

  const spec = fact.delay;
  if (spec.kind === 'exponential') {
    const initialNode = option(spec.initialOption);
    const factorNode = option(spec.factorOption);
    const jitterNode = fact.jitter ? option(fact.jitter.option) : undefined;
    if (opaque && !(initialNode && factorNode && (jitterNode || !fact.jitter))) return { ...base, spacing: 'unknown', bound };
    const initial = initialNode ? numberValue(initialNode) : spec.initialDefault;
    const factor = factorNode ? numberValue(factorNode) : spec.factorDefault;
    const jitterValue = jitterNode ? literalValue(jitterNode) : fact.jitter?.default;
    const jittered = fact.jitter !== undefined && jitterValue !== undefined && fact.jitter.on.includes(jitterValue);
    if (initial === undefined || factor === undefined || (jitterNode && jitterValue === undefined)) return { ...base, spacing: 'unknown', bound };
    let spacing: Spacing;
    if (initial <= 0) spacing = 'none';
    else if (jittered) spacing = 'jittered';
    else spacing = factor <= 1 ? 'fixed' : 'backoff';
    const fromDefaults = !initialNode && !factorNode && !jitterNode;
    return { ...base, spacing, bound, spacingNote: fromDefaults ? `its default is ${fact.defaultDelay}` : undefined };
  }
  if (spec.kind === 'strategy') {
    const strategy = option(spec.option);
    if (!strategy) return { ...base, spacing: opaque ? 'unknown' : 'none', bound, spacingNote: opaque ? undefined : `its default is ${fact.defaultDelay}` };
    return { ...base, ...strategySpacing(strategy, model), bound };
  }
  const delay = option(spec.option);
  if (!delay) return { ...base, spacing: opaque ? 'unknown' : 'none', bound, spacingNote: opaque ? undefined : `its default is ${fact.defaultDelay}` };
  return { ...base, ...delayFunctionSpacing(delay, model), bound };
}

/** `new ExponentialBackoff()`, `new ConstantBackoff(500)`, … (cockatiel). */
function strategySpacing(value: Node, model: ProjectModel): { spacing: Spacing; spacingNote?: string } {
  const node = resolvedValue(value);
  if (!Node.isNewExpression(node)) return { spacing: 'unknown' };
  const origin = originOf(node.getExpression(), model.types(), 0);
  const known = origin && model.knowledge.backoffStrategies.find((s) => s.module === origin.module && s.name === origin.exportName && origin.path.length === 0);
  if (!known) return { spacing: 'unknown' };
  if (known.delay === 'jittered') {
    const settings = objectLiteralOf(node.getArguments()[0]);
    const generator = propertyValue(deepPropertyOf(settings, model.knowledge.unjitteredGenerators.option));
    if (generator && model.knowledge.unjitteredGenerators.names.includes(unwrap(generator).getText().split('.').pop()!)) {
      return { spacing: 'backoff', spacingNote: `${known.name} with ${unwrap(generator).getText()} has no jitter` };
    }
    return { spacing: 'jittered' };
  }
  if (known.name === 'ConstantBackoff') {
    const interval = node.getArguments()[0];
    const ms = interval ? numberValue(interval) : 0;
    if (ms === 0) return { spacing: 'none', spacingNote: 'ConstantBackoff(0) waits nothing' };
    return { spacing: 'fixed', spacingNote: `${known.name}: ${known.note}` };
  }
  return { spacing: known.delay, spacingNote: `${known.name}: ${known.note}` };
}

/** axios-retry `retryDelay`: a known delay function, or one written in place. */
function delayFunctionSpacing(value: Node, model: ProjectModel): { spacing: Spacing; spacingNote?: string } {
  const node = unwrap(value);
  // axiosRetry.exponentialDelay, exponentialDelay (named import), axiosRetry.linearDelay(1000)
  const named = Node.isCallExpression(node) ? node.getExpression() : node;
  const origin = originOf(named, model.types(), 0);
  const name = origin ? (origin.path[origin.path.length - 1] ?? origin.exportName) : undefined;
  const known = origin && model.knowledge.backoffStrategies.find((s) => s.module === origin.module && s.name === name);
  if (known) return { spacing: known.delay, spacingNote: `${known.name}: ${known.note}` };
  const fn = model.functionOfValue(node);
  const body = fn?.getBody();
  if (!fn || !body) return { spacing: 'unknown' };
  const returned: Node[] = Node.isBlock(body)
    ? descendantsOfKind(body, SyntaxKind.ReturnStatement).flatMap((r) => { const e = r.getExpression(); return e ? [e as Node] : []; })
    : [body];
  if (returned.length === 0) return { spacing: 'unknown' };
  const params = new Set<Node>((fn as unknown as { getParameters(): Node[] }).getParameters?.() ?? []);
  return { spacing: combine(returned.map((r) => classifyDelay(r, params, model, 0))) };
}

// ---------- hand-written retries ----------

function handWrittenSpacing(construct: Node, region: Node, model: ProjectModel): RetrySpacing | undefined {
  if (Node.isForStatement(construct) || Node.isWhileStatement(construct) || Node.isDoStatement(construct)) return loopSpacing(construct, region, model);
  if (!Node.isCallExpression(construct)) return undefined;
  const expression = construct.getExpression();
  if (Node.isPropertyAccessExpression(expression) && expression.getName() === 'catch') return catchSpacing(construct, region, model);
  const self = model.functionCalledBy(construct);
  if (self && self.containsRange(construct.getPos(), construct.getEnd())) return recursiveSpacing(construct, self, region, model);
  return undefined;
}

type LoopNode = Node & { getStatement(): Node };

function loopSpacing(loop: LoopNode, tryBlock: Node, model: ProjectModel): RetrySpacing | undefined {
  if (!reachesRemote(tryBlock, model, 0, SHARED) && calledParameters(tryBlock, loop).length === 0) return undefined;
  // A retry stops once an attempt succeeds; a loop that goes on after success is a worker or a poller.
  if (!exitsOnSuccess(loop, tryBlock)) return undefined;
  const body = loop.getStatement();
  const variant = loopVariant(loop);
  // A loop whose attempt works on something new each time (the next path up, the next item) iterates; it does not retry.
  if (attemptsDiffer(tryBlock, body, variant)) return undefined;
  const tryStatement = tryBlock.getParent();
  const handler = tryStatement && Node.isTryStatement(tryStatement) ? tryStatement.getCatchClause() : undefined;
  // Going round only when the model's answer was unusable asks again; a failed request is thrown, not retried.
  // Going round only while the error says the thing is not there or not ready yet waits for a state (a poll).
  if (handler && (goesRoundOnlyFor(handler, INVALID_OUTPUT) || goesRoundOnlyFor(handler, NOT_READY))) return undefined;
  const { spacing: found, wait } = waitsIn(body, variant, model);
  const catchBlock = tryBlock.getParent() && Node.isTryStatement(tryBlock.getParent()!) ? (tryBlock.getParent() as import('ts-morph').TryStatement).getCatchClause() : undefined;
  const spacing = found === 'none' && catchBlock && awaitsOtherWork(catchBlock, tryBlock, model) ? 'unknown' : found;
  return { construct: loop, label: 'This retry loop', spacing, bound: loopBound(loop), confidence: 'medium', wait };
}

/** Errors that say a response arrived but was not usable (bad JSON, a schema mismatch), not that the service failed. */
const INVALID_OUTPUT = /NoObjectGenerated|TypeValidation|JSONParse|ParseError|ZodError|SyntaxError|ValidationError|OutputParser|InvalidResponse|SchemaError/;

/** Errors that say the resource is not there or busy yet (`isVersionNotFoundError`, `isStateChangeInProgressError`). */
const NOT_READY = /not_?found|notfound|in_?progress|not_?ready|not_?yet|pending|state_?change|propagat/i;

/**
 * `catch (err) { if (!NoObjectGeneratedError.isInstance(err) || left === 0) throw err; … }`: every error but
 * the kind named goes out; only that kind goes round.
 */
function goesRoundOnlyFor(handler: import('ts-morph').CatchClause, kind: RegExp): boolean {
  return handler.getBlock().getStatements().some((statement) => {
    if (!Node.isIfStatement(statement)) return false;
    const then = statement.getThenStatement();
    const throws = Node.isThrowStatement(then) || (Node.isBlock(then) && then.getStatements().some((s) => Node.isThrowStatement(s)));
    if (!throws) return false;
    // The condition rethrows whatever is not an invalid-output error: `!X.isInstance(err)`, `!(err instanceof X)`.
    return descendantsOfKind(statement.getExpression(), SyntaxKind.PrefixUnaryExpression).concat(Node.isPrefixUnaryExpression(statement.getExpression()) ? [statement.getExpression() as import('ts-morph').PrefixUnaryExpression] : [])
      .some((not) => not.getOperatorToken() === SyntaxKind.ExclamationToken && kind.test(not.getOperand().getText().replace(/[\s-]/g, '_')));
  });
}

function catchSpacing(call: CallExpression, region: Node, model: ProjectModel): RetrySpacing | undefined {
  if (!reachesRemote(region, model, 0, SHARED)) return undefined;
  const handler = call.getArguments()[0];
  if (!handler) return undefined;
  // `.catch(() => send(other))`: a call with other arguments is a fallback, not the attempt again.
  const first = unwrap((call.getExpression() as import('ts-morph').PropertyAccessExpression).getExpression());
  if (Node.isCallExpression(first) && Node.isCallExpression(region) && argumentsText(first) !== argumentsText(region)) return undefined;
  const { spacing, wait } = waitsIn(handler, new Set(), model);
  return { construct: call, label: 'This `.catch()` retry', spacing, bound: 'bounded', confidence: 'medium', wait };
}

function recursiveSpacing(selfCall: CallExpression, fn: FunctionNode, region: Node, model: ProjectModel): RetrySpacing | undefined {
  if (!reachesRemote(region, model, 0, SHARED)) return undefined;
  const parameters = (fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters?.() ?? [];
  // activateBundle(ctx, 'legacy', false): a call with other arguments is a fallback, not the same attempt again.
  if (!sameAttempt(selfCall, parameters)) return undefined;
  const catchClause = selfCall.getFirstAncestorByKind(SyntaxKind.CatchClause);
  const scope = catchClause ?? fn.getBody()!;
  const params = new Set<Node>(parameters);
  const { spacing: found, wait } = waitsIn(scope, params, model);
  const spacing = found === 'none' && awaitsOtherWork(scope, selfCall, model) ? 'unknown' : found;
  const body = fn.getBody()!;
  const bounded = guardedExit(body) || guardedCall(selfCall, body);
  const name = Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) ? fn.getName() : undefined;
  return { construct: selfCall, label: `This recursive retry${name ? ` (${name})` : ''}`, spacing, bound: bounded ? 'bounded' : 'unbounded', confidence: 'medium', wait };
}

/** Each argument of the self-call is its own parameter passed on, or a counter stepped from it (`attempt + 1`). */
function sameAttempt(selfCall: CallExpression, parameters: ParameterDeclaration[]): boolean {
  return selfCall.getArguments().every((arg, index) => {
    const parameter = parameters[index];
    if (!parameter) return false;
    const name = parameter.getName();
    const text = unwrap(arg).getText().replace(/\s+/g, '');
    return text === name || new RegExp(`^(${name}[-+]\\d+|\\d+[-+]${name}|${name}\\?\\?\\d+[-+]\\d+|\\(${name}\\?\\?\\d+\\)[-+]\\d+)$`).test(text) || /^\.\.\.\w+$/.test(text);
  });
}

/**
 * Before going round again the handler awaits some other project work (`await this.reconnect()`, a token
 * refresh): how long that takes is unknown, so "no wait" cannot be claimed.
 */
function awaitsOtherWork(scope: Node, retried: Node, model: ProjectModel): boolean {
  return descendantsOfKind(scope, SyntaxKind.AwaitExpression).some((awaited) => {
    if (awaited.containsRange(retried.getPos(), retried.getEnd())) return false;
    const call = unwrap(awaited.getExpression());
    if (!Node.isCallExpression(call)) return false;
    if (model.functionCalledBy(call) !== undefined) return true;
    // A callback the caller passed in (`await onError(error)`) may wait as long as it likes before the next attempt.
    const target = unwrap(call.getExpression());
    if (!Node.isIdentifier(target) && !Node.isPropertyAccessExpression(target)) return false;
    const root = Node.isIdentifier(target) ? target : leftmostIdentifier(target);
    const binding = root ? resolveIdentifier(root) : undefined;
    return binding?.kind === 'local' && Node.isParameterDeclaration(binding.declaration);
  });
}

function leftmostIdentifier(node: Node): import('ts-morph').Identifier | undefined {
  let current: Node = node;
  while (Node.isPropertyAccessExpression(current)) current = current.getExpression();
  return Node.isIdentifier(current) ? current : undefined;
}

/** A generic retry helper: the retried code calls a function its caller passed in (`withRetry(operation)`). */
/** The parameters of the function around the loop that the retried code calls (the helper's `operation`). */
function calledParameters(region: Node, loop: Node): ParameterDeclaration[] {
  const out: ParameterDeclaration[] = [];
  for (const call of descendantsOfKind(region, SyntaxKind.CallExpression)) {
    const target = unwrap(call.getExpression());
    if (!Node.isIdentifier(target)) continue;
    const binding = resolveIdentifier(target);
    // A parameter of the function around the loop (the helper's `operation`), not a Promise executor's `resolve`.
    if (binding.kind === 'local' && Node.isParameterDeclaration(binding.declaration) && !loop.containsRange(binding.declaration.getPos(), binding.declaration.getEnd())) out.push(binding.declaration);
  }
  return out;
}

function argumentsText(call: CallExpression): string {
  return call.getArguments().map((a) => a.getText().replace(/\s+/g, '')).join(',');
}

/** Retry spacing matters for services other clients share: requests to this machine do not count. */
const SHARED = { sharedOnly: true };

/** The try block (or the loop around it) leaves the loop once the attempt worked: return, break, or a flag the condition reads. */
function exitsOnSuccess(loop: LoopNode, tryBlock: Node): boolean {
  const exits = [...descendantsOfKind(tryBlock, SyntaxKind.ReturnStatement), ...descendantsOfKind(tryBlock, SyntaxKind.BreakStatement)]
    .some((exit) => !insideNestedFunction(exit, tryBlock) && (Node.isReturnStatement(exit) || innermostLoop(exit) === loop) && !waitsForState(exit, tryBlock));
  if (exits) return true;
  const condition = Node.isForStatement(loop) ? loop.getCondition() : Node.isWhileStatement(loop) || Node.isDoStatement(loop) ? loop.getExpression() : undefined;
  if (!condition) return false;
  const names = new Set(descendantsOfKind(condition, SyntaxKind.Identifier).map((id) => id.getText()));
  if (Node.isIdentifier(condition)) names.add(condition.getText());
  // `while (!done) { try { …; done = true } … }`, or a counter compared in the condition.
  if (descendantsOfKind(tryBlock, SyntaxKind.BinaryExpression).some((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && names.has(b.getLeft().getText()))) return true;
  // `try { res = await op() } catch { …; continue } return res`: the exit comes after the try statement. A loop whose
  // only exits come before the attempt (`if (isTerminal(state)) return` at the top) or from its condition (a deadline)
  // goes round after a success too: it polls.
  return hasRelational(condition) && exitsAfter(loop, tryBlock);
}

/** A return, or a break of this loop, after the try statement in the loop's body (not in its catch, not waiting for a state). */
function exitsAfter(loop: LoopNode, tryBlock: Node): boolean {
  const tryStatement = tryBlock.getParent();
  if (!tryStatement || !Node.isTryStatement(tryStatement)) return true;
  const body = loop.getStatement();
  return [...descendantsOfKind(body, SyntaxKind.ReturnStatement), ...descendantsOfKind(body, SyntaxKind.BreakStatement)]
    .some((exit) => exit.getStart() >= tryStatement.getEnd() && !insideNestedFunction(exit, body) &&
      (Node.isReturnStatement(exit) || innermostLoop(exit) === loop) && !waitsForState(exit, body));
}

/** `if (run.status === 'completed') return run`: the loop waits for a state (polling), it does not retry a failure. */
function waitsForState(exit: Node, within: Node): boolean {
  for (let node = exit.getParent(); node && node !== within; node = node.getParent()) {
    if (!Node.isIfStatement(node)) continue;
    const condition = node.getExpression();
    const comparisons = [condition, ...descendantsOfKind(condition, SyntaxKind.BinaryExpression)].filter(Node.isBinaryExpression);
    if (comparisons.some((b) => /^(===|!==|==|!=)$/.test(b.getOperatorToken().getText()) && [b.getLeft(), b.getRight()].some((side) => Node.isStringLiteral(side) || Node.isNoSubstitutionTemplateLiteral(side)))) return true;
    // `['completed', 'failed'].includes(snap.status)`: one of a set of states.
    const calls = [condition, ...descendantsOfKind(condition, SyntaxKind.CallExpression)].filter(Node.isCallExpression);
    if (calls.some((call) => {
      const callee = call.getExpression();
      if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'includes') return false;
      const list = unwrap(callee.getExpression());
      return Node.isArrayLiteralExpression(list) && list.getElements().length > 0 && list.getElements().every((e) => Node.isStringLiteral(e) || Node.isNoSubstitutionTemplateLiteral(e));
    })) return true;
    // `const state = await res.json(); if (!state.isProcessing && sawProcessing) return state`: the exit depends on what
    // the answer says (a field of a value the attempt produced), not on whether the request worked.
    if (readsAnswerField(condition, within)) return true;
  }
  return false;
}

/** Fields that say whether the request itself worked: an exit on them ends a retry, not a wait. */
const OUTCOME_FIELDS = /^(ok|status|statusCode|statusText|code|error|errors|success|succeeded|failed)$/;

/** The condition reads a field (other than an outcome field) of a local the attempt awaited, in `within`. */
function readsAnswerField(condition: Node, within: Node): boolean {
  const accesses = [condition, ...descendantsOfKind(condition, SyntaxKind.PropertyAccessExpression)].filter(Node.isPropertyAccessExpression);
  return accesses.some((access) => {
    const target = access.getExpression();
    if (!Node.isIdentifier(target) || OUTCOME_FIELDS.test(access.getName())) return false;
    const declaration = target.getSymbol()?.getDeclarations()[0];
    if (!declaration || !Node.isVariableDeclaration(declaration) || !within.containsRange(declaration.getPos(), declaration.getEnd())) return false;
    let init = declaration.getInitializer();
    while (init && (Node.isAsExpression(init) || Node.isParenthesizedExpression(init) || Node.isNonNullExpression(init) || Node.isSatisfiesExpression(init))) init = init.getExpression();
    return init !== undefined && Node.isAwaitExpression(init);
  });
}

function innermostLoop(node: Node): Node | undefined {
  return node.getFirstAncestor((a) => Node.isForStatement(a) || Node.isWhileStatement(a) || Node.isDoStatement(a) || Node.isForOfStatement(a) || Node.isForInStatement(a) || Node.isSwitchStatement(a));
}

function loopBound(loop: LoopNode): Bound {
  const condition = Node.isForStatement(loop) ? loop.getCondition() : Node.isWhileStatement(loop) || Node.isDoStatement(loop) ? loop.getExpression() : undefined;
  if (condition && !isConstantTrue(condition)) {
    // `attempt < max`, `retries-- > 0`, `while (attempts--)`.
    if (hasRelational(condition) || /\+\+|--/.test(condition.getText())) return 'bounded';
  }
  if (Node.isForStatement(loop) && condition && !isConstantTrue(condition) && !hasRelational(condition)) return 'unknown';
  if (guardedExit(loop.getStatement())) return 'bounded';
  // `throwIfAborted(signal)` / `if (signal.aborted) …` every pass: the caller's signal bounds the total time.
  return ABORT_CHECK.test(loop.getStatement().getText()) ? 'unknown' : 'unbounded';
}

const ABORT_CHECK = /\bthrowIfAborted\s*\(|\.aborted\b/;

const RELATIONAL = new Set([SyntaxKind.LessThanToken, SyntaxKind.LessThanEqualsToken, SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken,
  SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.EqualsEqualsToken]);

function hasRelational(node: Node): boolean {
  const check = (n: Node) => Node.isBinaryExpression(n) && RELATIONAL.has(n.getOperatorToken().getKind()) && !/^['"`]/.test(n.getRight().getText());
  return check(node) || descendantsOfKind(node, SyntaxKind.BinaryExpression).some(check);
}

function isConstantTrue(node: Node): boolean {
  return Node.isTrueLiteral(node) || node.getText() === '1';
}

/** An `if` comparing a counter that throws, returns or breaks. */
function guardedExit(body: Node): boolean {
  for (const statement of descendantsOfKind(body, SyntaxKind.IfStatement)) {
    if (!hasRelational(statement.getExpression())) continue;
    const then = statement.getThenStatement();
    if (Node.isBreakStatement(then) || Node.isReturnStatement(then) || Node.isThrowStatement(then)) return true;
    if ([SyntaxKind.BreakStatement, SyntaxKind.ReturnStatement, SyntaxKind.ThrowStatement].some((kind) => descendantsOfKind(then, kind).length > 0)) return true;
  }
  return false;
}

function guardedCall(call: Node, body: Node): boolean {
  for (const ancestor of call.getAncestors()) {
    if (ancestor === body) break;
    if (Node.isIfStatement(ancestor) && hasRelational(ancestor.getExpression())) return true;
    if (Node.isConditionalExpression(ancestor) && hasRelational(ancestor.getCondition())) return true;
    if (Node.isBinaryExpression(ancestor) && ['&&', '||'].includes(ancestor.getOperatorToken().getText()) && hasRelational(ancestor.getLeft())) return true;
  }
  return false;
}

/**
 * The attempt uses a value that changes every time round (`fs.stat(currentPath)` walking up, `parts[j]`):
 * each pass works on new input. Locals declared in the loop from such values count too.
 */
function attemptsDiffer(tryBlock: Node, body: Node, variant: Set<Node>): boolean {
  const perPass = new Set(variant);
  for (const declaration of descendantsOfKind(body, SyntaxKind.VariableDeclaration)) {
    if (tryBlock.containsRange(declaration.getPos(), declaration.getEnd())) continue;
    const init = declaration.getInitializer();
    if (init && usesAny(init, perPass)) perPass.add(declaration);
  }
  // `const model = fallbackModels[i]` in the attempt: each pass takes the next item (a fallback chain, a failover).
  if (descendantsOfKind(tryBlock, SyntaxKind.ElementAccessExpression).some((access) => {
    const index = access.getArgumentExpression();
    return index !== undefined && usesAny(index, variant);
  })) return true;
  return descendantsOfKind(tryBlock, SyntaxKind.CallExpression).some((call) => call.getArguments().some((arg) => usesAny(arg, perPass)) ||
    usesAny(call.getExpression(), perPass));
}

function usesAny(node: Node, declarations: Set<Node>): boolean {
  if (declarations.size === 0) return false;
  const ids = Node.isIdentifier(node) ? [node] : descendantsOfKind(node, SyntaxKind.Identifier);
  return ids.some((id) => {
    const binding = resolveIdentifier(id);
    return binding.kind === 'local' && declarations.has(binding.declaration);
  });
}

/** Declarations whose value changes from one attempt to the next: the for-loop's own, and those assigned in the loop. */
function loopVariant(loop: LoopNode): Set<Node> {
  const out = new Set<Node>();
  if (Node.isForStatement(loop)) {
    const init = loop.getInitializer();
    if (init && Node.isVariableDeclarationList(init)) init.getDeclarations().forEach((d) => out.add(d));
  }
  const assigned = (target: Node) => {
    const node = unwrap(target);
    if (!Node.isIdentifier(node)) return;
    const binding = resolveIdentifier(node);
    if (binding.kind === 'local') out.add(binding.declaration);
  };
  for (const update of [...descendantsOfKind(loop, SyntaxKind.PostfixUnaryExpression), ...descendantsOfKind(loop, SyntaxKind.PrefixUnaryExpression)]) {
    assigned(update.getOperand());
  }
  for (const binary of descendantsOfKind(loop, SyntaxKind.BinaryExpression)) {
    const kind = binary.getOperatorToken().getKind();
    if (kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment) assigned(binary.getLeft());
  }
  return out;
}

// ---------- waits ----------

interface WaitFound {
  spacing: Spacing;
  wait?: Node;
}

/** The waits a retry makes between attempts inside `scope`, combined. No wait at all is 'none'. */
function waitsIn(scope: Node, variant: Set<Node>, model: ProjectModel): WaitFound {
  const spacings: Spacing[] = [];
  let first: Node | undefined;
  for (const call of descendantsOfKind(scope, SyntaxKind.CallExpression)) {
    // The retried operation itself is not a wait, whatever timers it runs inside.
    if (reachesRemote(call, model, 0)) continue;
    const wait = waitOf(call, model);
    if (!wait) continue;
    // A timer inside the attempt that aborts it (a deadline) is not a wait between attempts.
    if (wait === 'timer') continue;
    first ??= call;
    spacings.push(wait.delay ? classifyDelay(wait.delay, variant, model, 0, wait.helperJitters) : wait.helperJitters ? 'jittered' : 'unknown');
  }
  if (spacings.length === 0) return { spacing: hasUnresolvedWaitName(scope, model) ? 'unknown' : 'none' };
  return { spacing: combine(spacings), wait: first };
}

const WAIT_NAME = /^(sleep|delay|wait|pause|backoff|snooze|timeout|waitFor|sleepMs|delayMs|exponentialBackoff|retryDelay)$/i;

/** A call named like a wait that we could not resolve: the retry may well wait. */
function hasUnresolvedWaitName(scope: Node, model: ProjectModel): boolean {
  return descendantsOfKind(scope, SyntaxKind.CallExpression).some((call) => {
    const expression = call.getExpression();
    const name = Node.isPropertyAccessExpression(expression) ? expression.getName() : expression.getText();
    return /sleep|delay|wait|pause|backoff|snooze/i.test(name) && !waitOf(call, model);
  });
}

type Wait = { delay?: Node; helperJitters: boolean } | 'timer';

/** Whether a call waits: a known sleep function, `new Promise(r => setTimeout(r, ms))`, or a project sleep helper. */
function waitOf(call: CallExpression, model: ProjectModel, depth = 0): Wait | undefined {
  const callee = model.resolveCall(call);
  if (callee) {
    const sleep = model.knowledge.sleepFunctions.find((s) => s.module === callee.module && s.export === callee.exportName && (s.path ?? '') === callee.path.join('.'));
    if (sleep) {
      if (callee.module === 'global' && !resolvesPromise(call)) return 'timer';
      return { delay: call.getArguments()[sleep.delayArg], helperJitters: false };
    }
    if (callee.module !== 'global') return undefined;
  }
  const helper = model.functionCalledBy(call);
  const body = helper?.getBody();
  if (!helper || !body || body.containsRange(call.getPos(), call.getEnd())) return undefined;
  const summary = sleepHelper(helper, model, depth + 1);
  if (!summary) return undefined;
  // sleep(ms): the argument is the delay; backoff(attempt): the helper computes it from what it is given.
  const arg = call.getArguments()[0];
  return { delay: summary.usesParameter ? arg : undefined, helperJitters: summary.jitters };
}

/**
 * `new Promise((resolve) => setTimeout(resolve, ms))`: a setTimeout in a Promise executor that resolves is a
 * wait; one that rejects (`setTimeout(() => reject(new Error('timeout')), ms)`) is a deadline on the attempt.
 */
function resolvesPromise(call: CallExpression): boolean {
  for (let node = call.getParent(), depth = 0; node && depth < 6; node = node.getParent(), depth++) {
    if (!Node.isNewExpression(node) || node.getExpression().getText() !== 'Promise') continue;
    const executor = node.getArguments()[0];
    if (!executor || !(Node.isArrowFunction(executor) || Node.isFunctionExpression(executor))) return false;
    const resolve = executor.getParameters()[0]?.getName();
    const callback = call.getArguments()[0];
    if (!resolve || !callback || resolve === '_') return false;
    const text = callback.getText();
    return text === resolve || new RegExp(`\\b${resolve}\\s*\\(`).test(text);
  }
  return false;
}

const MAX_SLEEP_DEPTH = 2;

/** A project function that waits: whether it randomises the wait and whether the wait comes from its parameters. */
function sleepHelper(fn: FunctionNode, model: ProjectModel, depth: number): { jitters: boolean; usesParameter: boolean } | undefined {
  return model.memoize('sleep-helper', fn, () => {
    const body = fn.getBody();
    if (!body || depth > MAX_SLEEP_DEPTH) return undefined;
    // waitOf follows project helpers itself (one level deeper each time), so mutual recursion ends at the bound.
    const waits = descendantsOfKind(body, SyntaxKind.CallExpression).some((call) => {
      const wait = waitOf(call, model, depth);
      return wait !== undefined && wait !== 'timer';
    });
    if (!waits) return undefined;
    const params = ((fn as unknown as { getParameters?(): Node[] }).getParameters?.() ?? []);
    return { jitters: RANDOM.test(body.getText()), usesParameter: params.length > 0 };
  });
}

const RANDOM = /Math\.random|randomInt|\bjitter|crypto\.getRandomValues|\brandom\w*\(/i;
const SERVER_DIRECTED = /retry[-_]?after|x-ratelimit|ratelimit-reset/i;
const PURE_MATH = /^Math\.(min|max|pow|floor|ceil|round|trunc|abs)$/;
const MAX_DELAY_FOLLOW = 4;

/** Whether a delay expression is zero, constant, grows with the attempt, or is randomised. */
function classifyDelay(expression: Node, variant: Set<Node>, model: ProjectModel, depth: number, helperJitters = false): Spacing {
  if (helperJitters) return 'jittered';
  if (depth > MAX_DELAY_FOLLOW) return 'unknown';
  const node = unwrap(expression);
  const text = node.getText();
  if (RANDOM.test(text)) return 'jittered';
  if (SERVER_DIRECTED.test(text)) return 'unknown';
  const value = numberValue(node);
  if (value !== undefined) return value <= 0 ? 'none' : 'fixed';
  let grows = false;
  let unknown = false;
  const parts = [node, ...node.getDescendants()];
  for (const part of parts) {
    if (Node.isIdentifier(part)) {
      const parent = part.getParent();
      if (parent && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === part) continue;
      const binding = resolveIdentifier(part);
      if (binding.kind !== 'local') continue;
      if (variant.has(binding.declaration)) {
        grows = true;
        continue;
      }
      const declaration = binding.declaration;
      if (Node.isVariableDeclaration(declaration) && declaration.getInitializer()) {
        const inner = classifyDelay(declaration.getInitializer()!, variant, model, depth + 1);
        if (inner === 'jittered') return 'jittered';
        if (inner === 'backoff') grows = true;
        if (inner === 'unknown') unknown = true;
      }
    } else if (Node.isCallExpression(part)) {
      const callee = part.getExpression().getText();
      if (PURE_MATH.test(callee)) continue;
      const helper = model.functionCalledBy(part);
      const body = helper?.getBody();
      if (!body) {
        unknown = true;
        continue;
      }
      if (RANDOM.test(body.getText())) return 'jittered';
      if (part.getArguments().some((a) => classifyDelay(a, variant, model, depth + 1) === 'backoff')) grows = true;
    } else if (Node.isBinaryExpression(part) && part.getOperatorToken().getKind() === SyntaxKind.AsteriskAsteriskToken) {
      // 2 ** attempt: grows only when the exponent changes, which the identifiers decide.
    }
  }
  if (grows) return 'backoff';
  return unknown ? 'unknown' : 'fixed';
}

/** The weakest spacing wins: one immediate re-attempt path is enough to hammer a failing service. */
function combine(spacings: Spacing[]): Spacing {
  if (spacings.includes('unknown')) return 'unknown';
  for (const kind of ['none', 'fixed', 'backoff'] as const) if (spacings.includes(kind)) return kind;
  return 'jittered';
}

// ---------- values ----------

/** A const's initialiser in place of its name (a `let` may change between attempts). */
function resolvedValue(value: Node): Node {
  const node = unwrap(value);
  const init = Node.isIdentifier(node) ? constInitializer(node) : undefined;
  return init ? unwrap(init) : node;
}

function isInfinite(value: Node): boolean {
  const text = resolvedValue(value).getText().replace(/\s+/g, '');
  return /^(Infinity|Number\.POSITIVE_INFINITY|Number\.MAX_SAFE_INTEGER|Number\.MAX_VALUE|1e\d{3,})$/.test(text);
}

/** A number written as a literal, a const holding one, or simple arithmetic over those (`30 * 1000`, `5_000`). */
export function numberValue(value: Node, depth = 0): number | undefined {
  if (depth > 4) return undefined;
  const node = resolvedValue(value);
  if (Node.isNumericLiteral(node)) return Number(node.getLiteralValue());
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    const inner = numberValue(node.getOperand(), depth + 1);
    return inner === undefined ? undefined : -inner;
  }
  if (Node.isBinaryExpression(node)) {
    const left = numberValue(node.getLeft(), depth + 1);
    const right = numberValue(node.getRight(), depth + 1);
    if (left === undefined || right === undefined) return undefined;
    switch (node.getOperatorToken().getKind()) {
      case SyntaxKind.AsteriskToken: return left * right;
      case SyntaxKind.PlusToken: return left + right;
      case SyntaxKind.MinusToken: return left - right;
      case SyntaxKind.SlashToken: return left / right;
      case SyntaxKind.AsteriskAsteriskToken: return left ** right;
      default: return undefined;
    }
  }
  return undefined;
}

function literalValue(value: Node): string | boolean | undefined {
  const node = resolvedValue(value);
  if (Node.isTrueLiteral(node)) return true;
  if (Node.isFalseLiteral(node)) return false;
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  return undefined;
}

// Values a call fixes for the parameters of the function it calls — a literal argument, an object literal's properties, a
// left-out argument's literal default — carried down a path of helper calls, and the branches, cases and returns those
// values rule out. summaries.ts judges a helper's writes with them at each call (a `switch` on a parameter the caller
// fixes is followed only into that case); cli-agent-runs.ts reads the words a spawn is given with them
// (`runCodexExec({ mode: 'judge' })` takes only `modeArgs('judge')`'s list).
import { Node, SyntaxKind, type BindingElement, type CallExpression, type ConditionalExpression, type Identifier, type IfStatement, type ObjectLiteralExpression, type ParameterDeclaration, type PropertyAccessExpression } from 'ts-morph';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';

/**
 * A value a call fixes for a parameter: a string literal, `true` or `false` written at the call, or the parameter's own
 * literal default when the call leaves the argument out (`writeNote(path, text)` with `append = false`); an object
 * literal, whose properties (or their absence) fix what the callee destructures from it (`{ force = false } = params`).
 */
export type KnownValue = string | boolean | ObjectLiteralExpression;

/**
 * The values a call fixes, by the callee parameter that receives them (`api.run('list_orders', args)`); `known`, the
 * values known in the function making the call, for the arguments that pass its own parameters on.
 */
export function literalArguments(call: CallExpression, callee: FunctionNode, known: Map<Node, KnownValue> = new Map()): Map<Node, KnownValue> | undefined {
  if (!hasParameters(callee)) return undefined;
  const out = knownArguments(call, callee.getParameters(), known);
  return out.size > 0 ? out : undefined;
}

/**
 * The values a call fixes for `params`: a literal argument, an identifier naming a parameter of the caller whose value
 * `known` holds (or a member of the object literal it holds), or a left-out argument's literal (or object literal) default. Nothing past a spread argument (its positions are not seen).
 */
export function knownArguments(call: CallExpression, params: ParameterDeclaration[], known: Map<Node, KnownValue>): Map<Node, KnownValue> {
  const out = new Map<Node, KnownValue>();
  const args = call.getArguments();
  const spread = args.findIndex((arg) => Node.isSpreadElement(arg));
  params.forEach((param, index) => {
    if (spread >= 0 && index >= spread) return;
    const arg = args[index];
    const value = arg
      ? literalValue(arg) ?? (Node.isObjectLiteralExpression(arg) ? arg : Node.isIdentifier(arg) ? knownValueOf(arg, known) : knownArgumentMember(arg, known))
      : param.isRestParameter() ? undefined : literalValue(param.getInitializer()) ?? objectLiteral(param.getInitializer());
    if (value !== undefined) out.set(param, value);
  });
  return out;
}

/** `options = {}`: a left-out argument's object literal default, as if the caller had written it. */
function objectLiteral(node: Node | undefined): ObjectLiteralExpression | undefined {
  return node && Node.isObjectLiteralExpression(node) ? node : undefined;
}

/** `modeArgs(args.mode)` with the caller's `{ mode: 'judge' }`: the member of a known object literal the argument reads. */
function knownArgumentMember(arg: Node, known: Map<Node, KnownValue>): KnownValue | undefined {
  const value = Node.isPropertyAccessExpression(arg) ? knownMemberValue(arg, known) : undefined;
  return value ?? undefined;
}

function literalValue(node: Node | undefined): KnownValue | undefined {
  if (!node) return undefined;
  if (Node.isTrueLiteral(node)) return true;
  if (Node.isFalseLiteral(node)) return false;
  return literalText(node);
}

function knownValueOf(identifier: Identifier, known: Map<Node, KnownValue>): KnownValue | undefined {
  const binding = resolveIdentifier(identifier);
  if (binding.kind !== 'local') return undefined;
  const value = known.get(binding.declaration);
  if (value !== undefined || !Node.isBindingElement(binding.declaration)) return value;
  return destructuredValue(binding.declaration, known);
}

/**
 * `const { force = false } = params` (or `({ force = false }) =>`) with `params` an object literal the caller wrote: the
 * property's literal, or the default (`undefined`, falsy, without one) when the literal leaves the property out. Unknown
 * when the literal spreads another object in.
 */
function destructuredValue(element: BindingElement, known: Map<Node, KnownValue>): KnownValue | undefined {
  const pattern = element.getParent();
  const holder = pattern.getParent();
  if (!Node.isObjectBindingPattern(pattern) || element.getDotDotDotToken()) return undefined;
  const init = Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
  const object = Node.isParameterDeclaration(holder) ? known.get(holder) : init && Node.isIdentifier(init) ? knownValueOf(init, known) : undefined;
  if (object === undefined || typeof object !== 'object') return undefined;
  if (object.getProperties().some((p) => Node.isSpreadAssignment(p))) return undefined;
  const name = element.getPropertyNameNode()?.getText() ?? element.getName();
  const property = object.getProperty(name);
  if (!property) return element.getInitializer() ? literalValue(element.getInitializer()) : false;
  return Node.isPropertyAssignment(property) ? literalValue(property.getInitializer()) : undefined;
}

/**
 * Whether a helper's path to a write runs through a `switch` on a parameter whose value the caller fixed to another case
 * (`run('list_orders')` never reaches `case 'create_order':`), through the branch of an `if (param)` the value does
 * not take (`writeNote(path, text)` leaves `append = false`: never `if (append) appendFile(…)`), or past an `if` the value
 * takes whose branch returns (`if (mode === 'judge') return judgeArgs;`), following the values down the path as each
 * helper passes its parameters on.
 */
export function notTakenFor(literals: Map<Node, KnownValue>, path: ReadonlyArray<Node>, model: ProjectModel): boolean {
  let known = literals;
  for (let k = 0; k < path.length && known.size > 0; k++) {
    const node = path[k]!;
    if (notReachedFor(node, known)) return true;
    if (!Node.isCallExpression(node) || k === path.length - 1) break;
    const next = model.functionCalledBy(node);
    if (!next || !hasParameters(next)) break;
    known = knownArguments(node, next.getParameters(), known);
  }
  return false;
}

/**
 * The values the calls of `path` fix for the parameters of the functions it runs through: those the first call hands the
 * function it runs, carried down as each helper passes its parameters on (with the literals each call writes itself).
 * Each function's are kept (by its own parameters), so the last call is judged with those of the helpers that led to it
 * too (`args.push(…)` in a caller of the spawner). Undefined when the values keep the path from being taken.
 */
export function knownAtEndOf(path: ReadonlyArray<CallExpression>, model: ProjectModel): Map<Node, KnownValue> | undefined {
  const known = new Map<Node, KnownValue>();
  for (let k = 0; k < path.length - 1; k++) {
    const fn = model.functionCalledBy(path[k]!);
    for (const [parameter, value] of (fn && literalArguments(path[k]!, fn, known)) ?? []) known.set(parameter, value);
    if (!reachedFor(path[k + 1]!, known)) return undefined;
  }
  return known;
}

/** Whether the known values let the function `node` sits in reach it (always when none are known). */
export function reachedFor(node: Node, known: Map<Node, KnownValue>): boolean {
  return known.size === 0 || !notReachedFor(node, known);
}

/** `cond ? a : b`: the branch the known values pick, or undefined when they do not decide the condition. */
export function conditionalTakenFor(conditional: ConditionalExpression, known: Map<Node, KnownValue>): Node | undefined {
  const truth = known.size === 0 ? undefined : truthOf(conditional.getCondition(), known);
  return truth === undefined ? undefined : truth ? conditional.getWhenTrue() : conditional.getWhenFalse();
}

function hasParameters(fn: FunctionNode): fn is FunctionNode & { getParameters(): ParameterDeclaration[] } {
  return Node.isFunctionLikeDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn);
}

/** A case, branch or early return the known values rule out lies between `node` and the function it sits in. */
function notReachedFor(node: Node, known: Map<Node, KnownValue>): boolean {
  return bypassedCase(node, known) || bypassedBranch(node, known) || afterTakenReturn(node, known);
}

/**
 * `node` follows, in a block around it, an `if` whose branch the known values take and that always leaves
 * (`if (mode === 'judge') { return […]; }` before `return ['--dangerously-bypass-approvals-and-sandbox']`).
 */
function afterTakenReturn(node: Node, known: Map<Node, KnownValue>): boolean {
  let child = node;
  for (const ancestor of node.getAncestors()) {
    if (Node.isBlock(ancestor) || Node.isCaseClause(ancestor) || Node.isDefaultClause(ancestor)) {
      for (const statement of ancestor.getStatements()) {
        if (statement === child) break;
        if (!Node.isIfStatement(statement)) continue;
        const otherwise = statement.getElseStatement();
        if (branchTaken(statement, statement.getThenStatement(), known) === true && alwaysLeaves(statement.getThenStatement())) return true;
        if (otherwise && branchTaken(statement, otherwise, known) === true && alwaysLeaves(otherwise)) return true;
      }
    }
    if (Node.isFunctionLikeDeclaration(ancestor) || Node.isArrowFunction(ancestor) || Node.isFunctionExpression(ancestor)) break;
    child = ancestor;
  }
  return false;
}

/** A `return` or `throw`, or a block whose last statement is one. */
function alwaysLeaves(statement: Node): boolean {
  const last = Node.isBlock(statement) ? statement.getStatements().at(-1) : statement;
  return last !== undefined && (Node.isReturnStatement(last) || Node.isThrowStatement(last));
}

/** `node` sits in the branch of an `if (param)` (or `if (!param)`) that the parameter's known value does not take. */
function bypassedBranch(node: Node, known: Map<Node, KnownValue>): boolean {
  let child = node;
  for (const ancestor of node.getAncestors()) {
    if (Node.isIfStatement(ancestor) && ancestor.getExpression() !== child && branchTaken(ancestor, child, known) === false) return true;
    child = ancestor;
  }
  return false;
}

/** Whether the known values take `branch` (the `then` or `else` statement) of `statement`; undefined when they do not decide it. */
export function branchTaken(statement: IfStatement, branch: Node, known: Map<Node, KnownValue>): boolean | undefined {
  const truth = truthOf(statement.getExpression(), known);
  return truth === undefined ? undefined : statement.getThenStatement() === branch ? truth : !truth;
}

function truthOf(condition: Node, known: Map<Node, KnownValue>): boolean | undefined {
  if (Node.isParenthesizedExpression(condition)) return truthOf(condition.getExpression(), known);
  if (Node.isPrefixUnaryExpression(condition) && condition.getOperatorToken() === SyntaxKind.ExclamationToken) {
    const operand = truthOf(condition.getOperand(), known);
    return operand === undefined ? undefined : !operand;
  }
  if (Node.isBinaryExpression(condition)) {
    const operator = condition.getOperatorToken().getKind();
    if (operator === SyntaxKind.BarBarToken || operator === SyntaxKind.AmpersandAmpersandToken) {
      const left = truthOf(condition.getLeft(), known);
      const right = truthOf(condition.getRight(), known);
      const decisive = operator === SyntaxKind.BarBarToken;
      if (left === decisive || right === decisive) return decisive;
      return left === !decisive && right === !decisive ? !decisive : undefined;
    }
    const equality = [SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.EqualsEqualsToken].includes(operator);
    if (!equality && ![SyntaxKind.ExclamationEqualsEqualsToken, SyntaxKind.ExclamationEqualsToken].includes(operator)) return undefined;
    // `alert.severity === 'CRITICAL'` with the caller's `{ severity: 'MEDIUM', … }`: a string compared with a literal.
    const left = comparedText(condition.getLeft(), known);
    const right = comparedText(condition.getRight(), known);
    if (left === undefined || right === undefined) return undefined;
    return (left === right) === equality;
  }
  // `opts.noTools` with the caller's `{ noTools: true }`; a property the literal leaves out is undefined.
  const value = Node.isIdentifier(condition) ? knownValueOf(condition, known) : Node.isPropertyAccessExpression(condition) ? knownMemberValue(condition, known) : undefined;
  return value === undefined ? undefined : value === null ? false : typeof value === 'boolean' ? value : typeof value === 'string' ? value !== '' : true;
}

/**
 * The string a side of a comparison is: a literal, a known string parameter, or a property of an object literal the
 * caller wrote (`alert.severity`; null when the literal leaves it out, unknown when it spreads another object in).
 */
function comparedText(side: Node, known: Map<Node, KnownValue>): string | null | undefined {
  const node = Node.isParenthesizedExpression(side) ? side.getExpression() : side;
  const literal = literalText(node);
  if (literal !== undefined) return literal;
  if (Node.isIdentifier(node)) {
    const value = knownValueOf(node, known);
    return typeof value === 'string' ? value : undefined;
  }
  const value = Node.isPropertyAccessExpression(node) ? knownMemberValue(node, known) : undefined;
  return typeof value === 'string' || value === null ? value : undefined;
}

/**
 * `alert.severity` where `alert` holds an object literal the caller wrote: the property's literal (or the object literal
 * it holds), null when the literal leaves it out, unknown when it spreads another object in.
 */
function knownMemberValue(access: PropertyAccessExpression, known: Map<Node, KnownValue>): KnownValue | null | undefined {
  const holder = access.getExpression();
  if (!Node.isIdentifier(holder)) return undefined;
  const object = knownValueOf(holder, known);
  if (object === undefined || typeof object !== 'object' || object.getProperties().some((p) => Node.isSpreadAssignment(p))) return undefined;
  const property = object.getProperty(access.getName());
  if (!property) return null;
  if (!Node.isPropertyAssignment(property)) return undefined;
  const initializer = property.getInitializer();
  return literalValue(initializer) ?? (initializer && Node.isObjectLiteralExpression(initializer) ? initializer : undefined);
}

/** `node` sits in a case (or the default) of a `switch (param)` that the parameter's known value does not take. */
function bypassedCase(node: Node, known: Map<Node, KnownValue>): boolean {
  for (const clause of node.getAncestors()) {
    if (!Node.isCaseClause(clause) && !Node.isDefaultClause(clause)) continue;
    const statement = clause.getParentOrThrow().getParentOrThrow();
    if (!Node.isSwitchStatement(statement)) continue;
    const discriminant = statement.getExpression();
    if (!Node.isIdentifier(discriminant)) continue;
    const value = knownValueOf(discriminant, known);
    if (typeof value !== 'string') continue;
    const clauses = statement.getClauses();
    const matches = (c: Node) => Node.isCaseClause(c) && literalText(c.getExpression()) === value;
    // Fall-through: the clauses from the matching one down to the first that leaves are all taken.
    const start = clauses.findIndex(matches);
    const from = start >= 0 ? start : clauses.findIndex((c) => Node.isDefaultClause(c));
    if (from < 0) return true;
    const index = clauses.indexOf(clause as never);
    if (index < from) return true;
    for (let i = from; i < index; i++) {
      const last = clauses[i]!.getStatements().at(-1);
      if (last && (Node.isReturnStatement(last) || Node.isBreakStatement(last) || Node.isThrowStatement(last))) return true;
    }
  }
  return false;
}

function literalText(node: Node): string | undefined {
  return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : undefined;
}

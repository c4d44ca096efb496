// Idempotency keys on writes: where a key sits (headers, options, body fields, a header assigned
// before the call), whether it is made fresh on every run, and which parameter it comes from.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { knowledge } from '../knowledge/index.js';
import { objectLiteralsSpreadBy, propertyName, propertyValue, unwrap } from './callee.js';
import type { RuleOptions } from './config.js';
import { descendantsOfKind } from './kind-index.js';
import { findMatch } from './match.js';
import type { ProjectModel } from './project-model.js';
import { enclosingFunctionOf, resolveIdentifier } from './scope.js';
import type { WriteEffect } from './side-effects.js';

/** A parameter of the enclosing function, or a property (a dotted path) inside the argument passed for it. */
export interface ParamRef {
  index: number;
  property?: string;
}

function normaliseKeyName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether a property, option or header name carries an idempotency key. */
type KeyName = (name: string) => boolean;

function keyNames(options: RuleOptions, extra: string[] = []): KeyName {
  const names = new Set([...extra, ...knowledge.idempotencyKeyFields, ...(options.idempotencyKeyNames ?? [])].map(normaliseKeyName));
  return (name) => names.has(normaliseKeyName(name));
}

/** keyNames for a header: also a name that says the receiver dedupes on it (`X-Dedupe-Key`, `X-Workflow-Event-Id`). */
function headerKeyNames(options: RuleOptions): KeyName {
  const named = keyNames(options);
  return (name) => named(name) || knowledge.idempotencyKeyHeaderPattern.test(normaliseKeyName(name));
}

/** The value of an idempotency-key header in a headers object literal. */
export function idempotencyKeyIn(headers: ObjectLiteralExpression | undefined, options: RuleOptions): Node | undefined {
  return headers ? namedProperty(headers, headerKeyNames(options)) : undefined;
}

/** The value of a key-named property (`idempotencyKey`, `clientToken`, or one of `names`) of an object literal. */
export function keyProperty(object: ObjectLiteralExpression | undefined, names: string[], options: RuleOptions = {}): Node | undefined {
  return object ? namedProperty(object, keyNames(options, names)) : undefined;
}

function namedProperty(object: ObjectLiteralExpression, wanted: KeyName, depth = 0): Node | undefined {
  for (const property of object.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      // `...(eventId ? { 'X-Event-Id': eventId } : {})`: the key sent whenever there is one to send.
      const spread = depth < 4 ? objectLiteralsSpreadBy(property.getExpression()) : [];
      for (const inner of spread) {
        const value = namedProperty(inner, wanted, depth + 1);
        if (value) return value;
      }
      continue;
    }
    const name = propertyName(property);
    if (name && wanted(name)) return propertyValue(property);
  }
  return undefined;
}

/** `headers['Idempotency-Key'] = value` (or `headers.set(…)`) on a headers variable before the call. */
export function keyAssignedTo(headers: Node | undefined, call: CallExpression, options: RuleOptions): Node | undefined {
  const target = headers ? unwrap(headers) : undefined;
  if (!target || !Node.isIdentifier(target)) return undefined;
  const fn = enclosingFunctionOf(call);
  if (!fn) return undefined;
  const names = headerKeyNames(options);
  const assigned = keyAssignedBefore(target, call, fn, options);
  if (assigned) return assigned;
  for (const setter of descendantsOfKind(fn, SyntaxKind.CallExpression)) {
    const callee = setter.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !['set', 'append'].includes(callee.getName()) || callee.getExpression().getText() !== target.getText()) continue;
    const name = setter.getArguments()[0] ? stringValue(setter.getArguments()[0]!) : undefined;
    if (name && names(name)) return setter.getArguments()[1];
  }
  return undefined;
}

/**
 * `const headers = buildHeaders(input)`: the key the project function that built the headers puts in them — in the object
 * it returns, or assigned to the variable it returns (`headers['Idempotency-Key'] = \`${runId}-${seq}\`; return headers`).
 */
export function keyInHeadersBuiltBy(headers: Node | undefined, model: ProjectModel, options: RuleOptions): Node | undefined {
  const target = headers ? unwrap(headers) : undefined;
  if (!target || !Node.isIdentifier(target)) return undefined;
  const binding = resolveIdentifier(target);
  const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
  const made = init ? unwrap(Node.isAwaitExpression(unwrap(init)) ? (unwrap(init) as import('ts-morph').AwaitExpression).getExpression() : init) : undefined;
  if (!made || !Node.isCallExpression(made)) return undefined;
  const builder = model.functionCalledBy(made);
  const body = builder?.getBody();
  if (!builder || !body) return undefined;
  const returned = Node.isBlock(body)
    ? descendantsOfKind(body, SyntaxKind.ReturnStatement).filter((r) => enclosingFunctionOf(r) === builder).map((r) => r.getExpression())
    : [body];
  for (const value of returned) {
    if (!value) continue;
    const object = unwrap(value);
    const inLiteral = Node.isObjectLiteralExpression(object) ? idempotencyKeyIn(object, options) : undefined;
    if (inLiteral) return inLiteral;
    const assigned = Node.isIdentifier(object) ? keyAssignedBefore(object, value, builder, options) : undefined;
    if (assigned) return assigned;
  }
  return undefined;
}

/** `target['Idempotency-Key'] = value` inside `fn`, before `before`. */
function keyAssignedBefore(target: Node, before: Node, fn: Node, options: RuleOptions): Node | undefined {
  const names = headerKeyNames(options);
  for (const assignment of descendantsOfKind(fn, SyntaxKind.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || assignment.getStart() > before.getStart()) continue;
    const left = assignment.getLeft();
    const base = Node.isElementAccessExpression(left) || Node.isPropertyAccessExpression(left) ? left.getExpression() : undefined;
    if (!base || base.getText() !== target.getText()) continue;
    const name = Node.isElementAccessExpression(left) ? stringValue(left.getArgumentExpressionOrThrow()) : (left as import('ts-morph').PropertyAccessExpression).getName();
    if (name && names(name)) return assignment.getRight();
  }
  return undefined;
}

/** The effect with its key: protected when the key derives from stable input, not when it is fresh each run. */
export function withKey(effect: WriteEffect, key: Node, model: ProjectModel): WriteEffect {
  if (isFreshValue(key, model)) return { ...effect, key, protection: undefined };
  return { ...effect, key, protection: `an idempotency key from stable input (${key.getText().slice(0, 40)})` };
}

/** Whether an expression is a parameter of its function (or a property of one): `url`, `options.idempotencyKey`. */
export function parameterIndex(expression: Node, depth = 0): ParamRef | undefined {
  if (depth > 4) return undefined;
  const value = unwrap(expression);
  let base: Node = value;
  let property: string | undefined;
  if (Node.isPropertyAccessExpression(value)) {
    base = unwrap(value.getExpression());
    property = value.getName();
  }
  if (!Node.isIdentifier(base)) return undefined;
  const binding = resolveIdentifier(base);
  if (binding.kind !== 'local') return undefined;
  let declaration = binding.declaration;
  // `const opts = options ?? {}` (or `|| {}`): the parameter under another name.
  const copied = Node.isVariableDeclaration(declaration) && Node.isIdentifier(declaration.getNameNode()) ? parameterCopied(declaration.getInitializer()) : undefined;
  if (copied) {
    const from = parameterIndex(copied, depth + 1);
    return from && !from.property ? { index: from.index, property } : undefined;
  }
  if (Node.isBindingElement(declaration) && !property) {
    // function f({ idempotencyKey }) → parameter 0, property idempotencyKey
    property = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
    // function f(options) { const { idempotencyKey } = options; … }: the same, taken apart in the body.
    const taken = declaration.getParent()?.getParent();
    if (taken && Node.isVariableDeclaration(taken)) {
      const whole = taken.getInitializer();
      const from = whole && Node.isIdentifier(unwrap(whole)) ? parameterIndex(whole, depth + 1) : undefined;
      return from && !from.property ? { index: from.index, property } : undefined;
    }
    declaration = declaration.getFirstAncestorByKind(SyntaxKind.Parameter) ?? declaration;
  }
  if (!Node.isParameterDeclaration(declaration)) return undefined;
  const fn = declaration.getParent();
  if (!fn || !('getParameters' in fn)) return undefined;
  const index = (fn as unknown as { getParameters(): Node[] }).getParameters().indexOf(declaration);
  return index >= 0 ? { index, property } : undefined;
}

/** The identifier a variable's initialiser copies, with an empty default: `options`, `options ?? {}`, `options || {}`. */
function parameterCopied(initializer: Node | undefined): Node | undefined {
  const value = initializer ? unwrap(initializer) : undefined;
  if (!value) return undefined;
  if (Node.isIdentifier(value)) return value;
  if (!Node.isBinaryExpression(value) || ![SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken].includes(value.getOperatorToken().getKind())) return undefined;
  const left = unwrap(value.getLeft());
  const right = unwrap(value.getRight());
  return Node.isIdentifier(left) && Node.isObjectLiteralExpression(right) && right.getProperties().length === 0 ? left : undefined;
}

/**
 * Whether an expression makes a new value each time it runs (randomUUID(), nanoid(), Date.now()), directly or
 * through a const initialised from one in the same function.
 */
export function isFreshValue(expression: Node, model: ProjectModel, depth = 0): boolean {
  // Deep enough for a key built in steps (`key` ← `${dir}/${filename}` ← `${imageId}${ext}` ← `randomUUID()`).
  if (depth > 6) return false;
  const node = unwrap(expression);
  const fresh = new Set(model.knowledge.freshValueCalls);
  const check = (n: Node): boolean => {
    if (Node.isCallExpression(n)) {
      const callee = unwrap(n.getExpression());
      const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
      if (fresh.has(name) || findMatch(model.knowledge.freshValuePackageCalls, model.resolveCall(n)) || returnsFreshValue(n, model, depth)) return true;
    }
    if (Node.isNewExpression(n) && n.getExpression().getText() === 'Date' && n.getArguments().length === 0) return true;
    if (Node.isIdentifier(n) && n !== node) return isFreshValue(n, model, depth + 1);
    return false;
  };
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    if (binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration)) {
      const init = binding.declaration.getInitializer();
      return init ? isFreshValue(init, model, depth + 1) : false;
    }
    return false;
  }
  if (check(node)) return true;
  // `generated/${dir}/${imageId}.png`: a key built from a const that holds a fresh value is fresh too (a part of a
  // string, or the receiver of a string method: `imageId.slice(-2)`); an identifier handed to a call is not followed.
  return node.getDescendants().some((d) => ((Node.isCallExpression(d) || Node.isNewExpression(d)) && check(d)) ||
    (Node.isIdentifier(d) && isKeyPart(d) && check(d)));
}

/**
 * A call to a project function that makes its result fresh (`generateUUID()` returning `'xxxx'.replace(…, () =>
 * Math.random()…)`, `secureUuid()` returning `crypto.randomUUID()` on its first path), or that builds its result as a
 * string from a parameter given a fresh value here (`keyFor(planId)` returning `` `plan:${id}` ``).
 */
function returnsFreshValue(call: CallExpression, model: ProjectModel, depth: number): boolean {
  if (depth > 3) return false;
  const fn = model.functionCalledBy(call);
  const body = fn?.getBody();
  if (!fn || !body || !('getParameters' in fn)) return false;
  const returned: Node[] = Node.isBlock(body)
    ? descendantsOfKind(body, SyntaxKind.ReturnStatement)
      .filter((r) => enclosingFunctionOf(r) === fn)
      .flatMap((r) => r.getExpression() ?? [])
    : [body];
  const params = (fn as unknown as { getParameters(): Node[] }).getParameters();
  return returned.some((value) => {
    if (isFreshValue(value, model, depth + 1)) return true;
    const plain = unwrap(value);
    const parts = Node.isIdentifier(plain) ? [] : plain.getDescendantsOfKind(SyntaxKind.Identifier).filter(isKeyPart);
    return parts.some((part) => {
      const binding = resolveIdentifier(part);
      const index = binding.kind === 'local' ? params.indexOf(binding.declaration as never) : -1;
      const arg = index >= 0 ? call.getArguments()[index] : undefined;
      return arg !== undefined && isFreshValue(arg, model, depth + 1);
    });
  });
}

/** An identifier whose value goes into a string being built: a template's part, a `+` operand, a string method's receiver. */
function isKeyPart(identifier: Node): boolean {
  const parent = identifier.getParent();
  if (!parent) return false;
  if (Node.isTemplateSpan(parent)) return parent.getExpression() === identifier;
  if (Node.isBinaryExpression(parent)) return parent.getOperatorToken().getKind() === SyntaxKind.PlusToken;
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === identifier) {
    return /^(slice|substring|substr|padStart|padEnd|toString|toLowerCase|toUpperCase|replace|replaceAll|split|concat|charAt|at|trim)$/.test(parent.getName());
  }
  return false;
}

/** A string literal, or a const initialised with one. */
export function stringValue(node: Node): string | undefined {
  const value = unwrap(node);
  if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) return value.getLiteralValue();
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    if (binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration)) {
      const init = binding.declaration.getInitializer();
      if (init && (Node.isStringLiteral(unwrap(init)) || Node.isNoSubstitutionTemplateLiteral(unwrap(init)))) {
        return (unwrap(init) as import('ts-morph').StringLiteral).getLiteralValue();
      }
    }
  }
  return undefined;
}

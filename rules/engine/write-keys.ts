// Idempotency keys on writes: where a key sits (headers, options, body fields, a header assigned
// before the call), whether it is made fresh on every run, and which parameter it comes from.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { knowledge } from '../knowledge/index.js';
import { objectLiteralsSpreadBy, propertyName, propertyOf, propertyValue, unwrap } from './callee.js';
import type { RuleOptions } from './config.js';
import { descendantsOfKind } from './kind-index.js';
import { findMatch } from './match.js';
import { memberTypeOf, parameterTypeOf } from './declared-types.js';
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
  if (isOptionalSchemaField(key)) return { ...effect, key, protection: undefined, keyOptional: true };
  // A key the function takes from its parameters: each caller's value decides (summaries.ts atCallSite).
  const fromParam = effect.keyFromParam ?? parameterIndex(key);
  return { ...effect, key, protection: `an idempotency key from stable input (${key.getText().slice(0, 40)})`, ...(fromParam ? { keyFromParam: fromParam } : {}) };
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

/** Schema containers beside a handler: `{ description, inputSchema: {…} }`, `tool({ parameters: z.object({…}) })`. */
const SCHEMA_KEYS = ['inputSchema', 'parameters', 'schema', 'argsSchema', 'paramsSchema', 'input', 'args', 'shape'];

/**
 * Whether a key is a field of parsed input that its schema lets the caller leave out — a field the model fills only
 * when it chooses to (`idempotencyKey: z.string().optional()`), so by default no key is sent and a repeat is not deduped
 * (test/corpus/README.md questions 14, 85). Read syntactically: `params.key` with `const params = Schema.parse(args)`,
 * or `key` destructured from a parameter of a function handed to a registration (or kept in an object) whose schema,
 * beside it, declares the field with `.optional()`/`.nullish()` and no `.default(…)`.
 */
export function isOptionalSchemaField(key: Node): boolean {
  const read = fieldRead(key);
  return read !== undefined && isOptionalFieldOf(read.base, read.field);
}

/** isOptionalSchemaField for `base.field` where only the base is written (a key the callee reads off an argument). */
export function isOptionalFieldOf(base: Node, field: string): boolean {
  const declared = schemasOf(base).map((schema) => schemaField(schema, field, 0)).find((found) => found !== undefined);
  if (!declared) return false;
  const text = declared.getText();
  return /\.(?:optional|nullish)\(\s*\)|\bz\.optional\(/.test(text) && !/\.default\(/.test(text);
}

/** `base.field`, `base['field']`, or `field` destructured from `base` (a variable's initialiser or a parameter). */
function fieldRead(key: Node): { base: Node; field: string } | undefined {
  const value = unwrap(key);
  if (Node.isPropertyAccessExpression(value)) return { base: value.getExpression(), field: value.getName() };
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local' || !Node.isBindingElement(binding.declaration)) return undefined;
  const element = binding.declaration;
  if (element.getDotDotDotToken()) return undefined;
  const field = element.getPropertyNameNode()?.getText() ?? element.getName();
  const holder = element.getParent()?.getParent();
  if (Node.isVariableDeclaration(holder)) {
    const init = holder.getInitializer();
    return init ? { base: init, field } : undefined;
  }
  return Node.isParameterDeclaration(holder) ? { base: holder, field } : undefined;
}

/** The schema a value was parsed with, or the schemas written beside the function whose parameter it is. */
function schemasOf(base: Node): Node[] {
  let value: Node = unwrap(base);
  let parameter: Node | undefined = Node.isParameterDeclaration(value) ? value : undefined;
  if (!parameter && Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    if (binding.kind !== 'local') return [];
    if (Node.isParameterDeclaration(binding.declaration)) parameter = binding.declaration;
    else if (Node.isVariableDeclaration(binding.declaration) && Node.isIdentifier(binding.declaration.getNameNode())) {
      const init = binding.declaration.getInitializer();
      if (!init) return [];
      value = unwrap(init);
    } else return [];
  }
  if (parameter) return schemasBeside(parameter);
  // `Schema.parse(args)`, `await Schema.parseAsync(args)`, `Schema.safeParse(args).data`.
  if (Node.isPropertyAccessExpression(value) && value.getName() === 'data') value = unwrap(value.getExpression());
  if (!Node.isCallExpression(value)) return [];
  const callee = unwrap(value.getExpression());
  return Node.isPropertyAccessExpression(callee) && /^(?:safe)?parse(?:Async)?$/.test(callee.getName()) ? [callee.getExpression()] : [];
}

/**
 * The object the function taking `parameter` (as its first or second parameter) sits in, or the registration call it
 * is handed to: its schema is in a sibling property or argument.
 */
function schemasBeside(parameter: Node): Node[] {
  const fn = parameter.getParent();
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return [];
  if (fn.getParameters().indexOf(parameter as never) > 1) return [];
  let holder: Node | undefined = fn.getParent();
  if (Node.isPropertyAssignment(holder)) holder = holder.getParent();
  const siblings = Node.isObjectLiteralExpression(holder) || Node.isCallExpression(holder) ? holder : Node.isObjectLiteralExpression(fn.getParent()) ? fn.getParent() : undefined;
  if (!siblings) return [];
  const around = Node.isObjectLiteralExpression(siblings) ? siblings.getParentIfKind(SyntaxKind.CallExpression) : undefined;
  const places = Node.isCallExpression(siblings) ? siblings.getArguments() : [siblings, ...(around?.getArguments() ?? [])];
  return places.filter((place) => place !== fn && (Node.isObjectLiteralExpression(unwrap(place)) || Node.isIdentifier(unwrap(place)) || Node.isCallExpression(unwrap(place)) || Node.isPropertyAccessExpression(unwrap(place))));
}

/** The schema written for `field` in a zod object, a shape object, or an options object holding one of those. */
function schemaField(schema: Node, field: string, depth: number): Node | undefined {
  if (depth > 4) return undefined;
  const value = unwrap(schema);
  if (Node.isPropertyAccessExpression(value) && value.getName() === 'shape') return schemaField(value.getExpression(), field, depth + 1);
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    return init ? schemaField(init, field, depth + 1) : undefined;
  }
  if (Node.isCallExpression(value)) {
    // `z.object({…})`, also with methods chained on it (`.strict()`, `.describe(…)`).
    const callee = unwrap(value.getExpression());
    if (!Node.isPropertyAccessExpression(callee)) return undefined;
    if (/^(?:object|strictObject|looseObject)$/.test(callee.getName())) return schemaField(value.getArguments()[0] ?? value, field, depth + 1);
    return /^(?:strict|passthrough|strip|describe|meta)$/.test(callee.getName()) ? schemaField(callee.getExpression(), field, depth + 1) : undefined;
  }
  if (!Node.isObjectLiteralExpression(value)) return undefined;
  const own = propertyValue(propertyOf(value, field));
  if (own && !Node.isMethodDeclaration(own)) return own;
  for (const name of SCHEMA_KEYS) {
    const inner = propertyValue(propertyOf(value, name));
    const found = inner && !Node.isMethodDeclaration(inner) ? schemaField(inner, field, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether a key is a field of `fn`'s own input parameter that the parameter's written type makes optional
 * (`createCustomer(params: CreateCustomerParams)` with `idempotency_key?: string`): asked of a tool handler, whose
 * input is what the model sends, so the key is there only when the model fills it (question 85).
 */
export function isOptionalFieldOfInput(key: Node, fn: Node, model: ProjectModel): boolean {
  const read = fieldRead(key);
  if (!read) return false;
  let parameter: Node | undefined = Node.isParameterDeclaration(read.base) ? read.base : undefined;
  const base = unwrap(read.base);
  if (!parameter && Node.isIdentifier(base)) {
    const binding = resolveIdentifier(base);
    parameter = binding.kind === 'local' && Node.isParameterDeclaration(binding.declaration) ? binding.declaration : undefined;
  }
  if (!parameter || parameter.getParent() !== fn) return false;
  const type = parameterTypeOf(parameter, model);
  const member = type ? memberTypeOf(type, read.field, model, 0) : undefined;
  const signature = member?.getParent();
  return (Node.isPropertySignature(signature) && signature.hasQuestionToken()) || isOptionalSchemaField(key);
}

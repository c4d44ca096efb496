// classifyWrite: whether one call performs a mutating side effect in another system (HTTP writes, SDK
// creates/sends/charges, SQL, appends, queue sends), how, and what protects it from running twice
// (a stable idempotency key, an upsert, a PUT to a client-chosen id).
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type TaggedTemplateExpression } from 'ts-morph';
import type { WriteFact, WriteKind } from '../knowledge/types.js';
import { deepPropertyOf, objectLiteralOf, propertyName, propertyValue, unwrap, type CalleeRef } from './callee.js';
import type { RuleOptions } from './config.js';
import { knowledge } from '../knowledge/index.js';
import { findMatch } from './match.js';
import type { ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';
import type { Confidence } from './types.js';
import { descendantsOfKind } from './kind-index.js';

export type EffectNode = CallExpression | TaggedTemplateExpression;

export interface WriteEffect {
  node: EffectNode;
  /** What it does, for messages: "POST via fetch", "Stripe refunds.create". */
  label: string;
  kind: WriteKind;
  /** Why repeating it is safe, when it is. */
  protection?: string;
  /** The idempotency key expression sent with it, when there is one. */
  key?: Node;
  confidence: Confidence;
  fact?: WriteFact;
  callee?: CalleeRef;
  /** The key is (a property of) a parameter: whether a key is sent is decided at each call site. */
  keyFromParam?: { index: number; property?: string };
  /** The URL is a parameter: a caller passing a search URL makes this a read. */
  urlFromParam?: number;
}

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function classifyWrite(node: EffectNode, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  return model.memoize(`write:${JSON.stringify(options)}`, node, () => {
    if (Node.isTaggedTemplateExpression(node)) return sqlWrite(node, node.getTemplate().getText(), 'medium');
    const callee = model.resolveCall(node);
    const fact = findMatch(model.knowledge.writes, callee);
    if (fact && callee) return sdkWrite(node, fact, callee, model, options);
    const http = callee ? httpWrite(node, callee, model, options) : undefined;
    if (http !== undefined) return http ?? undefined;
    const sql = sqlCall(node, model);
    if (sql) return sql;
    return customWrite(node, options);
  });
}

function sdkWrite(call: CallExpression, fact: WriteFact, callee: CalleeRef, model: ProjectModel, options: RuleOptions): WriteEffect {
  const path = callee.path.join('.');
  const label = `${fact.label.replace(/ (create|send|update|delete|upsert|message|insert|append|publish|sendMail|message create)$/i, '')} ${path}`.trim();
  const effect: WriteEffect = { node: call, label, kind: fact.write, confidence: callee.confidence, fact, callee };
  if (fact.write === 'upsert' || chainedUpsert(call)) return { ...effect, kind: 'upsert', protection: 'an upsert repeats safely' };
  if (fact.write === 'delete-id' || fact.write === 'update-set') effect.confidence = 'low';
  if (fact.keyOption) {
    const args = call.getArguments();
    const index = fact.keyOption.arg === 'last' ? (args.length >= 2 ? args.length - 1 : -1) : fact.keyOption.arg;
    const object = index >= 0 ? objectLiteralOf(args[index]) : undefined;
    const key = fact.keyOption.names.includes('headers')
      ? idempotencyKeyIn(objectLiteralOf(propertyValue(deepPropertyOf(object, 'headers'))), options)
      : keyProperty(object, [...fact.keyOption.names, ...(options.idempotencyKeyNames ?? [])]);
    if (key) return withKey(effect, key, model);
  }
  // SQS FIFO / queue job ids may sit inside the command object: new SendMessageCommand({ MessageDeduplicationId })
  const first = call.getArguments()[0];
  if (first && Node.isNewExpression(unwrap(first))) {
    const inner = objectLiteralOf((unwrap(first) as import('ts-morph').NewExpression).getArguments()[0]);
    const key = keyProperty(inner, ['MessageDeduplicationId', ...(options.idempotencyKeyNames ?? [])]);
    if (key) return withKey(effect, key, model);
  }
  return effect;
}

/** The literal parts of a URL expression (`${BASE}/v1/search?q=` → `/v1/search?q=`), following a const. */
export function urlLiteralText(url: Node): string {
  const value = unwrap(url);
  const literal = stringValue(value);
  if (literal !== undefined) return literal;
  if (Node.isTemplateExpression(value)) {
    return [value.getHead().getLiteralText(), ...value.getTemplateSpans().map((span) => `\u0000${span.getLiteral().getLiteralText()}`)].join('');
  }
  if (Node.isBinaryExpression(value)) return `${urlLiteralText(value.getLeft())}${urlLiteralText(value.getRight())}`;
  if (Node.isNewExpression(value) && value.getExpression().getText() === 'URL' && value.getArguments()[0]) return urlLiteralText(value.getArguments()[0]!);
  return '\u0000';
}

export function isReadOnlyPostUrl(urlText: string, model: ProjectModel): boolean {
  if (model.knowledge.readOnlyPostPath.test(urlText)) return true;
  const path = urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  return path.split('/').some((segment) => model.knowledge.readOnlyPostSegment.test(segment));
}

/** Query builders: `db.insert(t).values(v).onConflictDoUpdate(...)` is an upsert. */
function chainedUpsert(call: CallExpression): boolean {
  let node: Node | undefined = call.getParent();
  for (let depth = 0; node && depth < 12; depth++, node = node.getParent()) {
    if (Node.isPropertyAccessExpression(node) && /^(onConflict\w*|onDuplicateKeyUpdate|ignore|orIgnore|upsert)$/.test(node.getName())) return true;
    if (!Node.isPropertyAccessExpression(node) && !Node.isCallExpression(node) && !Node.isAwaitExpression(node)) return false;
  }
  return false;
}

/** undefined: not an HTTP call; null: an HTTP call that is not a write. */
function httpWrite(call: CallExpression, callee: CalleeRef, model: ProjectModel, options: RuleOptions): WriteEffect | null | undefined {
  const fact = findMatch(model.knowledge.outboundCalls.filter((f) => f.kind === 'http'), callee);
  const octokitRequest = callee.module.includes('octokit') && callee.path[callee.path.length - 1] === 'request';
  if (!fact && !octokitRequest) return undefined;
  const args = call.getArguments();
  let method: string | undefined;
  let url: Node | undefined = args[0];
  let config: ObjectLiteralExpression | undefined;
  const member = callee.path[callee.path.length - 1];
  if (octokitRequest) {
    const route = args[0] && Node.isStringLiteral(args[0]) ? args[0].getLiteralValue() : '';
    method = /^([A-Z]+)\s/.exec(route)?.[1] ?? 'GET';
    config = objectLiteralOf(args[1]);
  } else if (member && model.knowledge.methodByMember[member]) {
    method = model.knowledge.methodByMember[member];
    config = objectLiteralOf(args[args.length - 1] === args[0] ? undefined : args[args.length - 1]);
  } else {
    // fetch(url, init), axios(config), axios.request(config), got(url, options)
    const firstObject = objectLiteralOf(args[0]);
    config = firstObject ?? objectLiteralOf(args[1]);
    if (firstObject) url = propertyValue(deepPropertyOf(firstObject, 'url'));
    const methodNode = propertyValue(deepPropertyOf(config, 'method'));
    if (methodNode) {
      const literal = stringValue(methodNode);
      if (literal === undefined) return null; // a method we cannot see: unknown, never a finding
      method = literal.toUpperCase();
    } else if (config && config.getProperties().some((p) => Node.isSpreadAssignment(p))) {
      return null;
    } else {
      method = 'GET';
    }
  }
  if (!method || !MUTATING_METHODS.has(method)) return null;
  const urlText = url ? urlLiteralText(url) : '';
  const via = fact?.label ?? 'Octokit request';
  const label = `${method} via ${via}`;
  if (method === 'POST' && isReadOnlyPostUrl(urlText, model)) return null;
  const effect: WriteEffect = { node: call, label, kind: 'create', confidence: callee.confidence, callee };
  if (method === 'PUT') {
    if (/\u0000|\$\{|:\w+|\/\{/.test(urlText)) return { ...effect, kind: 'upsert', protection: 'a PUT to a client-chosen id repeats safely' };
    effect.kind = 'update-set';
    effect.confidence = 'low';
  }
  if (method === 'DELETE') {
    effect.kind = 'delete-id';
    effect.confidence = 'low';
  }
  if (method === 'PATCH') {
    effect.kind = 'update-set';
    effect.confidence = 'low';
  }
  const headersValue = propertyValue(deepPropertyOf(config, 'headers'));
  const headers = objectLiteralOf(headersValue);
  // A key can also travel in the request body: axios.post(url, { clientToken }), fetch(url, { body: JSON.stringify({ idempotencyKey }) }).
  const data = member && ['post', 'put', 'patch'].includes(member) ? objectLiteralOf(args[1]) : undefined;
  const bodyValue = unwrap(propertyValue(deepPropertyOf(config, 'body')) ?? propertyValue(deepPropertyOf(config, 'data')) ?? propertyValue(deepPropertyOf(config, 'json')) ?? config ?? call);
  const bodyObject = Node.isCallExpression(bodyValue) ? objectLiteralOf(bodyValue.getArguments()[0]) : objectLiteralOf(bodyValue);
  const keyNames = ['idempotencyKey', ...(options.idempotencyKeyNames ?? [])];
  const key = idempotencyKeyIn(headers, options) ?? keyProperty(config, keyNames) ?? keyProperty(data, keyNames) ??
    keyProperty(bodyObject === config ? undefined : bodyObject, keyNames) ?? keyAssignedTo(headersValue, call, options);
  const urlParam = url ? parameterIndex(url) : undefined;
  if (urlParam) effect.urlFromParam = urlParam.index;
  if (key) {
    const keyed = withKey(effect, key, model);
    const fromParam = parameterIndex(key);
    return fromParam ? { ...keyed, keyFromParam: fromParam } : keyed;
  }
  return effect;
}

/** `headers['Idempotency-Key'] = value` (or `headers.set(…)`) on a headers variable before the call. */
function keyAssignedTo(headers: Node | undefined, call: CallExpression, options: RuleOptions): Node | undefined {
  const target = headers ? unwrap(headers) : undefined;
  if (!target || !Node.isIdentifier(target)) return undefined;
  const fn = call.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  if (!fn) return undefined;
  const names = new Set([...defaultKeyNames(), ...(options.idempotencyKeyNames ?? [])].map(normaliseKeyName));
  for (const assignment of descendantsOfKind(fn, SyntaxKind.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || assignment.getStart() > call.getStart()) continue;
    const left = assignment.getLeft();
    const base = Node.isElementAccessExpression(left) || Node.isPropertyAccessExpression(left) ? left.getExpression() : undefined;
    if (!base || base.getText() !== target.getText()) continue;
    const name = Node.isElementAccessExpression(left) ? stringValue(left.getArgumentExpressionOrThrow()) : (left as import('ts-morph').PropertyAccessExpression).getName();
    if (name && names.has(normaliseKeyName(name))) return assignment.getRight();
  }
  for (const setter of descendantsOfKind(fn, SyntaxKind.CallExpression)) {
    const callee = setter.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !['set', 'append'].includes(callee.getName()) || callee.getExpression().getText() !== target.getText()) continue;
    const name = setter.getArguments()[0] ? stringValue(setter.getArguments()[0]!) : undefined;
    if (name && names.has(normaliseKeyName(name))) return setter.getArguments()[1];
  }
  return undefined;
}

/** Whether an expression is a parameter of its function (or a property of one): `url`, `options.idempotencyKey`. */
export function parameterIndex(expression: Node): { index: number; property?: string } | undefined {
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
  if (Node.isBindingElement(declaration) && !property) {
    // function f({ idempotencyKey }) → parameter 0, property idempotencyKey
    property = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
    declaration = declaration.getFirstAncestorByKind(SyntaxKind.Parameter) ?? declaration;
  }
  if (!Node.isParameterDeclaration(declaration)) return undefined;
  const fn = declaration.getParent();
  if (!fn || !('getParameters' in fn)) return undefined;
  const index = (fn as unknown as { getParameters(): Node[] }).getParameters().indexOf(declaration);
  return index >= 0 ? { index, property } : undefined;
}

const SQL_WRITE = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge|replace|upsert)\b/i;

function sqlCall(call: CallExpression, model: ProjectModel): WriteEffect | undefined {
  const callee = unwrap(call.getExpression());
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : undefined;
  if (!name || !model.knowledge.sqlMethods.includes(name)) {
    return undefined;
  }
  const first = call.getArguments()[0];
  if (!first) return undefined;
  const text = stringValue(first) ?? (Node.isTemplateExpression(first) || Node.isNoSubstitutionTemplateLiteral(first) ? first.getText().slice(1, -1) : undefined);
  if (!text) return undefined;
  return sqlWrite(call, text, 'medium');
}

function sqlWrite(node: EffectNode, rawText: string, confidence: Confidence): WriteEffect | undefined {
  const text = rawText.replace(/^`|`$/g, '');
  const match = SQL_WRITE.exec(text);
  if (!match) return undefined;
  const verb = match[1]!.toLowerCase();
  const base: WriteEffect = { node, label: `SQL ${verb.toUpperCase()}`, kind: 'create', confidence };
  if (verb === 'merge' || verb === 'upsert' || verb === 'replace' || /\bon\s+conflict\b|\bon\s+duplicate\s+key\b/i.test(text)) {
    return { ...base, kind: 'upsert', protection: 'an upsert (ON CONFLICT) repeats safely' };
  }
  if (verb === 'update') {
    // SET balance = balance + $1 repeats the increment; SET status = $1 repeats safely.
    const increments = /\bset\b[\s\S]*?(\w+)\s*=\s*\1\s*[-+]/i.test(text);
    return increments ? { ...base, kind: 'increment', label: 'SQL UPDATE (increment)' } : { ...base, kind: 'update-set', confidence: 'low' };
  }
  if (verb === 'delete') return { ...base, kind: 'delete-id', confidence: 'low' };
  return base;
}

function customWrite(call: CallExpression, options: RuleOptions): WriteEffect | undefined {
  const names = options.sideEffectFunctions;
  if (!names?.length) return undefined;
  const callee = unwrap(call.getExpression());
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : undefined;
  if (!name) return undefined;
  const wanted = names.find((n) => n === name || n.endsWith(`:${name}`) || n.endsWith(`.${name}`));
  return wanted ? { node: call, label: `${name} (configured side effect)`, kind: 'create', confidence: 'medium' } : undefined;
}

function normaliseKeyName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The value of an idempotency-key header in a headers object literal. */
export function idempotencyKeyIn(headers: ObjectLiteralExpression | undefined, options: RuleOptions): Node | undefined {
  if (!headers) return undefined;
  const names = new Set([...defaultKeyNames(), ...(options.idempotencyKeyNames ?? [])].map(normaliseKeyName));
  for (const property of headers.getProperties()) {
    const name = propertyName(property);
    if (name && names.has(normaliseKeyName(name))) return propertyValue(property);
  }
  return undefined;
}

function defaultKeyNames(): string[] {
  return knowledge.idempotencyKeyFields;
}

function keyProperty(object: ObjectLiteralExpression | undefined, names: string[]): Node | undefined {
  if (!object) return undefined;
  const wanted = new Set([...names, ...defaultKeyNames()].map(normaliseKeyName));
  for (const property of object.getProperties()) {
    const name = propertyName(property);
    if (name && wanted.has(normaliseKeyName(name))) return propertyValue(property);
  }
  return undefined;
}

function withKey(effect: WriteEffect, key: Node, model: ProjectModel): WriteEffect {
  if (isFreshValue(key, model)) return { ...effect, key, label: effect.label };
  return { ...effect, key, protection: `an idempotency key from stable input (${key.getText().slice(0, 40)})` };
}

/**
 * Whether an expression makes a new value each time it runs (randomUUID(), nanoid(), Date.now()), directly or
 * through a const initialised from one in the same function.
 */
export function isFreshValue(expression: Node, model: ProjectModel, depth = 0): boolean {
  if (depth > 4) return false;
  const node = unwrap(expression);
  const fresh = new Set(model.knowledge.freshValueCalls);
  const check = (n: Node): boolean => {
    if (Node.isCallExpression(n)) {
      const callee = unwrap(n.getExpression());
      const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
      if (fresh.has(name)) return true;
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
  return node.getDescendants().some((d) => (Node.isCallExpression(d) || Node.isNewExpression(d)) && check(d));
}

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

export const EFFECT_KINDS = [SyntaxKind.CallExpression, SyntaxKind.TaggedTemplateExpression];

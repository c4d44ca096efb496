// classifyWrite: whether one call performs a mutating side effect in another system (HTTP writes, SDK
// creates/sends/charges, SQL, appends, queue sends), how, and what protects it from running twice
// (a stable idempotency key, an upsert, a PUT to a client-chosen id).
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type TaggedTemplateExpression } from 'ts-morph';
import type { WriteFact, WriteKind } from '../knowledge/types.js';
import { deepPropertyOf, objectLiteralOf, originOf, propertyValue, unwrap, type CalleeRef } from './callee.js';
import type { RuleOptions } from './config.js';
import { httpWrite, type CallerDecidedRequest, type HttpRequest } from './http-writes.js';
import { findMatch } from './match.js';
import type { ProjectModel } from './project-model.js';
import type { Confidence } from './types.js';
import { idempotencyKeyIn, keyProperty, stringValue, withKey, type ParamRef } from './write-keys.js';

export { isFreshValue, parameterIndex, stringValue } from './write-keys.js';
export { isReadOnlyPostUrl, urlLiteralText } from './http-writes.js';

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
  keyFromParam?: ParamRef;
  /** An HTTP write: its method and URL (a URL a caller passes in can make a POST a search, a PUT one to a chosen id). */
  http?: HttpRequest;
  /** An HTTP request whose method the caller passes: not a write until a call site decides (summaries.ts). */
  request?: CallerDecidedRequest;
}

/** The write a call performs, decided where it is written (a request whose method the caller passes is not one). */
export function classifyWrite(node: EffectNode, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  const effect = classifyEffect(node, model, options);
  return effect?.request ? undefined : effect;
}

/** The write a call performs, or a request whose method its callers decide (`effect.request`, see http-writes.ts). */
export function classifyEffect(node: EffectNode, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
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

/**
 * The write a call makes through a package function it is handed, with the arguments for it
 * (`caller.call(fetch, url, init)` runs `fetch(url, init)`): classified as that call, placed at `call`.
 */
export function classifyForwardedWrite(call: CallExpression, fn: Node, args: Node[], model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  const origin = originOf(fn, model.types(), 0);
  if (!origin) return undefined;
  const callee: CalleeRef = { ...origin, call };
  const fact = findMatch(model.knowledge.writes, callee);
  if (fact) return sdkWrite(call, fact, callee, model, options, args);
  const http = httpWrite(call, callee, model, options, args);
  return http && !http.request ? http : undefined;
}

function sdkWrite(call: CallExpression, fact: WriteFact, callee: CalleeRef, model: ProjectModel, options: RuleOptions, args = call.getArguments()): WriteEffect {
  const path = callee.path.join('.');
  const label = `${fact.label.replace(/ (create|send|update|delete|upsert|message|insert|append|publish|sendMail|message create)$/i, '')} ${path}`.trim();
  const effect: WriteEffect = { node: call, label, kind: fact.write, confidence: callee.confidence, fact, callee };
  if (fact.write === 'upsert' || chainedUpsert(call)) return { ...effect, kind: 'upsert', protection: 'an upsert repeats safely' };
  if (fact.write === 'delete-id' || fact.write === 'update-set') effect.confidence = 'low';
  if (fact.keyOption) {
    const index = fact.keyOption.arg === 'last' ? (args.length >= 2 ? args.length - 1 : -1) : fact.keyOption.arg;
    const object = index >= 0 ? objectLiteralOf(args[index]) : undefined;
    const key = fact.keyOption.names.includes('headers')
      ? idempotencyKeyIn(objectLiteralOf(propertyValue(deepPropertyOf(object, 'headers'))), options)
      : keyProperty(object, [...fact.keyOption.names, ...(options.idempotencyKeyNames ?? [])]);
    if (key) return withKey(effect, key, model);
  }
  // SQS FIFO / queue job ids may sit inside the command object: new SendMessageCommand({ MessageDeduplicationId })
  const first = args[0];
  if (first && Node.isNewExpression(unwrap(first))) {
    const inner = objectLiteralOf((unwrap(first) as import('ts-morph').NewExpression).getArguments()[0]);
    const key = keyProperty(inner, ['MessageDeduplicationId', ...(options.idempotencyKeyNames ?? [])]);
    if (key) return withKey(effect, key, model);
  }
  return effect;
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

export const EFFECT_KINDS = [SyntaxKind.CallExpression, SyntaxKind.TaggedTemplateExpression];

// sideEffectSummary: the unprotected writes a function performs, directly or through the project
// functions it calls (bottom-up, depth-bounded, cycle-guarded, memoised). Each write keeps the call
// path from the function down to it, so a finding can cite where the write really happens.
import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import type { RuleOptions } from './config.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { deepPropertyOf, hasOpaqueSpread, objectLiteralOf, propertyValue } from './callee.js';
import { requestAtCallSite } from './http-writes.js';
import { classifyEffect, decidesKind, nestedPropertyValues, type EffectNode, type WriteEffect } from './side-effects.js';
import { isFreshValue, parameterIndex } from './write-keys.js';
import { descendantsOfKind } from './kind-index.js';
import { hasDedupeGuard } from './dedupe-guards.js';

export const MAX_SUMMARY_DEPTH = 6;

export interface ReachedWrite {
  /** The call in the summarised body: the write itself, or the call to the helper that leads to it. */
  site: EffectNode;
  /** Calls from `site` down to the write (the write last); length 1 when `site` is the write. */
  path: EffectNode[];
  effect: WriteEffect;
}

/** Calls and tagged templates inside `body`, in source order. */
export function effectNodesIn(body: Node): EffectNode[] {
  const out: EffectNode[] = [];
  if (Node.isCallExpression(body) || Node.isTaggedTemplateExpression(body)) out.push(body);
  const nested = [...descendantsOfKind(body, SyntaxKind.CallExpression), ...descendantsOfKind(body, SyntaxKind.TaggedTemplateExpression)];
  // A decorator runs when the class is defined, not when the method is called: `@CreateAction({…})` is not in the handler.
  const decorators = descendantsOfKind(body, SyntaxKind.Decorator);
  const inDecorator = (n: Node) => decorators.some((d) => n.getPos() >= d.getPos() && n.getEnd() <= d.getEnd());
  out.push(...nested.filter((n) => !decorators.length || !inDecorator(n)).sort((a, b) => a.getPos() - b.getPos()));
  return out;
}

/**
 * Writes reachable from `body` (a function, or a branch of a dispatch loop), protected ones included
 * (each rule decides what protection means to it); writes behind a dedupe lookup are left out.
 */
export function writesReachableFrom(body: Node, model: ProjectModel, options: RuleOptions): ReachedWrite[] {
  // A request whose method would come from this body's own caller is not a write anyone decided.
  return collect(body, model, options, 0, new Set()).filter((write) => !write.effect.request);
}

function collect(body: Node, model: ProjectModel, options: RuleOptions, depth: number, stack: Set<Node>): ReachedWrite[] {
  if (depth === 0) return compute(body, model, options, depth, stack);
  return model.memoize(`writes:${JSON.stringify(options)}`, body, () => compute(body, model, options, depth, stack));
}

function compute(body: Node, model: ProjectModel, options: RuleOptions, depth: number, stack: Set<Node>): ReachedWrite[] {
  const out: ReachedWrite[] = [];
  stack.add(body);
  for (const node of effectNodesIn(body)) {
    const effect = classifyEffect(node, model, options);
    if (effect) {
      if (!hasDedupeGuard(node, body)) out.push({ site: node, path: [node], effect });
      continue;
    }
    if (!Node.isCallExpression(node) || depth >= MAX_SUMMARY_DEPTH) continue;
    const callee: FunctionNode | undefined = model.functionCalledBy(node as CallExpression);
    if (!callee || stack.has(callee) || callee === body || !callee.getBody() || isTelemetryHelper(callee, model)) continue;
    const reached = collect(callee, model, options, depth + 1, stack);
    if (reached.length === 0 || hasDedupeGuard(node, body)) continue;
    for (const inner of reached) {
      const effect = atCallSite(inner.effect, node as CallExpression, model, options);
      if (effect) out.push({ site: node, path: [node, ...inner.path], effect });
    }
  }
  stack.delete(body);
  return out;
}

/** A helper named for analytics, usage or log events: what it posts is telemetry, not the tool's side effect. */
function isTelemetryHelper(fn: FunctionNode, model: ProjectModel): boolean {
  const name = functionName(fn);
  return name !== undefined && model.knowledge.telemetryFunctionName.test(name);
}

function functionName(fn: FunctionNode): string | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isFunctionExpression(fn)) {
    const own = fn.getName();
    if (own) return own;
  }
  const parent = fn.getParent();
  if (parent && (Node.isVariableDeclaration(parent) || Node.isPropertyAssignment(parent) || Node.isPropertyDeclaration(parent))) return parent.getName();
  return undefined;
}

/**
 * A helper whose write kind its parameter decides (`sendTransaction(tx)` sending `tx.data`): this caller's
 * argument decides it (an ERC-20 approve sets an allowance; low confidence), or hands the question up again.
 */
function kindAtCallSite(effect: WriteEffect, call: CallExpression): WriteEffect {
  const from = effect.kindFromParam;
  if (!from) return effect;
  const arg = call.getArguments()[from.index];
  const values = from.property ? nestedPropertyValues(arg, from.property.split('.').pop()!) : arg ? [arg] : [];
  if (values.some((value) => decidesKind(value, from.decides))) {
    return { ...effect, kind: from.decides.write, confidence: 'low', kindFromParam: undefined };
  }
  const passed = values.map((value) => parameterIndex(value)).find((ref) => ref !== undefined);
  return { ...effect, kindFromParam: passed ? { ...passed, decides: from.decides } : undefined };
}

/**
 * A helper's write seen from one call to it: the caller's method, URL and headers decide a request the
 * helper makes with them (a search URL makes it a read); a key the helper takes from its parameters is
 * sent only if this caller passes one.
 */
function atCallSite(effect: WriteEffect, call: CallExpression, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  const args = call.getArguments();
  const requested = requestAtCallSite(effect, call, model, options);
  if (!requested) return undefined;
  const out = kindAtCallSite(requested, call);
  if (out.keyFromParam && out.keyFromParam === effect.keyFromParam) {
    const { index, property } = out.keyFromParam;
    const arg = args[index];
    const object = property ? objectLiteralOf(arg) : undefined;
    const value = property ? propertyValue(deepPropertyOf(object, property)) : arg;
    if (arg && property && object && !value && !hasOpaqueSpread(object)) {
      return { ...out, protection: undefined, key: undefined, keyFromParam: undefined };
    }
    if (value) {
      const fresh = isFreshValue(value, model);
      const passed = parameterIndex(value);
      return { ...out, key: value, protection: fresh ? undefined : out.protection, keyFromParam: passed };
    }
  }
  return out;
}

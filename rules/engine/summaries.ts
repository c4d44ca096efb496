// sideEffectSummary: the unprotected writes a function performs, directly or through the project
// functions it calls (bottom-up, depth-bounded, cycle-guarded, memoised per depth where the bound cut). Each write keeps the call
// path from the function down to it, so a finding can cite where the write really happens.
import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import type { RuleOptions } from './config.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { deepPropertyOf, hasOpaqueSpread, objectLiteralOf, propertyValue } from './callee.js';
import { bodyAtCallSite, requestAtCallSite } from './http-writes.js';
import { classifyEffect, decidesKind, rewriteAtCallSite, sqlAtCallSite, nestedPropertyValues, ownRouteStoresNothing, UNIQUE_ID_PROTECTION, type EffectNode, type WriteEffect } from './side-effects.js';
import { isFreshValue, isOptionalFieldOf, isOptionalSchemaField, parameterIndex } from './write-keys.js';
import { descendantsOfKind } from './kind-index.js';
import { hasDedupeGuard } from './dedupe-guards.js';
import { conflictTakenAsDone, isMutationDocument } from './vendor-writes.js';
import { enclosingFunctionOf, functionReturning, insideNestedFunction, resolveIdentifier, resolvesTo, returnedExpressionsOf } from './scope.js';
import { closureBindingAt, deferredFunctionsIn } from './called-functions.js';
import { commandAtCallSite, FROM_TOOL_CALL } from './shell-commands.js';
import { implementationsCalledBy, otherImplementationsCalledBy } from './interface-implementations.js';
import { branchTaken, literalArguments, notTakenFor, type KnownValue } from './known-arguments.js';

export const MAX_SUMMARY_DEPTH = 6;

export interface ReachedWrite {
  /** The call in the summarised body: the write itself, or the call to the helper that leads to it. */
  site: EffectNode;
  /** Calls from `site` down to the write (the write last); length 1 when `site` is the write. */
  path: EffectNode[];
  effect: WriteEffect;
  /** The functions the path enters below `site`, in order: a path enters none twice (a cycle's writes are its own). */
  through?: readonly Node[];
}

/**
 * A body's writes as computed at one depth: `cut` when the depth bound left a call unfollowed somewhere below it; else
 * `need`, the levels of calls it followed, so the same answer holds at any depth leaving that many.
 */
interface Summary {
  writes: ReachedWrite[];
  depth: number;
  cut: boolean;
  need: number;
}

/** Calls and tagged templates inside `body`, in source order. */
export function effectNodesIn(body: Node): EffectNode[] {
  const out: EffectNode[] = [];
  if (Node.isCallExpression(body) || Node.isTaggedTemplateExpression(body)) out.push(body);
  const nested = [...descendantsOfKind(body, SyntaxKind.CallExpression), ...descendantsOfKind(body, SyntaxKind.TaggedTemplateExpression)];
  // A decorator runs when the class is defined, not when the method is called: `@CreateAction({…})` is not in the handler.
  const decorators = descendantsOfKind(body, SyntaxKind.Decorator);
  const inDecorator = (n: Node) => decorators.some((d) => n.getPos() >= d.getPos() && n.getEnd() <= d.getEnd());
  const returned = returnedFunctions(body);
  const inReturned = (n: Node) => returned.some((fn) => n.getPos() >= fn.getPos() && n.getEnd() <= fn.getEnd());
  out.push(...nested.filter((n) => (!decorators.length || !inDecorator(n)) && (!returned.length || !inReturned(n))).sort((a, b) => a.getPos() - b.getPos()));
  return out;
}

/**
 * Functions `body` hands back without calling them: `return { post: async () => fetch(…) }`, `return () => fetch(…)`.
 * A factory that returns a client object makes none of the requests its methods make (the caller's later
 * `client.post(…)` does, and is judged there).
 */
function returnedFunctions(body: Node): Node[] {
  const out: Node[] = [];
  const returnedValues: Node[] = [];
  if (Node.isArrowFunction(body) && !Node.isBlock(body.getBody())) returnedValues.push(body.getBody());
  for (const statement of descendantsOfKind(body, SyntaxKind.ReturnStatement)) {
    const owner = enclosingFunctionOf(statement);
    const expression = statement.getExpression();
    if (owner === body && expression) returnedValues.push(expression);
  }
  for (const value of returnedValues) {
    let node = value;
    while (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node)) node = node.getExpression();
    if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) out.push(node);
    if (!Node.isObjectLiteralExpression(node)) continue;
    for (const property of node.getProperties()) {
      if (Node.isMethodDeclaration(property) || Node.isGetAccessorDeclaration(property) || Node.isSetAccessorDeclaration(property)) out.push(property);
      const init = Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
      if (init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))) out.push(init);
    }
  }
  return out;
}

/**
 * Writes reachable from `body` (a function, or a branch of a dispatch loop), protected ones included
 * (each rule decides what protection means to it); writes behind a dedupe lookup are left out.
 */
export function writesReachableFrom(body: Node, model: ProjectModel, options: RuleOptions, commandFromOutside?: (parameter: Node) => boolean, bound?: Map<Node, FunctionNode>): ReachedWrite[] {
  // A request whose method would come from this body's own caller is not a write anyone decided; a command is the
  // model's when it comes from this body's input (a tool handler's arguments), not from a callback's — or, when the
  // caller says so, from the input of a function around the body (a tool handler whose step callback runs it).
  // A command that is not the model's may still be a write of its own (`otherwise`: a MongoDB update the code wrote).
  // `bound`: calls of the body through its registering function's parameters, each bound to the function one registration hands over.
  return compute(body, model, options, 0, bound).writes.flatMap((write) => {
    if (write.effect.request || write.effect.sqlFromParam || write.effect.rewriteFromParam || write.effect.rewriteFromField) return [];
    const from = write.effect.commandFrom;
    if (!from || isInputOf(from.parameter, body) || (commandFromOutside?.(from.parameter) ?? false)) return [write];
    return write.effect.otherwise ? [{ ...write, effect: write.effect.otherwise }] : [];
  });
}

/** A parameter of `body` itself, or — for a branch of a dispatch — of the function the branch is written in. */
function isInputOf(parameter: Node, body: Node): boolean {
  const fn = parameter.getParent();
  if (!fn) return false;
  if (fn === body) return true;
  const isFunction = Node.isFunctionLikeDeclaration(body) || Node.isArrowFunction(body) || Node.isFunctionExpression(body);
  return !isFunction && fn.containsRange(body.getPos(), body.getEnd());
}

/** Every effect reachable from `body`, requests whose method this body's own caller decides included (judged at each call). */
export function effectsReachableFrom(body: Node, model: ProjectModel, options: RuleOptions): ReachedWrite[] {
  return compute(body, model, options, 0).writes;
}

/**
 * A body's summary at a depth, memoised so that the answer is the same whoever asks first: the one kept is re-used where
 * its depth bound cut nothing and leaves the levels it needs, else the body is summarised again at this depth (a helper
 * first reached six calls down from one tool, its writes past the bound, is whole when a tool calls it directly).
 */
function memoized(table: string, node: Node, depth: number, model: ProjectModel, run: () => Summary): Summary {
  const kept = model.memoize(table, node, run);
  if (kept.depth === depth || (!kept.cut && depth + kept.need <= MAX_SUMMARY_DEPTH)) return kept;
  return model.memoize(`${table}@${depth}`, node, run);
}

function compute(body: Node, model: ProjectModel, options: RuleOptions, depth: number, bound?: Map<Node, FunctionNode>): Summary {
  const out: ReachedWrite[] = [];
  let cut = false;
  let need = 0;
  const deferred = deferredFunctionsIn(body, model);
  // Where a create under an id from the input ends: a repeat of the body stops there (the database refuses the id),
  // so the writes after it do not run twice.
  let guardedAfter: number | undefined;
  const guarded = (node: Node, effect: WriteEffect): WriteEffect =>
    guardedAfter !== undefined && node.getPos() >= guardedAfter && !effect.protection
      ? { ...effect, protection: 'runs after a create under an id from the input, which a repeat stops at' }
      : effect;
  for (const node of effectNodesIn(body)) {
    if (deferred.length && deferred.some((fn) => fn.containsRange(node.getPos(), node.getEnd()))) continue;
    // A call bound to the project function it runs (`run(args)`, the function one registration handed over) is that function's call.
    const classified = bound?.has(node) ? undefined : classifyEffect(node, model, options);
    const effect = classified && Node.isCallExpression(node) ? byCommandOperation(classified, node) : classified;
    if (effect) {
      if (!hasDedupeGuard(node, body)) out.push({ site: node, path: [node], effect: guarded(node, effect) });
      if (effect.protection === UNIQUE_ID_PROTECTION && guardedAfter === undefined) guardedAfter = stopsTheBody(node, body);
      continue;
    }
    if (!Node.isCallExpression(node)) continue;
    need = Math.max(need, 1);
    if (depth >= MAX_SUMMARY_DEPTH) {
      cut = true;
      continue;
    }
    const called: FunctionNode | undefined = bound?.get(node) ?? model.functionCalledBy(node as CallExpression) ?? dependencyCalled(node as CallExpression, body, model);
    // `reporter.postComment(…)` with `reporter: Reporter`, a project interface: each implementing class's method may run
    // (with types available the call resolves to the interface's signature, which has no body).
    // Value following may have taken one of several implementations handed to a receiver written with an interface: all may run.
    const callees = called?.getBody()
      ? [called, ...otherImplementationsCalledBy(node as CallExpression, called, model)]
      : forwardsInput(node as CallExpression, body)
        ? []
        : implementationsCalledBy(node as CallExpression, model);
    for (const callee of callees) {
      if (callee === body || !callee.getBody() || (isTelemetryHelper(callee, model) && !answersWith(node, body))) continue;
      // A closure a factory built runs the functions that factory call was given (called-functions.ts).
      const binding = closureBindingAt(node as CallExpression, callee, model);
      const summary = binding
        ? memoized(`closure-writes:${JSON.stringify(options)}`, binding.site, depth + 1, model, () => compute(callee, model, options, depth + 1, binding.calls))
        : memoized(`writes:${JSON.stringify(options)}`, callee, depth + 1, model, () => compute(callee, model, options, depth + 1));
      cut ||= summary.cut;
      need = Math.max(need, summary.need + 1);
      // A path coming back into this body is a cycle: the body's own writes are reported where it makes them.
      const reached = summary.writes.filter((inner) => !inner.through?.includes(body));
      if (reached.length === 0 || hasDedupeGuard(node, body)) continue;
      const literals = literalArguments(node as CallExpression, callee);
      for (const inner of reached) {
        if (literals && (notTakenFor(literals, inner.path, model) || dedupedFor(literals, inner.path[0]!, callee))) continue;
        const atSite = commandAtSite(atCallSite(inner.effect, node as CallExpression, model, options), node as CallExpression, callee, model);
        const effect = conflictHandledAt(node, atSite && inner.path.length === 1 ? byCommandOperation(atSite, node as CallExpression, callee) : atSite);
        if (effect) out.push({ site: node, path: [node, ...inner.path], effect: guarded(node, effect), through: [callee, ...(inner.through ?? [])] });
      }
    }
  }
  return { writes: out, depth, cut, need };
}

/**
 * A function the body's factory was handed and calls as a dependency (`createPage(parentId, title)` in the tool a
 * `createPageTool(createPage)` factory makes): the one every caller passes. Not a registration wrapper's forward of the
 * handler it was given (`(args) => cb(args, accountId)`, handing on the body's own input): that function is a handler
 * itself, reported where it is written.
 */
function dependencyCalled(call: CallExpression, body: Node, model: ProjectModel): FunctionNode | undefined {
  return forwardsInput(call, body) ? undefined : model.functionPassedTo(call);
}

/**
 * Whether a call hands on the body's own input as it came (`(args) => cb(args, ctx)`, `def.execute(args)`): a wrapper or
 * a dispatcher running the handler of the tool it registers, which is a handler itself, reported where it is written.
 */
function forwardsInput(call: CallExpression, body: Node): boolean {
  const input = 'getParameters' in body && typeof body.getParameters === 'function' ? (body.getParameters() as Node[])[0] : undefined;
  return input !== undefined && Node.isParameterDeclaration(input) && Node.isIdentifier(input.getNameNode()) &&
    call.getArguments().some((arg) => Node.isIdentifier(arg) && arg.getText() === input.getName());
}

/**
 * `try { await client.createNeonAuth(…) } catch (e) { if (e.status === 409) return existing() }`: a helper's create whose
 * conflict the caller takes as "already done" repeats nothing, as when the create is made in place (side-effects.ts).
 */
function conflictHandledAt(call: Node, effect: WriteEffect | undefined): WriteEffect | undefined {
  if (!effect || effect.protection || effect.request || (effect.kind !== 'create' && effect.kind !== 'charge') || !conflictTakenAsDone(call)) return effect;
  return { ...effect, protection: 'the server refuses a second copy (409) and the caller takes the existing one' };
}

/**
 * The end of the statement a create is, when its failure stops the body: an awaited statement of the body's own block,
 * not inside a try or a branch (a refused repeat throws out of the body before anything after it).
 */
function stopsTheBody(create: Node, body: Node): number | undefined {
  const block = 'getBody' in body && typeof body.getBody === 'function' ? (body as FunctionNode).getBody() : body;
  if (!block || !Node.isBlock(block)) return undefined;
  const statement = block.getStatements().find((s) => s.getPos() <= create.getPos() && create.getEnd() <= s.getEnd());
  if (!statement || !statement.getDescendantsOfKind(SyntaxKind.AwaitExpression).some((a) => a.getPos() <= create.getPos() && create.getEnd() <= a.getEnd())) return undefined;
  if (Node.isTryStatement(statement) || Node.isIfStatement(statement) || Node.isSwitchStatement(statement)) return undefined;
  return statement.getEnd();
}

/** A helper named for analytics, usage or log events: what it posts is telemetry, not the tool's side effect. */
function isTelemetryHelper(fn: FunctionNode, model: ProjectModel): boolean {
  const name = functionName(fn);
  return name !== undefined && model.knowledge.telemetryFunctionName.test(name);
}

/**
 * Whether the function a call is in answers with what the call gives back: the call (awaited or not) is returned, or held
 * in a local a return statement reads (`const result = await trackEmail(…); return { text: JSON.stringify(result) }`). A
 * helper named for telemetry that does so is the tool's own action — an API whose product is tracking — not an event
 * posted beside it (RULES.md: telemetry a helper posts "through a decorator, a wrapper or a fire-and-forget call").
 */
function answersWith(call: Node, body: Node): boolean {
  // A callback inside the body (`.finally(() => track(…))`) answers its caller, not the body's.
  if (insideNestedFunction(call, body)) return false;
  let value: Node = call;
  let parent = value.getParent();
  while (parent && (Node.isAwaitExpression(parent) || Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent))) {
    value = parent;
    parent = parent.getParent();
  }
  if (functionReturning(value) !== undefined) return true;
  if (!parent || !Node.isVariableDeclaration(parent) || parent.getInitializer() !== value) return false;
  const held = parent;
  const fn = enclosingFunctionOf(call);
  return fn !== undefined && returnedExpressionsOf(fn).some((returned) => returned !== undefined &&
    [returned, ...returned.getDescendantsOfKind(SyntaxKind.Identifier)].some((id) => Node.isIdentifier(id) && id.getText() === held.getName() && resolvesTo(id, held)));
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

/** A helper's run of a command from its input: this caller's argument decides whether it is still the model's command. */
function commandAtSite(effect: WriteEffect | undefined, call: CallExpression, callee: FunctionNode, model: ProjectModel): WriteEffect | undefined {
  if (!effect?.commandFrom) return effect;
  const from = commandAtCallSite(effect.commandFrom, call, callee, model);
  // Read from the model's tool call in the dispatch branch around the call: the model's command, whatever body asks.
  if (from === FROM_TOOL_CALL) return { ...effect, commandFrom: undefined };
  return from ? { ...effect, commandFrom: from } : effect.otherwise;
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
 * A GraphQL request whose document the helper takes from a parameter, seen from one call: this caller's document
 * decides — a query reads (no write), a mutation writes, a parameter hands the question up, one not visible stays a write.
 */
function documentAtCallSite(effect: WriteEffect, call: CallExpression, model: ProjectModel): WriteEffect | undefined {
  const from = effect.documentFromParam;
  if (!from) return effect;
  const arg = call.getArguments()[from.index];
  const values = from.property ? nestedPropertyValues(arg, from.property.split('.').pop()!) : arg ? [arg] : [];
  if (values.length !== 1) return { ...effect, documentFromParam: undefined };
  const value = values[0]!;
  const mutation = isMutationDocument(value, model);
  if (mutation === false) return undefined;
  if (mutation === true) return { ...effect, documentFromParam: undefined };
  return { ...effect, documentFromParam: parameterIndex(value) };
}

/**
 * A helper's write seen from one call to it: the caller's method, URL and headers decide a request the
 * helper makes with them (a search URL makes it a read); a key the helper takes from its parameters is
 * sent only if this caller passes one.
 */
export function atCallSite(effect: WriteEffect, call: CallExpression, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  const args = call.getArguments();
  const requested = requestAtCallSite(effect, call, model, options);
  if (!requested || (requested !== effect && ownRouteStoresNothing(requested, model, options))) return undefined;
  const documented = documentAtCallSite(requested, call, model);
  if (!documented) return undefined;
  const stated = sqlAtCallSite(documented, call);
  const rewritten = stated && rewriteAtCallSite(stated, call, model);
  if (!rewritten) return undefined;
  const out = bodyAtCallSite(kindAtCallSite(rewritten, call), call);
  if (!out) return undefined;
  if (out.keyFromParam && out.keyFromParam === effect.keyFromParam) {
    const { index, property } = out.keyFromParam;
    const arg = args[index];
    const object = property ? objectLiteralOf(arg) : undefined;
    const value = property ? propertyValue(deepPropertyOf(object, property)) : arg;
    // A key parameter this call leaves out (`postLedger(env, path, entry)`, the key optional) sends no key.
    const leftOut = !arg && !args.some((a) => Node.isSpreadElement(a));
    if (leftOut || (arg && property && object && !value && !hasOpaqueSpread(object))) {
      return { ...out, protection: undefined, key: undefined, keyFromParam: undefined };
    }
    if (value) {
      const optional = isOptionalSchemaField(value);
      const fresh = optional || isFreshValue(value, model);
      const passed = parameterIndex(value);
      return { ...out, key: value, protection: fresh ? undefined : out.protection, keyFromParam: passed, ...(optional ? { keyOptional: true } : {}) };
    }
    // `createCustomer(Schema.parse(args))` with the key an optional field of that schema: sent only when given.
    if (arg && property && !object && !property.includes('.') && isOptionalFieldOf(arg, property)) return { ...out, protection: undefined, keyFromParam: undefined, keyOptional: true };
    // `request(options) { return send(options) }`: the caller's own parameter, whose callers decide the key in turn.
    const handedOn = arg && property && !object ? parameterIndex(arg) : undefined;
    if (handedOn && !handedOn.property) return { ...out, keyFromParam: { index: handedOn.index, property } };
  }
  return out;
}

/**
 * A write behind a dedupe that a branch on a value the caller fixed puts on this call's path: `if (!force) { existing =
 * find…; if (existing) return existing }` when the caller leaves `force` false (dedupe-guards.ts: a guard only some calls
 * see protects none of the others, but this call is one that sees it).
 */
function dedupedFor(known: Map<Node, KnownValue>, site: Node, callee: FunctionNode): boolean {
  return hasDedupeGuard(site, callee, (statement, branch) => branchTaken(statement, branch, known) === true);
}

/** Property names under which a request body names the operation it asks for (`{ type: 'item_update', args }`). */
const OPERATION_PROPERTY = /^(type|action|op|operation|command)$/;
const CREATE_WORD = /^(add|create|insert|new|post|send|submit|publish|append|push|enqueue|trigger|invite|share|copy|duplicate|clone|upload|import|fork|reply|comment|generate|charge|pay|transfer|refund|increment|decrement|execute|run|start)$/;
const DELETE_WORD = /^(delete|remove|destroy|del|purge|trash|clear)$/;
const STATE_WORD = /^(update|set|edit|rename|move|reorder|mark|read|unread|complete|uncomplete|close|reopen|archive|unarchive|accept|reject|decline|approve|cancel|pin|unpin|lock|unlock|enable|disable|activate|deactivate|pause|resume|restore|mute|unmute|collapse|expand)$/;

/**
 * An HTTP write whose body names the operation (a command API: `POST /sync` of `[{ type: 'note_update', uuid, args }]`),
 * where the operation's name is written at the call — in the request's arguments, or as a string the call hands a
 * helper that puts it under `type`/`action`/`op`/`command` in the body it sends. An operation named for an update, a
 * state (`accept_invitation`, `mark_read`) or a delete of a known record repeats safely, like a PATCH or a DELETE
 * (RULES.md: low confidence at most); one named for a create, a send or a run stays a write.
 */
function byCommandOperation(effect: WriteEffect, call: CallExpression, helper?: FunctionNode): WriteEffect {
  if (!effect.http || effect.protection || (effect.kind !== 'create' && effect.kind !== 'send')) return effect;
  const names: string[] = [];
  for (const arg of call.getArguments()) {
    for (const property of [arg, ...arg.getDescendants()]) {
      if (!Node.isPropertyAssignment(property) || !OPERATION_PROPERTY.test(property.getName())) continue;
      // A command of a command list (`commands: [{ type, uuid, args }]`), not a field of a message being sent.
      if (!Node.isArrayLiteralExpression(property.getParent()?.getParent())) continue;
      const init = property.getInitializer();
      if (init && (Node.isStringLiteral(init) || Node.isNoSubstitutionTemplateLiteral(init))) names.push(init.getLiteralValue());
    }
  }
  if (helper && (Node.isFunctionLikeDeclaration(helper) || Node.isArrowFunction(helper) || Node.isFunctionExpression(helper))) {
    const params = helper.getParameters();
    call.getArguments().forEach((arg, index) => {
      const param = params[index];
      if (!param || !(Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg))) return;
      const named = param.getNameNode();
      if (!Node.isIdentifier(named)) return;
      const refs = helper.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id.getText() === named.getText() && id !== named);
      const used = refs.some((ref) => {
        const binding = resolveIdentifier(ref);
        if (binding.kind !== 'local' || binding.declaration !== param) return false;
        const parent = ref.getParent();
        if (parent && Node.isShorthandPropertyAssignment(parent)) return OPERATION_PROPERTY.test(parent.getName());
        return !!parent && Node.isPropertyAssignment(parent) && parent.getInitializer() === ref && OPERATION_PROPERTY.test(parent.getName());
      });
      if (used) names.push(arg.getLiteralValue());
    });
  }
  if (names.length === 0) return effect;
  const words = (name: string) => name.split(/[-_.\s:/]+|(?<=[a-z0-9])(?=[A-Z])/).map((w) => w.toLowerCase()).filter(Boolean);
  const kinds = names.map((name) => {
    const parts = words(name);
    if (parts.some((w) => CREATE_WORD.test(w))) return undefined;
    if (parts.some((w) => DELETE_WORD.test(w))) return 'delete-id' as const;
    return parts.some((w) => STATE_WORD.test(w)) ? ('update-set' as const) : undefined;
  });
  if (kinds.some((k) => k === undefined)) return effect;
  const kind = kinds.includes('update-set') ? 'update-set' : 'delete-id';
  return { ...effect, kind, confidence: 'low', label: `${effect.label} (${names[0]})` };
}


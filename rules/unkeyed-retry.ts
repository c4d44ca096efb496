// unkeyed-retry: a retry around a non-idempotent operation with no key that stays the same across
// attempts — retry libraries and loops, HTTP clients configured to retry POST, and SDKs that retry on
// their own (OpenAI/Anthropic stateful writes, Slack).
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { deepPropertyOf, objectLiteralOf, propertyValue, unwrap, type ValueOrigin } from './engine/callee.js';
import { defineRule, type RuleContext } from './engine/define-rule.js';
import { calleeMatches } from './engine/match.js';
import { isModelCall, sendsModelRequest } from './engine/model-calls.js';
import { attemptLoops, catchFallbacks, catchReruns, findRetries, resendingClientsIn, retryingPluginOf, retryingTransformerOf, unbound, type Retry } from './engine/retries.js';
import { classifyForwardedWrite, classifyWrite, isFreshValue, isWriteMemberName, type WriteEffect } from './engine/side-effects.js';
import { atCallSite, effectsReachableFrom, type ReachedWrite, writesReachableFrom } from './engine/summaries.js';
import { requestAtCallSite } from './engine/http-writes.js';
import { enclosingFunctionOf, resolveIdentifier, returnedExpressionsOf } from './engine/scope.js';
import { findToolHandlers } from './engine/tool-handlers.js';
import { descendantsOfKind } from './engine/kind-index.js';
import { actingAgentRun, actingAgentRunAlong } from './engine/acting-agent-runs.js';
import { webhookRedeliveriesIn } from './engine/webhook-redeliveries.js';
import { markedPollersIn } from './engine/marked-pollers.js';
import { queueRedeliveriesIn } from './engine/queue-redeliveries.js';
import { requeuedSendsIn } from './engine/retry-queues.js';
import { resultFallbacks } from './engine/result-fallbacks.js';
import { knowledge } from './knowledge/index.js';
import type { ProjectModel } from './engine/project-model.js';

/** Writes that repeat safely under a retry (RULES.md defines DELETE/PATCH leniency only for tools). */
const REPEATABLE = new Set(['upsert', 'delete-id', 'update-set']);

export default defineRule({
  id: 'unkeyed-retry',
  meta: {
    description: 'A retry around a non-idempotent operation with no key stable across attempts.',
    defaultSeverity: 'error',
    hasSuggestions: false,
    fixable: false,
  },
  create(context) {
    // One finding per retried call site (README "where each rule reports"): the first mechanism that reaches it speaks.
    const reported = new Set<Node>();
    const once: RuleContext = {
      sourceFile: context.sourceFile, model: context.model, options: context.options,
      isEnabled: (ruleId) => context.isEnabled(ruleId),
      report: (input) => {
        if (reported.has(input.node)) return;
        reported.add(input.node);
        context.report(input);
      },
    };
    checkRetryRegions(once);
    // A catch that calls the run's function again with other arguments (a fallback model) re-runs an agent that acts.
    // So does a counted attempt loop that leaves on a good outcome, with no `try` (the failure comes back as a value).
    for (const retry of [...catchReruns(context.sourceFile), ...attemptLoops(context.sourceFile)]) checkRetriedAgentRuns(once, retry);
    checkRetryingHelperCalls(once);
    checkBuiltInRetries(once);
    checkHttpClientRetries(once);
    checkResendingInterceptors(once);
  },
});

function checkRetryRegions(context: RuleContext): void {
  const { sourceFile, model, options } = context;
  // A webhook its sender delivers again (Telegram, after an error status) re-runs the handler like a retry would.
  // So does a poller that sends for each row not yet marked done and marks it only afterwards (questions 74, 141), and a
  // queue consumer that hands a failed message back for redelivery (question 20), and a retry queue a catch puts the failed
  // send on, drained by sending it again (questions 63, 74).
  for (const retry of [...findRetries(sourceFile, model), ...webhookRedeliveriesIn(sourceFile, model), ...markedPollersIn(sourceFile, model),
    ...queueRedeliveriesIn(sourceFile, model), ...requeuedSendsIn(sourceFile, model)]) checkRetryRegion(context, retry);
  // A catch sending the tried call's content again another way is a second attempt only when that call wrote (question 63);
  // so is a send made after the tried call reported failure as a value (`if (result.success) return`, `if (!resp.ok)`).
  const checked = new Set<Node>();
  for (const fallback of [...catchFallbacks(sourceFile), ...resultFallbacks(sourceFile, model)]) {
    if (checked.has(fallback.region)) continue;
    if (!classifyWrite(fallback.tried, model, options) && writesReachableFrom(fallback.tried, model, options).length === 0) continue;
    checked.add(fallback.region);
    checkRetryRegion(context, fallback);
  }
}

function checkRetryRegion(context: RuleContext, retry: Retry): void {
  const { sourceFile, model, options } = context;
  checkRetriedToolCalls(context, retry);
  checkRetriedAgentRuns(context, retry);
  const attemptScope = Node.isForStatement(retry.construct) || Node.isWhileStatement(retry.construct) || Node.isDoStatement(retry.construct) ? retry.construct : retry.region;
  // The writes one retried call reaches, reported together at that call.
  const bySite = new Map<Node, ReachedWrite[]>();
  // The function the retry is written in: a recursive call of it inside the retried code (a tool-call round that
  // continues the conversation) reaches the writes the retried code makes itself — they are reported there.
  // A re-send made from a listener inside the function (`req.on('error', () => send(…))`) names the function whose body is retried.
  const regionOf: Node | undefined = retry.region.getParent();
  const enclosing: Node | undefined = Node.isBlock(retry.region) && regionOf && (Node.isFunctionLikeDeclaration(regionOf) || Node.isArrowFunction(regionOf) || Node.isFunctionExpression(regionOf)) ? regionOf
    : retry.construct.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  // A request helper that sends again by calling itself, whose every caller hands it a model request (a model API's URL,
  // a `{ model, messages }` body): its re-send repeats a completion, nothing to duplicate.
  if (retry.reportAtConstruct && enclosing && calledOnlyWithModelRequests(enclosing, model)) return;
  for (const write of [...forwardedWrite(retry, context), ...writesReachableFrom(retry.region, model, options, (parameter) => isInputOfToolAround(parameter, retry, context))]) {
    if (retry.directWritesOnly && write.path.length > 1) continue;
    if (retry.writesBefore && !madeBefore(write, retry.writesBefore)) continue;
    if (write.path.length > 1 && enclosing && Node.isCallExpression(write.site) && model.functionCalledBy(write.site) === enclosing) continue;
    // A local file the process appends to (a journal, `GITHUB_OUTPUT`, a log) is no remote operation: no server acts on a
    // request whose answer is lost, and no key could travel with it. The rule is about calls to other systems.
    if (isLocalFileWrite(write.effect)) continue;
    if (!isUnkeyed(write, attemptScope, context)) continue;
    // A POST to a model (`/chat/completions`, a `{ messages, temperature }` body) is a completion: nothing to duplicate.
    if (write.path.some((node) => Node.isCallExpression(node) && (isModelCall(node, model) || sendsModelRequest(node, model, true)))) continue;
    if (write.site.getSourceFile() !== sourceFile) continue;
    // A function calling itself from its catch: the finding is at that re-attempt (question 7), not at the write it repeats.
    const site = retry.reattemptReported ? retry.construct : write.site;
    const writes = bySite.get(site) ?? [];
    writes.push(write);
    bySite.set(site, writes);
  }
  for (const [site, writes] of mergeCallbackSites(bySite)) reportRetriedWrites(context, retry, site, writes);
}

/** A write the retried call's function makes (itself or through a helper) at a call that ends before `mark` starts. */
function madeBefore(write: ReachedWrite, mark: Node): boolean {
  const inner = write.path[1];
  return inner !== undefined && inner.getSourceFile() === mark.getSourceFile() && inner.getEnd() <= mark.getStart() &&
    enclosingFunctionOf(inner) === enclosingFunctionOf(mark);
}

/**
 * A parameter of the tool handler the retry is written in (`handler: async ({ command }) => step.run('terminal', () =>
 * sandbox.commands.run(command))`): the model's command, re-run by a retry inside its own tool.
 */
function isInputOfToolAround(parameter: Node, retry: Retry, context: RuleContext): boolean {
  const fn = parameter.getParent();
  const { construct } = retry;
  if (!fn || !fn.containsRange(construct.getPos(), construct.getEnd()) || fn.getSourceFile() !== construct.getSourceFile()) return false;
  return findToolHandlers(context.sourceFile, context.model).some((handler) => (handler.body === fn || handler.fn === fn || fn.containsRange(handler.body.getPos(), handler.body.getEnd())) &&
    handler.body.containsRange(construct.getPos(), construct.getEnd()));
}

const FILE_SYSTEM_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra']);

/** An append to (or a read-and-rewrite of) a file on this machine's disk, through Node's fs. */
function isLocalFileWrite(effect: WriteEffect): boolean {
  return effect.callee !== undefined && FILE_SYSTEM_MODULES.has(effect.callee.module);
}

/**
 * `withStepLogging(input, () => stepHandler(input))`: a write reached inside a function handed to another retried call
 * runs as part of that call, so both go into one finding at the outer call (one finding per retried call).
 */
function mergeCallbackSites(bySite: Map<Node, ReachedWrite[]>): Map<Node, ReachedWrite[]> {
  const sites = [...bySite.keys()];
  const outerOf = (site: Node): Node => {
    let outer = site;
    for (const other of sites) {
      if (other === outer || !Node.isCallExpression(other) || !other.getArguments().some((arg) => isInlineFunction(arg) && arg.containsRange(outer.getPos(), outer.getEnd()))) continue;
      outer = outerOf(other);
      break;
    }
    return outer;
  };
  const merged = new Map<Node, ReachedWrite[]>();
  for (const site of sites) {
    const outer = outerOf(site);
    merged.set(outer, [...(merged.get(outer) ?? []), ...bySite.get(site)!]);
  }
  return merged;
}

function calledOnlyWithModelRequests(fn: Node, model: ProjectModel): boolean {
  const callers = [...model.callSitesOf(fn)].filter((call) => Node.isCallExpression(call) && !fn.containsRange(call.getPos(), call.getEnd())) as CallExpression[];
  return callers.length > 0 && callers.every((call) => isModelCall(call, model) || sendsModelRequest(call, model, true));
}

function isInlineFunction(node: Node): boolean {
  const plain = unwrap(node);
  return Node.isArrowFunction(plain) || Node.isFunctionExpression(plain);
}

/** One finding at a retried call, naming every unkeyed write it reaches (its first write decides the wording). */
function reportRetriedWrites(context: RuleContext, retry: Retry, site: Node, writes: ReachedWrite[]): void {
  const [first] = writes as [ReachedWrite];
  const { effect } = first;
  const labels = [...new Set(writes.map((w) => w.effect.label))];
  const named = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0]!;
  const subject = first.path.length === 1 && writes.length === 1 ? effect.label : `${site.getText().split('(')[0]}() (which does ${named})`;
  const keyNote = !effect.key ? ''
    : effect.keyOptional ? ` Its key (${effect.key.getText().slice(0, 40)}) is an optional field of the input: sent only when it is filled, so by default no attempt carries one.`
    : ` Its key (${effect.key.getText().slice(0, 40)}) is made anew on every attempt, so the server cannot tell attempts apart.`;
  const stripe = effect.fact?.label.startsWith('Stripe') && !effect.key ? " stripe-node's automatic key is new for every call, so it does not cover this outer retry." : '';
  const confidence = writes.some((w) => w.effect.confidence === 'high') ? 'high' : 'medium';
  const paths = writes.flatMap((w) => w.path.slice(1));
  context.report({
    node: site,
    message: `${retry.label} re-runs ${subject} with no idempotency key stable across attempts: an attempt that timed out after the server acted makes the write twice.${keyNote}${stripe} ${retry.remedy ?? 'Create the key once, outside the retried code, and send it on every attempt.'}`,
    confidence,
    related: [{ node: retry.construct, message: `retried by ${retry.label}` }, ...[...new Set(paths)].map((node) => ({ node, message: 'leads to the write' }))],
  });
}

/**
 * `fetchWithRetry(url, { method: 'POST', body })`: a project helper whose retry re-sends a request whose method (URL,
 * headers) its caller passes — a wrapper that re-sends whatever request failed. Reported once, at the re-send
 * (test/corpus/README.md question 50), when a caller makes an unkeyed write through it: each caller decides with what
 * it passes (a key the caller sends was made before the helper's attempts and stays the same across them), also a
 * caller that hands on a method its own caller passes (`post(…)` → `this.request('POST', …)`).
 */
function checkRetryingHelperCalls(context: RuleContext): void {
  const { sourceFile, model, options } = context;
  const holders = new Set<Node>();
  for (const retry of findRetries(sourceFile, model)) {
    const fn = retry.construct.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
    if (fn) holders.add(fn);
  }
  for (const fn of holders) {
    for (const { retry, write } of retriedRequestsIn(fn, context)) {
      if (write.site.getSourceFile() !== sourceFile) continue;
      const found = unkeyedWriteFromCallers(write.effect, fn, model, options, 0);
      if (!found) continue;
      const { call, effect } = found;
      const at = `${call.getSourceFile().getBaseName()}:${call.getStartLineNumber()}`;
      context.report({
        node: retry.reportAtConstruct ? retry.construct : write.site,
        message: `${retry.label} re-sends this request, and a caller sends ${effect.label} through it (${call.getExpression().getText().slice(0, 40)}() at ${at}) with no idempotency key stable across attempts: an attempt that timed out after the server acted makes the write twice. Have callers create a key once, before the call, and send it in the request's headers, or re-send only requests that are safe to repeat.`,
        confidence: effect.confidence === 'low' ? 'medium' : effect.confidence,
        related: [{ node: retry.construct, message: `retried by ${retry.label}` }, { node: call, message: 'a caller that writes through it' }],
      });
    }
  }
}

const MAX_CALLER_DEPTH = 2;

/** The first call of `fn` (or of a caller that hands its own caller's method on) that makes the request an unkeyed write. */
function unkeyedWriteFromCallers(effect: WriteEffect, fn: Node, model: ProjectModel, options: RuleContext['options'], depth: number): { call: CallExpression; effect: WriteEffect } | undefined {
  // Callers in the helper's package, whether or not this run lints their files: the finding is the helper's own.
  for (const call of new Set([...model.callSitesOf(fn), ...model.packageCallSitesOf(fn)])) {
    // A recursive call of the helper, in its own body, is one of its attempts.
    if (!Node.isCallExpression(call) || (call.getSourceFile() === fn.getSourceFile() && fn.containsRange(call.getPos(), call.getEnd()))) continue;
    const seen = atCallSite(effect, call, model, options);
    if (!seen) continue;
    if (seen.request) {
      const caller = call.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
      const deeper = caller && depth + 1 < MAX_CALLER_DEPTH ? unkeyedWriteFromCallers(seen, caller, model, options, depth + 1) : undefined;
      if (deeper) return deeper;
      continue;
    }
    if (seen.protection || seen.key || REPEATABLE.has(seen.kind)) continue;
    return { call, effect: seen };
  }
  return undefined;
}

/** The requests a helper re-runs in a retry of its own whose method its caller decides. */
function retriedRequestsIn(fn: Node, context: RuleContext): Array<{ retry: Retry; write: ReachedWrite }> {
  const { model, options } = context;
  return model.memoize(`retried-requests:${JSON.stringify(options)}`, fn, () => {
    const out: Array<{ retry: Retry; write: ReachedWrite }> = [];
    for (const retry of findRetries(fn.getSourceFile(), model)) {
      if (retry.construct === fn || !fn.containsRange(retry.construct.getPos(), retry.construct.getEnd())) continue;
      for (const write of effectsReachableFrom(retry.region, model, options)) {
        if (write.effect.request && write.path.length === 1) out.push({ retry, write });
      }
    }
    return out;
  });
}

/** `caller.call(fetch, url, { method: 'POST' })`: the package function handed over, called with the arguments after it. */
function forwardedWrite(retry: Retry, context: RuleContext): ReachedWrite[] {
  if (!retry.forwarded || !Node.isCallExpression(retry.construct)) return [];
  const effect = classifyForwardedWrite(retry.construct, retry.forwarded.fn, retry.forwarded.args, context.model, context.options);
  return effect ? [{ site: retry.construct, path: [retry.construct], effect }] : [];
}

const MCP_CALL_TOOL = { module: knowledge.mcpClientModules, export: ['Client'], instance: true, path: ['callTool'] };
const MAX_TOOL_CALL_DEPTH = 3;

/**
 * MCP `client.callTool({ name })` of a tool not annotated `idempotentHint: true` (MCP's default is not idempotent),
 * in the retried code or in a project helper it calls (reported at the retried code's call to the helper).
 */
function checkRetriedToolCalls(context: RuleContext, retry: Retry): void {
  const { model } = context;
  const isToolCall = (call: CallExpression): boolean => {
    const callee = model.resolveCall(call);
    return callee !== undefined && calleeMatches(MCP_CALL_TOOL, callee);
  };
  for (const { reportAt, path } of retriedCallsReached(retry, model, 'tool-calls', isToolCall)) {
    const call = path[path.length - 1]!;
    const name = propertyValue(deepPropertyOf(objectLiteralOf(call.getArguments()[0]), 'name'));
    const toolName = name && Node.isStringLiteral(name) ? name.getLiteralValue() : undefined;
    if (toolName && idempotentToolNames(model).has(toolName)) continue;
    const via = path.length > 1 ? ` (through ${reportAt.getExpression().getText().slice(0, 40)}())` : '';
    context.report({
      node: reportAt,
      message: `${retry.label} re-runs MCP callTool${toolName ? ` "${toolName}"` : ''}${via}, a tool not annotated idempotentHint: true (MCP's default is not idempotent), with no key: a call that timed out after the tool acted runs it twice. Pass a stable key in the tool's arguments, or annotate the tool idempotent if it is.`,
      confidence: model.resolveCall(call)?.confidence ?? 'medium',
      related: [{ node: retry.construct, message: `retried by ${retry.label}` }, ...path.slice(1).map((node) => ({ node, message: 'leads to the tool call' }))],
    });
  }
}

/**
 * A coding agent's run with tools that act unasked (`query()` in `bypassPermissions` mode, `claude -p
 * --dangerously-skip-permissions`), in the retried code or in a project helper it calls: a failure after the agent
 * pushed, posted or deployed re-runs all of it (test/corpus/README.md questions 54, 74, 93, 97).
 */
function checkRetriedAgentRuns(context: RuleContext, retry: Retry): void {
  const { model } = context;
  // Also through helpers when the retry would take only direct writes (a catch calling a helper again): a run that acts
  // is what the helper is for, not one write among the helper's others.
  for (const { reportAt, path } of retriedCallsReached(retry, model, 'acting-agent-runs', (call) => actingAgentRun(call, model) !== undefined)) {
    // `runCodexExec({ mode: 'judge' })`: the run as this path's calls start it, which may not act at all.
    const run = actingAgentRunAlong(path, model);
    if (!run) continue;
    const via = path.length > 1 ? ` (through ${reportAt.getExpression().getText().slice(0, 40)}())` : '';
    context.report({
      node: reportAt,
      message: `${retry.label} re-runs ${run}${via}: the agent's tools act with no person approving them, and a failure after they pushed, posted or deployed runs the whole task again with nothing to tell the second run what the first one did. Re-run only a run that failed before acting, or give the run a record of what was done (an idempotency key per task, a check of the branch or PR it would make).`,
      confidence: 'medium',
      related: [{ node: retry.construct, message: `retried by ${retry.label}` }, ...path.slice(1).map((node) => ({ node, message: 'leads to the agent run' }))],
    });
  }
}

/**
 * The calls `is` picks that the retried code makes, itself or through project helpers, each with the call in the
 * retried code to report at and the path from it down to the picked call.
 */
function retriedCallsReached(retry: Retry, model: ProjectModel, kind: string, is: (call: CallExpression) => boolean): Array<{ reportAt: CallExpression; path: CallExpression[] }> {
  const calls = [retry.region, ...descendantsOfKind(retry.region, SyntaxKind.CallExpression)].filter(Node.isCallExpression);
  const out: Array<{ reportAt: CallExpression; path: CallExpression[] }> = [];
  const reported = new Set<Node>();
  for (const site of calls) {
    for (const found of callsReachedFrom(site, model, kind, is, 0, new Set())) {
      // A helper written inside the retried code: its own call is already one of `calls`.
      const helper = found.length > 1 ? model.functionCalledBy(site) : undefined;
      if (helper && retry.region.containsRange(helper.getPos(), helper.getEnd())) continue;
      // A helper written in the loop itself (`const invoke = () => client.callTool(…)` before the attempt) is made
      // anew on every attempt: its call is the retried call, reported once however the attempt runs it.
      const inLoop = helper !== undefined && retry.construct.containsRange(helper.getPos(), helper.getEnd());
      const path = inLoop ? found.slice(1) : found;
      const reportAt = inLoop ? path[0]! : site;
      if (reported.has(reportAt)) continue;
      reported.add(reportAt);
      out.push({ reportAt, path });
    }
  }
  return out;
}

/** The calls `is` picks that a call makes, itself or through project helpers: each as the path from `call` down to it. */
function callsReachedFrom(call: CallExpression, model: ProjectModel, kind: string, is: (call: CallExpression) => boolean, depth: number, stack: Set<Node>): CallExpression[][] {
  if (is(call)) return [[call]];
  if (depth >= MAX_TOOL_CALL_DEPTH) return [];
  const fn = model.functionCalledBy(call);
  const body = fn?.getBody();
  if (!fn || !body || stack.has(fn) || call.getFirstAncestor((a) => a === fn)) return [];
  return model.memoize(`${kind}-reached:${depth}`, fn, () => {
    stack.add(fn);
    const out = [body, ...descendantsOfKind(body, SyntaxKind.CallExpression)].filter(Node.isCallExpression).flatMap((inner) => callsReachedFrom(inner, model, kind, is, depth + 1, stack).map((path) => [call, ...path]));
    stack.delete(fn);
    return out;
  }).map((path) => [call, ...path.slice(1)]);
}

/** Names of tools registered in the project with `idempotentHint: true`. */
function idempotentToolNames(model: RuleContext['model']): Set<string> {
  return model.memoize('idempotent-tools', model as never, () => {
    const names = new Set<string>();
    // Only files that write the annotation can register such a tool: the run's files that mention it, not
    // every file parsed so far (that made the answer depend on order, and searched every file).
    for (const path of model.filesMentioning('idempotentHint')) {
      const file = model.fileAt(path);
      if (!file) continue;
      for (const handler of findToolHandlers(file, model)) {
        if (handler.name && handler.annotations.idempotentHint === true) names.add(handler.name);
      }
    }
    return names;
  });
}

function isUnkeyed(write: ReachedWrite, attemptScope: Node, context: RuleContext): boolean {
  const { effect } = write;
  if (REPEATABLE.has(effect.kind)) return false;
  if (!effect.key || effect.keyOptional) return !effect.protection;
  if (!isFreshValue(effect.key, context.model)) return false;
  // A fresh key made before the retry is sent unchanged on every attempt: keyed.
  const key = unwrap(effect.key);
  if (Node.isIdentifier(key)) {
    const binding = resolveIdentifier(key);
    if (binding.kind === 'local') return attemptScope.containsRange(binding.declaration.getPos(), binding.declaration.getEnd()) || write.path.length > 1;
    return false;
  }
  return true;
}

/** SDK calls whose client retries on its own, with no key: OpenAI/Anthropic stateful writes, Slack. */
function checkBuiltInRetries(context: RuleContext): void {
  const { sourceFile, model } = context;
  for (const { call, effect, at } of sdkWritesIn(sourceFile, context)) {
    if (!effect.fact || effect.protection || effect.key || REPEATABLE.has(effect.kind)) continue;
    // Any key, even a fresh one, made before the call is resent unchanged by the SDK's own retries.
    const retries = effect.fact.builtInRetries;
    if (!retries) {
      // A client whose class a retry plugin extended (`Octokit.plugin(retry)`).
      const plugin = retryingPluginOf(effect.callee, model);
      if (!plugin || plugin.disabled) {
        // A transformer installed on the client's API config somewhere in the package (grammY's auto-retry).
        const transformer = plugin ? undefined : retryingTransformerOf(effect.callee, sourceFile, model);
        if (!transformer) continue;
        context.report({
          node: at,
          message: `${effect.label} is retried by ${transformer.fact.label} with no idempotency key (${transformer.fact.count}): a lost response after the server acted sends it twice. Set \`${transformer.fact.offWhenAll.map((o) => `${o}: true`).join(', ')}\` so only rate-limit waits are retried, or check what the first attempt sent before sending again.`,
          confidence: effect.confidence === 'high' ? 'medium' : effect.confidence,
          related: [{ node: transformer.installed, message: `${transformer.fact.label} installed here` }],
        });
        continue;
      }
      context.report({
        node: at,
        message: `${effect.label} is retried by ${plugin.fact.label} with no idempotency key (${plugin.fact.count}): a failure after the server acted creates it twice. Look up what the first attempt made before writing again, or set \`${plugin.fact.disable.option}: { ${plugin.fact.disable.property}: false }\` for this client.`,
        confidence: effect.confidence,
        related: effect.callee?.clientCreation ? [{ node: effect.callee.clientCreation, message: `the client, of a class extended with ${plugin.fact.label}` }] : [],
      });
      continue;
    }
    if (retriesDisabled(call, effect, model, retries.disableOption, retries.clientDisable, retries.disabledAt ?? 0)) continue;
    const idempotencyOption = effect.callee?.module === 'openai' && hasOption(call, 'idempotencyKey')
      ? ' The `idempotencyKey` request option is not sent by the client (no idempotency header is configured): put the key in `headers`.'
      : '';
    const fix = retries.keyArgument !== undefined
      ? `Pass a request id made once from stable input as argument ${retries.keyArgument + 1}: the client sends it as the request's key on every attempt.`
      : !retries.disableOption
      ? "Look up what the first attempt made before writing again, or turn the client's own retries off."
      : `Send an Idempotency-Key header built from stable input, or set \`${retries.clientDisable === 'rest' ? 'rest: { retries: 0 }' : `${retries.disableOption}: ${retries.disabledAt ?? 0}`}\`.`;
    context.report({
      node: at,
      message: `${effect.label} is retried by its SDK with no idempotency key (${retries.count}): a timeout after the server acted creates it twice.${idempotencyOption} ${fix}`,
      confidence: effect.confidence,
    });
  }
}

/**
 * The writes a file makes through SDK calls, each with the node to report at: the call itself, or an SDK method handed
 * by reference to a project function that calls it (`this._apiCallWithRetry(this.client.chat.postMessage.bind(this.client),
 * 'chat.postMessage', { channel, text })`, the helper calling `apiCall(...args)`) — reported at the method handed over.
 */
function sdkWritesIn(sourceFile: SourceFile, context: RuleContext): Array<{ call: CallExpression; effect: WriteEffect; at: Node }> {
  const { model, options } = context;
  const out: Array<{ call: CallExpression; effect: WriteEffect; at: Node }> = [];
  for (const call of descendantsOfKind(sourceFile, SyntaxKind.CallExpression)) {
    const effect = classifyWrite(call, model, options);
    if (effect) out.push({ call, effect, at: call });
    for (const handed of methodsHandedToHelper(call, model)) {
      const forwarded = classifyForwardedWrite(call, handed.fn, handed.args, model, options);
      if (forwarded) out.push({ call, effect: forwarded, at: handed.at });
    }
  }
  return out;
}

/**
 * The SDK methods a call hands by reference (`client.files.uploadV2`, or `.bind(client)` of one) to a project function
 * that calls the parameter receiving it, with the arguments that call gets from the caller: a parameter handed on is
 * the caller's argument for it, a rest parameter spread in (`apiCall(...args)`) the caller's arguments from there on.
 * A call through the parameter made with anything else (an object the helper builds) is not followed.
 */
function methodsHandedToHelper(call: CallExpression, model: ProjectModel): Array<{ at: Node; fn: Node; args: Node[] }> {
  const given = call.getArguments();
  // Written in place: a member read, or a `.bind(…)` of one (a name holding one is not looked up for every argument),
  // whose member name some write fact ends with.
  const handed = given.filter((arg) => Node.isPropertyAccessExpression(unwrap(arg)) || Node.isCallExpression(unwrap(arg)))
    .map((arg) => ({ arg, fn: unbound(arg) })).filter(({ fn }) => Node.isPropertyAccessExpression(fn) && isWriteMemberName(fn.getName(), model));
  if (handed.length === 0) return [];
  const helper = model.functionCalledBy(call);
  const body = helper?.getBody();
  if (!helper || !body || !(Node.isFunctionDeclaration(helper) || Node.isMethodDeclaration(helper) || Node.isArrowFunction(helper) || Node.isFunctionExpression(helper))) return [];
  const params = helper.getParameters();
  const parameterOf = (node: Node): number => {
    const plain = unwrap(node);
    if (!Node.isIdentifier(plain)) return -1;
    const binding = resolveIdentifier(plain);
    return binding.kind === 'local' ? params.findIndex((p) => p === binding.declaration) : -1;
  };
  const out: Array<{ at: Node; fn: Node; args: Node[] }> = [];
  for (const { arg, fn } of handed) {
    const index = given.indexOf(arg);
    if (params[index] === undefined || params[index]!.isRestParameter()) continue;
    const inner = model.memoize(`parameter-called:${index}`, helper, () => descendantsOfKind(body, SyntaxKind.CallExpression).find((c) => parameterOf(c.getExpression()) === index));
    if (!inner) continue;
    const args: Node[] = [];
    let followed = true;
    for (const innerArg of inner.getArguments()) {
      const spread = Node.isSpreadElement(innerArg);
      const at = parameterOf(spread ? innerArg.getExpression() : innerArg);
      if (at < 0 || spread !== params[at]!.isRestParameter()) {
        followed = false;
        break;
      }
      if (spread) args.push(...given.slice(at));
      else if (given[at]) args.push(given[at]!);
    }
    if (followed) out.push({ at: arg, fn, args });
  }
  return out;
}

function hasOption(call: CallExpression, name: string): boolean {
  return call.getArguments().some((arg) => deepPropertyOf(objectLiteralOf(arg), name) !== undefined);
}

/**
 * An option by name, or by a dotted path through nested objects (`clientOptions.retryConfig`); a nested object may be
 * built by the SDK's helper from the overrides it is given (`retry: retryConfig({ maxRetries: 0 })`).
 */
function optionAt(options: import('ts-morph').ObjectLiteralExpression | undefined, path: string): Node | undefined {
  const [first, ...rest] = path.split('.');
  let value = propertyValue(deepPropertyOf(options, first!));
  for (const name of rest) value = propertyValue(deepPropertyOf(objectLiteralOf(value) ?? overridesOf(value), name));
  return value;
}

/** `retryConfig({ maxRetries: 0 })`: the object literal a helper call builds its options from. */
function overridesOf(value: Node | undefined): import('ts-morph').ObjectLiteralExpression | undefined {
  const call = value && unwrap(value);
  if (!call || !Node.isCallExpression(call) || call.getArguments().length !== 1) return undefined;
  return objectLiteralOf(call.getArguments()[0]);
}

function retriesDisabled(call: CallExpression, effect: WriteEffect, model: ProjectModel, option: string, clientOption?: string, off: number | false = 0): boolean {
  // A client with no option that turns its retries off.
  if (!option) return false;
  const zero = (value: Node | undefined): boolean => {
    if (!value) return false;
    const plain = unwrap(value);
    // A switch (`retryOnError: false`).
    if (off === false) return Node.isFalseLiteral(plain);
    if (Node.isNumericLiteral(plain)) return Number(plain.getLiteralValue()) <= off;
    const object = objectLiteralOf(plain);
    const retries = propertyValue(deepPropertyOf(object, 'retries'));
    return retries !== undefined && Node.isNumericLiteral(unwrap(retries)) && Number((unwrap(retries) as import('ts-morph').NumericLiteral).getLiteralValue()) <= off;
  };
  for (const arg of call.getArguments()) {
    if (zero(propertyValue(deepPropertyOf(objectLiteralOf(arg), option)))) return true;
    // Request options a project helper makes (`longRunning(budget)` returning `{ timeout, maxRetries: 0 }`): every
    // object it returns turns the retries off.
    const made = unwrap(arg);
    const helper = Node.isCallExpression(made) ? model.functionCalledBy(made) : undefined;
    const returned = helper ? returnedExpressionsOf(helper) : [];
    if (returned.length > 0 && returned.every((value) => zero(propertyValue(deepPropertyOf(objectLiteralOf(value), option))))) return true;
  }
  // A client handed out by another (`(await discord.channels.fetch(id)).send(…)`): the options of the client that made it.
  let origin: ValueOrigin | undefined = effect.callee;
  for (let level = 0; origin && level < 3; level++) {
    if (zero(optionAt(origin.clientOptions, clientOption ?? option))) return true;
    const creation = origin.clientCreation;
    origin = creation && Node.isCallExpression(creation) && creation !== call ? model.resolveCall(creation) : undefined;
  }
  return false;
}

/** axios-retry with a custom condition, ky/got with POST in `retry.methods`: mutating requests through that client. */
function checkHttpClientRetries(context: RuleContext): void {
  const { sourceFile, model, options } = context;
  // Looked for only once a write through axios, got or ky needs it: the search resolves every call of the
  // file and of the files it imports (most of this rule's time on a large repository).
  let retrying: RetryingClient[] | undefined;
  for (const call of descendantsOfKind(sourceFile, SyntaxKind.CallExpression)) {
    const effect = classifyWrite(call, model, options);
    if (!effect || effect.protection || REPEATABLE.has(effect.kind) || !effect.callee || !/^(POST|PUT|PATCH|DELETE) via (axios|got|ky)$/.test(effect.label)) continue;
    // The client resends the same headers on each of its own attempts: any key made before the call holds.
    if (effect.key) continue;
    const perCall = call.getArguments().map((a) => objectLiteralOf(a)).find((o) => retriesPost(propertyValue(deepPropertyOf(o, 'retry'))));
    const client = effect.callee.clientDeclaration;
    retrying ??= retryingClients(sourceFile, context);
    const configured = retrying.find((r) => (client && r.client === client) || (!client && r.client === `module:${effect.callee!.module}`));
    const via = perCall ?? configured?.construct;
    if (!via) continue;
    context.report({
      node: call,
      message: `${effect.label} is retried by the client's retry configuration, which includes non-idempotent requests, with no idempotency key: an attempt that timed out after the server acted makes the write twice. Send an Idempotency-Key header created once per operation, or keep POST out of the retried methods.`,
      confidence: effect.confidence,
      related: [{ node: via, message: 'retry configured here' }],
    });
  }
}

/**
 * A response interceptor (or afterResponse hook) that sends a failed request again: reported once, at the re-send
 * (test/corpus/README.md question 50, the re-attempt as in question 7), when a write goes through that client — in the
 * interceptor's file or a file importing it. Each request it re-sends is the same attempt, so no per-request finding.
 */
function checkResendingInterceptors(context: RuleContext): void {
  const { sourceFile, model, options } = context;
  const resending = resendingClientsIn(sourceFile, model);
  if (resending.length === 0) return;
  const files = [sourceFile, ...model.importingFiles(sourceFile)];
  for (const { construct } of resending) {
    let write: { call: CallExpression; effect: WriteEffect } | undefined;
    for (const file of files) {
      for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
        const effect = classifyWrite(call, model, options);
        if (!effect || effect.protection || effect.key || REPEATABLE.has(effect.kind) || !effect.callee || !/^(POST|PUT|PATCH|DELETE) via (axios|got|ky)$/.test(effect.label)) continue;
        if (resendingInterceptorOf(effect, file, model) === construct) write = { call, effect };
        if (write) break;
      }
      if (write) break;
    }
    if (!write) continue;
    const at = `${write.call.getSourceFile().getBaseName()}:${write.call.getStartLineNumber()}`;
    context.report({
      node: construct,
      message: `This interceptor sends a failed request again, and writes go through its client with no idempotency key (${write.effect.label} at ${at}): a 5xx or 429 after the server acted makes the write twice. Send an Idempotency-Key header created once per operation, or re-send only requests that are safe to repeat (GET, PUT).`,
      confidence: write.effect.confidence,
      related: [{ node: write.call, message: 'a write the interceptor re-sends' }],
    });
  }
}

/** The re-send of an interceptor on the client an axios write goes through (in the client's file, this file or its imports). */
function resendingInterceptorOf(effect: WriteEffect, file: SourceFile, model: RuleContext['model']): Node | undefined {
  if (!/via (axios|ky|got)$/.test(effect.label)) return undefined;
  const creation = effect.callee?.clientCreation;
  const client: Node | string = creation ?? `module:${effect.callee?.module}`;
  const files = new Set<SourceFile>([file, ...importedFiles(file, model)]);
  if (creation) files.add(creation.getSourceFile());
  for (const source of files) {
    const found = resendingClientsIn(source, model).find((r) => r.client === client);
    if (found) return found.construct;
  }
  return undefined;
}

function importedFiles(file: SourceFile, model: RuleContext['model']): SourceFile[] {
  return file.getImportDeclarations().map((d) => model.sourceFileForImport(file, d.getModuleSpecifierValue())).filter((f): f is SourceFile => f !== undefined);
}

interface RetryingClient {
  client: Node | string;
  construct: Node;
}

function retryingClients(file: SourceFile, context: RuleContext): RetryingClient[] {
  const out: RetryingClient[] = [];
  const { model } = context;
  const files = [file, ...file.getImportDeclarations().map((d) => model.sourceFileForImport(file, d.getModuleSpecifierValue())).filter((f): f is SourceFile => f !== undefined)];
  for (const source of files) {
    for (const call of descendantsOfKind(source, SyntaxKind.CallExpression)) {
      const callee = model.resolveCall(call);
      if (!callee) continue;
      if (calleeMatches({ module: ['axios-retry'], export: ['default', 'axiosRetry'], path: [''] }, callee)) {
        const config = objectLiteralOf(call.getArguments()[1]);
        // The default condition (and these library predicates) leave non-idempotent methods alone.
        const condition = propertyValue(deepPropertyOf(config, 'retryCondition'));
        if (!condition || /^(axiosRetry\.)?(isNetworkOrIdempotentRequestError|isIdempotentRequestError|isSafeRequestError)$/.test(condition.getText())) continue;
        const target = call.getArguments()[0];
        const client = target ? clientOf(target) : undefined;
        if (client) out.push({ client, construct: call });
        continue;
      }
      if (calleeMatches({ module: ['ky', 'got'], path: ['create', 'extend'] }, callee)) {
        const config = objectLiteralOf(call.getArguments()[0]);
        if (!retriesPost(propertyValue(deepPropertyOf(config, 'retry')))) continue;
        const holder = call.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
        if (holder) out.push({ client: holder, construct: call });
      }
    }
  }
  return out;
}

function clientOf(target: Node): Node | string | undefined {
  const node = unwrap(target);
  if (!Node.isIdentifier(node)) return undefined;
  const binding = resolveIdentifier(node);
  if (binding.kind === 'import') return `module:${binding.module}`;
  if (binding.kind === 'local') return binding.declaration;
  return undefined;
}

function retriesPost(value: Node | undefined): boolean {
  const object = objectLiteralOf(value);
  const methods = propertyValue(deepPropertyOf(object, 'methods'));
  return methods !== undefined && /['"`](post|patch)['"`]/i.test(methods.getText());
}

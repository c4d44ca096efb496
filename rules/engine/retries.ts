// findRetries: the code a file re-runs after a failure — retry libraries, hand-written retry loops,
// `.catch(() => sameCall())`, recursive retry helpers, the project's own retry wrappers and retried
// framework steps. Each retry names the region that runs again.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { deepPropertyOf, objectLiteralOf, propertyValue, unwrap, type ValueOrigin } from './callee.js';
import type { ApiTransformerRetryFact, ClientRetryPluginFact, RetryFact } from '../knowledge/types.js';
import { escapeRegExp, findMatch, identifierWords, moduleMatches } from './match.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { alwaysLeaves, constInitializer, enclosingFunctionOf, isConstDeclaration, resolveIdentifier, variableInitializer } from './scope.js';
import { reachesModel } from './model-calls.js';
import { writeVerbOf } from './vendor-writes.js';
import { descendantsOfKind } from './kind-index.js';
import { loopsBackOnlyAfterRefusal, picksFailuresServerMayHaveActedOn, reachedOnlyAfterRefusal } from './retry-gates.js';
import { failsSilently, rerunsOnlyOnThrow, silentBlock } from './swallowed-failures.js';
import { jobQueueRetriesIn, taskRetriesIn } from './job-queues.js';
import { activityRetriesIn } from './temporal-activities.js';
import { retryTagOf } from './tool-class-files.js';

export interface Retry {
  /** The code that runs again on each attempt. */
  region: Node;
  /** The construct that re-runs it (reported as the related location). */
  construct: Node;
  label: string;
  /**
   * A function handed over by reference with the arguments it is called with (`caller.call(fetch, url, init)`):
   * what runs again is `fn(...args)`, made at the construct.
   */
  forwarded?: { fn: Node; args: Node[] };
  /** A re-send of whatever request its caller passes is reported at the construct, the call that sends again (question 50). */
  reportAtConstruct?: boolean;
  /** A function calling itself again from its catch: the re-attempt carries the finding, also for a write it makes itself (question 7). */
  reattemptReported?: boolean;
  /** Only a write the retried call makes itself counts (a catch re-attempting a helper that writes somewhere deep is too loose a reading). */
  directWritesOnly?: boolean;
  /** How to make the re-run harmless, when a key sent on every attempt is not the way (a redelivered webhook dedupes on its update's id). */
  remedy?: string;
  /**
   * The call in the retried call's function after which a re-run no longer repeats anything (a poller's mark of the row
   * done): only writes that function makes, itself or through its helpers, before it count.
   */
  writesBefore?: Node;
}

export function findRetries(file: SourceFile, model: ProjectModel): Retry[] {
  return model.memoize('retries', file, () => {
    const out = [...directRetries(file, model), ...jobQueueRetriesIn(file, model), ...taskRetriesIn(file, model), ...activityRetriesIn(file, model)];
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const fromWrapper = wrapperRetry(call, model);
      if (fromWrapper) out.push(fromWrapper);
    }
    return out;
  });
}

/** The kinds of node a retry written in place is found at. */
const RETRY_KINDS = [SyntaxKind.CallExpression, SyntaxKind.ForStatement, SyntaxKind.ForOfStatement, SyntaxKind.WhileStatement, SyntaxKind.DoStatement,
  SyntaxKind.FunctionDeclaration, SyntaxKind.ArrowFunction, SyntaxKind.FunctionExpression, SyntaxKind.MethodDeclaration, SyntaxKind.TryStatement];

/** Retries written in place (not through a project wrapper). */
function directRetries(file: SourceFile, model: ProjectModel): Retry[] {
  return model.memoize('direct-retries', file, () => retriesAt(model.nodesOfKinds(file, RETRY_KINDS), model));
}

/**
 * The retries written in place whose construct can lie inside `fn`: those found at the nodes around it (a recursive
 * retry's self-call) and in it. A retry's construct is the node it is found at or a node under it, so no other node of
 * the file can give one; the same retries, in the same order, as `directRetries` of the file kept to those inside `fn`.
 * A wrapper's helper file is looked at this way: finding every retry of the whole file resolved each of its calls.
 */
function retriesAround(fn: FunctionNode, model: ProjectModel, evenAfterRefusal = false): Retry[] {
  const around: Node[] = [];
  for (let node: Node | undefined = fn.getParent(); node && !Node.isSourceFile(node); node = node.getParent()) {
    if (RETRY_KINDS.includes(node.getKind())) around.push(node);
  }
  around.reverse();
  return retriesAt([...around, fn, ...model.nodesOfKinds(fn, RETRY_KINDS)], model, evenAfterRefusal);
}

/** `evenAfterRefusal`: also the loops that go round only after the server refused the attempt (a 429) — still retries. */
function retriesAt(nodes: ReadonlyArray<Node>, model: ProjectModel, evenAfterRefusal = false): Retry[] {
  const out: Retry[] = [];
  for (const node of nodes) {
    if (Node.isCallExpression(node)) {
      const fromLibrary = libraryRetry(node, model);
      if (fromLibrary) out.push(fromLibrary);
      const fromCatch = catchRetry(node);
      if (fromCatch) out.push(fromCatch);
    } else if (Node.isTryStatement(node)) {
      out.push(...catchReattempts(node));
    } else if (Node.isForStatement(node) || Node.isWhileStatement(node) || Node.isDoStatement(node) || Node.isForOfStatement(node)) {
      const fromLoop = loopRetry(node, model, evenAfterRefusal);
      if (fromLoop) out.push(fromLoop);
    } else if (Node.isFunctionDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isMethodDeclaration(node)) {
      const recursive = recursiveRetry(node as FunctionNode, model);
      if (recursive) out.push(recursive);
      // A helper that also calls itself from its catch is one recursive retry, reported once (at that re-attempt).
      else out.push(...selfResends(node as FunctionNode, model));
      out.push(...statusRecalls(node as FunctionNode, model));
      const step = retriedStep(node as FunctionNode, model);
      if (step) out.push(step);
      if (Node.isMethodDeclaration(node)) {
        const served = servedMethodRetry(node, model);
        if (served) out.push(served);
      }
    }
  }
  return out;
}

function libraryRetry(call: CallExpression, model: ProjectModel): Retry | undefined {
  const fact = retryFactOf(call, model);
  if (!fact) return undefined;
  const args = call.getArguments();
  const index = fact.fnArgLast ? args.length - 1 : fact.fnArg;
  const arg = index >= fact.fnArg ? args[index] : undefined;
  if (!arg) return undefined;
  const count = fact.countSetBy ? registeredRetryCount(call, fact.countSetBy) : fact.countOption ? countInOptions(args.slice(0, index), fact.countOption) : undefined;
  if (count === 0) return undefined;
  const label = count === undefined ? fact.label : fact.label.replace(/\(.*\)$/, `(${count} retr${count === 1 ? 'y' : 'ies'}, set by ${fact.countSetBy?.option ?? fact.countOption})`);
  const fn = model.functionOfValue(arg);
  if (fn) return { region: fn, construct: call, label };
  const value = unbound(arg);
  const inline = Node.isArrowFunction(value) || Node.isFunctionExpression(value);
  const forwarded = fact.forwardsArgsFrom !== undefined && !inline ? { fn: value, args: args.slice(fact.forwardsArgsFrom) } : undefined;
  return { region: arg, construct: call, label, forwarded };
}

/** The count an options argument sets (`{ retries: { limit: 0 } }` for `retries.limit`); undefined when none sets a number. */
function countInOptions(args: ReadonlyArray<Node>, option: string): number | undefined {
  for (const arg of args) {
    let value: Node | undefined = arg;
    for (const name of option.split('.')) value = value ? propertyValue(deepPropertyOf(objectLiteralOf(value), name)) : undefined;
    const read = value ? unwrap(value) : undefined;
    if (read && Node.isNumericLiteral(read)) return Number(read.getLiteralValue());
  }
  return undefined;
}

/**
 * The retries the registration around a step sets for it (`createFunction({ id, retries: 0 }, trigger, async ({ step }) =>
 * step.run(…))`): the count in the config of the nearest call of that name whose arguments hold the function the step
 * is written in; undefined when there is none or it sets none (the framework default) or one that cannot be read.
 */
function registeredRetryCount(call: CallExpression, countSetBy: NonNullable<RetryFact['countSetBy']>): number | undefined {
  for (let node: Node | undefined = call.getParent(); node && !Node.isSourceFile(node); node = node.getParent()) {
    if (!Node.isArrowFunction(node) && !Node.isFunctionExpression(node)) continue;
    const registration = node.getParent();
    if (!registration || !Node.isCallExpression(registration) || !registration.getArguments().includes(node)) continue;
    const callee = unwrap(registration.getExpression());
    const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : undefined;
    if (name !== countSetBy.registration) continue;
    const value = propertyValue(deepPropertyOf(objectLiteralOf(registration.getArguments()[countSetBy.configArg]), countSetBy.option));
    const read = value ? unwrap(value) : undefined;
    return read && Node.isNumericLiteral(read) ? Number(read.getLiteralValue()) : undefined;
  }
  return undefined;
}

/** The retry library a call is, also `this.caller.call(…)` in a subclass of a LangChain model (its base sets `this.caller`). */
export function retryFactOf(call: CallExpression, model: ProjectModel): RetryFact | undefined {
  const fact = findMatch(model.knowledge.retryLibraries, model.resolveCall(call));
  if (fact) return fact;
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const holder = unwrap(callee.getExpression());
  const bases = model.knowledge.langchainCallerBases;
  if (!Node.isPropertyAccessExpression(holder) || holder.getName() !== bases.field || !Node.isThisExpression(unwrap(holder.getExpression()))) return undefined;
  if (!extendsImportFrom(call, bases.module)) return undefined;
  const origin = { module: '@langchain/core/utils/async_caller', exportName: 'AsyncCaller', path: [callee.getName()], instance: true, confidence: 'medium' as const };
  return findMatch(model.knowledge.retryLibraries, origin);
}

/** Whether the class around a node extends a class imported from one of these modules. */
function extendsImportFrom(node: Node, modules: ReadonlyArray<string>): boolean {
  const cls = node.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  const base = cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? cls.getExtends()?.getExpression() : undefined;
  if (!base || !Node.isIdentifier(base)) return false;
  const binding = resolveIdentifier(base);
  return binding.kind === 'import' && moduleMatches(modules, binding.module);
}

/**
 * `client.send.bind(client)` is `client.send`; so is a const that holds it (`const create = openai.chat.completions.create.bind(…)`,
 * the way Inngest's docs hand an SDK method to `step.ai.wrap`).
 */
export function unbound(value: Node): Node {
  let node = unwrap(value);
  if (Node.isIdentifier(node)) {
    const init = constInitializer(node);
    if (!init || !isBindCall(unwrap(init))) return node;
    node = unwrap(init);
  }
  if (!Node.isCallExpression(node)) return node;
  const callee = node.getExpression();
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'bind' ? unwrap(callee.getExpression()) : node;
}

function isBindCall(node: Node): boolean {
  if (!Node.isCallExpression(node)) return false;
  const callee = node.getExpression();
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'bind';
}

/** `send().catch(() => send())`: the catch handler calls the same callee again. */
function catchRetry(call: CallExpression): Retry | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'catch') return undefined;
  const first = unwrap(callee.getExpression());
  if (!Node.isCallExpression(first)) return undefined;
  const handler = call.getArguments()[0];
  if (!handler || !(Node.isArrowFunction(handler) || Node.isFunctionExpression(handler))) return undefined;
  const text = (n: Node) => n.getText().replace(/\s+/g, '');
  const target = text(first.getExpression());
  const again = descendantsOfKind(handler, SyntaxKind.CallExpression).find((c) => text(c.getExpression()) === target);
  if (!again || reachedOnlyAfterRefusal(again, handler)) return undefined;
  return { region: again, construct: call, label: '.catch() that calls it again' };
}

/**
 * `try { … await octokit.rest.issues.createComment(…) … } catch { … await octokit.rest.issues.createComment(…) }`: the
 * catch makes the same call the try made, with the same arguments — a second attempt at it, whatever failed in between (test/corpus/README.md
 * settled question 7: the re-attempt is what is reported). Calls in functions written inside either block do not count.
 */
function catchReattempts(statement: Node): Retry[] {
  if (!Node.isTryStatement(statement)) return [];
  const catchBlock = statement.getCatchClause()?.getBlock();
  if (!catchBlock) return [];
  // The same call with the same arguments: a call that reports the failure (`audit.write({ status: 'error' })`, an
  // error reply to the same endpoint) is not a second attempt.
  const text = (call: CallExpression) => call.getText().replace(/\s+/g, '').replace(/\?\./g, '.').replace(/,([)}\]])/g, '$1');
  const own = (block: Node) => descendantsOfKind(block, SyntaxKind.CallExpression).filter((c) => nearestFunctionOf(c) === nearestFunctionOf(statement));
  // A call the try makes only to handle another failure (`if (error) { requeue() }`) is error handling, and the catch
  // making it too is the same handling, not a second attempt.
  // So is the fallback the try takes when a step came back empty and then leaves (`if (!taskId) { post(); return }`) or
  // the one a nested catch takes: the catch making the same call is the same fallback for a thrown failure.
  const handlesFailure = (call: Node) => call.getAncestors().some((a) => a !== statement && statement.getTryBlock().containsRange(a.getPos(), a.getEnd()) &&
    (Node.isCatchClause(a) || (Node.isIfStatement(a) && a.getThenStatement().containsRange(call.getPos(), call.getEnd()) &&
      (/\berr(or)?s?\b|\bfail/i.test(a.getExpression().getText()) || (isAbsenceCheck(a.getExpression()) && leavesAfter(call, a.getThenStatement()))))));
  const triedCalls = own(statement.getTryBlock()).filter((call) => !handlesFailure(call));
  const tried = new Set(triedCalls.map(text));
  if (tried.size === 0) return [];
  // `createUnderTeam(names, slug)` tried, `createUnderTeam(names, undefined)` in the catch: a function whose name says it
  // writes, called again on the same first argument with other options, is a second attempt at the write it names — also
  // through the helpers it calls.
  const sameWrite = (call: CallExpression) => {
    const name = writingName(call);
    return name === undefined ? undefined : `${name}|${call.getArguments()[0]?.getText() ?? ''}`;
  };
  const triedWrites = new Map<string, CallExpression[]>();
  for (const call of triedCalls) {
    const key = sameWrite(call);
    if (key !== undefined) triedWrites.set(key, [...(triedWrites.get(key) ?? []), call]);
  }
  const out: Retry[] = [];
  for (const call of own(catchBlock)) {
    if (reachedOnlyAfterRefusal(call, catchBlock)) continue;
    if (tried.has(text(call))) {
      out.push({ region: call, construct: statement, label: 'a catch that makes the same call again', directWritesOnly: !writingName(call) });
      continue;
    }
    const key = sameWrite(call);
    const earlier = key === undefined ? undefined : triedWrites.get(key);
    // `sendSplitMessage(ctx, answer)` tried, `sendSplitMessage(ctx, 'An error occurred…')` in the catch: fixed text where
    // the try sent what it made is a notice of the failure, not a second attempt at the same content.
    // `sendMessage(chatId, \`Couldn't fetch balance: ${err.message}\`)`: a text made from the caught error is a notice of
    // the failure, not the content the try was sending.
    if (earlier && !earlier.every((tried) => sendsFixedTextInstead(tried, call)) && !tellsCaughtError(call, statement)) out.push({ region: call, construct: statement, label: 'a catch that makes the same write again' });
  }
  return out;
}

/**
 * A call of a catch that hands on something made from the caught error (`err.message` in its text, or a const the catch
 * made from it: `const reason = err instanceof Error ? err.message : String(err)`).
 */
function tellsCaughtError(call: CallExpression, statement: Node): boolean {
  const catchClause = Node.isTryStatement(statement) ? statement.getCatchClause() : undefined;
  const caught = catchClause?.getVariableDeclaration();
  if (!catchClause || !caught) return false;
  const madeFromCaught = (node: Node, depth: number): boolean => readsIn(node).some((read) => {
    let base: Node = read;
    while (Node.isPropertyAccessExpression(base)) base = unwrap(base.getExpression());
    const binding = Node.isIdentifier(base) ? resolveIdentifier(base) : undefined;
    if (binding?.kind !== 'local') return false;
    if (binding.declaration === caught) return true;
    const { declaration } = binding;
    const initializer = Node.isVariableDeclaration(declaration) && isConstDeclaration(declaration) && catchClause.containsRange(declaration.getPos(), declaration.getEnd())
      ? declaration.getInitializer() : undefined;
    return initializer !== undefined && depth < 3 && madeFromCaught(initializer, depth + 1);
  });
  return call.getArguments().some((arg) => madeFromCaught(arg, 0));
}

/** A catch's call that sends on, by another way, the content a call of its try was sending. */
export interface CatchFallback extends Retry {
  /** The call of the try whose content the fallback sends again: a fallback counts only when that call writes. */
  tried: CallExpression;
}

/**
 * `try { await slack.filesUploadV2({ channel_id, content: text }) } catch { await sendToSlack(channel, text) }`: after any
 * failure the catch sends the content the try was sending through another call — question 63's fallback doing the same
 * write, after a first attempt that may have landed. The call in the catch hands on a value the tried call sent as its
 * content (a positional argument after the first, or a property named for content) — the same value or one made from
 * it — and no fixed text and nothing made from the caught error (a notice of the failure is no second attempt). Kept,
 * like catchReruns, for the rule, which asks whether the tried call writes.
 */
export function catchFallbacks(file: SourceFile): CatchFallback[] {
  const out: CatchFallback[] = [];
  for (const statement of descendantsOfKind(file, SyntaxKind.TryStatement)) {
    const catchClause = statement.getCatchClause();
    if (!catchClause) continue;
    const own = (block: Node) => descendantsOfKind(block, SyntaxKind.CallExpression).filter((c) => nearestFunctionOf(c) === nearestFunctionOf(statement));
    const tried = own(statement.getTryBlock()).map((call) => ({ call, content: contentSourcesOf(call) })).filter((t) => t.content.size > 0);
    if (tried.length === 0) continue;
    const caught = catchClause.getVariableDeclaration();
    const text = (call: CallExpression) => call.getExpression().getText().replace(/\s+/g, '');
    for (const call of own(catchClause.getBlock())) {
      if (reachedOnlyAfterRefusal(call, catchClause.getBlock()) || FAILURE_NOTICE_NAME.test(calleeName(call))) continue;
      const notice = call.getArguments().some((arg) => {
        const sources = sourcesOf(arg);
        return sources === undefined || (caught !== undefined && [...sources].some((source) => source.startsWith(sourceName(caught))));
      });
      if (notice) continue;
      // What the call sends as its content, not where it sends it: a client or a destination handed to both is no content.
      const sent = contentSourcesOf(call);
      // Every tried call it shares content with: the rule keeps those that write (a read of the same record before the
      // write, `getVersions(projectId, mrIid)`, shares the record's id with the fallback too).
      for (const earlier of tried.filter((t) => text(t.call) !== text(call) && [...t.content].some((source) => sent.has(source)))) {
        out.push({ region: call, construct: statement, label: 'a catch that sends the same content again another way', tried: earlier.call });
      }
    }
  }
  return out;
}

/** A helper named for reporting a failure (`notifyTaskFailed`, `setFailureStatus`, `reportError`): a notice, not a second attempt. */
export const FAILURE_NOTICE_NAME = /fail|error|crash/i;

export function calleeName(call: CallExpression): string {
  const callee = unwrap(call.getExpression());
  return Node.isIdentifier(callee) ? callee.getText() : Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
}

/** Property names under which a call sends its content (a message's text, a file's bytes). */
export const CONTENT_PROPERTIES = /^(?:text|content|contents|message|body|caption|blocks|file|data|markdown|html|payload|parts|attachments|document|media)$/i;

/** What a call sends as its content: the sources of its arguments after the first and of its content-named properties. */
function contentSourcesOf(call: CallExpression): Set<string> {
  const out = new Set<string>();
  const args = call.getArguments();
  args.forEach((arg, index) => {
    const object = unwrap(arg);
    if (Node.isObjectLiteralExpression(object)) {
      contentPropertiesOf(object, false, out);
      return;
    }
    if (index > 0) sourcesOf(arg)?.forEach((source) => out.add(source));
  });
  return out;
}

/**
 * The sources of an object's content-named properties. `nested`: a content-named property holding an object (`body:
 * JSON.stringify({ chat_id, text })`) gives only that object's content-named properties — the chat it goes to, and `JSON`
 * itself, are no content.
 */
export function contentPropertiesOf(object: import('ts-morph').ObjectLiteralExpression, nested: boolean, out: Set<string>, depth = 0): void {
  for (const property of object.getProperties()) {
    if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property)) continue;
    if (!CONTENT_PROPERTIES.test(property.getName())) continue;
    const value = Node.isPropertyAssignment(property) ? property.getInitializer() : property.getNameNode();
    const inner = nested && value && depth < 2 ? serialisedObjectOf(value) : undefined;
    if (inner) contentPropertiesOf(inner, nested, out, depth + 1);
    else sourcesOf(value)?.forEach((source) => out.add(source));
  }
}

/** `{ … }` or `JSON.stringify({ … })`: the object literal sent. */
function serialisedObjectOf(value: Node): import('ts-morph').ObjectLiteralExpression | undefined {
  let node = unwrap(value);
  if (Node.isCallExpression(node) && unwrap(node.getExpression()).getText() === 'JSON.stringify') node = unwrap(node.getArguments()[0] ?? node);
  return Node.isObjectLiteralExpression(node) ? node : undefined;
}

/**
 * The values an expression is made from: the parameters and outer names it reads (`msg.content` as itself), followed
 * through the consts and lets of its function to what initialised them; undefined when it holds fixed text (a string
 * literal, a template with text of its own, or a const holding one).
 */
export function sourcesOf(value: Node | undefined, depth = 0): Set<string> | undefined {
  const out = new Set<string>();
  if (!value) return out;
  const node = unwrap(value);
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return undefined;
  // `['Something went wrong.']`: a list of fixed texts is fixed text.
  if (Node.isArrayLiteralExpression(node) && node.getElements().length > 0 && node.getElements().every((element) => sourcesOf(element, depth + 1) === undefined)) return undefined;
  if (Node.isTemplateExpression(node) && (node.getHead().getLiteralText().trim() !== '' || node.getTemplateSpans().some((span) => span.getLiteral().getLiteralText().trim() !== ''))) return undefined;
  for (const read of readsIn(node)) {
    let base: Node = read;
    while (Node.isPropertyAccessExpression(base)) base = unwrap(base.getExpression());
    if (!Node.isIdentifier(base)) continue;
    const binding = resolveIdentifier(base);
    const declaration = binding.kind === 'local' ? binding.declaration : undefined;
    const initializer = declaration && Node.isVariableDeclaration(declaration) && !Node.isCatchClause(declaration.getParent()) ? declaration.getInitializer() : undefined;
    if (initializer && read === base && depth < 4) {
      const inner = sourcesOf(initializer, depth + 1);
      if (inner === undefined) return undefined;
      inner.forEach((source) => out.add(source));
      continue;
    }
    out.add(declaration ? `${sourceName(declaration)}${read.getText().slice(base.getText().length).replace(/\s+|\?/g, '')}` : read.getText());
  }
  return out;
}

/**
 * The names an expression reads, each with the members read from it (`msg.content`), not a function it calls by name
 * nor a method it calls on a value (`text.split('\\n')` reads `text`).
 */
function readsIn(node: Node): Node[] {
  const out: Node[] = [];
  for (const id of [...(Node.isIdentifier(node) ? [node] : []), ...descendantsOfKind(node, SyntaxKind.Identifier)]) {
    const parent = id.getParent();
    if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === id) continue;
    if ((Node.isPropertyAssignment(parent) && parent.getNameNode() === id) || (Node.isCallExpression(parent) && parent.getExpression() === id)) continue;
    let read: Node = id;
    for (let up = read.getParent(); Node.isPropertyAccessExpression(up) && up.getExpression() === read; up = read.getParent()) {
      const above = up.getParent();
      if (Node.isCallExpression(above) && above.getExpression() === up) break;
      read = up;
    }
    out.push(read);
  }
  return out;
}

/** A declaration's name as a source, with its place, so that two functions' `text` parameters are told apart. */
export function sourceName(declaration: Node): string {
  const name = Node.isVariableDeclaration(declaration) || Node.isParameterDeclaration(declaration) || Node.isBindingElement(declaration) ? declaration.getName() : declaration.getText();
  return `${name}@${declaration.getStart()}`;
}

/**
 * `try { await runAgent(task, opts) } catch { await runAgent(task, { ...opts, model: 'fallback' }) }`: the catch calls
 * again the function the try called, maybe with other arguments — a second run of whatever that function does
 * (test/corpus/README.md question 74: a catch that re-runs the agent after any failure). Wider than catchReattempts'
 * same call, so kept for the callers that judge what the function runs (a coding agent that acts, not any helper).
 */
export function catchReruns(file: SourceFile): Retry[] {
  const out: Retry[] = [];
  const callee = (call: CallExpression) => call.getExpression().getText().replace(/\s+/g, '').replace(/\?\./g, '.');
  for (const statement of descendantsOfKind(file, SyntaxKind.TryStatement)) {
    const catchBlock = statement.getCatchClause()?.getBlock();
    if (!catchBlock) continue;
    const own = (block: Node) => descendantsOfKind(block, SyntaxKind.CallExpression).filter((c) => nearestFunctionOf(c) === nearestFunctionOf(statement));
    const tried = new Set(own(statement.getTryBlock()).map(callee));
    for (const call of own(catchBlock)) {
      if (!tried.has(callee(call)) || reachedOnlyAfterRefusal(call, catchBlock)) continue;
      out.push({ region: call, construct: statement, label: 'a catch that runs it again' });
    }
  }
  return out;
}

/**
 * `for (let attempt = 1; attempt <= max; attempt++) { const result = await run(); if (result.ok) return result; … }`: a
 * counted loop that leaves once an attempt came back good and otherwise goes round to run the same thing again, with no
 * `try` — the outcome is a value, not a throw. Not a loop over items (a bound on a `.length`, an element picked by the
 * counter). Kept, like catchReruns, for callers that judge what the loop runs.
 */
export function attemptLoops(file: SourceFile): Retry[] {
  const out: Retry[] = [];
  for (const loop of descendantsOfKind(file, SyntaxKind.ForStatement)) {
    const counter = loop.getInitializer();
    const condition = loop.getCondition();
    const declared = counter && Node.isVariableDeclarationList(counter) ? counter.getDeclarations()[0]?.getName() : undefined;
    if (!declared || !condition || /\.length\b|\.size\b/.test(condition.getText()) || !new RegExp(`\\b${declared}\\b\\s*<`).test(condition.getText())) continue;
    const body = loop.getStatement();
    const own = (node: Node) => nearestFunctionOf(node) === nearestFunctionOf(loop) && nearestLoop(node) === loop;
    if (descendantsOfKind(body, SyntaxKind.ElementAccessExpression).some((access) => access.getArgumentExpression()?.getText() === declared)) continue;
    if (![...descendantsOfKind(body, SyntaxKind.ReturnStatement), ...descendantsOfKind(body, SyntaxKind.BreakStatement)].some(own)) continue;
    out.push({ region: body, construct: loop, label: 'an attempt loop that runs it again until one succeeds' });
  }
  return out;
}

/**
 * Whether `again` passes a string literal where `tried` passed something computed (its content replaced by fixed text),
 * and nothing computed that `tried` did not pass: `sendDocument(user, fallback.pdf, name, 'Your summary is ready.')`
 * after `sendDocument(user, result.pdf, name, caption)` sends other made content, a second attempt at the send.
 */
function sendsFixedTextInstead(tried: CallExpression, again: CallExpression): boolean {
  const literal = (node: Node | undefined): boolean => {
    const value = node === undefined ? undefined : unwrap(node);
    if (value === undefined) return false;
    if (Node.isArrayLiteralExpression(value)) return value.getElements().length > 0 && value.getElements().every(literal);
    return Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value);
  };
  const before = tried.getArguments();
  const text = (node: Node | undefined) => node?.getText().replace(/\s+/g, '');
  const after = again.getArguments();
  return after.some((arg, i) => literal(arg) && before[i] !== undefined && !literal(before[i])) &&
    after.every((arg, i) => literal(arg) || text(arg) === text(before[i]));
}

/** `!taskId`, `!a || !b`, `x == null`, `x === undefined`: a check that something did not come back. */
function isAbsenceCheck(condition: Node): boolean {
  const node = unwrap(condition);
  if (Node.isPrefixUnaryExpression(node)) return node.getOperatorToken() === SyntaxKind.ExclamationToken;
  if (!Node.isBinaryExpression(node)) return false;
  const operator = node.getOperatorToken().getKind();
  if (operator === SyntaxKind.BarBarToken) return isAbsenceCheck(node.getLeft()) && isAbsenceCheck(node.getRight());
  const equality = [SyntaxKind.EqualsEqualsToken, SyntaxKind.EqualsEqualsEqualsToken].includes(operator);
  return equality && /^(null|undefined)$/.test(unwrap(node.getRight()).getText());
}

/** Whether the branch returns or throws after the call (an early way out, not a step on the main path). */
function leavesAfter(call: Node, branch: Node): boolean {
  return [...descendantsOfKind(branch, SyntaxKind.ReturnStatement), ...descendantsOfKind(branch, SyntaxKind.ThrowStatement)]
    .some((exit) => exit.getStart() > call.getEnd() && nearestFunctionOf(exit) === nearestFunctionOf(call));
}

/** The callee's text when its name says it writes (`createUnderTeam`, `this.api.sendMessage`): a project helper named for a write. */
function writingName(call: CallExpression): string | undefined {
  const callee = unwrap(call.getExpression());
  const name = calleeName(call);
  if (!name || !writeVerbOf(name) || writeVerbOf(name) === 'upsert') return undefined;
  // A package's own function (`appendFileSync`, a client method) is judged as the call it is, not as a helper.
  let root: Node = callee;
  while (Node.isPropertyAccessExpression(root)) root = unwrap(root.getExpression());
  if (Node.isIdentifier(root)) {
    const binding = resolveIdentifier(root);
    if (binding.kind === 'global' || (binding.kind === 'import' && !binding.module.startsWith('.'))) return undefined;
  }
  return callee.getText();
}

function nearestFunctionOf(node: Node): Node | undefined {
  return enclosingFunctionOf(node);
}

/** A for/while/do loop whose body catches a failure and goes round again. */
/**
 * What a `for…of` falls back over when it tries one after another until one succeeds (question 46: a loop that moves to
 * the next variant after a failure the server may have acted on): models, providers, endpoints, quotes.
 */
const ALTERNATIVES = /(?:models?|providers?|candidates?|fallbacks?|endpoints?|backends?|mirrors?|quotes?|aggregators?)$/i;

function loopRetry(loop: Node, model: ProjectModel, evenAfterRefusal = false): Retry | undefined {
  if (!Node.isForStatement(loop) && !Node.isWhileStatement(loop) && !Node.isDoStatement(loop) && !Node.isForOfStatement(loop)) return undefined;
  // A `for…of` over different items is a walk, not a retry, unless it walks alternatives to the same operation.
  if (Node.isForOfStatement(loop) && !ALTERNATIVES.test(unwrap(loop.getExpression()).getText().replace(/\(\)$/, ''))) return undefined;
  const body = loop.getStatement();
  const tryStatement = descendantsOfKind(body, SyntaxKind.TryStatement).find((t) => nearestLoop(t) === loop);
  if (!tryStatement) return undefined;
  const catchClause = tryStatement.getCatchClause();
  if (!catchClause) return undefined;
  const block = catchClause.getBlock();
  const statements = block.getStatements();
  const last = statements[statements.length - 1];
  // A catch that ends by leaving still goes round when it `continue`s this loop first (`if (attempt <= max) { await
  // sleep(1000); continue } return failure`): the `while (true)` form of the counted retry. Only a `continue` that
  // whatever failed reaches while attempts are left: one the catch takes only for some errors (a stale session, a
  // request the caller marked idempotent) is judged by what those errors say, which this does not read.
  const continues = descendantsOfKind(block, SyntaxKind.ContinueStatement).some((c) => nearestLoop(c) === loop && reachedForAnyError(c, block));
  if (last && (Node.isThrowStatement(last) || Node.isReturnStatement(last) || Node.isBreakStatement(last)) && !continues) return undefined;
  // A fallback that rethrows some errors (`if (!(error instanceof NameTakenError)) throw error`) moves on only after the
  // ones it picks — usually a refusal its own code raised: not judged here, left alone.
  if (Node.isForOfStatement(loop) && descendantsOfKind(block, SyntaxKind.ThrowStatement).some((t) => nearestFunctionOf(t) === nearestFunctionOf(loop))) return undefined;
  // A loop over different items that skips failures is not a retry: it must not advance to a new input.
  if (Node.isForStatement(loop)) {
    const condition = loop.getCondition()?.getText() ?? '';
    if (/\.length\b/.test(condition) && !/attempt|retr|tries|try/i.test(loop.getText().slice(0, 80))) return undefined;
  }
  if (/\.(shift|pop)\(\)/.test(tryStatement.getTryBlock().getText()) && !/attempt|retr|tries/i.test(loop.getText().slice(0, 80))) return undefined;
  if (takesNextItem(tryStatement, loop)) return undefined;
  // A retry loop stops once the attempt succeeds: the try leaves the loop (return, break) or sets what the loop's
  // condition reads. A loop that goes round after a success too (an agent's turn loop whose try only records
  // something) is not re-attempting that try.
  if (!leavesOnSuccess(tryStatement, loop)) return undefined;
  if (isTurnLoop(tryStatement, loop, model)) return undefined;
  // README questions 13 and 63: a loop that goes round only after the server refused the attempt repeats nothing done.
  if (!evenAfterRefusal && loopsBackOnlyAfterRefusal(block, loop)) return undefined;
  // A try that only awaits helpers which swallow their own failures never reaches the catch: nothing goes round.
  if (silentBlock(tryStatement.getTryBlock(), model)) return undefined;
  return { region: tryStatement.getTryBlock(), construct: loop, label: Node.isForOfStatement(loop) ? 'a fallback loop that tries the next alternative after a failure' : 'a retry loop' };
}

/**
 * Whether a `continue` in a catch block is reached whatever the error was: every `if` around it, and every guard before
 * it in the block, tests only counters and plain values (`attempt <= maxRetries`), never the error or a call — or tests
 * the error only for failures the server may have acted on (a 5xx, a timeout, `instanceof InternalServerError`).
 */
function reachedForAnyError(statement: Node, block: Node): boolean {
  const errorBlind = (condition: Node) => picksFailuresServerMayHaveActedOn(condition) ||
    (descendantsOfKind(condition, SyntaxKind.CallExpression).length === 0 && !Node.isCallExpression(condition) &&
    !/\b(?:err|error|e|ex|exc|instanceof|status|code|idempoten\w*)\b/i.test(condition.getText()));
  for (let node: Node | undefined = statement; node && node !== block; node = node.getParent()) {
    const parent = node.getParent();
    if (parent && Node.isIfStatement(parent) && node !== parent.getExpression() && !errorBlind(parent.getExpression())) return false;
    if (parent && Node.isBlock(parent)) {
      for (const sibling of parent.getStatements()) {
        if (sibling === node || sibling.getPos() >= node.getPos()) break;
        // An earlier branch that goes round itself (`if (error instanceof RateLimitError) continue`) only sends those
        // errors round sooner: it guards nothing this way round; its own `continue` is judged on its own.
        if (Node.isIfStatement(sibling) && !errorBlind(sibling.getExpression()) && !goesRound(sibling.getThenStatement())) return false;
      }
    }
  }
  return true;
}

/** A branch whose last statement is a `continue`, written alone or ending its block. */
function goesRound(branch: Node): boolean {
  const last = Node.isBlock(branch) ? branch.getStatements().at(-1) : branch;
  return last !== undefined && Node.isContinueStatement(last);
}

function leavesOnSuccess(tryStatement: import('ts-morph').TryStatement, loop: Node): boolean {
  const header = Node.isForStatement(loop) ? `${loop.getCondition()?.getText() ?? ''};${loop.getIncrementor()?.getText() ?? ''}` : Node.isWhileStatement(loop) || Node.isDoStatement(loop) ? loop.getExpression().getText() : '';
  if (/attempt|retr|tries|\btry\b/i.test(header)) return true;
  const block = tryStatement.getTryBlock();
  const names = new Set(header.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const exits = [...descendantsOfKind(block, SyntaxKind.ReturnStatement), ...descendantsOfKind(block, SyntaxKind.BreakStatement)]
    .some((exit) => (nearestLoop(exit) === loop || (Node.isReturnStatement(exit) && nearestFunctionOf(exit) === nearestFunctionOf(loop))) &&
      !rechecksStopCondition(exit, block, names));
  if (exits) return true;
  // while (!done) { try { …; done = true } catch {} }
  return descendantsOfKind(block, SyntaxKind.BinaryExpression).some((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && names.has(b.getLeft().getText()));
}

/**
 * `while (true) { try { await run(prompt) } catch (e) { log(e) } if (!queue.length) break; const next = queue.shift()!;
 * prompt = next.prompt }`: a drain loop whose next pass takes the next queued item into what the try sends, after a
 * failure as after a success — the failed item is not tried again. A catch that puts the item back is a retry queue.
 */
function takesNextItem(tryStatement: import('ts-morph').TryStatement, loop: Node): boolean {
  const catchBlock = tryStatement.getCatchClause()?.getBlock();
  if (!catchBlock || /\.(?:push|unshift|[lr]push)\(/.test(catchBlock.getText()) || /attempt|retr|tries/i.test(loop.getText().slice(0, 80))) return false;
  const tryBlock = tryStatement.getTryBlock();
  const read = new Set(descendantsOfKind(tryBlock, SyntaxKind.Identifier).map((id) => id.getText()));
  return descendantsOfKind(loop, SyntaxKind.BinaryExpression).some((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
    !tryStatement.containsRange(b.getPos(), b.getEnd()) && nearestLoop(b) === loop && Node.isIdentifier(b.getLeft()) && read.has(b.getLeft().getText()) &&
    dequeued(b.getRight()));
}

/** A value taken off a queue: `queue.shift()`, or a member of a local holding one (`next.prompt`, `const next = queue.shift()!`). */
function dequeued(value: Node): boolean {
  const taken = (node: Node | undefined) => node !== undefined && /\.(?:shift|pop|dequeue)\(\)/.test(node.getText());
  if (taken(value)) return true;
  let root: Node = unwrap(value);
  while (Node.isPropertyAccessExpression(root) || Node.isNonNullExpression(root)) root = unwrap(root.getExpression());
  return Node.isIdentifier(root) && taken(variableInitializer(root));
}

/**
 * The words of a loop header counting an agent's turns (`turnNumber < maxTurns`, `iteration < this.maxIterations`), not
 * attempts: whole words of its identifiers, so `returnCount` or `backgroundPasses` count no turns.
 */
const TURN_COUNTER_WORDS = new Set(['turn', 'turns', 'iteration', 'iterations', 'iter', 'iters', 'step', 'steps', 'round', 'rounds', 'cycle', 'cycles']);

/**
 * An agent's turn loop (`while (state.turn < maxTurns) { state.turn++; try { const reply = await chat(history); …; if
 * (done) break; history.push(reply) } catch { errors++ } }`): the header counts turns, not attempts, the model's answer
 * decides each round, and a round that went well goes round too — to the next turn, with a turn number and a
 * conversation of its own, not to try the same one again. Its catch counting errors and moving on is no retry.
 */
function isTurnLoop(tryStatement: import('ts-morph').TryStatement, loop: Node, model: ProjectModel): boolean {
  const header = Node.isForStatement(loop) ? `${loop.getCondition()?.getText() ?? ''};${loop.getIncrementor()?.getText() ?? ''}` : Node.isWhileStatement(loop) || Node.isDoStatement(loop) ? loop.getExpression().getText() : '';
  if (!identifierWords(header).some((word) => TURN_COUNTER_WORDS.has(word)) || /attempt|retr|tries|\btry\b/i.test(header)) return false;
  const block = tryStatement.getTryBlock();
  // A try that always leaves, or sets what the header reads (`done = true`), stops once it went well.
  if (alwaysLeaves(block)) return false;
  const names = new Set(header.match(/[A-Za-z_$][\w$]*/g) ?? []);
  // A catch that takes the turn back (`iteration--`) runs the failed turn again, not the next one: a retry.
  const catchBlock = tryStatement.getCatchClause()?.getBlock();
  if (catchBlock && takesCounterBack(catchBlock, loop, names)) return false;
  const setsHeader = descendantsOfKind(block, SyntaxKind.BinaryExpression).some((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
    nearestFunctionOf(b) === nearestFunctionOf(loop) && (b.getLeft().getText().match(/[A-Za-z_$][\w$]*/g) ?? []).every((name) => names.has(name)));
  return !setsHeader && reachesModel(block, model);
}

/** `iteration--`, `--turn`, `step -= 1` on a name the loop's header reads, in the loop's own code. */
function takesCounterBack(block: Node, loop: Node, headerNames: ReadonlySet<string>): boolean {
  const counted = (target: Node) => Node.isIdentifier(target) && headerNames.has(target.getText());
  const decrements = [...descendantsOfKind(block, SyntaxKind.PostfixUnaryExpression), ...descendantsOfKind(block, SyntaxKind.PrefixUnaryExpression)]
    .some((unary) => unary.getOperatorToken() === SyntaxKind.MinusMinusToken && counted(unary.getOperand()) && nearestLoop(unary) === loop);
  return decrements || descendantsOfKind(block, SyntaxKind.BinaryExpression).some((b) => b.getOperatorToken().getKind() === SyntaxKind.MinusEqualsToken &&
    counted(b.getLeft()) && nearestLoop(b) === loop);
}

/**
 * `while (!shuttingDown) { try { if (shuttingDown) break; … } }`: an exit under an `if` that reads only what the loop's
 * own condition reads is the stop condition checked again (a poll or worker loop asked to stop), not the attempt's success.
 */
function rechecksStopCondition(exit: Node, block: Node, headerNames: ReadonlySet<string>): boolean {
  const guard = exit.getFirstAncestor((a) => a === block || Node.isIfStatement(a));
  if (!guard || !Node.isIfStatement(guard) || guard.getExpression().containsRange(exit.getPos(), exit.getEnd())) return false;
  // `if (result.aborted) break`: the run was stopped — leaving then is no success.
  if (STOPPED.test(guard.getExpression().getText())) return true;
  if (headerNames.size === 0) return false;
  const read = guard.getExpression().getText().match(/[A-Za-z_$][\w$]*/g) ?? [];
  return read.length > 0 && read.every((name) => headerNames.has(name));
}

/** A test that a run was stopped from outside: `signal.aborted`, `result.aborted`, `job.cancelled`. */
const STOPPED = /^[\w$.?]*\.(?:aborted|cancell?ed)$/;

function nearestLoop(node: Node): Node | undefined {
  return node.getFirstAncestor((a) => Node.isForStatement(a) || Node.isWhileStatement(a) || Node.isDoStatement(a) || Node.isForOfStatement(a) || Node.isForInStatement(a) || Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a));
}

/** A function that calls itself from its own catch block. */
function recursiveRetry(fn: FunctionNode, model: ProjectModel): Retry | undefined {
  const body = fn.getBody();
  if (!body) return undefined;
  for (const tryStatement of descendantsOfKind(body, SyntaxKind.TryStatement)) {
    const catchBlock = tryStatement.getCatchClause()?.getBlock();
    if (!catchBlock) continue;
    // A self-call made only after the server refused the attempt (a 429, an expired token) repeats nothing done.
    const self = descendantsOfKind(catchBlock, SyntaxKind.CallExpression).find((c) => model.functionCalledBy(c) === fn && !reachedOnlyAfterRefusal(c, catchBlock));
    if (self) return { region: tryStatement.getTryBlock(), construct: self, label: 'a recursive retry', reportAtConstruct: true, reattemptReported: true };
  }
  return undefined;
}

/** `if (!response.ok && RETRY_STATUS.has(response.status))`: a test of the response's status. */
const STATUS_TEST = /\.(?:ok|status|statusCode)\b/;
/**
 * A test that the attempt failed in a way worth another try: `!response.ok`, a retryable set, a 5xx compared with a
 * status (`res.status >= 500`, `statusCode === 503`, `[502, 503].includes(status)`) — a 500 compared with anything else
 * (`batch.length === 500`) is no response's failure.
 */
const FAILED_STATUS = /!\s*[\w$.]*\.ok\b|\.ok\s*===?\s*false|retr(?:y|iable)|status(?:Code)?\s*(?:[!=]==?|[<>]=?)\s*5\d\d\b|\b5\d\d\s*(?:[!=]==?|[<>]=?)\s*[\w$.]*status(?:Code)?\b|\b5\d\d\s*\][\s\S]*?\.includes\s*\(\s*[\w$.]*status(?:Code)?\b/i;
/** The listeners a request calls when the attempt failed: `req.on('error', …)`, `req.setTimeout(ms, …)`. */
const FAILURE_EVENTS = new Set(['error', 'timeout']);

/**
 * A function that sends again by calling itself outside a catch (questions 46, 50, 87): after a response whose status
 * says the attempt failed (`if (!response.ok && RETRY_STATUS.has(response.status)) return this.request(…)`), or from
 * the error or timeout listener of the request it made (`req.on('error', () => setTimeout(() => send(url, options,
 * retries - 1)…))`, `req.setTimeout(30_000, …)` around `https.request`). One retry per self-call: each sends again.
 */
function selfResends(fn: FunctionNode, model: ProjectModel): Retry[] {
  const body = fn.getBody();
  const name = functionNameOf(fn);
  if (!body || !name || !Node.isBlock(body) || !resendCandidates(fn.getSourceFile(), model).has(name)) return [];
  const out: Retry[] = [];
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    if (calleeName(call) !== name) continue;
    const label = resendGate(call, body);
    if (!label || reachedOnlyAfterRefusal(call, body) || model.functionCalledBy(call) !== fn) continue;
    out.push({ region: body, construct: call, label, reportAtConstruct: true });
  }
  return out;
}

/**
 * A wrapper that calls the function it was handed again when the first call's response says the attempt failed
 * (`let response = await fn(); if (RETRY_CONFIG[response.status]) response = await fn();`, question 87): a retry of
 * whatever that function does, gated as a self-resend is (`resendGate`) — a second call reached only after a refusal
 * (429, 409) repeats nothing. Found in the wrapper; `retriedParameter` makes each caller's closure the retried code.
 */
function statusRecalls(fn: FunctionNode, model: ProjectModel): Retry[] {
  const body = fn.getBody();
  if (!body || !Node.isBlock(body)) return [];
  // Only a parameter some call of the file names (the names are gathered once per file that tests a status).
  const called = resendCandidates(fn.getSourceFile(), model);
  const params: ReadonlyArray<Node> = (fn as FunctionNode & { getParameters(): import('ts-morph').ParameterDeclaration[] }).getParameters()
    .filter((param) => called.has(param.getName()));
  if (params.length === 0) return [];
  const seen = new Set<Node>();
  const out: Retry[] = [];
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    const callee = unwrap(call.getExpression());
    if (!Node.isIdentifier(callee) || nearestFunctionOf(call) !== fn) continue;
    const binding = resolveIdentifier(callee);
    if (binding.kind !== 'local' || !params.includes(binding.declaration)) continue;
    if (!seen.has(binding.declaration)) {
      seen.add(binding.declaration);
      continue;
    }
    const label = resendGate(call, body);
    if (!label || reachedOnlyAfterRefusal(call, body)) continue;
    out.push({ region: call, construct: call, label: `${label}: \`${callee.getText()}()\` again` });
  }
  return out;
}

/**
 * The names a file's calls use, when the file tests a response status or listens on a request (text only, once per
 * file): a function whose own name is not among them cannot call itself.
 */
function resendCandidates(file: SourceFile, model: ProjectModel): ReadonlySet<string> {
  return model.memoize('self-resend-names', file, () => {
    const names = new Set<string>();
    const text = file.getFullText();
    if (!STATUS_TEST.test(text) && !/\.(?:on|once|setTimeout)\s*\(/.test(text)) return names;
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (Node.isIdentifier(callee)) names.add(callee.getText());
      else if (Node.isPropertyAccessExpression(callee)) names.add(callee.getName());
    }
    return names;
  });
}

/** What makes a self-call a re-send: a failed status tested around it, or a failure listener it is made from. */
function resendGate(call: Node, body: Node): string | undefined {
  let status = false;
  const conditions: string[] = [];
  for (let node = call.getParent(); node && node !== body; node = node.getParent()) {
    if (Node.isCatchClause(node)) return undefined;
    if (Node.isIfStatement(node) && node.getThenStatement().containsRange(call.getPos(), call.getEnd())) {
      const condition = node.getExpression().getText();
      conditions.push(condition);
      if (STATUS_TEST.test(condition)) status = true;
    }
    if (!(Node.isArrowFunction(node) || Node.isFunctionExpression(node))) continue;
    const holder = node.getParent();
    if (!Node.isCallExpression(holder) || !holder.getArguments().includes(node)) return undefined;
    const listen = unwrap(holder.getExpression());
    if (!Node.isPropertyAccessExpression(listen)) {
      // `setTimeout(() => send(…), 1000)` inside the listener: the wait before the re-send.
      if (Node.isIdentifier(listen) && listen.getText() === 'setTimeout') continue;
      // `new Promise((resolve, reject) => { … })`: the executor runs once, with the request.
      return undefined;
    }
    const event = holder.getArguments()[0];
    if (/^(?:on|once)$/.test(listen.getName()) && event && Node.isStringLiteral(event) && FAILURE_EVENTS.has(event.getLiteralValue())) return 'a re-send from the request\'s failure listener';
    if (listen.getName() === 'setTimeout' && holder.getArguments()[1] === node) return 'a re-send from the request\'s timeout listener';
    return undefined;
  }
  return status && FAILED_STATUS.test(conditions.join(' ')) ? 'a re-send after a failed response' : undefined;
}

/** A function's own name: its declaration's, or the variable's it is assigned to. */
function functionNameOf(fn: Node): string | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) return fn.getName();
  const holder = fn.getParent();
  return holder && Node.isVariableDeclaration(holder) ? holder.getName() : undefined;
}

/** Workflow DevKit: a function starting with the 'use step' directive is retried by the framework. */
function retriedStep(fn: FunctionNode, model: ProjectModel): Retry | undefined {
  const body = fn.getBody();
  if (!body || !Node.isBlock(body)) return undefined;
  const first = body.getStatements()[0];
  if (!first || !Node.isExpressionStatement(first)) return undefined;
  const expression = first.getExpression();
  if (!Node.isStringLiteral(expression)) return undefined;
  const directive = model.knowledge.retriedStepDirectives.find((d) => d.directive === expression.getLiteralValue());
  if (!directive) return undefined;
  const count = stepRetryCount(fn, directive.countProperty);
  if (count === 0) return undefined;
  const label = count === undefined ? directive.label : directive.label.replace(/\(.*\)$/, `(${count} retries, set by ${directive.countProperty})`);
  return { region: body, construct: first, label };
}

/** A served tool method the runtime runs again after any throw, as its JSDoc asks (`@retryable 2 1s`: tool-class-files.ts). */
function servedMethodRetry(method: import('ts-morph').MethodDeclaration, model: ProjectModel): Retry | undefined {
  const body = method.getBody();
  const retry = body && retryTagOf(method, model);
  return retry && body ? { region: body, construct: retry.tag, label: retry.label } : undefined;
}

/**
 * The retries a step function sets on itself in its file (`sendEmailStep.maxRetries = 0`): a number, or undefined when
 * it sets none (the framework default) or a value that cannot be read.
 */
function stepRetryCount(fn: FunctionNode, property: string): number | undefined {
  const holder = Node.isFunctionDeclaration(fn) ? fn : fn.getParent();
  const name = Node.isFunctionDeclaration(holder) || Node.isVariableDeclaration(holder) ? holder.getName() : undefined;
  if (!name) return undefined;
  for (const assignment of descendantsOfKind(fn.getSourceFile(), SyntaxKind.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const target = unwrap(assignment.getLeft());
    if (!Node.isPropertyAccessExpression(target) || target.getName() !== property || unwrap(target.getExpression()).getText() !== name) continue;
    const value = unwrap(assignment.getRight());
    return Node.isNumericLiteral(value) ? Number(value.getLiteralValue()) : undefined;
  }
  return undefined;
}

/**
 * The project function a call runs, also when the callee is a const a project factory filled with the function it
 * returns (`const request = createRetryRunner(opts); request(fn)`, the runner being `(fn) => retryAsync(fn, …)`).
 */
function runnerCalledBy(call: CallExpression, model: ProjectModel): FunctionNode | undefined {
  const direct = model.functionCalledBy(call);
  if (direct) return direct;
  const callee = unwrap(call.getExpression());
  if (!Node.isIdentifier(callee)) return undefined;
  const binding = resolveIdentifier(callee);
  const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
  const made = init ? unwrap(init) : undefined;
  if (!made || !Node.isCallExpression(made)) return undefined;
  return model.memoize('factory-returned-function', made, () => {
    const factory = model.functionCalledBy(made);
    const body = factory?.getBody();
    if (!factory || !body) return undefined;
    // The one function the factory returns: an expression body, or the return statements of its own block.
    const returned = Node.isBlock(body)
      ? descendantsOfKind(body, SyntaxKind.ReturnStatement).filter((r) => nearestFunctionOf(r) === factory).map((r) => r.getExpression())
      : [body];
    const functions = returned.map((value) => (value ? model.functionOfValue(value) : undefined));
    return functions.length === 1 && functions[0] ? functions[0] : undefined;
  });
}

/** A call to a project function that re-runs one of its function parameters (a hand-written `withRetry(fn)`). */
function wrapperRetry(call: CallExpression, model: ProjectModel): Retry | undefined {
  const callee = runnerCalledBy(call, model);
  if (!callee) return undefined;
  const index = retriedParameter(callee, model);
  if (index === undefined) return undefined;
  const arg = call.getArguments()[index];
  if (!arg) return undefined;
  if (asksForNoRetries(call, index, callee)) return undefined;
  const region = model.functionOfValue(arg) ?? arg;
  // A function that swallows its own failures (`try { … } catch { return null }`), handed to a wrapper that re-runs it
  // only when it throws: never re-run.
  if (region !== arg || isFunctionValue(arg)) {
    if (failsSilently(region, model) && rerunsOnlyOnThrow(callee, index)) return undefined;
  }
  return { region, construct: call, label: `${call.getExpression().getText()}() (retries its argument)` };
}

/**
 * Whether a call hands its argument `index` to a project wrapper that re-runs it (`retryWithBackoff(async () => post(), 3)`):
 * a retry wrapper's closure keeps its labels at the writes in it (test/corpus/README.md questions 79 and 161) — also a
 * wrapper that goes round only after a rate-limit refusal, which re-sends nothing done (question 13) but is a retry.
 */
export function rerunsArgument(call: CallExpression, index: number, model: ProjectModel): boolean {
  const callee = runnerCalledBy(call, model);
  return callee !== undefined && retriedParameter(callee, model, 0, true) === index;
}

/** Options asking a wrapper for no retry, under a name its body reads: `withRetry(() => create(), { retries: 0 })`. */
const NO_RETRY_OPTIONS: ReadonlyArray<{ name: string; at: number }> = [
  { name: 'retries', at: 0 }, { name: 'maxRetries', at: 0 }, { name: 'retryCount', at: 0 }, { name: 'attempts', at: 1 }, { name: 'maxAttempts', at: 1 },
];

function asksForNoRetries(call: CallExpression, fnIndex: number, wrapper: FunctionNode): boolean {
  const others = call.getArguments().filter((_, i) => i !== fnIndex);
  if (others.length === 0) return false;
  const body = wrapper.getText();
  return NO_RETRY_OPTIONS.some(({ name, at }) => {
    const count = countInOptions(others, name);
    return count !== undefined && count <= at && new RegExp(`\\b${name}\\b`).test(body);
  });
}

function isFunctionValue(node: Node): boolean {
  const value = unwrap(node);
  return Node.isArrowFunction(value) || Node.isFunctionExpression(value);
}

const MAX_WRAPPER_DEPTH = 4;
const visiting = new WeakSet<Node>();

/**
 * The parameter a project function re-runs: one it hands to a retry written in its body (a library, a loop), or
 * one it forwards to another retry wrapper (`withRetry(fn) { return retryWithBackoff(fn, 3) }`), across files.
 */
function retriedParameter(fn: FunctionNode, model: ProjectModel, depth = 0, evenAfterRefusal = false): number | undefined {
  if (depth > MAX_WRAPPER_DEPTH || visiting.has(fn)) return undefined;
  return model.memoize(evenAfterRefusal ? 'retried-parameter-even-after-refusal' : 'retried-parameter', fn, () => {
    if (!(Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return undefined;
    const params = fn.getParameters();
    if (params.length === 0) return undefined;
    const regions: Node[] = [];
    for (const retry of retriesAround(fn, model, evenAfterRefusal)) {
      if (!fn.containsRange(retry.construct.getPos(), retry.construct.getEnd()) || retry.construct === fn) continue;
      regions.push(retry.region);
    }
    visiting.add(fn);
    try {
      const body = fn.getBody();
      // An arrow whose body is the forwarding call itself (`(fn) => retryAsync(fn, opts)`) counts that call too.
      const calls = !body ? [] : Node.isCallExpression(body) ? [body, ...descendantsOfKind(body, SyntaxKind.CallExpression)] : descendantsOfKind(body, SyntaxKind.CallExpression);
      for (const call of calls) {
        const wrapper = runnerCalledBy(call, model);
        if (!wrapper || wrapper === fn) continue;
        const index = retriedParameter(wrapper, model, depth + 1, evenAfterRefusal);
        const arg = index === undefined ? undefined : call.getArguments()[index];
        if (arg) regions.push(model.functionOfValue(arg) && !fn.containsRange(arg.getPos(), arg.getEnd()) ? model.functionOfValue(arg)! : arg);
      }
    } finally {
      visiting.delete(fn);
    }
    for (const region of regions) {
      const candidates = [region, ...descendantsOfKind(region, SyntaxKind.CallExpression)];
      for (const node of candidates) {
        const target = Node.isCallExpression(node) ? unwrap(node.getExpression()) : Node.isIdentifier(node) && node === region ? node : undefined;
        if (!target || !Node.isIdentifier(target)) continue;
        const binding = resolveIdentifier(target);
        if (binding.kind !== 'local') continue;
        const index = params.findIndex((p) => p === binding.declaration);
        if (index >= 0) return index;
      }
    }
    return undefined;
  });
}

/**
 * The retry plugin a client's class was extended with (`const C = Octokit.plugin(throttling, retry); new C({…})`),
 * followed from the client's creation through the consts and calls that made its class (bounded); `disabled` when
 * the client's options switch the plugin off (`retry: { enabled: false }`).
 */
export function retryingPluginOf(client: ValueOrigin | undefined, model: ProjectModel): { fact: ClientRetryPluginFact; disabled: boolean } | undefined {
  const creation = client?.clientCreation;
  // A client known by its declared type (a Probot listener's `context: Context`): the class it is bundles the plugin.
  const typed = client && !creation && client.instance ? model.knowledge.clientRetryPlugins.find((f) => f.bundledIn?.some((b) => b.export === client.exportName && moduleMatches([b.module], client.module))) : undefined;
  if (typed) return { fact: typed, disabled: false };
  if (!creation || !Node.isNewExpression(creation) || model.knowledge.clientRetryPlugins.length === 0) return undefined;
  const made = unwrap(creation.getExpression());
  const imported = Node.isIdentifier(made) ? resolveIdentifier(made) : undefined;
  if (imported?.kind === 'import') {
    const bundled = model.knowledge.clientRetryPlugins.find((f) => f.bundledIn?.some((b) => b.export === imported.exportName && moduleMatches([b.module], imported.module)));
    if (bundled) return { fact: bundled, disabled: pluginSwitchedOff(client, bundled) };
  }
  let expression: Node | undefined = creation.getExpression();
  for (let depth = 0; expression && depth < 8; depth++) {
    const node = unwrap(expression);
    if (Node.isIdentifier(node)) {
      expression = declaredValue(node, model);
      continue;
    }
    if (!Node.isCallExpression(node)) return undefined;
    const callee = unwrap(node.getExpression());
    if (!Node.isPropertyAccessExpression(callee)) return undefined;
    const fact = model.knowledge.clientRetryPlugins.find((f) => f.method === callee.getName() && node.getArguments().some((arg) => isPluginImport(arg, f)));
    if (fact) return { fact, disabled: pluginSwitchedOff(client, fact) };
    // Octokit.plugin(a).plugin(b), Octokit.plugin(retry).defaults({…}): the class the call extends.
    expression = callee.getExpression();
  }
  return undefined;
}

/**
 * A transformer that retries every request of a client's package, installed anywhere in the package of the file making
 * the write (`bot.api.config.use(autoRetry())` in bot.ts, `ctx.reply(…)` in a handler file): found by the text of the
 * package's files, so the answer does not depend on which files a run names. Undefined also when its options turn it off.
 */
export function retryingTransformerOf(client: ValueOrigin | undefined, from: SourceFile, model: ProjectModel): { fact: ApiTransformerRetryFact; installed: Node } | undefined {
  if (!client) return undefined;
  const fact = model.knowledge.apiTransformerRetries.find((f) => moduleMatches(f.appliesTo, client.module));
  if (!fact) return undefined;
  const mention = new RegExp(fact.module.map(escapeRegExp).join('|'));
  const paths = model.filesMatching(from.getFilePath(), mention).slice(0, MAX_TRANSFORMER_FILES);
  for (const path of paths) {
    const file = model.fileAt(path);
    const installed = file ? model.memoize(`transformer-installed:${fact.label}`, file, () => transformerInstalledIn(file, fact, model)) : undefined;
    if (installed) return { fact, installed };
  }
  return undefined;
}
const MAX_TRANSFORMER_FILES = 8;

/** `x.api.config.use(autoRetry(…))` (also through a const holding the transformer) whose options leave its retries on. */
function transformerInstalledIn(file: SourceFile, fact: ApiTransformerRetryFact, model: ProjectModel): Node | undefined {
  const member = fact.installedWith.split('.');
  for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
    const callee = unwrap(call.getExpression());
    if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== member[member.length - 1]) continue;
    if (!callee.getText().replace(/\s+/g, '').endsWith(`.${fact.installedWith}`)) continue;
    for (const arg of call.getArguments()) {
      let made: Node | undefined = unwrap(arg);
      if (Node.isIdentifier(made)) made = declaredValue(made, model);
      made = made ? unwrap(made) : undefined;
      if (!made || !Node.isCallExpression(made)) continue;
      const factory = unwrap(made.getExpression());
      if (!Node.isIdentifier(factory)) continue;
      const binding = resolveIdentifier(factory);
      if (binding.kind !== 'import' || binding.exportName !== fact.export || !moduleMatches(fact.module, binding.module)) continue;
      const options = objectLiteralOf(made.getArguments()[0]);
      const off = fact.offWhenAll.every((name) => {
        const value = propertyValue(deepPropertyOf(options, name));
        return value !== undefined && unwrap(value).getKind() === SyntaxKind.TrueKeyword;
      });
      if (!off) return call;
    }
  }
  return undefined;
}

/** `retry: { enabled: false }` in the client's options. */
function pluginSwitchedOff(client: ValueOrigin, fact: ClientRetryPluginFact): boolean {
  const option = objectLiteralOf(propertyValue(deepPropertyOf(client.clientOptions, fact.disable.option)));
  const switch_ = propertyValue(deepPropertyOf(option, fact.disable.property));
  return switch_ !== undefined && Node.isFalseLiteral(unwrap(switch_));
}

/** What a name holds: a local const's initialiser, or a project module's exported const. */
function declaredValue(id: Node, model: ProjectModel): Node | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const declaration = model.declarationOfName(id);
  return declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
}

function isPluginImport(arg: Node, fact: ClientRetryPluginFact): boolean {
  const node = unwrap(arg);
  if (!Node.isIdentifier(node)) return false;
  const binding = resolveIdentifier(node);
  return binding.kind === 'import' && binding.exportName === fact.export && moduleMatches(fact.module, binding.module);
}

/** A client whose failed requests its own interceptor sends again: every write through it is retried. */
export interface ResendingClient {
  /** The call that made the client (`axios.create(…)`), or `module:axios` for the default instance. */
  client: Node | string;
  /** The re-send inside the interceptor (`instance.request(error.config)`). */
  construct: Node;
}

const INTERCEPTOR_PATH = ['interceptors', 'response', 'use'];

/**
 * axios response interceptors that re-send the failed request: `instance.interceptors.response.use(ok, async (error) =>
 * { … return instance.request(error.config) })` (also `instance(config)`, `axios(originalRequest)`) with the config
 * taken from the error. A re-send only after a 401/403 (a token refreshed) is not a retry: the server refused the
 * request, so nothing was done the first time.
 */
export function resendingClientsIn(file: SourceFile, model: ProjectModel): ResendingClient[] {
  return model.memoize('resending-clients', file, () => {
    const out: ResendingClient[] = [];
    const text = file.getFullText();
    if (/afterResponse/.test(text)) out.push(...hookResends(file, model));
    if (!text.includes('interceptors')) return out;
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const expression = call.getExpression();
      if (!Node.isPropertyAccessExpression(expression) || expression.getName() !== 'use' || !/\binterceptors\s*\.\s*response\s*\.\s*use$/.test(expression.getText())) continue;
      const callee = model.resolveCall(call);
      if (!callee || !moduleMatches(['axios'], callee.module) || callee.path.slice(-3).join('.') !== INTERCEPTOR_PATH.join('.')) continue;
      const onError = call.getArguments()[1];
      const handler = onError ? model.functionOfValue(onError) ?? unwrap(onError) : undefined;
      if (!handler || !(Node.isArrowFunction(handler) || Node.isFunctionExpression(handler) || Node.isFunctionDeclaration(handler) || Node.isMethodDeclaration(handler))) continue;
      const resend = resendIn(handler, model);
      if (resend) out.push({ client: callee.clientCreation ?? `module:${callee.module}`, construct: resend });
    }
    return out;
  });
}

/**
 * ky and got clients whose `hooks.afterResponse` sends the request again: ky's hook `(request, options, response)`
 * returning `ky(request)` or `ky.retry()` (a forced retry: ky 1.14 checks the method only for its own retries,
 * distribution/core/Ky.js), got's `(response, retryWithMergedOptions)` calling its second parameter. The client is the
 * `create`/`extend` call that takes the hook; a re-send only after a 401/403 is not a retry.
 */
function hookResends(file: SourceFile, model: ProjectModel): ResendingClient[] {
  const out: ResendingClient[] = [];
  for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
    const expression = call.getExpression();
    if (!Node.isPropertyAccessExpression(expression) || !/^(create|extend)$/.test(expression.getName())) continue;
    const hooks = objectLiteralOf(propertyValue(deepPropertyOf(objectLiteralOf(call.getArguments()[0]), 'hooks')));
    const after = propertyValue(deepPropertyOf(hooks, 'afterResponse'));
    if (!after || !Node.isArrayLiteralExpression(unwrap(after))) continue;
    const callee = model.resolveCall(call);
    if (!callee || !moduleMatches(['ky', 'got'], callee.module)) continue;
    for (const element of (unwrap(after) as import('ts-morph').ArrayLiteralExpression).getElements()) {
      const hook = model.functionOfValue(element) ?? unwrap(element);
      if (!(Node.isArrowFunction(hook) || Node.isFunctionExpression(hook) || Node.isFunctionDeclaration(hook))) continue;
      const resend = hookResendIn(hook, callee.module, model);
      if (resend) out.push({ client: call, construct: resend });
    }
  }
  return out;
}

function hookResendIn(hook: FunctionNode & { getParameters(): Node[] }, module: string, model: ProjectModel): CallExpression | undefined {
  const [first, second] = hook.getParameters();
  const body = hook.getBody();
  if (!first || !body) return undefined;
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    const target = unwrap(call.getExpression());
    let resends = false;
    if (moduleMatches(['got'], module)) {
      // got: retryWithMergedOptions(options)
      resends = second !== undefined && Node.isIdentifier(target) && (() => { const b = resolveIdentifier(target); return b.kind === 'local' && b.declaration === second; })();
    } else {
      const callee = model.resolveCall(call);
      const isKy = callee !== undefined && moduleMatches(['ky'], callee.module);
      resends = isKy && ((callee!.path.length === 0 && call.getArguments()[0] !== undefined && comesFrom(call.getArguments()[0]!, first)) || callee!.path.join('.') === 'retry');
    }
    if (resends && !reachedOnlyAfterRefusal(call, hook)) return call;
  }
  return undefined;
}

function resendIn(handler: FunctionNode & { getParameters(): Node[] }, model: ProjectModel): CallExpression | undefined {
  const errorParam = handler.getParameters()[0];
  const body = handler.getBody();
  if (!errorParam || !body) return undefined;
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    const arg = call.getArguments()[0];
    if (!arg || !comesFrom(arg, errorParam)) continue;
    const callee = model.resolveCall(call);
    if (!callee || !moduleMatches(['axios'], callee.module) || !(callee.path.length === 0 || (callee.path.length === 1 && callee.path[0] === 'request'))) continue;
    if (reachedOnlyAfterRefusal(call, handler)) continue;
    return call;
  }
  return undefined;
}

/** `error.config`, or a local initialised from it (`const config = error.config as Retryable`). */
function comesFrom(value: Node, param: Node): boolean {
  let node: Node = unwrap(value);
  for (let depth = 0; depth < 4; depth++) {
    while (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node) || Node.isNonNullExpression(node)) node = unwrap(node.getExpression());
    if (!Node.isIdentifier(node)) return false;
    const binding = resolveIdentifier(node);
    if (binding.kind !== 'local') return false;
    if (binding.declaration === param) return true;
    const declaration = binding.declaration;
    const initializer = Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
    if (!initializer) return false;
    node = unwrap(initializer);
  }
  return false;
}

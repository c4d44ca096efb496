// classifyWrite: whether one call performs a mutating side effect in another system (HTTP writes, SDK
// creates/sends/charges, SQL, appends, queue sends), how, and what protects it from running twice
// (a stable idempotency key, an upsert, a PUT to a client-chosen id).
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type SourceFile, type TaggedTemplateExpression } from 'ts-morph';
import type { KindByArgument, WriteFact, WriteKind } from '../knowledge/types.js';
import { deepPropertyOf, hasOpaqueSpread, objectLiteralOf, originOf, propertyValue, unwrap, type CalleeRef } from './callee.js';
import type { RuleOptions } from './config.js';
import { generatedClientRequest, httpWrite, isReadOnlyPostUrl, renderUrl, urlLiteralText, type CallerDecidedRequest, type HttpRequest } from './http-writes.js';
import { findMatch, moduleMatches } from './match.js';
import { belowCommonFolder, isModelRequest, ownServerRouteHandler, reachesModel } from './model-calls.js';
import { isTestCodePath } from './project-loader.js';
import { writesReachableFrom } from './summaries.js';
import { asOwnPackage, typedReceiverOrigin } from './own-package.js';
import type { ProjectModel } from './project-model.js';
import type { Confidence } from './types.js';
import { idempotencyKeyIn, isFreshValue, keyProperty, parameterIndex, stringValue, withKey, type ParamRef } from './write-keys.js';
import { isConstDeclaration, resolveIdentifier } from './scope.js';
import { runtimeNamedOperationClient } from './openapi-operations.js';
import { deletedBeforeReturn } from './temporary-writes.js';
import { storesCredential } from './credential-stores.js';
import { commandInput, processInputWrite, shellCommandWrite, shellTemplateWrite, type CommandInput } from './shell-commands.js';
import { appendsToRead, fieldPushedBeforeCall, incrementsRead, rewrittenField } from './rewrites.js';
import { conflictTakenAsDone, functionReferenceWrite, graphqlMutation, inheritedVendorCallee, mayBeVendorWrite, vendorWrite, writeByArgument } from './vendor-writes.js';
import { builtStatement, conflictKeyParameter, freshConflictKey, supersedesActiveRow } from './sql-rows.js';

/** A member call whose name says it writes, or that some write fact ends with (`create`, `insert`). */
function mayBeInheritedWrite(call: CallExpression, model: ProjectModel): boolean {
  return mayBeVendorWrite(call) || mayBeOwnPackageWrite(call, model);
}

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
  /** The key is a field the input's schema makes optional: sent only when the model fills it, so by default none is. */
  keyOptional?: boolean;
  /** An HTTP write: its method and URL (a URL a caller passes in can make a POST a search, a PUT one to a chosen id). */
  http?: HttpRequest;
  /** A command run on this machine that comes from this input: each caller's argument decides whether it is the model's (summaries.ts). */
  commandFrom?: CommandInput;
  /** With `commandFrom`: the write this is when a caller's argument is not the model's (a MongoDB update of a document the code wrote). */
  otherwise?: WriteEffect;
  /** An HTTP request whose method the caller passes: not a write until a call site decides (summaries.ts). */
  request?: CallerDecidedRequest;
  /**
   * The argument that decides the kind (`kindByArgument`: an ERC-20 approve in a transaction's `data`) comes from
   * a parameter of the enclosing helper: each caller's argument decides it (summaries.ts).
   */
  kindFromParam?: ParamRef & { decides: KindByArgument };
  /**
   * A GraphQL request whose document is (a property of) a parameter of the enclosing helper (`query(document, variables)`):
   * each caller's document decides — a query reads, a mutation writes, one not visible stays a write (summaries.ts).
   */
  documentFromParam?: ParamRef;
  /**
   * A SQL call whose statement is a parameter of the enclosing helper (`query(sql, params)` → `pool.execute(sql, params)`):
   * not a write until a call site passes the statement — an INSERT creates, an UPDATE/DELETE converges (summaries.ts).
   */
  sqlFromParam?: ParamRef;
  /** A whole file written with the list or text the helper is handed: an append where a caller passes what it read with an entry added. */
  rewriteFromParam?: ParamRef;
  /** A class's field (loaded from its file) written whole: an append where the calling method pushed onto it first. */
  rewriteFromField?: string;
}

/**
 * What an update document's operators do (`{ $push: { history: entry } }`, `{ $inc: { count: 1 } }`): 'append' or
 * 'increment', undefined for operators that set, add to a set or remove (a document not written here included). An
 * `$inc` of a version counter alone (`$inc: { version: 1 }` beside a `$set`) marks the record's revision, not an amount.
 */
function updateOperatorKind(document: Node | undefined): WriteKind | undefined {
  const object = document ? objectLiteralOf(document) : undefined;
  if (!object) return undefined;
  const name = (property: Node) => (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property) ? property.getName().replace(/^(['"])(.*)\1$/, '$2') : undefined);
  const operator = (key: string) => object.getProperties().find((property) => name(property) === key);
  if (operator('$push')) return 'append';
  const inc = operator('$inc');
  if (!inc) return undefined;
  const amounts = objectLiteralOf(propertyValue(inc) ?? inc);
  const versionOnly = amounts !== undefined && amounts.getProperties().length > 0 &&
    amounts.getProperties().every((property) => /^(?:_*v|version|revision|rev)$/i.test(name(property) ?? ''));
  return versionOnly ? undefined : 'increment';
}

/**
 * A MongoDB update whose whole update document, or a delete whose whole filter, is the input (`col.updateOne(filter,
 * update)` with both from the tool's arguments): the model may `$push` or `$inc`, or name a filter whose next match a
 * repeat removes (README questions 29, 65, 71). A write of the model's only where the input is the tool's (commandFrom,
 * summaries.ts); the plain update or delete otherwise.
 */
function modelWrittenDocument(effect: WriteEffect, fact: WriteFact, args: Node[]): WriteEffect | undefined {
  const at = fact.updateDocumentArg ?? fact.firstMatchFilterArg;
  const document = at !== undefined ? args[at] : undefined;
  if (!document || objectLiteralOf(document)) return undefined;
  const input = commandInput(document, 0);
  if (!input) return undefined;
  const update = fact.updateDocumentArg !== undefined;
  const label = update ? `${effect.label} of an update document the model wrote (it may $push or $inc)` : `${effect.label} of the first match of a filter the model wrote (a repeat removes the next)`;
  return { ...effect, label, kind: update ? 'append' : 'delete-id', confidence: effect.confidence, commandFrom: input, otherwise: { ...effect, confidence: 'low' } };
}

/** The write a call performs, decided where it is written (a request whose method the caller passes is not one). */
export function classifyWrite(node: EffectNode, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  const effect = classifyEffect(node, model, options);
  return effect?.request || effect?.sqlFromParam || effect?.rewriteFromParam || effect?.rewriteFromField ? undefined : effect;
}

const CREDENTIAL_STORE_KINDS = new Set<WriteKind>(['create', 'upsert', 'append', 'update-set']);

/** The write a call performs, or a request whose method its callers decide (`effect.request`, see http-writes.ts). */
export function classifyEffect(node: EffectNode, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  return model.memoize(`write:${JSON.stringify(options)}`, node, () => {
    const effect = classifyEffectHere(node, model, options);
    // The tokens a client stores while it authenticates are its login, not the call's side effect (credential-stores.ts).
    if (effect && !effect.http && !effect.request && CREDENTIAL_STORE_KINDS.has(effect.kind) && Node.isCallExpression(node) && storesCredential(node)) return undefined;
    // A conflict the code takes as "already done" (a 409 answered with the existing record) repeats nothing.
    if (effect && !effect.protection && !effect.request && (effect.kind === 'create' || effect.kind === 'charge') && conflictTakenAsDone(node)) {
      return { ...effect, protection: 'the server refuses a second copy (409) and the code takes the existing one' };
    }
    if (effect && !effect.protection && !effect.request && (effect.kind === 'create' || effect.kind === 'send') && Node.isCallExpression(node) && deletedBeforeReturn(node)) {
      return { ...effect, protection: 'a temporary record: the function deletes what it made before it returns' };
    }
    return effect;
  });
}

function classifyEffectHere(node: EffectNode, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  {
    if (Node.isTaggedTemplateExpression(node)) return shellTemplateWrite(node, model) ?? sqlWrite(node, node.getTemplate().getText(), 'medium');
    const callee = model.resolveCall(node);
    const fact = findMatch(model.knowledge.writes, callee);
    if (fact && callee) return sdkWrite(node, fact, callee, model, options);
    // A package's own sources (AgentKit's action providers typed with its own wallet provider classes).
    const typed = callee ?? (mayBeOwnPackageWrite(node, model) ? typedReceiverOrigin(node) : undefined);
    const own = typed ? asOwnPackage(typed, node, model, writeModules(model)) : undefined;
    const ownFact = findMatch(model.knowledge.writes, own);
    if (ownFact && own) return sdkWrite(node, ownFact, { ...own, call: node }, model, options);
    const operation = openApiOperation(node, callee, model);
    if (operation !== undefined) return operation ?? undefined;
    const mutation = graphqlMutation(node, callee, model);
    if (mutation) return mutation;
    const generated = generatedClientRequest(node, callee, model, options);
    if (generated !== undefined) return generated ?? undefined;
    const http = callee ? httpWrite(node, callee, model, options) : undefined;
    if (http && http.http?.method === 'POST' && !http.protection && isModelRequest(node, model, (route) => routeWrites(route, model, options))) return undefined;
    if (http && ownRouteStoresNothing(http, model, options)) return undefined;
    if (http !== undefined) return http ?? undefined;
    const command = callee ? shellCommandWrite(node, callee, model) ?? processInputWrite(node, callee, model) : processInputWrite(node, undefined, model);
    if (command) return command;
    const rewrite = callee ? fileRewrite(node, callee, model) : undefined;
    if (rewrite) return rewrite;
    const sql = sqlCall(node, model);
    if (sql) return sql;
    // A receiver the project holds (a subclass of a package client, a transaction callback's client): the tables first.
    const inherited = callee ? undefined : mayBeInheritedWrite(node, model) ? inheritedVendorCallee(node, model) : undefined;
    const inheritedFact = inherited ? findMatch(model.knowledge.writes, inherited) : undefined;
    if (inheritedFact && inherited) return sdkWrite(node, inheritedFact, inherited, model, options);
    const vendorCallee = callee ?? inherited;
    const referenced = vendorCallee ? functionReferenceWrite(node, vendorCallee) : undefined;
    if (referenced) return referenced;
    const vendor = vendorCallee ? vendorWrite(node, vendorCallee, model, options) : undefined;
    if (vendor) return vendor;
    const byArgument = writeByArgument(node, model);
    if (byArgument) return byArgument;
    return customWrite(node, options);
  }
}

const runsInProgress = new Set<Node>();
/**
 * Whether the project function a call starts a run of writes (`child.trigger(payload)` on `const child = task({ run })`):
 * true when it writes, or when it cannot be found. A run that starts its own next run writes when the rest of it does.
 */
function startedRunWrites(call: CallExpression, option: string, model: ProjectModel, options: RuleOptions): boolean {
  const callee = unwrap(call.getExpression());
  const holder = Node.isPropertyAccessExpression(callee) ? unwrap(callee.getExpression()) : undefined;
  const declaration = holder && Node.isIdentifier(holder) ? model.declarationOfName(holder) : undefined;
  const init = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
  const made = init ? unwrap(init) : undefined;
  const config = made && Node.isCallExpression(made) ? objectLiteralOf(made.getArguments()[0]) : undefined;
  const value = config ? propertyValue(deepPropertyOf(config, option)) : undefined;
  const inline = value ? unwrap(value) : undefined;
  const run = value ? model.functionOfValue(value) ?? (inline && (Node.isArrowFunction(inline) || Node.isFunctionExpression(inline) || Node.isMethodDeclaration(inline)) ? inline : undefined) : undefined;
  if (!run) return true;
  // A run starting its own next run repeats what the rest of it does: the call inside it is not counted again.
  return writesOnce(run, runsInProgress, false, model, options);
}

/** Whether `body` reaches a write; `onCycle` when it is asked again while its own answer is being made. */
function writesOnce(body: Node, inProgress: Set<Node>, onCycle: boolean, model: ProjectModel, options: RuleOptions): boolean {
  if (inProgress.has(body)) return onCycle;
  inProgress.add(body);
  try {
    return writesReachableFrom(body, model, options).length > 0;
  } finally {
    inProgress.delete(body);
  }
}

/**
 * A request to the project's own server whose route stores nothing and runs no model: it re-emits an event to the page,
 * or answers from memory (model-calls.ts ownServerRouteHandler finds the route; a route that cannot be found is not judged).
 */
export function ownRouteStoresNothing(effect: WriteEffect, model: ProjectModel, options: RuleOptions): boolean {
  if (!effect.http || effect.protection) return false;
  const route = ownServerRouteHandler(renderUrl(effect.http.url), effect.http.method, effect.node, model);
  // A route that runs a model or an agent is left to what it writes through it (README question 75): not judged here.
  return route !== undefined && !reachesModel(route, model, 1) && !routeWrites(route, model, options);
}

const routesInProgress = new Set<Node>();
/** Whether the app's own route handler a request goes to writes (a route that posts to itself is taken to write). */
function routeWrites(route: Node, model: ProjectModel, options: RuleOptions): boolean {
  return writesOnce(route, routesInProgress, true, model, options);
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

let writeMemberNames: Set<string> | undefined;
/** Whether some write fact's path ends with this member name (`postMessage`, `create`): the calls worth resolving as writes. */
export function isWriteMemberName(name: string, model: ProjectModel): boolean {
  writeMemberNames ??= new Set(model.knowledge.writes.flatMap((fact) => fact.path.map((p) => p.split('.').pop()!)));
  return writeMemberNames.has(name);
}

/** Only a call whose member name some write fact ends with can be a package's write through a typed receiver. */
function mayBeOwnPackageWrite(call: CallExpression, model: ProjectModel): boolean {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) && isWriteMemberName(callee.getName(), model);
}

let knownWriteModules: Set<string> | undefined;
function writeModules(model: ProjectModel): Set<string> {
  knownWriteModules ??= new Set(model.knowledge.writes.flatMap((fact) => fact.module.map((m) => m.replace(/\/\*$/, ''))));
  return knownWriteModules;
}

function sdkWrite(call: CallExpression, fact: WriteFact, callee: CalleeRef, model: ProjectModel, options: RuleOptions, args = call.getArguments()): WriteEffect | undefined {
  const path = callee.path.join('.');
  let label = `${fact.label.replace(/ (create|send|update|delete|upsert|message|insert|append|publish|sendMail|message create)$/i, '')} ${path}`.trim();
  let kind = fact.write;
  const command = commandOf(args[0]);
  let matchedCommand: NonNullable<WriteFact['byCommand']>[number] | undefined;
  if (fact.byCommand) {
    // client.send(new PutItemCommand({…})): the command decides; one no pattern names is a read.
    const matched = command && fact.byCommand.find((c) => new RegExp(c.command).test(command.name));
    if (!command || !matched) return undefined;
    matchedCommand = matched;
    kind = matched.write;
    label = `${fact.label} ${command.name.replace(/Command$/, '')}`;
    // The client retries every command; only some are resent with no key (the SDK fills idempotency tokens itself).
    if (fact.builtInRetries && !matched.unkeyedRetries) fact = { ...fact, builtInRetries: undefined };
    const update = command.input ? propertyValue(deepPropertyOf(command.input, 'UpdateExpression')) : undefined;
    if (kind === 'update-set' && update && /\bADD\b|(\w+)\s*=\s*\1\s*[-+]/.test(stringValue(update) ?? update.getText())) kind = 'increment';
    // A whole item written under a fresh key is a new item each time.
    if (kind === 'upsert' && command.input && freshRecordKey(command.input, model)) kind = 'create';
  }
  if (kind === 'append' && fact.label === 'fs append' && appendsToALog(call)) return undefined;
  // A row in the project's own log table (`from('admin_logs').insert`, `prisma.auditLog.create`) records the call; it is
  // not the call's side effect (test/corpus/README.md question 45), as for SQL's `INSERT INTO tweet_logs`.
  if (kind === 'create' && loggedTable(call)) return undefined;
  if (fact.writesOnlyWith && !carriesAny(args[fact.writesOnlyWith.arg], fact.writesOnlyWith.properties) &&
    !(fact.writesOnlyWith.unlessPackageMentions && packageSourceCalls(call, fact.writesOnlyWith.unlessPackageMentions, model))) return undefined;
  if (fact.runsOption && !startedRunWrites(call, fact.runsOption, model, options)) return undefined;
  if (fact.notWithClientOption && callee.clientOptions && fact.notWithClientOption.some((name) => /^true$/.test(propertyValue(deepPropertyOf(callee.clientOptions!, name))?.getText() ?? ''))) return undefined;
  const pathArg = fact.pathArg !== undefined ? args[fact.pathArg] : undefined;
  if (pathArg && isReadOnlyPostUrl(urlLiteralText(pathArg), model)) return undefined;
  let kindFromParam: WriteEffect['kindFromParam'];
  for (const decides of fact.kindByArgument ? [fact.kindByArgument].flat() : []) {
    const values = [decides.property].flat().flatMap((name) => name.includes('[].') ? elementPropertyValues(args[decides.arg], name) : nestedPropertyValues(args[decides.arg], name));
    if (decides.everyValue ? values.length > 0 && values.every((value) => decidesKind(value, decides)) : values.some((value) => decidesKind(value, decides))) {
      kind = decides.write;
      kindFromParam = undefined;
      break;
    }
    // `data: transaction.data || '0x'` in a helper: what its callers pass decides.
    const fromParam = values.map((value) => parameterIndex(firstOperand(value))).find((ref) => ref !== undefined);
    if (fromParam && !kindFromParam) kindFromParam = { ...fromParam, decides };
  }
  // A record written under a key made fresh on each call is a new record each time (README question 15).
  const keyArg = fact.keyArg !== undefined ? args[fact.keyArg] : undefined;
  if (kind === 'upsert' && keyArg && isFreshValue(keyArg, model)) kind = 'create';
  // The value written back is what the code just read with one more entry (README questions 55 and 65).
  if (kind === 'upsert' && fact.keyArg !== undefined && args.slice(fact.keyArg + 1).some((arg) => appendsToRead(arg, call, model))) {
    kind = 'append';
    label = `${label} (the value read, with an entry added)`;
  }
  if (kind === 'update-set' && incrementsRead(propertyValue(deepPropertyOf(objectLiteralOf(args[0]), 'data')), call)) {
    kind = 'increment';
    label = `${label} (a field set to the value read plus or minus an amount)`;
  }
  const operator = fact.updateDocumentArg !== undefined ? updateOperatorKind(args[fact.updateDocumentArg]) : undefined;
  if (kind === 'update-set' && operator) {
    kind = operator;
    label = `${label} (${operator === 'append' ? '$push: an entry added' : '$inc: a number raised'})`;
  }
  const effect: WriteEffect = { node: call, label, kind, confidence: callee.confidence, fact, callee, kindFromParam };
  const modelWritten = modelWrittenDocument(effect, fact, args);
  if (modelWritten) return modelWritten;
  if (kind === 'upsert' || chainedUpsert(call)) return { ...effect, kind: 'upsert', protection: 'an upsert repeats safely' };
  if (kind === 'create' && insertsWhatItJustDeleted(call)) return { ...effect, kind: 'upsert', protection: 'it replaces the rows a delete just before it cleared' };
  if (kind === 'create' && fact.recordId && idFromInput(recordOf(call, fact.recordId, args), fact.recordId.ids, model)) {
    // An id a helper takes from its parameter (`saveThread({ id, … })` inserting `{ id }`): each caller's value decides
    // whether it names one record or a new one on every call (`saveThread({ id: generateUUID() })`, summaries.ts).
    const id = recordIdValue(recordOf(call, fact.recordId, args), fact.recordId.ids);
    const fromParam = id ? parameterIndex(id) : undefined;
    return { ...effect, protection: UNIQUE_ID_PROTECTION, ...(fromParam && id ? { key: id, keyFromParam: fromParam } : {}) };
  }
  if (kind === 'delete-id' || kind === 'update-set') effect.confidence = 'low';
  if (fact.keyOption) {
    const index = fact.keyOption.arg === 'last' ? (args.length >= 2 ? args.length - 1 : -1) : fact.keyOption.arg;
    const object = command?.input ?? (index >= 0 ? objectLiteralOf(args[index]) : undefined);
    const passed = fact.keyOption.positional && index >= 0 ? args[index] : undefined;
    if (passed && unwrap(passed).getText() !== 'undefined') return withKey(effect, passed, model);
    const key = fact.keyOption.names.includes('headers')
      ? idempotencyKeyIn(objectLiteralOf(propertyValue(deepPropertyOf(object, 'headers'))), options)
      : keyProperty(object, [...fact.keyOption.names, ...(options.idempotencyKeyNames ?? [])], options) ?? nestedKey(object, fact.keyOption.names);
    // A key the server looks at only beside another option (`nonce` with `enforceNonce: true`) is no key without it.
    const { requires } = fact.keyOption;
    const honoured = requires === undefined || ((value) => value !== undefined && unwrap(value).getText() !== 'false')(propertyValue(deepPropertyOf(object, requires)));
    if (key && honoured) return withKey(effect, key, model);
  }
  // Queue job ids may sit inside a command object: new SendMessageCommand({ MessageDeduplicationId })
  if (command?.input && !fact.keyOption) {
    const key = keyProperty(command.input, ['MessageDeduplicationId', ...(options.idempotencyKeyNames ?? [])], options);
    if (key) return withKey(effect, key, model);
  }
  const guard = command?.input && matchedCommand?.protectedBy?.find((p) => p.property.some((name) => {
    const value = propertyValue(deepPropertyOf(command.input, name));
    return value !== undefined && new RegExp(p.pattern, 'i').test(textWithInitialiser(value));
  }));
  if (guard) return { ...effect, protection: guard.protection };
  return effect;
}

/** A whole file written back with the text the code just read and one more entry: an append (README question 65). */
function fileRewrite(call: CallExpression, callee: CalleeRef, model: ProjectModel): WriteEffect | undefined {
  if (!findMatch(model.knowledge.wholeFileWrites, callee) || appendsToALog(call)) return undefined;
  const written = call.getArguments()[1];
  if (appendsToRead(written, call, model)) return { node: call, label: 'fs write (the text read, with an entry added)', kind: 'append', confidence: callee.confidence, callee };
  // `save() { writeFileSync(path, stringify(this.tasks)) }`, the field loaded from the file: its callers push or not.
  const field = written ? rewrittenField(serialised(written)) : undefined;
  if (field) return { node: call, label: 'fs write (the text read, with an entry added)', kind: 'append', confidence: callee.confidence, callee, rewriteFromField: field };
  // `saveReports(reports) { writeFileSync(path, stringify(reports)) }`: what is written is the caller's to say.
  const from = written && parameterIndex(serialised(written));
  return from && !from.property ? { node: call, label: 'fs write (the text read, with an entry added)', kind: 'append', confidence: callee.confidence, callee, rewriteFromParam: from } : undefined;
}

/** `JSON.stringify(list, null, 2)`, YAML's `stringify(list)`: the value serialised whole. */
function serialised(value: Node): Node {
  const node = unwrap(value);
  if (!Node.isCallExpression(node)) return node;
  const callee = node.getExpression();
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : undefined;
  const first = node.getArguments()[0];
  return name === 'stringify' && first ? unwrap(first) : node;
}

/**
 * A helper's whole-file write seen from one call to it (README question 65): an append where this caller hands it what
 * it read with an entry added (`reports = loadReports(); reports.push(entry); saveReports(reports)`); the caller's own
 * parameter hands the question up; a list filtered, replaced or freshly built is no append.
 */
export function rewriteAtCallSite(effect: WriteEffect, call: CallExpression, model: ProjectModel): WriteEffect | undefined {
  if (effect.rewriteFromField) return fieldPushedBeforeCall(effect.rewriteFromField, call) ? { ...effect, rewriteFromField: undefined } : undefined;
  const from = effect.rewriteFromParam;
  if (!from) return effect;
  const arg = call.getArguments()[from.index];
  if (!arg) return undefined;
  const passed = parameterIndex(arg);
  if (passed) return passed.property ? undefined : { ...effect, rewriteFromParam: passed };
  return appendsToRead(arg, call, model) ? { ...effect, rewriteFromParam: undefined } : undefined;
}

// An audit row and a dead-letter row (a failed call parked for a person) record a call too (README question 45); so
// does a row of a tool-run history (`tool_executions`, `tool_calls`: the tool's name, input, output and timing).
const LOG_WORDS = /^(?:log|logs|logfile|logpath|logdir|logger|debuglog|devlog|errorlog|accesslog|auditlog|deadletter|deadletters|tool(?:execution|call|run|invocation)s?)$/;
// `audit`, `session_audits`, `audit_events`: the audit is the record kept; `audit_findings`, `audit_runs`: what an audit
// the product runs finds or does, a record a user reads.
const AUDIT = /^audits?$/;
// `shellAuditPath`, `shell_audit.jsonl`: the file an audit is kept in.
const AUDIT_RECORD = /^(?:trails?|events?|entries|entry|records?|rows?|history|path|file|filename|dir|jsonl|ndjson)$/;
const logWords = (name: string) => {
  const words = name.split(/[_\-.\s/\\]+/).flatMap((part) => (part === part.toUpperCase() ? [part] : part.split(/(?<=[a-z0-9])(?=[A-Z])/))).map((word) => word.toLowerCase());
  // Two words naming one thing: `dead_letters`, `DeadLetter`.
  return words.some((word, i) => LOG_WORDS.test(word) || (i > 0 && LOG_WORDS.test(words[i - 1]! + word)) ||
    (AUDIT.test(word) && (i === words.length - 1 || AUDIT_RECORD.test(words[i + 1]!) || LOG_WORDS.test(words[i + 1]!))));
};

/**
 * A line appended to a log by a logging helper (`appendToLog`, `writeLog`, `const debugLog = (m) => appendFileSync(…)`,
 * or a helper of any name appending to the file a logger module keeps, `appendFileSync(logFilePath, line)`) is
 * telemetry, not the tool's side effect (RULES.md: a log event a helper posts). An append written in the tool itself —
 * a decision recorded in an audit log, a note added to the user's file — stays a write.
 */
function appendsToALog(call: CallExpression): boolean {
  const fn = call.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a) || Node.isFunctionExpression(a) || Node.isArrowFunction(a));
  const holder = fn && Node.isArrowFunction(fn) ? fn.getParent() : undefined;
  const fnName = fn && !Node.isArrowFunction(fn) ? fn.getName() : holder && (Node.isVariableDeclaration(holder) || Node.isPropertyAssignment(holder)) ? holder.getName() : undefined;
  if (fnName === undefined) return false;
  // A method of a class kept for a log (`class CallLog { append(entry) { appendFileSync(this.filePath, …) } }`).
  const owner = fn && Node.isMethodDeclaration(fn) ? fn.getParent() : undefined;
  const ownerName = owner && Node.isClassDeclaration(owner) ? owner.getName() : undefined;
  // The file named by a const or field (`logFilePath`), or by the function that gives its path (`getCostLogPath()`).
  const file = call.getArguments()[0] ? unwrap(call.getArguments()[0]!) : undefined;
  const named = file && Node.isCallExpression(file) && file.getArguments().length === 0 ? unwrap(file.getExpression()) : file;
  const fileName = named && Node.isIdentifier(named) ? named.getText() : named && Node.isPropertyAccessExpression(named) ? named.getName() : undefined;
  return logWords(fnName) || (ownerName !== undefined && logWords(ownerName)) || (fileName !== undefined && logWords(fileName));
}

/** Whether an argument carries one of `properties`: absent, or an object literal without them (and no opaque spread), does not. */
function carriesAny(arg: Node | undefined, properties: ReadonlyArray<string>): boolean {
  if (!arg) return false;
  const object = objectLiteralOf(arg);
  if (!object) return true;
  return hasOpaqueSpread(object) || properties.some((name) => deepPropertyOf(object, name) !== undefined);
}

/**
 * openapi-client-axios operations: `client.createPet(…)` judged by its operationId's verb, `client.paths['/pets'].post(…)`
 * by its method, and `api[operationId](…)` (an operation named at run time) as one that may write.
 * undefined: not such a call; null: an operation that reads.
 */
function openApiOperation(call: CallExpression, callee: CalleeRef | undefined, model: ProjectModel): WriteEffect | null | undefined {
  const facts = model.knowledge.openApiClients;
  if (callee && !callee.instance && callee.path.length === 1) {
    // raw.createProject({ client, body }): a generated operation function, named by its operationId.
    const [name] = callee.path as [string];
    const generated = facts.generatedOperations.some((g) => moduleMatches(g.module, callee.module) && g.export.includes(callee.exportName));
    if (!generated) return undefined;
    const verb = facts.operationVerbs.find((v) => new RegExp(v.pattern, 'i').test(name));
    if (!verb) return null;
    return { node: call, label: `${callee.module} ${callee.exportName}.${name}`, kind: verb.write, confidence: verb.write === 'create' ? callee.confidence : 'low', callee };
  }
  if (callee) {
    if (!callee.instance || !moduleMatches(facts.module, callee.module)) return undefined;
    const path = callee.path;
    const base: WriteEffect = { node: call, label: `OpenAPI operation ${path.join('.')}`, kind: 'create', confidence: callee.confidence, callee };
    if (path.length === 3 && path[0] === 'paths') {
      const method = path[2]!.toUpperCase();
      if (method === 'POST') return isReadOnlyPostUrl(path[1]!, model) ? null : base;
      if (method === 'PUT') return /\{/.test(path[1]!) ? { ...base, kind: 'upsert', protection: 'a PUT to a client-chosen id repeats safely' } : { ...base, kind: 'update-set', confidence: 'low' };
      if (method === 'PATCH') return { ...base, kind: 'update-set', confidence: 'low' };
      if (method === 'DELETE') return { ...base, kind: 'delete-id', confidence: 'low' };
      return null;
    }
    if (path.length !== 1 || facts.clientMembers.includes(path[0]!)) return undefined;
    const verb = facts.operationVerbs.find((v) => new RegExp(v.pattern, 'i').test(path[0]!));
    if (!verb) return null;
    return { ...base, kind: verb.write, confidence: verb.write === 'create' ? base.confidence : 'low' };
  }
  // const operationFn = api[operationId]; operationFn(params, body, config)
  if (!runtimeNamedOperationClient(call, model)) return undefined;
  return { node: call, label: 'OpenAPI operation named at run time', kind: 'create', confidence: 'medium' };
}

/** `new PutItemCommand({…})`, directly or through a const: the command's class name and its input object. */
function commandOf(arg: Node | undefined): { name: string; input?: ObjectLiteralExpression } | undefined {
  let value = arg ? unwrap(arg) : undefined;
  if (value && Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    value = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    value = value ? unwrap(value) : undefined;
  }
  if (!value || !Node.isNewExpression(value)) return undefined;
  const ctor = value.getExpression();
  const name = Node.isPropertyAccessExpression(ctor) ? ctor.getName() : ctor.getText();
  return /Command$/.test(name) ? { name, input: objectLiteralOf(value.getArguments()[0]) } : undefined;
}

/**
 * Whether a command's input names its record with a key made fresh on each call: an S3 `Key`, a parameter or secret
 * `Name`, or an item's id attribute (`Item: { id: randomUUID() }`) — not any fresh value in it (a `createdAt` timestamp
 * in an item written under a stable key leaves it one record).
 */
function freshRecordKey(input: ObjectLiteralExpression, model: ProjectModel): boolean {
  const keys = ['Key', 'Name', 'SecretId'].map((name) => propertyValue(deepPropertyOf(input, name)));
  const item = objectLiteralOf(propertyValue(deepPropertyOf(input, 'Item')));
  for (const property of item?.getProperties() ?? []) {
    const name = Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property) ? property.getName() : undefined;
    if (name && /^(id|pk|sk|PK|SK|key)$|Id$/.test(name)) keys.push(propertyValue(property));
  }
  return keys.some((value) => value !== undefined && isFreshValue(value, model));
}

/** Why a create under an id the caller chose repeats nothing (summaries.ts reads it: what follows such a create is guarded). */
export const UNIQUE_ID_PROTECTION = 'a record under an id derived from the input: the database refuses a second one';

/** The record object a create writes: its argument, a property of it, or the argument of a chained call (`.values(…)`). */
function recordOf(call: CallExpression, where: NonNullable<WriteFact['recordId']>, args: Node[]): ObjectLiteralExpression | undefined {
  if (where.chained) {
    let node: Node | undefined = call.getParent();
    for (let depth = 0; node && depth < 6; depth++, node = node.getParent()) {
      const parent = node.getParent();
      if (Node.isPropertyAccessExpression(node) && node.getName() === where.chained && parent && Node.isCallExpression(parent)) return objectLiteralOf(parent.getArguments()[0]);
      if (!Node.isPropertyAccessExpression(node) && !Node.isCallExpression(node)) return undefined;
    }
    return undefined;
  }
  const arg = objectLiteralOf(args[where.arg ?? 0]);
  return where.property ? objectLiteralOf(propertyValue(deepPropertyOf(arg, where.property))) : arg;
}

/** The value a record object gives its id property. */
function recordIdValue(record: ObjectLiteralExpression | undefined, ids: ReadonlyArray<string>): Node | undefined {
  return ids.map((name) => propertyValue(deepPropertyOf(record, name))).find((v) => v !== undefined);
}

/**
 * Whether the record's id is taken from the input: a parameter, a property of one, a const made of those (no call in
 * it: `generateId()` may be fresh, a name this cannot tell), not a fresh value.
 */
function idFromInput(record: ObjectLiteralExpression | undefined, ids: ReadonlyArray<string>, model: ProjectModel): boolean {
  const value = recordIdValue(record, ids);
  if (!value || isFreshValue(value, model)) return false;
  return madeOfInput(value, 0);
}

/** An expression with no call in it, through the consts it reads (`const id = input.id`; not `const id = makeId()`). */
function madeOfInput(value: Node, depth: number): boolean {
  const plain = unwrap(value);
  if (depth > 3 || Node.isCallExpression(plain) || Node.isNewExpression(plain) || plain.getText() === 'undefined') return false;
  if (plain.getDescendants().some((d) => Node.isCallExpression(d) || Node.isNewExpression(d))) return false;
  const names = Node.isIdentifier(plain) ? [plain] : plain.getDescendantsOfKind(SyntaxKind.Identifier);
  return names.every((name) => {
    const binding = resolveIdentifier(name);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return true;
    const init = binding.declaration.getInitializer();
    return !init || madeOfInput(init, depth + 1);
  });
}

/** A key at a dotted path (`requestBody.id`) of an options object. */
function nestedKey(object: ObjectLiteralExpression | undefined, names: ReadonlyArray<string>): Node | undefined {
  for (const name of names.filter((n) => n.includes('.'))) {
    let value: Node | undefined;
    let holder = object;
    for (const part of name.split('.')) {
      value = propertyValue(deepPropertyOf(holder, part));
      holder = objectLiteralOf(value);
    }
    if (value) return value;
  }
  return undefined;
}

/** An expression's text, with the initialiser of the const it reads (`revokeCall.data` → `prepareRevokeCallData(…)`). */
/** Whether a value (with its initialiser) names what `kindByArgument` looks for (`functionName: 'approve'`). */
export function decidesKind(value: Node, decides: KindByArgument): boolean {
  return new RegExp(decides.pattern).test(textWithInitialiser(value));
}

/** `a || b`, `a ?? b`: the value a caller passes is `a`. */
function firstOperand(value: Node): Node {
  let node = unwrap(value);
  while (Node.isBinaryExpression(node) && [SyntaxKind.BarBarToken, SyntaxKind.QuestionQuestionToken].includes(node.getOperatorToken().getKind())) {
    node = unwrap(node.getLeft());
  }
  return node;
}

/**
 * Every value of a property named `name` inside an argument: in nested objects and arrays and through local
 * constants (`{ transaction: { data } }`, `const calls = [{ data }]; send({ calls })`), bounded.
 */
export function nestedPropertyValues(node: Node | undefined, name: string, depth = 0): Node[] {
  if (!node || depth > 4) return [];
  const value = unwrap(node);
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    return init ? nestedPropertyValues(init, name, depth + 1) : [];
  }
  if (Node.isArrayLiteralExpression(value)) return value.getElements().flatMap((element) => nestedPropertyValues(element, name, depth + 1));
  // `ids.map((id) => ({ type: 'x', id }))`: the objects the callback makes.
  const mapped = mappedValue(value);
  if (mapped) return nestedPropertyValues(mapped, name, depth + 1);
  if (!Node.isObjectLiteralExpression(value)) return [];
  const out: Node[] = [];
  for (const property of value.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      out.push(...nestedPropertyValues(property.getExpression(), name, depth + 1));
    } else if (Node.isPropertyAssignment(property)) {
      const init = property.getInitializer();
      if (!init) continue;
      if (property.getName() === name) out.push(init);
      else out.push(...nestedPropertyValues(init, name, depth + 1));
    } else if (Node.isShorthandPropertyAssignment(property)) {
      if (property.getName() === name) out.push(property.getNameNode());
      else out.push(...nestedPropertyValues(property.getNameNode(), name, depth + 1));
    }
  }
  return out;
}

/**
 * `events[].type`: the `type` of each element of every `events` list inside an argument, or nothing when one element
 * cannot be seen into (a spread of another list, an element made elsewhere), so that no element is left unjudged.
 */
function elementPropertyValues(arg: Node | undefined, path: string): Node[] {
  const [list, name] = path.split('[].') as [string, string];
  const out: Node[] = [];
  const elementsOf = (node: Node, depth: number): Node[] | undefined => {
    if (depth > 4) return undefined;
    const value = unwrap(node);
    if (Node.isIdentifier(value)) {
      const binding = resolveIdentifier(value);
      const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
      return init ? elementsOf(init, depth + 1) : undefined;
    }
    const mapped = mappedValue(value);
    if (mapped) return [mapped];
    if (!Node.isArrayLiteralExpression(value)) return undefined;
    const elements: Node[] = [];
    for (const element of value.getElements()) {
      const inner = Node.isSpreadElement(element) ? elementsOf(element.getExpression(), depth + 1) : [element];
      if (!inner) return undefined;
      elements.push(...inner);
    }
    return elements;
  };
  for (const holder of nestedPropertyValues(arg, list)) {
    const elements = elementsOf(holder, 0);
    if (!elements) return [];
    for (const element of elements) {
      const value = propertyValue(deepPropertyOf(objectLiteralOf(element), name));
      if (!value) return [];
      out.push(value);
    }
  }
  return out;
}

/** The value an inline `.map` callback returns (an expression body, or a block's single return). */
function mappedValue(value: Node): Node | undefined {
  if (!Node.isCallExpression(value)) return undefined;
  const callee = value.getExpression();
  const callback = value.getArguments()[0];
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'map' || !callback || !(Node.isArrowFunction(callback) || Node.isFunctionExpression(callback))) return undefined;
  const body = callback.getBody();
  if (!Node.isBlock(body)) return body;
  const returns = body.getStatements().filter(Node.isReturnStatement);
  return returns.length === 1 ? returns[0]!.getExpression() : undefined;
}

function textWithInitialiser(value: Node): string {
  let root = unwrap(value);
  while (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root)) root = unwrap(root.getExpression());
  if (!Node.isIdentifier(root)) return value.getText();
  const binding = resolveIdentifier(root);
  const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
  return init ? `${value.getText()} ${init.getText()}` : value.getText();
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
  const arg = call.getArguments()[0];
  if (!arg) return undefined;
  // libsql's `execute({ sql, args })`, node-postgres' `query({ text, values })`: the statement the object holds.
  const first = builtStatement(arg, model)?.sql ?? arg;
  const text = stringValue(first) ?? sqlTemplateText(first);
  if (!text) {
    // `pool.execute(sql, params)` in a helper that takes `sql` from its callers: each call site's statement decides. A
    // logger's `debugLog.sql(sql)` records the statement, it does not run it; a project function (`this.run(method, args)`)
    // is followed into, not taken for the statement's runner.
    const from = parameterIndex(first);
    const receiver = Node.isPropertyAccessExpression(callee) ? callee.getExpression().getText() : '';
    return from && !/log|debug|trace/i.test(receiver) && !model.functionCalledBy(call) ? { node: call, label: 'SQL statement from the caller', kind: 'create', confidence: 'medium', sqlFromParam: from } : undefined;
  }
  const write = sqlWrite(call, text, 'medium');
  // INSERT … ON CONFLICT (id) with `id` bound to a value made fresh on each call: the conflict never happens, so each
  // call inserts a new row (README question 15).
  if (write?.kind === 'upsert' && freshConflictKey(text, call, model)) {
    return { ...write, kind: 'create', label: 'SQL INSERT (its conflict key is made fresh on each call)', protection: undefined };
  }
  // The same with the key its caller passes (`save(entry)` binding `entry.id`): each call to the helper decides.
  const passed = write?.kind === 'upsert' ? conflictKeyParameter(text, call, model) : undefined;
  if (write && passed) return { ...write, kind: 'create', label: 'SQL INSERT (its conflict key is the one its caller passes)', key: passed.key, keyFromParam: passed.from };
  // An insert after the update that retires the active row for its key, and that update: a versioned set (README
  // question 120).
  if ((write?.kind === 'create' || write?.kind === 'update-set') && supersedesActiveRow(text, call, model)) {
    return { ...write, kind: 'upsert', protection: 'it replaces the active row for its key, which the update before it retires' };
  }
  return write;
}

/** What a statement written out as SQL begins with: `INSERT INTO`, `UPDATE t SET`, `DELETE FROM`, `REPLACE INTO`, `MERGE INTO`. */
const SQL_STATEMENT = /^\s*(?:insert\s+(?:(?:or\s+\w+|ignore)\s+)?into|update\s+[\w."`]+\s+set|delete\s+from|replace\s+into|merge\s+into|upsert\s+into|select|with)\b/i;

/**
 * A helper's SQL call seen from one call to it: the statement this caller passes decides (an INSERT creates, an UPDATE
 * or DELETE by key converges, an `ON CONFLICT`/`INSERT IGNORE`/`REPLACE` upserts, a SELECT reads); the caller's own
 * parameter hands the question up; a value that cannot be read is no write anyone can name.
 */
export function sqlAtCallSite(effect: WriteEffect, call: CallExpression): WriteEffect | undefined {
  const from = effect.sqlFromParam;
  if (!from) return effect;
  const arg = call.getArguments()[from.index];
  const values = from.property ? nestedPropertyValues(arg, from.property.split('.').pop()!) : arg ? [arg] : [];
  if (values.length !== 1) return undefined;
  const value = values[0]!;
  const passed = parameterIndex(value);
  if (passed) return { ...effect, sqlFromParam: passed };
  const text = stringValue(value) ?? sqlTemplateText(value);
  if (!text || !SQL_STATEMENT.test(text.replace(/^`|`$/g, ''))) return undefined;
  const write = sqlWrite(effect.node, text, effect.confidence);
  return write ? { ...write, label: `${write.label} (the statement its caller passes)` } : undefined;
}

/** A statement written as a template, in place or in the const that holds it (`const sql = \`INSERT INTO ${table} …\``). */
function sqlTemplateText(node: Node, depth = 0): string | undefined {
  const value = unwrap(node);
  if (Node.isTemplateExpression(value) || Node.isNoSubstitutionTemplateLiteral(value)) return value.getText().slice(1, -1);
  if (!Node.isIdentifier(value) || depth > 2) return undefined;
  const binding = resolveIdentifier(value);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  if (!declaration || !Node.isVariableDeclaration(declaration) || !isConstDeclaration(declaration)) return undefined;
  const init = declaration.getInitializer();
  return init ? sqlTemplateText(init, depth + 1) : undefined;
}

function sqlWrite(node: EffectNode, rawText: string, confidence: Confidence): WriteEffect | undefined {
  const text = rawText.replace(/^`|`$/g, '');
  const match = SQL_WRITE.exec(text);
  if (!match) return undefined;
  const verb = match[1]!.toLowerCase();
  const base: WriteEffect = { node, label: `SQL ${verb.toUpperCase()}`, kind: 'create', confidence };
  // SQLite's `INSERT OR IGNORE` / `INSERT OR REPLACE` and MySQL's `INSERT IGNORE` are written for a row a unique key
  // already holds: a repeat is skipped or overwrites it, as `ON CONFLICT DO NOTHING` / `DO UPDATE`.
  if (verb === 'merge' || verb === 'upsert' || verb === 'replace' || /\bon\s+conflict\b|\bon\s+duplicate\s+key\b|\binsert\s+(?:or\s+(?:ignore|replace)|ignore)\s+into\b/i.test(text)) {
    return { ...base, kind: 'upsert', protection: 'an upsert (ON CONFLICT) repeats safely' };
  }
  if (verb === 'update') {
    // SET balance = balance + $1 repeats the increment; SET status = $1 repeats safely.
    const increments = /\bset\b[\s\S]*?(\w+)\s*=\s*\1\s*[-+]/i.test(text);
    return increments ? { ...base, kind: 'increment', label: 'SQL UPDATE (increment)' } : { ...base, kind: 'update-set', confidence: 'low' };
  }
  if (verb === 'delete') return { ...base, kind: 'delete-id', confidence: 'low' };
  // INSERT INTO tweet_logs / audit_log: a row in the project's own log table records the call, it is not the call's
  // side effect (test/corpus/README.md question 45).
  const table = /\binsert\s+into\s+(?:[\w"`]+\.)?["`]?(\w+)/i.exec(text)?.[1];
  if (verb === 'insert' && table && logWords(table) && !queuedToolRun(table, `${text} ${chainText(node)}`, node.getSourceFile())) return undefined;
  return base;
}

/**
 * A delete-then-insert that replaces a set of rows (`db.delete(tags).where(eq(tags.postId, id)); db.insert(tags).values(…)`,
 * Prisma `deleteMany` then `createMany` on the same model, Supabase `from('t').delete()…` then `from('t').insert(…)`):
 * a repeat of the pair clears what the first one inserted and inserts it again, so it converges. The delete must be an
 * earlier statement of the block the insert's statement is in, so that whatever re-runs the insert re-runs the delete —
 * or of a block around a loop over a list that holds the insert (`deleteMany({ where: { documentId } })` then `for (const
 * chunk of chunks) create(…)`, or `for (let i = 0; i < chunks.length; i++)`): each pass inserts another element, and a
 * repeat of the whole clears them all first. A loop counting attempts is no list: it re-runs the insert alone.
 */
function insertsWhatItJustDeleted(call: CallExpression): boolean {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee) || !INSERT_NAMES.has(callee.getName())) return false;
  const receiverNode = unwrap(callee.getExpression());
  const receiver = receiverNode.getText();
  // `from('t').insert(rows)` names its table in the receiver; Drizzle's `db.insert(t)` in its argument.
  const named = Node.isCallExpression(receiverNode);
  const builder = !named && callee.getName() === 'insert';
  const table = builder ? call.getArguments()[0]?.getText() : undefined;
  let statement = call.getFirstAncestor((node) => Node.isStatement(node) && Node.isBlock(node.getParent() ?? node));
  for (let step = 0; statement && step < 3; step++) {
    const block = statement.getParent();
    if (!block || !Node.isBlock(block)) return false;
    for (const earlier of block.getStatements()) {
      if (earlier === statement) break;
      if (!Node.isExpressionStatement(earlier)) continue;
      for (const del of [earlier.getExpression(), ...earlier.getDescendantsOfKind(SyntaxKind.CallExpression)]) {
        const target = unwrap(del);
        if (!Node.isCallExpression(target)) continue;
        const delCallee = unwrap(target.getExpression());
        if (!Node.isPropertyAccessExpression(delCallee) || unwrap(delCallee.getExpression()).getText() !== receiver) continue;
        const name = delCallee.getName();
        if (named ? name === 'delete' : builder ? name === 'delete' && target.getArguments()[0]?.getText() === table : name === 'deleteMany') return true;
      }
    }
    // One block further out, through a loop over a list whose body is the block searched.
    const loop = block.getParent();
    statement = loop && walksList(loop) ? loop : undefined;
  }
  return false;
}

/** `for (const x of list)`, `for (let i = 0; i < list.length; i++)`: a loop over a list's elements, not a count of attempts. */
function walksList(loop: Node): boolean {
  if (Node.isForOfStatement(loop)) return true;
  if (!Node.isForStatement(loop)) return false;
  const condition = loop.getCondition();
  return condition !== undefined && Node.isBinaryExpression(condition) && /\.length$/.test(condition.getRight().getText());
}
const INSERT_NAMES = new Set(['insert', 'create', 'createMany', 'insertMany']);

/** Whether a create names a log table: Supabase `from('admin_logs').insert`, Prisma `prisma.auditLog.create`, Drizzle `db.insert(auditLogs)`. */
function loggedTable(call: CallExpression): boolean {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const receiver = unwrap(callee.getExpression());
  let table: string | undefined;
  if (Node.isCallExpression(receiver)) {
    const from = unwrap(receiver.getExpression());
    const name = receiver.getArguments()[0];
    if (Node.isPropertyAccessExpression(from) && from.getName() === 'from' && name && (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name))) table = name.getLiteralValue();
  } else if (callee.getName() === 'insert' && call.getArguments()[0] && Node.isIdentifier(call.getArguments()[0]!)) {
    table = call.getArguments()[0]!.getText();
  } else if (Node.isPropertyAccessExpression(receiver) && callee.getName() === 'create') {
    table = receiver.getName();
  }
  return table !== undefined && logWords(table) && !queuedToolRun(table, call.getText(), call.getSourceFile());
}

/**
 * A tool-run table's row written to wait for a worker (`INSERT INTO tool_runs (tool, input, status) VALUES (?, ?,
 * 'queued')`, `toolRun.create({ data: { status: 'pending' } })`): a run handed on to be done, the work of a job queue, not
 * the record of a call that ran (question 45) — its name alone does not make it a log.
 */
function queuedToolRun(table: string, row: string, file: SourceFile): boolean {
  if (!TOOL_HISTORY.test(table) || !QUEUED_ROW.test(row)) return false;
  // A history row opened as pending and completed by the same file once the tool answers (`UPDATE tool_runs SET status =
  // 'done', output = ?`) records the call all the same.
  const name = table.replace(/[$]/g, '\\$&');
  return !new RegExp(`\\bupdate\\s+["\`]?${name}\\b|\\b${name}\\s*\\.\\s*update(?:One|Many)?\\s*\\(`, 'i').test(file.getFullText());
}

/** A statement's call with the calls chained on it (`db.prepare(sql).run(input, 'queued')`): where its values are bound. */
function chainText(node: Node): string {
  let top = node;
  for (let parent = top.getParent(); parent && (Node.isPropertyAccessExpression(parent) || (Node.isCallExpression(parent) && parent.getExpression() === top)); parent = parent.getParent()) top = parent;
  return top.getText();
}

const TOOL_HISTORY = /tool[\s_-]*(?:execution|call|run|invocation)s?/i;
const QUEUED_ROW = /['"`](?:pending|queued|scheduled|waiting)['"`]/i;

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

/**
 * Whether a source file of the call's package (not a test, mock or test helper) calls what `pattern` names
 * (`stripe.paymentIntents.confirm(…)`): the text search picks the files, and only a call whose callee ends in the
 * pattern counts — a comment, a mock (`paymentIntents.confirm.mockResolvedValue`) or a string naming it confirms nothing.
 * Only files the text search kept are walked, so a package that never writes the name costs nothing more.
 */
function packageSourceCalls(call: CallExpression, pattern: RegExp, model: ProjectModel): boolean {
  const from = call.getSourceFile().getFilePath();
  const callee = new RegExp(`(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
  return model.filesMatching(from, pattern).some((path) => {
    if (isTestCodePath(belowCommonFolder(path, from))) return false;
    const file = model.fileAt(path);
    return file !== undefined && model.nodesOfKinds<CallExpression>(file, [SyntaxKind.CallExpression]).some((c) => callee.test(unwrap(c.getExpression()).getText()));
  });
}

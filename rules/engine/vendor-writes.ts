// Writes the tables do not know: a method of a third-party client whose name says it creates, sends or pays
// (`todoist.addTask`, `linear.createIssue`, `wallet.sendTransaction`, `knock.workflows.trigger`), and a GraphQL
// request whose document is a `mutation`. Medium confidence: matched by name. The tables decide for every package
// they name; libraries that are not clients of another system are never vendor writes (knowledge/vendor-writes.ts).
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { knowledge, knownPackageNames, writeTablePackageNames } from '../knowledge/index.js';
import { deployOnlyRest, functionReferenceCalls, heldRetryingClients, vendorVerbModifiers, localBuilderRest, localStaticCreates, modelCallSegments, notVendorClients, repeatSafeVendorMethods, retryingVendorClients, vendorWriteVerbs, writesByArgument } from '../knowledge/vendor-writes.js';
import { discordRoutesModule, draftSendMethod, relationKeptOnceMethod, relationKeptOnceWhy, repeatSafeDiscordRoutes, repeatSafeGraphqlMutations } from '../knowledge/repeat-safe-posts.js';
import { telegramApiRequests } from '../knowledge/telegram-bots.js';
import type { WriteFact, WriteKind } from '../knowledge/types.js';
import { deepPropertyOf, objectLiteralOf, originOf, propertyValue, unwrap, type CalleeRef, type TypeOracle } from './callee.js';
import { classValue, valueOf } from './values.js';
import type { RuleOptions } from './config.js';
import type { ProjectModel } from './project-model.js';
import { majorOfRange } from './project-places.js';
import { dirname } from 'node:path';
import { isNodeBuiltin } from './node-builtins.js';
import { declaredTypeOf, withoutNullish } from './declared-types.js';
import { constInitializer, enclosingFunctionOf, resolveIdentifier } from './scope.js';
import { calleeMatches, findMatch, moduleMatches } from './match.js';
import { classConstructors, declaresMemberNamed } from './class-members.js';
import type { WriteEffect } from './side-effects.js';
import { keyProperty, stringValue, withKey } from './write-keys.js';
import { vendorClientRequest } from './http-writes.js';
import { resultVariable } from './temporary-writes.js';

let tablePackages: string[] | undefined;

/** Whether a module is one the tables speak for, a node builtin, or a library that is not a client of another system. */
function notAVendor(module: string): boolean {
  // A function of the module's name and of constant tables, asked for most calls of every file: answered once a name.
  let known = notAVendorAnswers.get(module);
  if (known === undefined) notAVendorAnswers.set(module, (known = notAVendorByTables(module)));
  return known;
}

const notAVendorAnswers = new Map<string, boolean>();

function notAVendorByTables(module: string): boolean {
  if (module === 'global' || isNodeBuiltin(module)) return true;
  // Retrying vendor clients are in the prefilter's list for their built-in retries, not because a table describes them.
  // So are the agent SDKs that are a server's client (OpenCode's): the tables know their agent run, not their writes.
  tablePackages ??= [...new Set([...knownPackageNames(), ...writeTablePackageNames()])].filter((name) => !retryingVendorClients.some((c) => c.module === name) &&
    !knowledge.agentRunners.some((runner) => runner.vendorClient && runner.module.some((m) => m.replace(/\/\*$/, '') === name)));
  if (tablePackages.some((name) => module === name || module.startsWith(`${name}/`))) return true;
  return isNotAClient(module);
}

function isNotAClient(module: string): boolean {
  return notVendorClients.some((pattern) => {
    if (pattern.endsWith('/*')) return module === pattern.slice(0, -2) || module.startsWith(pattern.slice(0, -1));
    if (pattern.endsWith('-*')) return module.startsWith(pattern.slice(0, -1));
    return module === pattern;
  });
}

/** The write a method name says, after the checks on the name alone: `addTask` → create; `createReadStream` → none. */
export function writeVerbOf(name: string): WriteKind | undefined {
  // quickAddTask (Todoist), batchSend (Mailtrap): a word saying how, before the verb.
  const modified = vendorVerbModifiers.pattern.exec(name);
  if (modified) return writeVerbOf(name.slice(modified[0].length, modified[0].length + 1).toLowerCase() + name.slice(modified[0].length + 1));
  const match = /^([a-z]+)(?=[A-Z_0-9]|$)(.*)$/.exec(name);
  if (!match) return undefined;
  const [, verb, rest] = match as unknown as [string, string, string];
  const kind = vendorWriteVerbs[verb];
  if (!kind) return undefined;
  const builder = localBuilderRest[verb];
  const noun = rest.replace(/^_+/, '');
  if (builder && builder.test(noun)) return undefined;
  if (verb === 'deploy' && !deployOnlyRest.test(noun)) return undefined;
  // createOrUpdate…, addOrReplace…: the name says it sets a record by its key; createOrGet…, createOrDerive… (a get-or-create:
  // @polymarket/clob-client's createOrDeriveApiKey derives the existing API credential when there is one) return the one there.
  if (/^Or(?:Update|Replace|Set|Get|Derive|Fetch|Find|Load|Retrieve|Reuse)/.test(noun)) return 'upsert';
  // databases.createIfNotExists({ id }), containers.createIfNotExists(…) (@azure/cosmos: reads the resource by the id given,
  // creates it only on NotFound — its Containers.createIfNotExists source), a blob's createIfNotExists (@azure/storage-blob:
  // a create conditioned on ifNoneMatch '*'): a get-or-create of the named resource.
  if (/^IfNotExists$/.test(noun) && kind === 'create') return 'upsert';
  // createWithId, addWithId: the caller chooses the record's id, so a repeat writes the same record.
  if (/WithId$/.test(noun) && kind === 'create') return 'upsert';
  // sendTransaction, createPayment, addPayout: money moves.
  if (/^(?:Raw)?(?:Transaction|Payment|Transfer|Payout|Charge|Refund|Invoice)s?$/.test(noun) && kind !== 'append') return 'charge';
  return kind;
}

/** A vendor client that retries this write on its own (unkeyed-retry reads `builtInRetries`). */
function retryingClientFact(module: string, method: string, label: string, write: WriteKind, call: CallExpression, model: ProjectModel): WriteFact | undefined {
  const client = retryingVendorClients.find((c) => c.module === module);
  if (!client || (client.methods && !client.methods.includes(method))) return undefined;
  if (client.sinceMajor !== undefined) {
    // A project on an older major (its package.json says so) has the older client's behaviour.
    const range = model.dependencyRangeAbove(dirname(call.getSourceFile().getFilePath()), module);
    const major = range ? majorOfRange(range) : undefined;
    if (major !== undefined && major < client.sinceMajor) return undefined;
  }
  return {
    label, write, module: [module], path: [], checkedAgainst: client.checkedAgainst,
    builtInRetries: { count: client.count, disableOption: client.disableOption, clientDisable: client.disableOption, disabledAt: client.disabledAt, keyArgument: client.keyArgument },
  };
}

/**
 * `client.rest.post(Routes.channelMessages(id), { body })` on a discord.js `Client`: a request of the retrying client the
 * holder keeps as that member (knowledge/vendor-writes.ts `heldRetryingClients`), whose retries the holder's own option
 * turns off (`new Client({ rest: { retries: 0 } })`).
 */
function heldClientCall(callee: CalleeRef, call: CallExpression, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  const held = callee.instance && callee.path.length >= 2 ? heldRetryingClients.find((h) => h.module === callee.module && callee.path[callee.path.length - 2] === h.member) : undefined;
  if (!held) return undefined;
  const effect = vendorWrite(call, { ...callee, module: held.client, exportName: held.exportName, path: callee.path.slice(-1) }, model, options);
  const retries = effect?.fact?.builtInRetries;
  return effect && retries ? { ...effect, fact: { ...effect.fact!, builtInRetries: { ...retries, clientDisable: held.clientOption } } } : effect;
}

/**
 * `agents.messages.createStream(agentId, { messages })` (Letta): a message created on the server with its answer
 * streamed back, not a stream built in memory (`createStream` alone names a local builder).
 */
function streamedMessageCreate(name: string, resource: string | undefined): boolean {
  return name === 'createStream' && resource === 'messages';
}

/** Cheap, on the syntax alone: a member call whose name says it writes. */
export function mayBeVendorWrite(call: CallExpression): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return false;
  if (writeVerbOf(callee.getName()) !== undefined) return true;
  const holder = callee.getExpression();
  return streamedMessageCreate(callee.getName(), Node.isPropertyAccessExpression(holder) ? holder.getName() : undefined);
}

/** A method of a vendor SDK's client or namespace whose name says it writes. */
export function vendorWrite(call: CallExpression, callee: CalleeRef, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  // A vendor package's exported `request(token, path, { method: 'POST', body })`: its request, by the HTTP method.
  if (!callee.instance && callee.path.length === 0 && callee.exportName === 'request') {
    return notAVendor(callee.module) ? undefined : vendorClientRequest(call, callee.module, callee, model, options) ?? undefined;
  }
  // A namespace's own functions (`addDays`, `createElement`) are not requests; a client's methods are, and so is a
  // vendor class's static `create` (`Sandbox.create()` starts a remote sandbox).
  const staticCreate = !callee.instance && callee.path.length === 1 && callee.path[0] === 'create' && /^[A-Z]/.test(callee.exportName);
  if (!callee.path.length || (!callee.instance && callee.path.length < 2 && !staticCreate)) return undefined;
  if (staticCreate && localStaticCreates.some((fact) => fact.module === callee.module && fact.export.test(callee.exportName))) return undefined;
  const held = heldClientCall(callee, call, model, options);
  if (held) return held;
  if (notAVendor(callee.module)) return undefined;
  // ChatGPTAPI#sendMessage, SomeLLM#createCompletion: a model call under another name, not a write.
  if (/GPT|LLM|Model|Completion|Chat(?:Bot)?API/i.test(callee.exportName)) return undefined;
  const name = callee.path[callee.path.length - 1]!;
  if (callee.path.some((segment) => modelCallSegments.includes(segment))) return undefined;
  // client.request({ method: 'POST', url }), exa.request(path, 'POST', body): the client's own request, by its HTTP method.
  if (name === 'request' && callee.instance) return vendorClientRequest(call, callee.module, callee, model, options) ?? undefined;
  const kind = writeVerbOf(name) ?? (streamedMessageCreate(name, callee.path[callee.path.length - 2]) ? 'create' : undefined);
  if (!kind) return undefined;
  if (buildsInProcess(call, callee, name, model)) return undefined;
  const args = call.getArguments();
  // app.post('/x', handler), queue.add(() => work()): a registration or an in-process job, not a request.
  if (args.some((arg) => Node.isArrowFunction(unwrap(arg)) || Node.isFunctionExpression(unwrap(arg)))) return undefined;
  const label = `${callee.module} ${callee.path.join('.')}`;
  const effect: WriteEffect = { node: call, label, kind, confidence: 'medium', callee, fact: retryingClientFact(callee.module, name, label, kind, call, model) };
  if (kind === 'upsert') return { ...effect, protection: 'an upsert repeats safely' };
  if (relationKeptOnceMethod.test(callee.path.join('.'))) return { ...effect, kind: 'upsert', protection: relationKeptOnceWhy };
  const route = name === 'post' ? repeatSafeDiscordRoute(args[0]) : undefined;
  if (route) return { ...effect, kind: 'upsert', protection: route };
  // `client.inboxes.drafts.send(inboxId, draftId)`: the send consumes the named draft (question 32), a state set at most.
  if (draftSendMethod.test(callee.path.join('.'))) return { ...effect, kind: 'update-set', confidence: 'low' };
  const safe = repeatSafeVendorMethods.find((m) => m.module === callee.module && m.paths.includes(callee.path.join('.')) &&
    (!m.whenProperty || args.some((arg) => deepPropertyOf(objectLiteralOf(arg), m.whenProperty!) !== undefined)));
  if (safe) return { ...effect, protection: safe.why };
  if (releasedInFinally(call)) return { ...effect, protection: 'a temporary resource, released in `finally` before the call returns' };
  // `todoist.addTask(args, requestId)`: the argument the client sends as the request's key.
  const keyArgument = effect.fact?.builtInRetries?.keyArgument;
  const key = visibleKey(args, options) ?? (keyArgument !== undefined ? args[keyArgument] : undefined);
  return key ? withKey(effect, key, model) : effect;
}

/**
 * `convex.mutation(api.messages.createForUser, args)`: a server function run by reference (knowledge/vendor-writes.ts
 * `functionReferenceCalls`), a write when the function's name says one (`createForUser`), as a vendor method's name would.
 */
export function functionReferenceWrite(call: CallExpression, callee: CalleeRef): WriteEffect | undefined {
  const fact = findMatch(functionReferenceCalls, callee);
  const reference = fact ? call.getArguments()[fact.reference] : undefined;
  const name = reference ? referencedFunctionName(reference, 0) : undefined;
  const kind = name ? writeVerbOf(name) : undefined;
  if (!fact || !kind) return undefined;
  const effect: WriteEffect = { node: call, label: `${fact.label} ${callee.path.join('.')} ${name}`, kind, confidence: 'medium', callee };
  return kind === 'upsert' ? { ...effect, protection: 'an upsert repeats safely' } : effect;
}

/** `env.SEND_EMAIL.send(new EmailMessage(…))`: a send known by what it is handed (knowledge/vendor-writes.ts `writesByArgument`). */
export function writeByArgument(call: CallExpression, model: ProjectModel): WriteEffect | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const name = callee.getName();
  for (const fact of writesByArgument) {
    const arg = fact.method === name ? call.getArguments()[fact.arg] : undefined;
    const origin = arg ? originOf(arg, model.types(), 0) : undefined;
    if (origin && calleeMatches(fact.message, origin)) return { node: call, label: fact.label, kind: fact.write, confidence: 'medium' };
  }
  return telegramRequestWrite(call, name, model);
}

/**
 * `client.invoke(new Api.messages.SendMessage({ … }))` (gramJS), `client.send({ '@type': 'sendMessage', … })` (TDLib),
 * `client.invoke({ _: 'forwardMessages', … })` (tdl): a Telegram request whose method its request names
 * (knowledge/telegram-bots.ts `telegramApiRequests`), a write when that name sends, forwards or makes something new.
 */
function telegramRequestWrite(call: CallExpression, method: string, model: ProjectModel): WriteEffect | undefined {
  const facts = telegramApiRequests;
  const arg = call.getArguments()[0];
  if (!arg || !facts.methods.includes(method)) return undefined;
  const request = telegramRequestOf(call, arg, model);
  if (!request || !facts.verbs.test(request.name) || facts.notWrites.test(request.name)) return undefined;
  const kind = writeVerbOf(request.name);
  if (!kind) return undefined;
  const effect: WriteEffect = { node: call, label: `Telegram ${request.name}`, kind, confidence: 'medium' };
  const key = facts.keyProperties.map((name) => propertyValue(deepPropertyOf(request.fields, name))).find((value) => value !== undefined);
  return key ? withKey(effect, key, model) : effect;
}

/** The method a Telegram request names, `sendMessage` (a gramJS class's name with a small first letter), and its fields. */
function telegramRequestOf(call: CallExpression, arg: Node, model: ProjectModel): { name: string; fields: ObjectLiteralExpression | undefined } | undefined {
  const value = unwrap(arg);
  const made = Node.isIdentifier(value) ? constInitializer(value) : value;
  const built = made ? unwrap(made) : undefined;
  if (built && Node.isNewExpression(built)) {
    const origin = originOf(built.getExpression(), model.types(), 0);
    const { module, export: exports } = telegramApiRequests.requestClasses;
    if (!origin || !moduleMatches(module, origin.module) || !exports.includes(origin.exportName) || origin.path.length !== 2) return undefined;
    const className = origin.path[1]!;
    return { name: className.charAt(0).toLowerCase() + className.slice(1), fields: objectLiteralOf(built.getArguments()[0]) };
  }
  if (!toTelegramClient(call, model)) return undefined;
  const fields = objectLiteralOf(arg);
  const named = fields ? telegramApiRequests.nameProperties.map((name) => propertyValue(deepPropertyOf(fields, name))).find((v) => v !== undefined) : undefined;
  const text = named ? stringValue(named) : undefined;
  // mtcute's `messages.sendMessage`: the method after its namespace.
  return text && /^(?:\w+\.)?[a-z]\w*$/.test(text) ? { name: text.split('.').pop()!, fields } : undefined;
}

/**
 * Whether a request object is handed to a Telegram client (knowledge/telegram-bots.ts `telegramApiRequests.clientModules`):
 * the receiver comes from a Telegram package, the file imports one, or the receiver's declared type (or `this` class) is
 * named for TDLib/Telegram, or it is the host's TDLib global.
 */
function toTelegramClient(call: CallExpression, model: ProjectModel): boolean {
  const { clientModules, clientTypeNames, hostGlobals } = telegramApiRequests;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const receiver = unwrap(callee.getExpression());
  const origin = originOf(receiver, model.types(), 0);
  if (origin && moduleMatches(clientModules, origin.module)) return true;
  if (call.getSourceFile().getImportDeclarations().some((d) => moduleMatches(clientModules, d.getModuleSpecifierValue()))) return true;
  const global = Node.isPropertyAccessExpression(receiver) && receiver.getExpression().getText() === 'globalThis' ? receiver.getName() : Node.isIdentifier(receiver) ? receiver.getText() : undefined;
  if (global && hostGlobals.includes(global)) return true;
  if (receiver.getKind() === SyntaxKind.ThisKeyword) {
    const cls = receiver.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
    const name = cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? cls.getName() : undefined;
    return !!name && clientTypeNames.test(name);
  }
  const type = declaredTypeOf(receiver, model);
  const real = type ? withoutNullish(type) : undefined;
  return !!real && Node.isTypeReference(real) && clientTypeNames.test(real.getTypeName().getText().split('.').pop()!);
}

/** The function's own name in a reference: `api.messages.create`, `internal.tasks["create"]`, `"messages:create"`, or a const holding one. */
function referencedFunctionName(node: Node, depth: number): string | undefined {
  const value = unwrap(node);
  if (Node.isPropertyAccessExpression(value)) return value.getName();
  if (Node.isElementAccessExpression(value)) {
    const argument = value.getArgumentExpression();
    return argument && Node.isStringLiteral(argument) ? argument.getLiteralText() : undefined;
  }
  if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) return /[:/]([A-Za-z_$][\w$]*)$/.exec(value.getLiteralText())?.[1];
  if (Node.isIdentifier(value) && depth < 2) {
    const init = constInitializer(value);
    return init ? referencedFunctionName(init, depth + 1) : undefined;
  }
  return undefined;
}

/**
 * `rest.post(Routes.channelTyping(id))` (@discordjs/rest, @sapphire's `container.rest`): a Discord route whose POST a
 * repeat does not duplicate (knowledge/repeat-safe-posts.ts), named through discord-api-types' `Routes`.
 */
function repeatSafeDiscordRoute(arg: Node | undefined): string | undefined {
  const route = arg ? unwrap(arg) : undefined;
  if (!route || !Node.isCallExpression(route)) return undefined;
  const member = route.getExpression();
  if (!Node.isPropertyAccessExpression(member)) return undefined;
  const routes = member.getExpression();
  if (!Node.isIdentifier(routes)) return undefined;
  const binding = resolveIdentifier(routes);
  if (binding.kind !== 'import' || binding.exportName !== 'Routes' || !discordRoutesModule.test(binding.module)) return undefined;
  const entry = repeatSafeDiscordRoutes.find((e) => e.routes.includes(member.getName()) && route.getArguments().length >= (e.minArgs ?? 0));
  return entry?.why;
}

/**
 * `new Transaction().add(SystemProgram.transfer(…))` (@solana/web3.js), `new TransactionBuilder(account, …).addOperation(…)`
 * (Stellar), `tx.transferObjects(…)` on a Sui `new Transaction()`, `new Psbt().addInput(…)`: an instance of a transaction
 * class (or of any `…Builder`) collects parts in memory; nothing reaches another system until it is sent
 * (`connection.sendTransaction(tx)`, `server.submitTransaction(tx)`, `sendAndConfirmTransaction(connection, tx, signers)`), and that send is the write. Only the verbs that
 * put a part in (add, append, insert, create, transfer, pay) — a `send`/`submit`/`execute` on the object stays a write.
 * The part stands for the send where the send may be out of sight: when the function that builds it also calls
 * something named for sending that is not a package client's method (`signOrSendTX(agent, tx.instructions)`, a project
 * helper whose wallet the analysis may not resolve) or hands the transaction back to its caller. A function that only serializes it (`tx.serialize()`, `tx.toXDR()`) for a
 * wallet to sign sends nothing.
 */
function buildsInProcess(call: CallExpression, callee: CalleeRef, name: string, model: ProjectModel): boolean {
  if (!callee.instance) return false;
  if (!/^(?:\w*Transaction|\w*Tx|\w*Builder|Psbt)$/.test(callee.exportName)) return false;
  if (!/^(?:add|append|insert|create|transfer|pay)(?=[A-Z_0-9]|$)/.test(name)) return false;
  const fn = enclosingFunctionOf(call);
  if (!fn) return false;
  const own = (node: Node) => enclosingFunctionOf(node) === fn;
  const sends = fn.getDescendantsOfKind(SyntaxKind.CallExpression).some((other) => {
    const expression = other.getExpression();
    const called = Node.isPropertyAccessExpression(expression) ? expression.getName() : Node.isIdentifier(expression) ? expression.getText() : '';
    if (!/send|submit|broadcast/i.test(called) || !own(other)) return false;
    // `connection.sendTransaction(tx)` on a package client, or a package function the tables know as a write
    // (`sendAndConfirmTransaction(connection, tx, signers)`), is judged as the write it is; the part does not stand for it.
    const sender = model.resolveCall(other);
    return !(sender && sender.module !== 'global' && (sender.instance || sender.path.length > 0 || findMatch(model.knowledge.writes, sender) !== undefined));
  });
  if (sends) return false;
  // The chain the part is added in (`new Transaction().add(a).add(b)`), and the name that holds the transaction.
  let chain: Node = call;
  for (let parent = chain.getParent(); parent && (Node.isPropertyAccessExpression(parent) || (Node.isCallExpression(parent) && parent.getExpression() === chain) || Node.isAwaitExpression(parent) || Node.isParenthesizedExpression(parent)); parent = chain.getParent()) chain = parent;
  const holder = chain.getParent();
  if (holder && (Node.isReturnStatement(holder) || Node.isArrowFunction(holder))) return false;
  let root: Node = call.getExpression();
  while (Node.isPropertyAccessExpression(root) || Node.isCallExpression(root)) root = Node.isPropertyAccessExpression(root) ? root.getExpression() : root.getExpression();
  const names = new Set<string>();
  if (Node.isIdentifier(root)) names.add(root.getText());
  if (holder && Node.isVariableDeclaration(holder) && Node.isIdentifier(holder.getNameNode())) names.add(holder.getName());
  const returned = (node: Node | undefined) => node !== undefined && (Node.isIdentifier(node) ? names.has(node.getText()) :
    node.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => names.has(id.getText()) && !isPropertyName(id) && !serialized(id) && !passedOn(id)));
  if (Node.isArrowFunction(fn) && !Node.isBlock(fn.getBody()) && returned(fn.getBody())) return false;
  return !fn.getDescendantsOfKind(SyntaxKind.ReturnStatement).some((r) => own(r) && returned(r.getExpression()));
}

/** `tx.serialize()`, `tx.toXDR()`: the bytes for a wallet to sign, not the transaction handed on to be sent. */
function serialized(id: Node): boolean {
  const access = id.getParent();
  return access !== undefined && Node.isPropertyAccessExpression(access) && access.getExpression() === id &&
    /^(?:serialize\w*|to(?:XDR|Xdr|Base64|Hex|Buffer|String|JSON))$/.test(access.getName()) && Node.isCallExpression(access.getParent());
}

/** `return connection.sendTransaction(tx, …)`: the transaction goes to the call, which is judged itself. */
function passedOn(id: Node): boolean {
  const parent = id.getParent();
  return parent !== undefined && Node.isCallExpression(parent) && parent.getArguments().includes(id as never);
}

/** `tx` in `{ tx: … }` or `result.tx`: a property's name, not a use of the variable. */
function isPropertyName(id: Node): boolean {
  const parent = id.getParent();
  if (!parent) return false;
  if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === id) return true;
  return Node.isPropertyAssignment(parent) && parent.getNameNode() === id;
}

/**
 * The package client behind a receiver that callee resolution leaves to the project (used only to classify writes;
 * the value stays the project's everywhere else):
 * - an instance of a project class extending a package class, for members the project class does not declare:
 *   `xero.accountingApi.createPayment(…)` with `class TenantXeroClient extends XeroClient` (xero-node),
 *   `this.prisma.task.create(…)` with `class PrismaService extends PrismaClient` (a NestJS service);
 * - the transaction client a `$transaction`/`transaction` callback receives: `prisma.$transaction(async (tx) =>
 *   tx.task.create(…))`, `db.transaction(async (tx) => tx.insert(…))` — the same client's methods.
 * Bounded: a chain of six members, four levels of `extends`.
 */
export function inheritedVendorCallee(call: CallExpression, model: ProjectModel): CalleeRef | undefined {
  const names: string[] = [];
  const prefixes: Node[] = [];
  let node: Node = unwrap(call.getExpression());
  while (Node.isPropertyAccessExpression(node) && names.length < 6) {
    names.unshift(node.getName());
    node = unwrap(node.getExpression());
    prefixes.unshift(node);
  }
  if (!names.length) return undefined;
  const types = model.types();
  const links = types.links;
  if (!links) return undefined;
  for (let i = 0; i < prefixes.length; i++) {
    const prefix = prefixes[i]!;
    if (Node.isThisExpression(prefix)) continue;
    const path = names.slice(i);
    const tx = transactionClient(prefix, model);
    if (tx) return { ...tx, path: [...tx.path, ...path], call, confidence: 'medium' };
    const value = valueOf(prefix, links);
    if (value?.kind !== 'instance') continue;
    const origin = packageBase(value.cls, path[0]!, model);
    return origin ? { ...origin, instance: true, path, call, confidence: 'medium' } : undefined;
  }
  return undefined;
}

/** The package class a project class extends (through project classes), unless the project declares `member` itself. */
function packageBase(start: import('./values.js').ClassNode, member: string, model: ProjectModel): import('./callee.js').ValueOrigin | undefined {
  const links = model.types().links!;
  let cls: import('./values.js').ClassNode | undefined = start;
  for (let level = 0; cls && level < 4; level++) {
    if (declaresMemberNamed(cls, member)) return undefined;
    if (classConstructors(cls).some((c) => c.getParameters().some((p) => p.getName() === member && p.getScope() !== undefined))) return undefined;
    const base = cls.getExtends()?.getExpression();
    if (!base) return undefined;
    const origin = originOf(base, model.types(), 0);
    if (origin) return origin.module === 'global' ? undefined : origin;
    cls = classValue(base, links);
  }
  return undefined;
}

/** `tx` in `client.$transaction(async (tx) => …)`: the client the transaction was opened on. */
function transactionClient(prefix: Node, model: ProjectModel): import('./callee.js').ValueOrigin | undefined {
  if (!Node.isIdentifier(prefix)) return undefined;
  const binding = resolveIdentifier(prefix);
  const parameter = binding.kind === 'local' ? binding.declaration : undefined;
  if (!parameter || !Node.isParameterDeclaration(parameter)) return undefined;
  const fn = parameter.getParent();
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters()[0] !== parameter) return undefined;
  const parent = fn.getParent();
  if (!parent || !Node.isCallExpression(parent) || !parent.getArguments().includes(fn as never)) return undefined;
  let opener: CallExpression = parent;
  let member = opener.getExpression();
  // Kysely: `db.transaction().execute(async (trx) => …)` — the callback goes to `execute` of the transaction builder.
  if (Node.isPropertyAccessExpression(member) && member.getName() === 'execute') {
    let builder: Node = unwrap(member.getExpression());
    while (Node.isCallExpression(builder) && Node.isPropertyAccessExpression(builder.getExpression()) && (builder.getExpression() as import('ts-morph').PropertyAccessExpression).getName() !== 'transaction') {
      builder = unwrap((builder.getExpression() as import('ts-morph').PropertyAccessExpression).getExpression());
    }
    if (Node.isCallExpression(builder)) {
      opener = builder;
      member = builder.getExpression();
    }
  }
  if (!Node.isPropertyAccessExpression(member) || !/^\$?transaction$/.test(member.getName())) return undefined;
  const resolved = model.resolveCall(opener) ?? inheritedVendorCallee(opener, model);
  if (!resolved || !resolved.instance) return undefined;
  return { ...resolved, path: resolved.path.slice(0, -1) };
}

/**
 * `const session = await client.sessions.create(); try { … } finally { await client.sessions.release(session.id) }`: a
 * resource that lives only while the call runs leaves nothing behind to duplicate (README question 6).
 */
function releasedInFinally(call: CallExpression): boolean {
  const name = resultVariable(call)?.name;
  if (name === undefined) return false;
  const fn = enclosingFunctionOf(call);
  if (!fn) return false;
  const uses = new RegExp(`\\b${name}\\b`);
  return fn.getDescendantsOfKind(SyntaxKind.TryStatement).some((statement) => {
    const block = statement.getFinallyBlock();
    return block !== undefined && block.getStart() > call.getStart() &&
      block.getDescendantsOfKind(SyntaxKind.CallExpression).some((release) => {
        const callee = release.getExpression();
        return Node.isPropertyAccessExpression(callee) && /^(?:release|delete|del|remove|close|stop|destroy|kill|terminate|end|dispose)\w*$/.test(callee.getName()) &&
          uses.test(release.getText());
      });
  });
}

/** An idempotency key passed in any object argument (`{ idempotencyKey }`, headers with `Idempotency-Key`) or as a named variable. */
function visibleKey(args: Node[], options: RuleOptions): Node | undefined {
  for (const arg of args) {
    const value = unwrap(arg);
    if (Node.isIdentifier(value) && /idempotency|dedup/i.test(value.getText())) return value;
    const object = objectLiteralOf(arg);
    if (!object) continue;
    const key = keyProperty(object, [], options) ?? keyProperty(objectLiteralOf(propertyValue(object.getProperty('headers'))), [], options);
    if (key) return key;
  }
  return undefined;
}

const MUTATION = /^(?:\s|#[^\n]*\n)*mutation\b\s*(\w*)[^{]*\{\s*(\w+)/;

/**
 * A GraphQL request whose document is a `mutation`, whatever sends it (`client.request(CREATE_ITEM, vars)`,
 * `api.mutate({ mutation })`, a project helper taking the document): a write, judged by the operation's name or
 * its first field (`create_item`, `updateIssue`). The document may be a literal, a `gql` template or a const holding one.
 */
export function graphqlMutation(call: CallExpression, callee: CalleeRef | undefined, model: ProjectModel): WriteEffect | undefined {
  // JSON.stringify({ query }), console.log(doc), a logger: not what sends the document.
  if (callee && (callee.module === 'global' || isNotAClient(callee.module))) return undefined;
  const args = call.getArguments();
  const first = args[0];
  if (!first) return undefined;
  const object = objectLiteralOf(first);
  const candidates = object
    ? ['mutation', 'query', 'document'].map((name) => propertyValue(object.getProperty(name))).filter((n): n is Node => n !== undefined)
    : [first];
  for (const candidate of candidates) {
    const text = documentText(candidate, model.types(), 0);
    const match = text ? MUTATION.exec(text) : null;
    if (!match) continue;
    const safe = repeatSafeGraphqlMutations.find((entry) => entry.fields.includes(match[2] ?? ''));
    const kind: WriteKind = safe?.kind ?? nameKind(match[2] ?? '') ?? nameKind(match[1] ?? '') ?? 'create';
    const base: WriteEffect = { node: call, label: `GraphQL mutation ${(match[1] || match[2])!}`, kind, confidence: 'medium' };
    if (safe?.kind === 'upsert') return { ...base, protection: safe.why };
    if (kind === 'upsert') return { ...base, protection: 'an upsert repeats safely' };
    if (kind === 'update-set' || kind === 'delete-id') return { ...base, confidence: 'low' };
    return base;
  }
  return undefined;
}

/** Whether a GraphQL document (a literal, a `gql` template, a const holding one) is a mutation; undefined when its text is not visible. */
export function isMutationDocument(node: Node, model: ProjectModel): boolean | undefined {
  const text = documentText(node, model.types(), 0);
  return text === undefined ? undefined : /^(?:\s|#[^\n]*\n)*mutation\b/.test(text);
}

/**
 * What a mutation does, from a name: its first field (the operation the API runs, `productUpdate`) before the
 * operation's own name (the client's label for it, `productUpdateHandle`). The verb is the first word (`CreateItem`,
 * `change_column_value`), else the last (noun first, verb last: Railway's `serviceDomainDelete`, Shopify's
 * `productUpdate`, `draftOrderComplete`), else a word between (`productDeleteMedia`, `collectionRemoveProducts`).
 */
function nameKind(name: string): WriteKind | undefined {
  const words = name.split(/_+|(?<=[a-z0-9])(?=[A-Z])/).map((word) => word.toLowerCase()).filter(Boolean);
  if (words.length === 0) return undefined;
  const first = mutationKind(words[0]!);
  if (first || words.length === 1) return first;
  return mutationKind(words[words.length - 1]!) ?? words.slice(1, -1).map(mutationKind).find((kind) => kind !== undefined);
}

function mutationKind(verb: string): WriteKind | undefined {
  if (verb === 'upsert') return 'upsert';
  if (/^(?:update|change|set|edit|archive|unarchive|rename|move|mark|assign|unassign|enable|disable|toggle|patch|replace|complete|approve|close|reopen|resolve|unresolve|lock|unlock|activate|deactivate|attach|detach)$/.test(verb)) return 'update-set';
  if (/^(?:delete|remove|destroy|cancel|clear)$/.test(verb)) return 'delete-id';
  if (/^(?:create|add|insert|send|post|deploy|redeploy|trigger|start|run|execute|duplicate|copy|clone|generate|invite|submit|publish|upload|import|restart)$/.test(verb)) return 'create';
  return undefined;
}

/** The text of a GraphQL document: a string, a template, `gql\`…\``, `graphql(\`…\`)`, or a const holding one. */
function documentText(node: Node, types: TypeOracle | undefined, depth: number): string | undefined {
  if (depth > 3) return undefined;
  const value = unwrap(node);
  if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) return value.getLiteralText();
  if (Node.isTemplateExpression(value)) return value.getHead().getLiteralText();
  if (Node.isTaggedTemplateExpression(value)) return documentText(value.getTemplate(), types, depth + 1);
  if (Node.isCallExpression(value) && value.getArguments().length === 1 && /(?:^|\.)(?:gql|graphql|parse)$/.test(value.getExpression().getText())) return documentText(value.getArguments()[0]!, types, depth + 1);
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    // A document kept in another project file: `import { CREATE_ITEM } from './queries'`.
    const declaration = binding.kind === 'local' ? binding.declaration
      : binding.kind === 'import' ? types?.importedDeclaration?.(value, binding.module, binding.exportName) : undefined;
    const init = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
    return init ? documentText(init, types, depth + 1) : undefined;
  }
  return undefined;
}

// A unique-key violation is the database's conflict: Postgres 23505 (`unique_violation`), Prisma P2002, MySQL ER_DUP_ENTRY,
// MongoDB's duplicate key 11000, or a project helper named for it (`isUniqueConstraintError(e)`).
const CONFLICT = /\b409\b|already\s*exists|AlreadyExists|\bConflict(?:Error|Exception)?\b|['"]23505['"]|[Uu]nique_?[Cc]onstraint|[Uu]nique_?[Vv]iolation|['"]P2002['"]|ER_DUP_ENTRY|\bE?11000\b|[Dd]uplicate_?[Kk]ey/;

/**
 * `try { await client.createNeonAuth(…) } catch (e) { if (e.status === 409) return existing() … }`: the server refuses a
 * second copy (a conflict) and the code takes the existing one — a repeat creates nothing new (README question 6).
 */
export function conflictTakenAsDone(call: Node): boolean {
  const tryStatement = call.getFirstAncestor((a) => Node.isTryStatement(a) || Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  if (tryStatement && Node.isTryStatement(tryStatement) && tryStatement.getTryBlock().containsRange(call.getPos(), call.getEnd())) {
    const block = tryStatement.getCatchClause()?.getBlock();
    if (block && takesConflictAsDone(block)) return true;
  }
  const handler = promiseCatchHandler(call);
  return handler !== undefined && takesConflictAsDone(handler);
}

/**
 * `if (e.status === 409) return existing()`, or `if (e.status !== 409) throw e; return getByName(…)`: the conflict ends in
 * a return, every other failure is thrown on.
 */
function takesConflictAsDone(body: Node): boolean {
  const ends = (statement: Node, kind: SyntaxKind) => statement.getKind() === kind || (Node.isBlock(statement) && statement.getStatements().some((s) => s.getKind() === kind));
  return body.getDescendantsOfKind(SyntaxKind.IfStatement).some((statement) => {
    const condition = statement.getExpression().getText();
    if (!CONFLICT.test(condition)) return false;
    const then = statement.getThenStatement();
    if (ends(then, SyntaxKind.ReturnStatement)) return true;
    return /!==?|^!/.test(condition) && ends(then, SyntaxKind.ThrowStatement);
  });
}

/**
 * The handler of a `.catch(handler)` on the promise the call's result flows into, through callbacks it is handed in
 * (`retry(async () => api.create(…)).catch(async (e) => …)`), within the function that makes the call.
 */
function promiseCatchHandler(call: Node): Node | undefined {
  let node: Node = call;
  for (let up = 0; up < 12; up++) {
    const parent = node.getParent();
    if (!parent) return undefined;
    if (Node.isFunctionDeclaration(parent) || Node.isMethodDeclaration(parent) || Node.isConstructorDeclaration(parent) || Node.isSourceFile(parent)) return undefined;
    if ((Node.isArrowFunction(parent) || Node.isFunctionExpression(parent)) && !Node.isCallExpression(parent.getParent() ?? parent)) return undefined;
    if (Node.isPropertyAccessExpression(parent) && parent.getName() === 'catch' && parent.getExpression() === node) {
      const chained = parent.getParent();
      const handler = chained && Node.isCallExpression(chained) ? chained.getArguments()[0] : undefined;
      if (handler && (Node.isArrowFunction(handler) || Node.isFunctionExpression(handler))) return handler.getBody();
    }
    node = parent;
  }
  return undefined;
}

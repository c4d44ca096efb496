// parameterContractType: the package type of a parameter (or a property of a destructured one) that carries no
// TypeScript annotation but is declared all the same — by a JSDoc `@param {import("@slack/web-api").WebClient}
// params.client` in a JavaScript file, or by the package the function is handed to (a Slack Bolt listener's
// `{ say, client }`, knowledge/slack-bolt.ts).
import { Node, SyntaxKind, type MethodDeclaration } from 'ts-morph';
import { knowledge } from '../knowledge/index.js';
import type { CallPattern } from '../knowledge/types.js';
import { descendantsOfKind } from './kind-index.js';
import { calleeMatches } from './match.js';
import { resolveIdentifier } from './scope.js';

/** What a value expression is, as callee resolution says (passed in: this module is below callee.ts). */
type Resolve = (expression: Node) => Parameters<typeof calleeMatches>[1] | undefined;

/**
 * Where a project function a listener is handed to hands it on (`onSchedule(inngest, id, cron, handler)` whose body calls
 * `client.createFunction({ id }, { cron }, handler)`): the references to that parameter written as arguments of calls in
 * the function's body (passed in: finding the function a call runs needs the project).
 */
export type Forwards = (fn: Node) => Node[];

/**
 * The calls of the project function that returns a listener (`makeMemberJoined(deps)` returning `async ({ client }) =>
 * …`), where the listener it makes is handed to a registration (`app.event('member_joined_channel', makeMemberJoined(deps))`)
 * — passed in, like Forwards.
 */
export type MadeBy = (fn: Node) => Node[];

export interface DeclaredPackageType {
  module: string;
  exportName: string;
}

const JS_FILE = /\.(?:js|jsx|mjs|cjs)$/;
// `{import("pkg").Client}`, or `{import("pkg")}` alone: the module, whose export is the client class (`export =`).
const PARAM_TAG = /@param\s+\{\s*import\(\s*["']([^"']+)["']\s*\)(?:\.([A-Za-z_$][\w$]*))?(?:<[^}]*>)?\s*\}\s+\[?([\w$.]+)/g;
/** Nodes between a function and the statement its JSDoc comment sits on (`export const f = async ({ say }) => …`). */
const MAX_UP = 4;

export function parameterContractType(declaration: Node, resolve: Resolve, forwards?: Forwards, madeBy?: MadeBy): DeclaredPackageType | undefined {
  return jsDocParameterType(declaration) ?? listenerArgumentType(declaration, resolve, forwards, madeBy) ?? listenerParameterType(declaration, resolve, forwards, madeBy);
}

/** `serve(async (context) => …)`: the parameter the package fills, taken whole. */
function listenerParameterType(declaration: Node, resolve: Resolve, forwards?: Forwards, madeBy?: MadeBy): DeclaredPackageType | undefined {
  if (!Node.isParameterDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) return undefined;
  const fn = declaration.getParent();
  if (!fn) return undefined;
  const parameters = (fn as { getParameters?(): Node[] }).getParameters?.() ?? [];
  const index = parameters.indexOf(declaration);
  if (index === 0) {
    const byEvent = eventListenerType(fn, resolve);
    if (byEvent) return byEvent;
  }
  // `execute(client, message)` in an event file whose loader hands its client first: the event's object is the other one.
  if (index > 0 && parameters.length === 2 && CLIENT_PARAMETER.test(parameters[0]!.getText()) && isModuleMember(fn)) {
    const byEvent = eventListenerType(fn, resolve);
    if (byEvent) return byEvent;
  }
  const command = commandParameterType(fn, declaration, parameters, resolve);
  if (command) return command;
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || isObjectMethod(fn))) return undefined;
  for (const contract of knowledge.listenerContracts) {
    if (contract.arity !== undefined && parameters.length !== contract.arity) continue;
    if (contract.self && (contract.param ?? 0) === index && handedTo(fn, contract, resolve, forwards, madeBy)) return contract.self;
  }
  return undefined;
}

type Contract = (typeof knowledge.listenerContracts)[number];

/**
 * `client.on(Events.MessageCreate, async (message) => …)`, or the guide's event file `{ name: Events.MessageCreate,
 * execute(message) { … } }`: the listener's first parameter is what the package hands for that event.
 */
function eventListenerType(fn: Node, resolve: Resolve): DeclaredPackageType | undefined {
  const holder = fn.getParent();
  for (const contract of knowledge.listenerContracts) {
    const events = contract.events;
    if (!events) continue;
    if ((Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && holder && Node.isCallExpression(holder) && holder.getArguments()[1] === fn) {
      if (!handedTo(fn, contract, resolve)) continue;
      const event = eventName(holder.getArguments()[0], contract, resolve);
      if (event && events.types[event]) return events.types[event];
      continue;
    }
    if (!events.module) continue;
    // `execute(message) { … }` or `execute: async (message) => …` in an object literal naming the event.
    const member = Node.isMethodDeclaration(fn) ? fn : holder && Node.isPropertyAssignment(holder) && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? holder : undefined;
    const object = member?.getParent();
    if (!member || !object || !Node.isObjectLiteralExpression(object) || (member as { getName(): string }).getName() !== events.module.method) continue;
    for (const key of [events.module.nameKey, ...(events.otherNameKeys ?? [])]) {
      const named = object.getProperty(key);
      const value = named && Node.isPropertyAssignment(named) ? named.getInitializer() : undefined;
      // Only the package's enum names an event here: a bare string `name` is any project's command table.
      if (!value || !Node.isPropertyAccessExpression(value)) continue;
      const event = eventName(value, contract, resolve);
      if (event && events.types[event]) return events.types[event];
    }
  }
  return undefined;
}

/** The name a loader's client goes by when it hands it to an event file's `execute` before the event's own arguments. */
const CLIENT_PARAMETER = /^(?:client|bot|_client)$/;

/** `execute(…) { … }` or `execute: async (…) => …` as a member of an object literal. */
function isModuleMember(fn: Node): boolean {
  if (Node.isMethodDeclaration(fn)) return Node.isObjectLiteralExpression(fn.getParent());
  const holder = fn.getParent();
  return (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && holder !== undefined && Node.isPropertyAssignment(holder);
}

/**
 * A command file (`{ data: new SlashCommandBuilder().setName('ask')…, async execute(interaction) { … } }`): the parameter
 * of its `execute` that the package's contract types — the only one, or the one named like an interaction.
 */
function commandParameterType(fn: Node, declaration: Node, parameters: Node[], resolve: Resolve): DeclaredPackageType | undefined {
  if (!isModuleMember(fn)) return undefined;
  const member = Node.isMethodDeclaration(fn) ? fn : fn.getParent()!;
  const object = member.getParent();
  if (!object || !Node.isObjectLiteralExpression(object)) return undefined;
  for (const contract of knowledge.listenerContracts) {
    const command = contract.commandModule;
    if (!command || (member as unknown as { getName(): string }).getName() !== command.method) continue;
    const wanted = parameters.length === 1 ? parameters[0] : parameters.find((p) => command.parameterName.test(p.getText()));
    if (wanted !== declaration) continue;
    const data = object.getProperty(command.dataKey);
    const value = data && Node.isPropertyAssignment(data) ? data.getInitializer() : undefined;
    const built = value ? builderCreation(value) : undefined;
    const builder = built ? resolve(built.getExpression()) : undefined;
    if (builder && calleeMatches({ ...command.builders, path: [''] }, builder)) return command.type;
  }
  return undefined;
}

/** The `new Builder()` a builder chain starts from (`new SlashCommandBuilder().setName('x').addStringOption(…)`). */
function builderCreation(value: Node): import('ts-morph').NewExpression | undefined {
  let node: Node = value;
  for (let i = 0; i < 40; i++) {
    if (Node.isNewExpression(node)) return node;
    if (Node.isCallExpression(node) && Node.isPropertyAccessExpression(node.getExpression())) {
      node = (node.getExpression() as import('ts-morph').PropertyAccessExpression).getExpression();
      continue;
    }
    if (Node.isParenthesizedExpression(node)) {
      node = node.getExpression();
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** `'messageCreate'`, or `Events.MessageCreate` with `Events` the package's enum. */
function eventName(arg: Node | undefined, contract: Contract, resolve: Resolve): string | undefined {
  const events = contract.events!;
  if (!arg) return undefined;
  if (Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg)) return arg.getLiteralValue();
  if (!Node.isPropertyAccessExpression(arg)) return undefined;
  const member = events.enumExport.members[arg.getName()];
  if (!member) return undefined;
  const origin = resolve(arg.getExpression());
  return origin && calleeMatches({ module: [events.enumExport.module], export: [events.enumExport.export], instance: false, path: [''] }, origin) ? member : undefined;
}

/** The JSDoc type of a parameter (`name`) or of a destructured parameter's property (`*.name`). */
function jsDocParameterType(declaration: Node): DeclaredPackageType | undefined {
  if (!JS_FILE.test(declaration.getSourceFile().getFilePath())) return undefined;
  let parameter: Node | undefined;
  let wanted: (tagName: string) => boolean;
  if (Node.isParameterDeclaration(declaration)) {
    parameter = declaration;
    const name = declaration.getName();
    wanted = (tagName) => tagName === name;
  } else if (Node.isBindingElement(declaration)) {
    parameter = declaration.getParent()?.getParent();
    if (!parameter || !Node.isParameterDeclaration(parameter)) return undefined;
    const key = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
    wanted = (tagName) => tagName.endsWith(`.${key}`) && tagName.split('.').length === 2;
  } else {
    return undefined;
  }
  const fn = parameter.getParent();
  for (const tag of paramTags(fn)) {
    if (wanted(tag.name)) return { module: tag.module, exportName: tag.exportName };
  }
  return Node.isBindingElement(declaration) ? documentedListenerArgument(declaration, parameter, fn) : undefined;
}

const WHOLE_PARAM_TAG = /@param\s+\{((?:[^{}]|\{[^{}]*\})*)\}\s+\[?([\w$]+)/g;
const IMPORTED_TYPE = /import\(\s*["']([^"']+)["']\s*\)\.([A-Za-z_$][\w$]*)/g;

/**
 * `@param {import('@slack/bolt').AllMiddlewareArgs & import('@slack/bolt').SlackEventMiddlewareArgs<'app_mention'>} args`
 * over `async function handle({ client, say })`: the parameter is the package's listener arguments, so each
 * destructured property is what the package hands its listeners (knowledge/slack-bolt.ts).
 */
function documentedListenerArgument(element: Node, parameter: Node, fn: Node | undefined): DeclaredPackageType | undefined {
  if (!Node.isBindingElement(element) || !fn || !('getParameters' in fn)) return undefined;
  const index = (fn as { getParameters(): Node[] }).getParameters().indexOf(parameter);
  const key = element.getPropertyNameNode()?.getText() ?? element.getName();
  const tag = wholeParamTags(fn)[index];
  if (!tag) return undefined;
  const named = [...tag.matchAll(IMPORTED_TYPE)].map((m) => ({ module: m[1]!, name: m[2]! }));
  for (const contract of knowledge.listenerContracts) {
    const type = contract.args[key];
    const documented = contract.argsTypes !== undefined && named.some((t) => t.module === contract.argsTypes!.module && contract.argsTypes!.names.includes(t.name));
    if (type && documented) return type;
  }
  return undefined;
}

/** The type text of each `@param` tag naming a whole parameter (no dotted name), in order. */
function wholeParamTags(fn: Node): string[] {
  let node: Node | undefined = fn;
  for (let up = 0; node && up < MAX_UP; up++, node = node.getParent()) {
    const text = node.getLeadingCommentRanges().map((range) => range.getText()).join('\n');
    if (!text.includes('@param')) continue;
    return [...text.matchAll(WHOLE_PARAM_TAG)].filter((m) => !m[2]!.includes('.')).map((m) => m[1]!);
  }
  return [];
}

function paramTags(fn: Node | undefined): Array<{ name: string } & DeclaredPackageType> {
  let node: Node | undefined = fn;
  for (let up = 0; node && up < MAX_UP; up++, node = node.getParent()) {
    const text = node.getLeadingCommentRanges().map((range) => range.getText()).join('\n');
    if (!text.includes('@param')) continue;
    return [...text.matchAll(PARAM_TAG)].map((m) => ({ module: m[1]!, exportName: m[2] ?? 'default', name: m[3]! }));
  }
  return [];
}

/**
 * `app.event('app_mention', async ({ say, client }) => …)`, `new Assistant({ threadStarted: async ({ say }) => … })`:
 * the arguments the package hands its listeners.
 */
function listenerArgumentType(declaration: Node, resolve: Resolve, forwards?: Forwards, madeBy?: MadeBy): DeclaredPackageType | undefined {
  if (!Node.isBindingElement(declaration)) return undefined;
  const parameter = destructuredParameter(declaration);
  const fn = parameter?.getParent();
  if (!parameter || !Node.isParameterDeclaration(parameter) || !fn) return undefined;
  const inline = Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || isObjectMethod(fn);
  // A class's method handed to a registration bound (`app.event('app_mention', this.onMention.bind(this))`), or typed
  // with the listener arguments' type: the method is the listener.
  const classMethod = Node.isMethodDeclaration(fn) && Node.isClassDeclaration(fn.getParent());
  if (!inline && !classMethod) return undefined;
  const index = fn.getParameters().indexOf(parameter);
  const key = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
  for (const contract of knowledge.listenerContracts) {
    const type = contract.args[key];
    if (!type || (contract.param ?? 0) !== index) continue;
    if (typedAsListener(fn, parameter, contract)) return type;
    if (inline ? handedTo(fn, contract, resolve, forwards, madeBy) : handedBound(fn as MethodDeclaration, contract, resolve)) return type;
  }
  return undefined;
}

/**
 * The parameter a binding element destructures: in the signature (`async ({ say }) => …`), or in the function's body
 * from the parameter taken whole (`const { event, say } = args`).
 */
function destructuredParameter(element: Node): Node | undefined {
  const holder = element.getParent()?.getParent();
  if (!holder || Node.isParameterDeclaration(holder)) return holder;
  if (!Node.isVariableDeclaration(holder)) return undefined;
  const init = holder.getInitializer();
  if (!init || !Node.isIdentifier(init)) return undefined;
  const binding = resolveIdentifier(init);
  if (binding.kind !== 'local' || !Node.isParameterDeclaration(binding.declaration)) return undefined;
  // Only the listener's own parameter, destructured in the listener itself.
  const fn = binding.declaration.getParent();
  return fn && fn.containsRange(holder.getPos(), holder.getEnd()) ? binding.declaration : undefined;
}

/** `this.app.event('app_mention', this.onMention.bind(this))` in the method's class: a registration handed the method. */
function handedBound(method: MethodDeclaration, contract: Contract, resolve: Resolve): boolean {
  const cls = method.getParent();
  if (!contract.registeredOn || !cls) return false;
  const name = method.getName();
  for (const call of descendantsOfKind(cls, SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !contract.registrations?.includes(callee.getName())) continue;
    if (!call.getArguments().some((arg) => namesOwnMethod(arg, name))) continue;
    const target = resolve(callee.getExpression());
    if (target !== undefined && matchesInstance(contract.registeredOn, target)) return true;
  }
  return false;
}

/** `this.onMention` or `this.onMention.bind(this)`. */
function namesOwnMethod(arg: Node, name: string): boolean {
  const bound = Node.isCallExpression(arg) ? arg.getExpression() : undefined;
  const node = bound && Node.isPropertyAccessExpression(bound) && bound.getName() === 'bind' ? bound.getExpression() : arg;
  return Node.isPropertyAccessExpression(node) && node.getName() === name && Node.isThisExpression(node.getExpression());
}

/**
 * A listener written apart from its registration and typed by the package: its parameter names the listener
 * arguments' type (`({ client }: AllMiddlewareArgs & SlackViewMiddlewareArgs) => …`), or the variable holding it names
 * the listener's own type (`const onMessage: AssistantUserMessageMiddleware = async ({ say }) => …`).
 */
function typedAsListener(fn: Node, parameter: Node, contract: (typeof knowledge.listenerContracts)[number]): boolean {
  const names = contract.argsTypes;
  if (!names) return false;
  const holder = fn.getParent();
  const written = [
    Node.isParameterDeclaration(parameter) ? parameter.getTypeNode() : undefined,
    holder && Node.isVariableDeclaration(holder) && holder.getInitializer() === fn ? holder.getTypeNode() : undefined,
  ];
  for (const typeNode of written) {
    if (!typeNode) continue;
    const references = Node.isTypeReference(typeNode) ? [typeNode, ...descendantsOfKind(typeNode, SyntaxKind.TypeReference)] : descendantsOfKind(typeNode, SyntaxKind.TypeReference);
    for (const reference of references) {
      const name = reference.getTypeName();
      if (!Node.isIdentifier(name)) continue;
      const binding = resolveIdentifier(name);
      if (binding.kind === 'import' && binding.module === names.module && names.names.includes(binding.exportName)) return true;
    }
  }
  return false;
}

/** Whether a listener is handed to the contract's registration (or configuration), or to a project function that hands it on. */
function handedTo(fn: Node, contract: Contract, resolve: Resolve, forwards?: Forwards, madeBy?: MadeBy): boolean {
  const holder = fn.getParent();
  if (holder && Node.isCallExpression(holder) && holder.getArguments().includes(fn as never)) {
    return registeredBy(fn, contract, resolve) || (forwards?.(fn).some((reference) => registeredBy(reference, contract, resolve)) ?? false);
  }
  // A listener a factory returns: handed over where the factory's call is an argument of the registration.
  if (holder && (Node.isReturnStatement(holder) || Node.isArrowFunction(holder)) && madeBy?.(fn).some((call) => registeredBy(call, contract, resolve))) return true;
  // new Assistant({ threadStarted: listener }), createTool({ handler: listener }), createStep({ async execute({ mastra }) {} })
  const member = isObjectMethod(fn) ? fn : holder && Node.isPropertyAssignment(holder) ? holder : undefined;
  const object = member && contract.configCallbacks?.includes(member.getName()) ? member.getParent() : undefined;
  // customActionProvider([{ name, invoke }, …]): an option object in an array argument.
  const list = object?.getParent();
  const given = list && Node.isArrayLiteralExpression(list) ? list : object;
  const created = given?.getParent();
  if (!contract.configuredBy || !created || !(Node.isNewExpression(created) || Node.isCallExpression(created)) || created.getArguments()[0] !== given) return false;
  const constructor = resolve(created.getExpression());
  return constructor !== undefined && calleeMatches({ ...contract.configuredBy, path: [''] }, constructor);
}

/** app.event(name, listener): a listener argument of a registration method on the package's instance; serve(listener). */
function registeredBy(fn: Node, contract: Contract, resolve: Resolve): boolean {
  const holder = fn.getParent();
  if (!holder || !Node.isCallExpression(holder) || !holder.getArguments().includes(fn as never)) return false;
  const callee = holder.getExpression();
  // serve(listener): a package function taking the listener itself
  if (contract.passedTo && holder.getArguments()[contract.passedTo.arg] === fn) {
    const target = resolve(callee);
    if (target !== undefined && calleeMatches({ ...contract.passedTo, path: [''] }, target)) return true;
  }
  if (!contract.registeredOn || !Node.isPropertyAccessExpression(callee) || !contract.registrations?.includes(callee.getName())) return false;
  const target = resolve(callee.getExpression());
  return target !== undefined && matchesInstance(contract.registeredOn, target);
}

/** A method written in an object literal (`{ async execute(args) { … } }`), the shorthand of a function-valued property. */
function isObjectMethod(fn: Node): fn is MethodDeclaration {
  return Node.isMethodDeclaration(fn) && Node.isObjectLiteralExpression(fn.getParent());
}

function matchesInstance(pattern: Omit<CallPattern, 'path'>, origin: NonNullable<ReturnType<Resolve>>): boolean {
  return calleeMatches({ ...pattern, path: [''] }, origin);
}

/**
 * An untyped parameter (or a destructured parameter's property) that a package's users name after the object the
 * package hands them (knowledge `conventionalParameters`: discord.js's `message`, `interaction`, `channel`), in a package
 * depending on that package and on none whose objects go by the same names, of a function no project code calls (a
 * command module loaded by folder, a tool table's function): that object. A JSDoc type naming one of the package's
 * exports bare or through a namespace (`@param {Discord.Message} msg`) says so too; one naming anything else, or a
 * TypeScript type other than `any`, is left to what it says. `dependsOn` reads the nearest package.json listing the
 * package; `called` says whether project code calls the function (then what its callers pass decides).
 */
export function conventionalParameterType(declaration: Node, dependsOn: (module: string) => boolean, called: (fn: Node) => boolean): DeclaredPackageType | undefined {
  let parameter: Node | undefined;
  let name: string;
  if (Node.isParameterDeclaration(declaration) && Node.isIdentifier(declaration.getNameNode())) {
    parameter = declaration;
    name = declaration.getName();
  } else if (Node.isBindingElement(declaration) && !declaration.getDotDotDotToken() && Node.isIdentifier(declaration.getNameNode())) {
    const holder = declaration.getParent()?.getParent();
    if (!holder || !Node.isParameterDeclaration(holder)) return undefined;
    parameter = holder;
    name = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
  } else {
    return undefined;
  }
  if (!Node.isParameterDeclaration(parameter)) return undefined;
  const written = parameter.getTypeNode();
  if (written && written.getKind() !== SyntaxKind.AnyKeyword) return undefined;
  const fn = parameter.getParent();
  if (!fn) return undefined;
  const documented = Node.isParameterDeclaration(declaration) ? documentedTypeName(fn, name) : undefined;
  for (const convention of knowledge.conventionalParameters) {
    let exportName: string | undefined;
    if (documented !== undefined) {
      exportName = convention.documentedTypes.includes(documented) ? documented : undefined;
    } else {
      exportName = convention.names.find((n) => conventionPattern(n.pattern).test(name))?.exportName;
    }
    if (!exportName || !dependsOn(convention.module) || convention.notWith.some(dependsOn) || called(fn)) continue;
    return { module: convention.module, exportName };
  }
  return undefined;
}

const conventionPatterns = new Map<string, RegExp>();
function conventionPattern(source: string): RegExp {
  let pattern = conventionPatterns.get(source);
  if (!pattern) conventionPatterns.set(source, (pattern = new RegExp(`^(?:${source})$`, 'i')));
  return pattern;
}

/** The type a JSDoc `@param` tag gives a parameter, as the last name of its first member (`{Discord.Message | X}` → `Message`); '' for one that names no type. */
function documentedTypeName(fn: Node, parameterName: string): string | undefined {
  let node: Node | undefined = fn;
  for (let up = 0; node && up < MAX_UP; up++, node = node.getParent()) {
    const text = node.getLeadingCommentRanges().map((range) => range.getText()).join('\n');
    if (!text.includes('@param')) continue;
    for (const match of text.matchAll(WHOLE_PARAM_TAG)) {
      if (match[2] !== parameterName) continue;
      const first = match[1]!.split('|')[0]!.trim();
      const named = /^(?:[A-Za-z_$][\w$]*\.)?([A-Za-z_$][\w$]*)(?:<.*>)?$/.exec(first);
      return named ? named[1]! : '';
    }
    return undefined;
  }
  return undefined;
}

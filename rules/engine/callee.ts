// What a call calls: the package export (or global) at the root of the callee, the member path after it,
// and the client instance in between with the options it was created with. Syntax first (imports,
// scopes, const initialisers, type annotations); the type checker only when syntax cannot decide.
import {
  Node,
  SyntaxKind,
  type BindingElement,
  type CallExpression,
  type ClassDeclaration,
  type ClassExpression,
  type Expression,
  type Identifier,
  type NewExpression,
  type ObjectLiteralExpression,
  type ParameterDeclaration,
  type TypeNode,
  ts,
} from 'ts-morph';
import { conventionalParameterType as parameterContractConvention, parameterContractType } from './parameter-contracts.js';
import { dirname } from 'node:path';
import { COMMONJS_MODULE, constInitializer, functionReturning, isConstDeclaration, loadSpecifier, resolveIdentifier, returnedExpressionsOf } from './scope.js';
import { aliasedType, declaredTypeOf, isProjectMethodReference, methodReturnTypeOf, parameterTypeOf, typeDeclaration, withoutNullish } from './declared-types.js';
import { unwrapValue, valueOf, type ProjectLinks, type ProjectValue } from './values.js';
import { descendantsOfKind } from './kind-index.js';
import { knowledge } from '../knowledge/index.js';
import { DECLARED_GLOBAL } from '../knowledge/http-clients.js';
import { isDeclaredFetch } from './declared-globals.js';
import { findMatch } from './match.js';
import type { Confidence } from './types.js';
import { classConstructors, classProperty, declaresMemberNamed } from './class-members.js';

export interface ValueOrigin {
  /** Import specifier, or 'global' for a global name. */
  module: string;
  /** The imported name ('default', a named export, '*' for a namespace) or the global's name. */
  exportName: string;
  /** Member path from the export to the value (e.g. ['chat', 'completions']). */
  path: string[];
  /** Whether the value is (derived from) an instance made with `new X()` or a factory call. */
  instance: boolean;
  /** Options object of the constructor/factory call that made the instance, when written literally. */
  clientOptions?: ObjectLiteralExpression;
  /** The constructor or factory call that made the instance. */
  clientCreation?: CallExpression | NewExpression;
  /** Variable or property declaration holding the client, when there is one. */
  clientDeclaration?: Node;
  /** A project class extending the package class (`class CustomOpenAI extends OpenAI`): its own members override. */
  subclass?: ClassDeclaration | ClassExpression;
  confidence: Confidence;
}

export interface CalleeRef extends ValueOrigin {
  call: CallExpression;
}

export interface TypeOracle {
  /** The package and exported type name of an expression's type, if the type checker can tell. */
  packageTypeOf(expression: Expression): { module: string; exportName: string } | undefined;
  /** The declaration a project import names (`export const openai = new OpenAI()` in another file). */
  importedDeclaration?(from: Node, specifier: string, exportName: string): Node | undefined;
  /** Whether an import specifier names a project file (relative, or a tsconfig `paths` alias). */
  isProjectModule?(specifier: string, from?: Node): boolean;
  /** The package a project module re-exports a name from (`export type { Octokit } from '@octokit/core'`). */
  packageExportBehind?(from: Node, specifier: string, exportName: string): { module: string; exportName: string } | undefined;
  /** Project lookups for following values through returns, fields, getters, exports and callers (values.ts). */
  links?: ProjectLinks;
}

const MAX_FOLLOW = 12;

/** Resolves the callee of a call expression; undefined when its origin is unknown (never a finding). */
export function resolveCallee(call: CallExpression, types?: TypeOracle): CalleeRef | undefined {
  const origin = originOf(call.getExpression(), types, 0);
  if (!origin) return undefined;
  // `this.#request(…)` with `#request(): Promise<ReturnType<typeof fetch>>`: the project method's written return type is
  // the origin of what the call gives back (the base of `this.getClient().chat…`), not a package function being called.
  if (origin.instance && origin.path.length === 0 && isProjectMethodReference(call.getExpression(), types?.links)) return undefined;
  return { ...origin, call };
}

/** Where a value expression comes from. */
export function originOf(expression: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  if (depth > MAX_FOLLOW) return undefined;
  const node = unwrap(expression);
  const found = () => directOrigin(node, types, depth) ?? projectOrigin(node, types, depth);
  const origin = assertedOrigin(expression, types, found) ?? found();
  return origin && !origin.instance ? runtimeGlobalOf(origin) : origin;
}

/**
 * `import { fetch } from 'bun'`, `Bun.fetch`: a member of a runtime module that is a global object (knowledge
 * `runtimeModuleGlobals`) and is itself a global, read as that global.
 */
function runtimeGlobalOf(origin: ValueOrigin): ValueOrigin {
  for (const runtime of knowledge.runtimeModuleGlobals) {
    let member: string | undefined;
    let rest: string[];
    if (origin.module === 'global' && origin.exportName === runtime.global) {
      [member, ...rest] = origin.path;
    } else if (origin.module === runtime.module) {
      const whole = origin.exportName === '*' || origin.exportName === COMMONJS_MODULE;
      [member, ...rest] = whole ? origin.path : [origin.exportName, ...origin.path];
    } else {
      continue;
    }
    if (member !== undefined && runtime.members.includes(member)) return { ...origin, module: 'global', exportName: member, path: rest };
  }
  return origin;
}

/**
 * `(reply as Message).reply(…)`: a value the code casts to a package type is an instance of that type (its claim, so
 * medium) — unless the value's own origin says how that package's client made it (`(await discord.channels.fetch(id))
 * as TextChannel` keeps the client whose options decide its retries).
 */
function assertedOrigin(expression: Node, types: TypeOracle | undefined, inner: () => ValueOrigin | undefined): ValueOrigin | undefined {
  let node = expression;
  while (Node.isParenthesizedExpression(node)) node = node.getExpression();
  if (!Node.isAsExpression(node) && !Node.isTypeAssertion(node)) return undefined;
  const typeNode = node.getTypeNode();
  if (!typeNode || !Node.isTypeReference(typeNode)) return undefined;
  const cast = originOfTypeNode(typeNode, node, types);
  if (!cast) return undefined;
  const own = inner();
  if (own?.clientCreation && own.module === cast.module) return own;
  return { ...cast, confidence: 'medium' };
}

/**
 * When the package is not visible where the value is used: follow the project code that makes it (a
 * factory's return, a getter, a field holding a project class instance, a module's export, the argument
 * every caller passes) to the expression that creates it, and take that expression's origin.
 */
function projectOrigin(node: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const links = types?.links;
  if (!links) return undefined;
  if (
    !Node.isIdentifier(node) &&
    !Node.isPropertyAccessExpression(node) &&
    !Node.isElementAccessExpression(node) &&
    !Node.isCallExpression(node) &&
    !Node.isBinaryExpression(node)
  ) {
    return undefined;
  }
  // `withRetry(client)` with `function withRetry<T extends object>(instance: T): T`: what comes back is what went in.
  const handedBack = Node.isCallExpression(node) ? identityArgument(node, links) : undefined;
  if (handedBack) return originOf(handedBack, types, depth + 1);
  const value = valueOf(node, links);
  const followed = value && value.kind === 'node' && value.node !== node ? originOf(value.node, types, depth + 1) : undefined;
  // `new CustomOpenAI({…})` behind a getter or a field: an instance of a project class extending a package class.
  const made = value?.kind === 'instance' && value.creation ? originOf(value.creation, types, depth + 1) : undefined;
  return followed ?? made ?? declaredOrigin(node, types) ?? returnedOrigin(node, types, depth) ?? passedOrigin(node, types, depth) ?? conventionalOrigin(node, types);
}

/**
 * `const api = () => ctx.client; … api().chat.postMessage(…)`: a project getter whose one returned expression names a
 * client by its written type (a parameter's or a field's) is that client, as the expression written in place would be.
 * Only a function with a single return is read; its value, when followed (valueOf), has been tried first.
 */
function returnedOrigin(node: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  if (!Node.isCallExpression(node)) return undefined;
  const fn = types?.links?.functionCalledBy(node);
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn))) return undefined;
  const returned = returnedExpressionsOf(fn);
  const only = returned.length === 1 ? returned[0] : undefined;
  return only ? originOf(only, types, depth + 1) : undefined;
}

/**
 * An untyped parameter named after the object a package hands its users' code (`message` in a discord.js bot's command
 * module), in a package depending on it, of a function no project code calls (parameter-contracts.ts): matched by name,
 * so medium.
 */
function conventionalOrigin(node: Node, types: TypeOracle | undefined): ValueOrigin | undefined {
  const links = types?.links;
  if (!links?.dependencyRangeAbove || !Node.isIdentifier(node) || knowledge.conventionalParameters.length === 0) return undefined;
  const binding = resolveIdentifier(node);
  if (binding.kind !== 'local' || !(Node.isParameterDeclaration(binding.declaration) || Node.isBindingElement(binding.declaration))) return undefined;
  const declaration = binding.declaration;
  const folder = dirname(declaration.getSourceFile().getFilePath());
  const found = parameterContractConvention(declaration, (module) => links.dependencyRangeAbove!(folder, module) !== undefined, (fn) => links.callSitesOf(fn).length > 0);
  return found ? { ...found, path: [], instance: true, clientDeclaration: declaration, confidence: 'medium' } : undefined;
}

/** Parameters whose callers are being asked right now: meeting one again is a cycle (f hands x to g, g hands it back). */
const passedActive = new Set<Node>();

/**
 * A parameter every caller hands a value of the same package type — different values that resolve to the same export
 * and member path, as each Bolt listener's own `client` or each discord.js event's `message.channel` — or a destructured
 * parameter's property every caller's object literal sets so (`reply({ slack: client })`): an instance of that type.
 * values.ts follows a parameter only to the one value all callers share. Medium: a package may call the function too.
 */
function passedOrigin(node: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const links = types?.links;
  if (!links || !Node.isIdentifier(node)) return undefined;
  const binding = resolveIdentifier(node);
  if (binding.kind !== 'local') return undefined;
  const declaration = binding.declaration;
  let parameter: ParameterDeclaration;
  let key: string | undefined;
  if (Node.isParameterDeclaration(declaration) && Node.isIdentifier(declaration.getNameNode())) {
    parameter = declaration;
  } else if (Node.isBindingElement(declaration) && !declaration.getDotDotDotToken()) {
    const pattern = declaration.getParent();
    const holder = pattern?.getParent();
    if (!pattern || !Node.isObjectBindingPattern(pattern) || !holder || !Node.isParameterDeclaration(holder)) return undefined;
    parameter = holder;
    key = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
  } else {
    return undefined;
  }
  if (parameter.isRestParameter() || passedActive.has(parameter)) return undefined;
  passedActive.add(parameter);
  try {
    return links.memoize(`origin:passed:${key ?? ''}`, parameter, () => agreedPassedOrigin(parameter, key, links, types!, depth));
  } finally {
    passedActive.delete(parameter);
  }
}

function agreedPassedOrigin(parameter: ParameterDeclaration, key: string | undefined, links: ProjectLinks, types: TypeOracle, depth: number): ValueOrigin | undefined {
  const fn = parameter.getParent();
  const index = (fn as { getParameters(): ParameterDeclaration[] }).getParameters().indexOf(parameter);
  let agreed: ValueOrigin | undefined;
  for (const site of links.callSitesOf(fn)) {
    const args = site.getArguments();
    if (args.slice(0, index + 1).some((a) => Node.isSpreadElement(a))) return undefined;
    let passed: Node | undefined = args[index];
    if (passed && key !== undefined) {
      const object = objectLiteralOf(passed);
      passed = object && !hasOpaqueSpread(object) ? propertyValue(propertyOf(object, key)) : undefined;
    }
    const origin = passed ? originOf(passed, types, depth + 1) : undefined;
    if (!origin || origin.module === 'global' || !origin.instance) return undefined;
    if (agreed) {
      const same = agreed.module === origin.module && agreed.exportName === origin.exportName && agreed.path.join('.') === origin.path.join('.');
      // Clients made apart (their own options: timeouts, retries) are not one client.
      if (!same || agreed.clientCreation !== origin.clientCreation || agreed.subclass !== origin.subclass) return undefined;
      if (origin.confidence === 'low' || (origin.confidence === 'medium' && agreed.confidence === 'high')) agreed = { ...agreed, confidence: origin.confidence };
    } else {
      agreed = origin;
    }
  }
  return agreed ? { ...agreed, clientDeclaration: agreed.clientDeclaration ?? parameter, confidence: agreed.confidence === 'high' ? 'medium' : agreed.confidence } : undefined;
}

/**
 * The argument a project function hands back by its written types: its return type is one of its type parameters (or a
 * promise of one) and a parameter is written with that type parameter (`wrap<T>(client: T): T`, a proxy or a tracing
 * wrapper of the project's own). The argument the call passes there — or, for a parameter written as a function giving
 * that type parameter back (`lazy<T>(make: () => T): T`), what the inline function passed there returns.
 */
function identityArgument(call: CallExpression, links: ProjectLinks): Node | undefined {
  const fn = links.functionCalledBy(call);
  if (!fn || !('getTypeParameters' in fn) || !('getReturnTypeNode' in fn)) return undefined;
  const signature = fn as unknown as { getTypeParameters(): Array<{ getName(): string }>; getReturnTypeNode(): TypeNode | undefined; getParameters(): ParameterDeclaration[] };
  const returned = signature.getReturnTypeNode();
  const real = returned ? withoutNullish(returned) : undefined;
  const name = real && Node.isTypeReference(real) && real.getTypeArguments().length === 0 ? real.getTypeName().getText() : undefined;
  const generic = name !== undefined && signature.getTypeParameters().some((t) => t.getName() === name);
  const parameters = signature.getParameters();
  const typed = generic ? parameters.findIndex((p) => p.getTypeNode()?.getText() === name && !p.isRestParameter()) : -1;
  // `const unPromise = async <T>(promise: Promise<T>) => { const result = await promise; return result as Omit<T, 'then'> }`:
  // a generic function written with no return type whose every return hands back a parameter (awaited, cast).
  const index = typed >= 0 ? typed : !returned && signature.getTypeParameters().length > 0 ? returnedParameter(fn, parameters) : -1;
  const args = call.getArguments();
  if (index >= 0) return args.slice(0, index + 1).some((a) => Node.isSpreadElement(a)) ? undefined : args[index];
  if (!generic) return undefined;
  // `lazyInstantiate<T>(make: () => T): T`, `memo<T>(fn: () => T): T`: what comes back is what the function handed in
  // returns — read from an inline function with one return.
  // `withRetry<T>(fn: () => Promise<T>, …): Promise<T>`: the promise taken off both sides.
  const maker = parameters.findIndex((p) => {
    const type = p.getTypeNode();
    const made = type && Node.isFunctionTypeNode(type) ? type.getReturnTypeNode() : undefined;
    return made !== undefined && withoutNullish(made)?.getText() === name && !p.isRestParameter();
  });
  const made = maker >= 0 && !args.slice(0, maker + 1).some((a) => Node.isSpreadElement(a)) ? args[maker] : undefined;
  const inline = made ? unwrap(made) : undefined;
  if (!inline || !(Node.isArrowFunction(inline) || Node.isFunctionExpression(inline))) return undefined;
  const returnedValues = returnedExpressionsOf(inline);
  return returnedValues.length === 1 ? returnedValues[0] : undefined;
}

/** The index of the parameter every `return` of a function hands back, through awaits, casts and its consts; -1 if none. */
export function returnedParameter(fn: Node, parameters: ParameterDeclaration[]): number {
  const values = returnedExpressionsOf(fn);
  let found = -1;
  for (const value of values) {
    let node = value ? unwrap(value) : undefined;
    for (let depth = 0; node && Node.isIdentifier(node) && depth < 3; depth++) {
      const binding = resolveIdentifier(node);
      if (binding.kind !== 'local') return -1;
      const index = parameters.findIndex((p) => p === binding.declaration);
      if (index >= 0) {
        if (found >= 0 && found !== index) return -1;
        found = index;
        node = undefined;
        break;
      }
      const initializer = Node.isVariableDeclaration(binding.declaration) && isConstDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
      node = initializer ? unwrap(initializer) : undefined;
      if (!node) return -1;
    }
    if (node) return -1;
  }
  return found;
}

const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);

/** A host's fetch read from the declaration the project writes for it (declared-globals.ts): its claim, so medium. */
function declaredFetchOrigin(): ValueOrigin {
  return { module: DECLARED_GLOBAL, exportName: 'fetch', path: [], instance: false, confidence: 'medium' };
}

/** `hostFetch(url, init)`: the identifier is what a call calls. */
function isCalled(id: Node): boolean {
  const parent = id.getParent();
  return parent !== undefined && Node.isCallExpression(parent) && parent.getExpression() === id;
}

function directOrigin(node: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  if (Node.isIdentifier(node)) return originOfIdentifier(node, types, depth);
  if (Node.isPropertyAccessExpression(node)) {
    const target = unwrap(node.getExpression());
    if (Node.isThisExpression(target)) return originOfThisProperty(node.getName(), target, types, depth);
    // `const self = this; … self.api.article.create(…)`: the alias is the instance, inside a callback `this` would not be.
    const aliasedThis = thisAliasOf(target);
    if (aliasedThis) return originOfThisProperty(node.getName(), aliasedThis, types, depth, node);
    // A method chain (`new StateGraph(s).addNode(…).addEdge(…).compile()`) only descends into its own syntax: its links
    // cost no depth, which is spent following declarations.
    const base = originOf(node.getExpression(), types, Node.isCallExpression(target) || Node.isNewExpression(target) ? depth : depth + 1);
    // A member the project's subclass declares itself is the project's code, not the package's.
    if (base?.subclass && base.instance && base.path.length === 0 && declaresMember(base.subclass, node.getName())) return undefined;
    // `globalThis.fetch`, `(globalThis as any).fetch`, `window.fetch`: the global itself.
    if (base?.module === 'global' && base.path.length === 0 && GLOBAL_OBJECTS.has(base.exportName)) return { ...base, exportName: node.getName() };
    // `net.fetch(url, init)`: a method of a global the project declares for its host, written with fetch's signature.
    if (base?.module === 'global' && base.path.length === 0 && isDeclaredFetch(node, base.exportName, node.getName(), types?.links)) return declaredFetchOrigin();
    if (base) return optionClassInstance({ ...base, path: [...base.path, node.getName()] }, true, types, depth) ?? { ...base, path: [...base.path, node.getName()] };
    return undefined;
  }
  if (Node.isElementAccessExpression(node)) {
    const arg = node.getArgumentExpression();
    if (arg && (Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg))) {
      const base = originOf(node.getExpression(), types, depth + 1);
      if (base) return { ...base, path: [...base.path, arg.getLiteralValue()] };
    }
    return undefined;
  }
  if (Node.isNewExpression(node)) {
    const ctor = originOf(node.getExpression(), types, depth + 1);
    if (!ctor) return undefined;
    // `new Proxy(client, handler)`: the proxy forwards to its target, so it is the target as far as callers can tell.
    if (ctor.module === 'global' && ctor.exportName === 'Proxy' && ctor.path.length === 0) {
      const target = node.getArguments()[0];
      return target ? originOf(target, types, depth + 1) : undefined;
    }
    return asInstance(ctor, node);
  }
  if (Node.isCallExpression(node)) {
    // require('axios').post(…), (await import('openai')).default: a package loaded in place.
    const loaded = loadSpecifier(node, Node.isAwaitExpression(node.getParent() ?? node));
    if (loaded !== undefined) {
      if (loaded.startsWith('.') || types?.isProjectModule?.(loaded, node)) return undefined;
      const exportName = node.getExpression().getKind() === SyntaxKind.ImportKeyword ? '*' : COMMONJS_MODULE;
      return { module: loaded, exportName, path: [], instance: false, confidence: 'high' };
    }
    // prompt.pipe(model).pipe(parser): the chain calls the model, whatever stands around it.
    const piped = pipedModel(node, types, depth);
    if (piped) return piped;
    // `connectionProvider: () => Promise<WebApi>`: a function handed in, whose written type says what it returns.
    const provided = writtenReturnOrigin(node.getExpression(), types, depth);
    if (provided) return provided;
    // A factory: axios.create({...}), createOpenAI({...}), new Stripe(...) behind a helper is unknown.
    const factory = originOf(node.getExpression(), types, Node.isPropertyAccessExpression(node.getExpression()) ? depth : depth + 1);
    if (!factory || factory.module === 'global') return undefined;
    // wrapOpenAI(client), wrapAISDK(ai): a tracing wrapper hands back what it was given.
    if (isTracingWrapper(factory)) {
      const wrapped = node.getArguments()[0];
      return wrapped ? originOf(wrapped, types, depth + 1) : undefined;
    }
    return optionClassInstance(factory, false, types, depth) ?? asInstance(factory, node);
  }
  if (Node.isBinaryExpression(node) && ['??', '||'].includes(node.getOperatorToken().getText())) {
    // globalForPrisma.prisma ?? new PrismaClient(): the fallback says what the value is — unless the fallback is a module
    // namespace itself (`mod.default || mod.OpenAI || mod` on `await import('openai')`), which names no export.
    const right = originOf(node.getRight(), types, depth + 1);
    const namespaceFallback = right && right.exportName === '*' && right.path.length === 0 && !right.instance && Node.isIdentifier(unwrap(node.getRight()));
    if (namespaceFallback) return originOf(node.getLeft(), types, depth + 1) ?? right;
    return right ?? originOf(node.getLeft(), types, depth + 1);
  }
  if (Node.isConditionalExpression(node)) {
    return originOf(node.getWhenTrue(), types, depth + 1) ?? originOf(node.getWhenFalse(), types, depth + 1);
  }
  return undefined;
}

/**
 * The package instance a called parameter or local returns by its written function type (`getClient: () => Promise<WebApi>`,
 * `const make: (token: string) => Octokit = …`, also through a project alias `type ClientFactory = () => Anthropic`): the
 * value it is given is the caller's, but the type says what comes back. A parameter every caller leaves to its default
 * factory (`clientFactory = defaultFactory`, so tests can pass a fake) returns what that factory makes, creation and all.
 */
function writtenReturnOrigin(callee: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const node = unwrap(callee);
  if (!Node.isIdentifier(node)) return undefined;
  const binding = resolveIdentifier(node);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  if (!declaration || !(Node.isParameterDeclaration(declaration) || Node.isVariableDeclaration(declaration))) return undefined;
  const made = Node.isParameterDeclaration(declaration) ? defaultFactoryOrigin(node, declaration, types, depth) : undefined;
  if (made) return made;
  const typeNode = declaration.getTypeNode();
  const real = typeNode ? withoutNullish(aliasedType(typeNode, types?.links)) : undefined;
  if (!real || !Node.isFunctionTypeNode(real)) return undefined;
  const returned = real.getReturnTypeNode();
  return returned ? originOfTypeNode(returned, declaration, types) : undefined;
}

/** What the one function a defaulted parameter holds (its default, or the one every caller passes) returns. */
function defaultFactoryOrigin(name: Node, parameter: ParameterDeclaration, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const links = types?.links;
  if (!links || !parameter.getInitializer()) return undefined;
  const value = valueOf(name, links);
  const fn = value?.kind === 'node' ? unwrap(value.node) : undefined;
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn))) return undefined;
  const returned = returnedExpressionsOf(fn);
  const only = returned.length === 1 ? returned[0] : undefined;
  return only ? originOf(only, types, depth + 1) : undefined;
}

function isTracingWrapper(origin: ValueOrigin): boolean {
  if (origin.instance) return false;
  const name = origin.exportName === '*' ? (origin.path.length === 1 ? origin.path[0] : undefined) : (origin.path.length === 0 ? origin.exportName : undefined);
  return name !== undefined && knowledge.tracingWrappers.some((w) => w.module.includes(origin.module) && w.exports.includes(name));
}

const NETWORK_STAGE = /^@langchain\/(openai|anthropic|google-genai|google-vertexai|mistralai|groq|ollama|aws|cohere|xai|deepseek|community\/(chat_models|llms)\/.*)$|^@langchain\/langgraph|^langchain\/chat_models/;

/** For `a.pipe(b)` chains and `RunnableSequence.from([...])`, the stage that reaches a model provider. */
function pipedModel(call: CallExpression, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  let stages: Node[] = [];
  if (callee.getName() === 'pipe') stages = [...call.getArguments(), callee.getExpression()];
  else if (callee.getName() === 'from' && /RunnableSequence$/.test(callee.getExpression().getText())) {
    const list = call.getArguments()[0];
    if (list && Node.isArrayLiteralExpression(list)) stages = list.getElements();
  }
  for (const stage of stages) {
    const origin = originOf(stage, types, depth + 1);
    if (origin && NETWORK_STAGE.test(origin.module)) return { ...origin, instance: true, path: [] };
  }
  return undefined;
}

/**
 * `app.octokit`, `await app.getInstallationOctokit(id)` on `new App({ …, Octokit })`: an instance of the class the
 * client's creation options name (knowledge `returnedInstances` with `classOption`), or of the package's default class
 * when the options, written out, name none. Options the code cannot see into say nothing.
 */
function optionClassInstance(origin: ValueOrigin, member: boolean, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  if (!origin.instance || origin.path.length === 0) return undefined;
  const fact = findMatch(knowledge.returnedInstances, origin);
  if (!fact?.classOption || Boolean(fact.member) !== member) return undefined;
  const options = origin.clientOptions;
  if (!options || hasOpaqueSpread(options)) return undefined;
  const given = propertyValue(propertyOf(options, fact.classOption.key));
  const cls: ValueOrigin | undefined = given
    ? originOf(given, types, depth + 1)
    : { module: fact.classOption.defaultModule, exportName: fact.returns, path: [], instance: false, confidence: origin.confidence };
  if (!cls || cls.instance) return undefined;
  // Made inside the package with options of its own making: known by its class, as a client typed with it is.
  return { ...cls, path: [], instance: true, clientDeclaration: origin.clientDeclaration, confidence: cls.confidence === 'high' ? origin.confidence : cls.confidence };
}

function asInstance(ctor: ValueOrigin, creation: CallExpression | NewExpression): ValueOrigin {
  const firstObject = creation.getArguments().find((arg) => Node.isObjectLiteralExpression(unwrap(arg)));
  // An instance's members start a fresh path; a namespace import's first segment names the export. A
  // CommonJS module object is the default export too: `new sdk.Anthropic()` names an export,
  // `axios.create()` / `got.extend()` a member of the default one.
  let exportName = ctor.exportName === '*' && ctor.path.length > 0 ? ctor.path[0]! : ctor.exportName;
  if (ctor.exportName === COMMONJS_MODULE) exportName = ctor.path[0] && /^[A-Z]|^create[A-Z]/.test(ctor.path[0]) ? ctor.path[0] : 'default';
  // `import bolt from '@slack/bolt'; new bolt.App()`: a CommonJS package's default import holds its named exports.
  if (ctor.exportName === 'default' && ctor.path.length === 1 && /^[A-Z]/.test(ctor.path[0]!)) exportName = ctor.path[0]!;
  // `channel.messages.fetch(id)`: a method whose package types say what it gives back (knowledge `returnedInstances`).
  const returned = ctor.instance ? findMatch(knowledge.returnedInstances, ctor) : undefined;
  if (returned && !returned.classOption) exportName = returned.returns;
  return {
    ...ctor,
    exportName,
    path: [],
    instance: true,
    clientCreation: creation,
    clientOptions: firstObject ? (unwrap(firstObject) as ObjectLiteralExpression) : ctor.clientOptions,
  };
}

function originOfIdentifier(id: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const binding = resolveIdentifier(id);
  if (binding.kind === 'global') {
    if (isCalled(id) && isDeclaredFetch(id, binding.name, undefined, types?.links)) return declaredFetchOrigin();
    return { module: 'global', exportName: binding.name, path: [], instance: false, confidence: 'high' };
  }
  if (binding.kind === 'import') {
    if (binding.module.startsWith('.') || types?.isProjectModule?.(binding.module, id)) {
      // A client made in another module of the project: follow the import to its declaration.
      const declaration = types?.importedDeclaration?.(id, binding.module, binding.exportName);
      if (declaration && Node.isVariableDeclaration(declaration)) {
        const init = declaration.getInitializer();
        const origin = init ? originOf(init, types, depth + 1) : undefined;
        if (origin) return { ...origin, clientDeclaration: origin.clientDeclaration ?? declaration };
        return originOfTypeAnnotation(declaration, types, depth);
      }
      // A CommonJS export (`exports.client = new OpenAI()`, `module.exports = { client: … }`).
      if (declaration && Node.isPropertyAssignment(declaration)) {
        const init = declaration.getInitializer();
        return init ? originOf(init, types, depth + 1) : undefined;
      }
      if (declaration && Node.isExpression(declaration)) return originOf(declaration, types, depth + 1);
      if (declaration && Node.isClassDeclaration(declaration)) return packageBaseOf(declaration, types, depth);
      return undefined;
    }
    if (binding.exportName === '*') return { module: binding.module, exportName: '*', path: [], instance: false, confidence: 'high' };
    return { module: binding.module, exportName: binding.exportName, path: [], instance: false, confidence: 'high' };
  }
  const declaration = binding.declaration;
  if (Node.isClassDeclaration(declaration)) return packageBaseOf(declaration, types, depth);
  if (Node.isVariableDeclaration(declaration)) {
    const init = declaration.getInitializer();
    if (init && !isNoValue(init)) {
      const origin = originOf(init, types, depth + 1);
      if (origin) {
        const confidence: Confidence = isConstDeclaration(declaration) ? origin.confidence : 'medium';
        return { ...origin, confidence, clientDeclaration: origin.clientDeclaration ?? declaration };
      }
    }
    // `let chain: Runnable; if (…) chain = prompt.pipe(llm) else chain = …`: what the assignments store — also after
    // `let channel: any = undefined` (or `= null`), which holds nothing until they run.
    const assigned = init && !isNoValue(init) ? undefined : originOfAssignments(declaration, types, depth);
    if (assigned) return assigned;
    const typed = originOfTypeAnnotation(declaration, types, depth);
    if (typed) return typed;
    // Only a value made by a call (a project helper that returns a client) is worth the type checker.
    const made = init ? unwrap(init) : undefined;
    return made && Node.isCallExpression(made) && Node.isIdentifier(made.getExpression()) ? viaTypes(id as Expression, types, []) : undefined;
  }
  if (Node.isParameterDeclaration(declaration) || Node.isPropertyDeclaration(declaration)) {
    // An unannotated parameter is `any` or contextually typed: asking the checker costs a whole call's inference.
    const typed = originOfTypeAnnotation(declaration, types, depth) ?? contextualOrigin(declaration, types) ?? documentedOrigin(declaration, types, depth);
    if (typed && Node.isParameterDeclaration(declaration)) {
      // `client: OpenAI` names the class; the client every caller passes also says how it was made.
      const passed = projectOrigin(id, types, depth);
      return passed?.clientCreation && passed.module === typed.module ? passed : typed;
    }
    if (typed) return typed;
    const promised = Node.isParameterDeclaration(declaration) ? fulfilledOrigin(declaration, types, depth) : undefined;
    if (promised) return promised;
    const fallback = Node.isParameterDeclaration(declaration) ? injectedDefault(declaration, types, depth) : undefined;
    if (fallback) return fallback;
    const typeNode = declaration.getTypeNode();
    return typeNode && (Node.isTypeReference(typeNode) || Node.isTypeQuery(typeNode)) ? viaTypes(id as Expression, types, []) : undefined;
  }
  if (Node.isBindingElement(declaration)) {
    // const { chat } = openai  →  openai.chat
    const pattern = declaration.getParent();
    const holder = pattern?.getParent();
    if (holder && Node.isVariableDeclaration(holder) && Node.isObjectBindingPattern(pattern!)) {
      const init = holder.getInitializer();
      const base = init ? originOf(init, types, depth + 1) : undefined;
      const key = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
      if (base) return { ...base, path: [...base.path, key], clientDeclaration: base.clientDeclaration ?? holder };
    }
    if (holder && Node.isParameterDeclaration(holder)) {
      const fallback = injectedDefault(declaration, types, depth);
      if (fallback) return fallback;
    }
    return documentedOrigin(declaration, types, depth);
  }
  return undefined;
}

/** `undefined` or `null` written as a `let`'s first value: nothing a later call could be made on. */
function isNoValue(init: Node): boolean {
  const value = unwrap(init);
  return Node.isNullLiteral(value) || (Node.isIdentifier(value) && value.getText() === 'undefined' && resolveIdentifier(value).kind === 'global');
}

/**
 * The parameter of a callback handed to `.then` (`client.channels.fetch(id).then((channel) => channel.send(…))`): it
 * receives what the promise fulfils with, the value `await client.channels.fetch(id)` would give. Read from syntax
 * only, as the awaited form is.
 */
function fulfilledOrigin(parameter: ParameterDeclaration, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const fn = parameter.getParent();
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters()[0] !== parameter || parameter.getTypeNode()) return undefined;
  if (!Node.isIdentifier(parameter.getNameNode())) return undefined;
  const then = fn.getParent();
  if (!then || !Node.isCallExpression(then) || then.getArguments()[0] !== fn) return undefined;
  const callee = then.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'then') return undefined;
  const promise = unwrap(callee.getExpression());
  // Only a call's result: `(await x).then` on a held value names no promise the syntax can see into.
  if (!Node.isCallExpression(promise)) return undefined;
  const origin = originOf(promise, types, depth + 1);
  return origin?.instance && origin.module !== 'global' ? origin : undefined;
}

/**
 * A project class that extends a package class (`class CustomOpenAI extends OpenAI`, `class TaskChain extends
 * LLMChain`), through project classes in between: it is that package class, except for the members it declares
 * itself (directOrigin leaves those unresolved).
 */
function packageBaseOf(cls: ClassDeclaration | ClassExpression, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  let current: ClassDeclaration | ClassExpression | undefined = cls;
  for (let level = 0; current && level < 4; level++) {
    const base: Node | undefined = current.getExtends()?.getExpression();
    if (!base) return undefined;
    const origin = originOf(base, types, depth + 1);
    if (origin) return origin.instance || origin.module === 'global' ? undefined : { ...origin, subclass: cls };
    const links = types?.links;
    const value: ProjectValue | undefined = links ? valueOf(base, links) : undefined;
    const next: Node | undefined = value?.kind === 'node' ? value.node : undefined;
    current = next && (Node.isClassDeclaration(next) || Node.isClassExpression(next)) ? next : undefined;
  }
  return undefined;
}

/** Whether a project class, or a project class between it and the package class, declares a member of this name. */
function declaresMember(cls: ClassDeclaration | ClassExpression, name: string): boolean {
  let current: Node | undefined = cls;
  for (let level = 0; current && (Node.isClassDeclaration(current) || Node.isClassExpression(current)) && level < 4; level++) {
    if (declaresMemberNamed(current, name)) return true;
    const base: Node | undefined = current.getExtends()?.getExpression();
    current = base && Node.isIdentifier(base) ? resolvedClass(base) : undefined;
  }
  return false;
}

/** The class a local identifier names (a class in the same file); an imported one is the package's or not followed. */
function resolvedClass(id: Node): Node | undefined {
  if (!Node.isIdentifier(id)) return undefined;
  const binding = resolveIdentifier(id);
  return binding.kind === 'local' && (Node.isClassDeclaration(binding.declaration) || Node.isClassExpression(binding.declaration)) ? binding.declaration : undefined;
}

/**
 * A dependency injected with a package default (`{ fetchFn = fetch }`, `send = fetch`), so tests can pass a fake:
 * the default is what runs wherever a caller passes nothing else. Medium confidence: a caller may pass another.
 */
function injectedDefault(declaration: ParameterDeclaration | BindingElement, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const init = declaration.getInitializer();
  if (!init) return undefined;
  const origin = originOf(init, types, depth + 1);
  return origin && !origin.module.startsWith('.') ? { ...origin, confidence: 'medium' } : undefined;
}

/**
 * An unannotated parameter of a function whose type the project writes elsewhere: `const ask: AskFn = async (openai) => …`
 * with `type AskFn = (openai: OpenAI) => …`, or an inline callback handed to a project function that writes its
 * parameter types (`parameterTypeOf`). Read from the written types only, so the same without node_modules.
 */
function contextualOrigin(declaration: Node, types: TypeOracle | undefined): ValueOrigin | undefined {
  if (!Node.isParameterDeclaration(declaration) || declaration.getTypeNode() || !types?.links) return undefined;
  const type = parameterTypeOf(declaration, types.links);
  return type ? originOfTypeNode(type, declaration, types) : undefined;
}

/** A parameter typed outside TypeScript (JSDoc, or the package it is handed to — parameter-contracts.ts): an instance of that type. */
function documentedOrigin(declaration: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const links = types?.links;
  const forwards = links ? (fn: Node) => forwardedReferences(fn, links) : undefined;
  const madeBy = links ? (fn: Node) => factoryCalls(fn, links) : undefined;
  const documented = parameterContractType(declaration, (expression) => originOf(expression, types, depth + 1), forwards, madeBy);
  return documented ? { ...documented, path: [], instance: true, clientDeclaration: declaration, confidence: 'medium' } : undefined;
}

/**
 * A function handed to a project function (`onSchedule(inngest, id, cron, async ({ step }) => …)`): the references to the
 * parameter it is handed as, each written as an argument of a call in that function (`client.createFunction(…, handler)`),
 * where a listener contract can find the registration it is handed on to. One wrapper deep.
 */
function forwardedReferences(fn: Node, links: ProjectLinks): Node[] {
  const call = fn.getParent();
  if (!call || !Node.isCallExpression(call)) return [];
  const index = call.getArguments().indexOf(fn as never);
  const wrapper = index >= 0 ? links.functionCalledBy(call) : undefined;
  const parameter = wrapper && (wrapper as { getParameters?(): ParameterDeclaration[] }).getParameters?.()[index];
  if (!wrapper || !parameter || !Node.isIdentifier(parameter.getNameNode()) || parameter.isRestParameter()) return [];
  const name = parameter.getName();
  return links.memoize('forwarded-parameter-references', parameter, () =>
    descendantsOfKind(wrapper, SyntaxKind.Identifier).filter((id) => {
      if (id.getText() !== name) return false;
      const holder = id.getParent();
      if (!holder || !Node.isCallExpression(holder) || !holder.getArguments().includes(id as never)) return false;
      const binding = resolveIdentifier(id);
      return binding.kind === 'local' && binding.declaration === parameter;
    }),
  );
}

/**
 * `function makeListener(deps) { return async ({ client }) => … }` (or `(deps) => async ({ client }) => …`): the calls of
 * the factory returning `fn` — where the listener it makes is handed on.
 */
function factoryCalls(fn: Node, links: ProjectLinks): Node[] {
  const factory = functionReturning(fn);
  if (!factory) return [];
  // The registration usually sits in another file (a `register(app)` index) that a run naming the listener's file
  // does not hold: searched for in the package then, as a lint of the whole project would find it.
  return links.memoize('factory-calls', factory, () => {
    const calls = links.callSitesOf(factory);
    return (calls.length > 0 ? calls : links.packageCallSitesOf?.(factory) ?? []).filter((call) => Node.isCallExpression(call));
  });
}

/** The `this` a const alias holds (`const self = this`, `const that = this`), in a class body. */
function thisAliasOf(node: Node): Node | undefined {
  if (!Node.isIdentifier(node)) return undefined;
  const init = constInitializer(node);
  const value = init ? unwrap(init) : undefined;
  return value && Node.isThisExpression(value) ? value : undefined;
}

/**
 * `this.client`: a property initialiser, a constructor parameter property, or `this.client = …` in the constructor.
 * `access`: the member access written (`self.api` for an aliased `this`), when it is not the `this` node's parent.
 */
function originOfThisProperty(name: string, self: Node, types: TypeOracle | undefined, depth: number, access?: Node): ValueOrigin | undefined {
  const cls = self.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
  const property = classProperty(cls, name);
  const typed = property ? originOfTypeAnnotation(property, types, depth) : undefined;
  for (const ctor of classConstructors(cls)) {
    const parameter = ctor.getParameter(name);
    // `constructor(public fetcher: typeof fetch = fetch)`: the injected default, when its type says nothing more.
    if (parameter?.isParameterProperty()) return typed ?? originOfTypeAnnotation(parameter, types, depth) ?? injectedDefault(parameter, types, depth);
    for (const statement of ctor.getStatements()) {
      if (!Node.isExpressionStatement(statement)) continue;
      const expression = statement.getExpression();
      if (!Node.isBinaryExpression(expression) || expression.getOperatorToken().getText() !== '=') continue;
      const left = expression.getLeft();
      if (Node.isPropertyAccessExpression(left) && Node.isThisExpression(left.getExpression()) && left.getName() === name) {
        const origin = originOf(expression.getRight(), types, depth + 1);
        // The written type names what the field may hold; a package client the constructor makes of another
        // package says more (`api: Promise<AxiosInstance>` holding openapi-client-axios's `client.init()`), and so does the
        // creation of the written type itself (`client: OpenAI` assigned `new OpenAI({ timeout })`: its options).
        if (origin && (!typed || (origin.instance && (origin.module !== typed.module || (origin.clientCreation !== undefined && origin.exportName === typed.exportName))))) {
          return { ...origin, clientDeclaration: origin.clientDeclaration ?? property ?? statement };
        }
      }
    }
  }
  if (typed) return typed;
  return property?.getTypeNode() ? viaTypes((access ?? self.getParentOrThrow()) as Expression, types, []) : undefined;
}

/** `client: OpenAI` or `private stripe: Stripe` → an instance of the imported type (declared, so unambiguous). */
/** The first assignment to a `let` declared without a value (`chain = prompt.pipe(llm)`) whose origin is known. */
function originOfAssignments(declaration: import('ts-morph').VariableDeclaration, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const name = declaration.getName();
  const scope = declaration.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a) || Node.isModuleBlock(a));
  if (!scope || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  for (const assignment of descendantsOfKind(scope, SyntaxKind.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = assignment.getLeft();
    if (!Node.isIdentifier(left) || left.getText() !== name) continue;
    const binding = resolveIdentifier(left);
    if (binding.kind !== 'local' || binding.declaration !== declaration) continue;
    const origin = originOf(assignment.getRight(), types, depth + 1);
    if (origin) return { ...origin, confidence: 'medium', clientDeclaration: origin.clientDeclaration ?? declaration };
  }
  return undefined;
}

function originOfTypeAnnotation(declaration: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  if (!Node.isParameterDeclaration(declaration) && !Node.isPropertyDeclaration(declaration) && !Node.isVariableDeclaration(declaration)) {
    return undefined;
  }
  if (Node.isPropertyDeclaration(declaration)) {
    const init = declaration.getInitializer();
    if (init) {
      const origin = originOf(init, types, depth + 1);
      if (origin) return { ...origin, clientDeclaration: declaration };
    }
  }
  return originOfTypeNode(declaration.getTypeNode(), declaration, types);
}

/**
 * `step: typeof step` with `step` imported from a package (Inngest's context-free step tools): the parameter holds that
 * export's kind of value — the export itself, not an instance of it. A local value's `typeof` is left to the checker:
 * another instance of the same class may be made with other options.
 */
function packageValueOfTypeQuery(query: import('ts-morph').TypeQueryNode, declaration: Node, types: TypeOracle | undefined): ValueOrigin | undefined {
  const named = packageExportOfTypeQuery(query, types);
  if (!named || (named.namespace && !named.member)) return undefined;
  const path = !named.namespace && named.member ? [named.member] : [];
  return { module: named.module, exportName: named.exportName, path, instance: false, clientDeclaration: declaration, confidence: 'high' };
}

/** The package export a `typeof x` (or `typeof ns.x`) names: an import from a package, not from the project. */
function packageExportOfTypeQuery(query: import('ts-morph').TypeQueryNode, types: TypeOracle | undefined): { module: string; exportName: string; member?: string; namespace: boolean } | undefined {
  const name = query.getExprName();
  const root = Node.isQualifiedName(name) ? name.getLeft() : name;
  if (!Node.isIdentifier(root)) return undefined;
  const binding = resolveIdentifier(root);
  if (binding.kind !== 'import' || binding.module.startsWith('.') || types?.isProjectModule?.(binding.module, root)) return undefined;
  const member = Node.isQualifiedName(name) ? name.getRight().getText() : undefined;
  const namespace = binding.exportName === '*';
  return { module: binding.module, exportName: namespace && member ? member : binding.exportName, member, namespace };
}

/** The package instance a written type names: `OpenAI`, `OpenAI | null`, `Promise<Anthropic>`, `sdk.Client`. */
export function originOfTypeNode(written: Node | undefined, declaration: Node, types: TypeOracle | undefined, depth = 0): ValueOrigin | undefined {
  let typeNode = written ? withoutNullish(written as TypeNode) : undefined;
  // `type MyContext = Context & SessionFlavor<Data>` in the project: the alias's package type, the first of an intersection.
  if (typeNode && types?.links && depth < 2) {
    const aliased = aliasedType(typeNode, types.links);
    if (aliased !== typeNode && Node.isIntersectionTypeNode(aliased)) {
      for (const member of aliased.getTypeNodes()) {
        const origin = originOfTypeNode(member, declaration, types, depth + 1);
        if (origin) return origin;
      }
      return undefined;
    }
    if (aliased !== typeNode && Node.isTypeReference(aliased)) typeNode = aliased;
    // `type SessionChannel = ThreadChannel | DMChannel`: the union the alias names, read as if written in place.
    if (aliased !== typeNode && Node.isUnionTypeNode(aliased)) return originOfTypeNode(aliased, declaration, types, depth + 1);
  }
  if (!typeNode && written && Node.isUnionTypeNode(written)) {
    // `walletClient: EVMWalletClient | SolanaWalletClient`: one of several package classes, narrowed where it is
    // used (`instanceof`); the first stands for them when every member is a package type.
    const members = written.getTypeNodes().filter((t) => !/^(null|undefined)$/.test(t.getText()));
    const origins = members.map((member) => originOfTypeNode(member, declaration, types));
    return origins.every((origin) => origin !== undefined) ? origins[0] : undefined;
  }
  if (typeNode && Node.isTypeQuery(typeNode)) return packageValueOfTypeQuery(typeNode, declaration, types);
  // `client: App['client']`: the member of a package type a literal key names.
  if (typeNode && Node.isIndexedAccessTypeNode(typeNode) && depth < 2) {
    const index = typeNode.getIndexTypeNode();
    const literal = Node.isLiteralTypeNode(index) ? index.getLiteral() : undefined;
    const base = literal && Node.isStringLiteral(literal) ? originOfTypeNode(typeNode.getObjectTypeNode(), declaration, types, depth + 1) : undefined;
    return base && literal && Node.isStringLiteral(literal) ? { ...base, path: [...base.path, literal.getLiteralValue()] } : undefined;
  }
  if (typeNode && Node.isImportTypeNode(typeNode)) return importTypeOrigin(typeNode, declaration, types);
  if (!typeNode || !Node.isTypeReference(typeNode)) return undefined;
  // `Pick<Message, 'reply'>`, `Partial<Config>`: the members left are the type's own.
  const [first] = typeNode.getTypeArguments();
  const utility = typeNode.getTypeName().getText();
  if (first && depth < 2 && /^(Pick|Omit|Partial|Required|Readonly|NonNullable|Awaited)$/.test(utility)) return originOfTypeNode(first, declaration, types, depth + 1);
  // `ReturnType<typeof makeWASocket>`, `InstanceType<typeof Client>`: what a package's factory or class makes.
  if (first && /^(ReturnType|InstanceType)$/.test(utility) && Node.isTypeQuery(first)) {
    const named = packageExportOfTypeQuery(first, types);
    return named ? { module: named.module, exportName: named.exportName, path: [], instance: true, clientDeclaration: declaration, confidence: 'high' } : undefined;
  }
  const nameNode = typeNode.getTypeName();
  const root = Node.isQualifiedName(nameNode) ? nameNode.getLeft() : nameNode;
  if (!Node.isIdentifier(root)) return undefined;
  const binding = resolveIdentifier(root);
  // A type from a project module (`svc: TicketService`) is the project's: values.ts follows it — unless it is an
  // interface extending a package type (`interface MyContext extends Context { session?: … }`): that type, widened.
  if (binding.kind !== 'import' || binding.module.startsWith('.') || types?.isProjectModule?.(binding.module, root)) {
    // A package type the project module only re-exports (a workspace package's `export type { Octokit } from '@octokit/core'`).
    const behind = binding.kind === 'import' && binding.exportName !== '*' && Node.isIdentifier(nameNode) ? types?.packageExportBehind?.(root, binding.module, binding.exportName) : undefined;
    if (behind) return { module: behind.module, exportName: behind.exportName, path: [], instance: true, clientDeclaration: declaration, confidence: 'high' };
    return depth < 2 && Node.isIdentifier(nameNode) ? extendedPackageInterface(nameNode, declaration, types, depth) : undefined;
  }
  const path = Node.isQualifiedName(nameNode) ? [nameNode.getRight().getText()] : [];
  // `calendar: calendar_v3.Calendar` with `import { calendar_v3 } from 'googleapis'`: a type of a namespace the package
  // exports by name — an instance of that type, whose members follow it (`calendar.events.insert`), not a member path.
  if (path.length && binding.exportName !== '*' && binding.exportName !== 'default' && binding.exportName !== COMMONJS_MODULE && startsLowerCase(binding.exportName)) {
    return { module: binding.module, exportName: path[0]!, path: [], instance: true, clientDeclaration: declaration, confidence: 'high' };
  }
  return {
    module: binding.module,
    exportName: binding.exportName === '*' && path.length ? path[0]! : binding.exportName,
    path: binding.exportName === '*' ? [] : path,
    instance: true,
    clientDeclaration: declaration,
    confidence: 'high',
  };
}

/**
 * `client: import('@anthropic-ai/sdk').default`, `channel: import('discord.js').TextChannel`: an inline import type names
 * the package's export (then members of it) as an `import` of it would. `typeof import('…')` is the module, not an
 * instance; a project module's type is the project's (values.ts follows it).
 */
function importTypeOrigin(typeNode: import('ts-morph').ImportTypeNode, declaration: Node, types: TypeOracle | undefined): ValueOrigin | undefined {
  const argument = typeNode.getArgument();
  const literal = Node.isLiteralTypeNode(argument) ? argument.getLiteral() : undefined;
  const qualifier = typeNode.getQualifier();
  if (typeNode.compilerNode.isTypeOf || !literal || !Node.isStringLiteral(literal) || !qualifier) return undefined;
  const module = literal.getLiteralValue();
  if (module.startsWith('.') || types?.isProjectModule?.(module, typeNode)) return undefined;
  const [exportName, ...path] = qualifier.getText().split('.');
  return { module, exportName: exportName!, path, instance: true, clientDeclaration: declaration, confidence: 'high' };
}

function startsLowerCase(name: string): boolean {
  return /^[a-z]/.test(name);
}

/** A project interface extending a package type (`interface MyContext extends Context`): an instance of that type. */
function extendedPackageInterface(name: Identifier, declaration: Node, types: TypeOracle | undefined, depth: number): ValueOrigin | undefined {
  const found = typeDeclaration(name, types?.links);
  if (!found || !Node.isInterfaceDeclaration(found)) return undefined;
  for (const base of found.getExtends()) {
    const expression = base.getExpression();
    if (!Node.isIdentifier(expression)) continue;
    const binding = resolveIdentifier(expression);
    if (binding.kind !== 'import' || binding.module.startsWith('.') || types?.isProjectModule?.(binding.module, expression)) continue;
    return { module: binding.module, exportName: binding.exportName, path: [], instance: true, clientDeclaration: declaration, confidence: 'high' };
  }
  return undefined;
}

/**
 * What written types say when no value can be followed: a project function's return type
 * (`function client(): OpenAI`), a member of a project interface or class (`ctx.openai` with
 * `interface Ctx { openai: OpenAI }`, `const { openai } = deps`).
 */
function declaredOrigin(node: Node, types: TypeOracle | undefined): ValueOrigin | undefined {
  const links = types?.links;
  if (Node.isCallExpression(node)) {
    const fn = links?.functionCalledBy(node) as { getReturnTypeNode?: () => Node | undefined } | undefined;
    const fromBody = fn?.getReturnTypeNode ? originOfTypeNode(fn.getReturnTypeNode(), node, types) : undefined;
    if (fromBody) return fromBody;
    // `deps.manager.getClient('write')`: the return type the receiver's written type gives the method.
    const callee = node.getExpression();
    const returned = Node.isPropertyAccessExpression(callee) ? methodReturnTypeOf(callee.getExpression(), callee.getName(), links) : undefined;
    if (returned) return originOfTypeNode(returned, node, types);
    // `clients.get(name)` on a `Map<string, OpenAI>`, `getSlack()` written `() => { client: WebClient }`: the written type of the
    // call — only when no project function it runs can be found, even one assigned to the callee (`this.lazySession = async
    // () => new OpenAI({ timeout })` for `lazySession: () => Promise<OpenAI>`): its own returns say more than its written type.
    const written = fn || (links && runsProjectFunction(callee, links)) ? undefined : declaredTypeOf(node, links);
    return written ? originOfTypeNode(written, node, types) : undefined;
  }
  if (Node.isPropertyAccessExpression(node) || Node.isIdentifier(node)) {
    const written = declaredTypeOf(node, links);
    return written ? originOfTypeNode(written, node, types) : undefined;
  }
  return undefined;
}

/** Whether a callee expression holds a function the project writes (assigned, initialised or passed), whatever its written type. */
function runsProjectFunction(callee: Node, links: ProjectLinks): boolean {
  const value = valueOf(callee, links);
  const node = value?.kind === 'node' ? value.node : undefined;
  return node !== undefined && (Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node));
}

function viaTypes(expression: Expression, types: TypeOracle | undefined, path: string[]): ValueOrigin | undefined {
  if (!types) return undefined;
  const found = types.packageTypeOf(expression);
  if (!found) return undefined;
  return { module: found.module, exportName: found.exportName, path, instance: true, confidence: 'high' };
}

/** Strips parentheses, `await`, non-null and type assertions. */
export function unwrap(node: Node): Node {
  return unwrapValue(node);
}

/** The object literal a value resolves to: written inline or held by a const in scope. */
export function objectLiteralOf(node: Node | undefined, depth = 0): ObjectLiteralExpression | undefined {
  if (!node || depth > 4) return undefined;
  const value = unwrap(node);
  if (Node.isObjectLiteralExpression(value)) return value;
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    if (binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration)) {
      return objectLiteralOf(binding.declaration.getInitializer(), depth + 1);
    }
  }
  return undefined;
}

/**
 * Whether an object literal has a property, shorthand or method under one of `names` (propertyOf for any of them), read
 * off the compiler's nodes: asked of every object literal a handler search passes over, where wrapping each property
 * and its name only to find none of the names cost more than the rest of the test.
 */
export function hasPropertyNamed(object: ObjectLiteralExpression, names: ReadonlyArray<string>): boolean {
  return compilerObjectHasProperty(object.compilerNode, () => object.getSourceFile().compilerNode, names);
}

/** hasPropertyNamed on the compiler's object literal, for a caller that has not wrapped it (`file` gives its source file). */
export function compilerObjectHasProperty(object: ts.ObjectLiteralExpression, file: () => ts.SourceFile, names: ReadonlyArray<string>): boolean {
  let source: ts.SourceFile | undefined;
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property) && !ts.isMethodDeclaration(property)) continue;
    const name = property.name;
    const text = ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : name.getText((source ??= file()));
    if (names.includes(text)) return true;
  }
  return false;
}

/** A property of an object literal by name (property assignment, shorthand or method). */
export function propertyOf(object: ObjectLiteralExpression | undefined, name: string): Node | undefined {
  if (!object) return undefined;
  for (const property of object.getProperties()) {
    if (
      (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property) || Node.isMethodDeclaration(property)) &&
      propertyName(property) === name
    ) {
      return property;
    }
  }
  return undefined;
}

export function propertyName(property: Node): string | undefined {
  if (Node.isPropertyAssignment(property) || Node.isMethodDeclaration(property) || Node.isShorthandPropertyAssignment(property)) {
    const nameNode = property.getNameNode();
    if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) return nameNode.getLiteralValue();
    if (Node.isIdentifier(nameNode)) return nameNode.getText();
    return nameNode.getText();
  }
  return undefined;
}

/** The value expression of a property (the initializer, the shorthand's identifier, or the method itself). */
export function propertyValue(property: Node | undefined): Node | undefined {
  if (!property) return undefined;
  if (Node.isPropertyAssignment(property)) return property.getInitializer();
  if (Node.isShorthandPropertyAssignment(property)) return property.getNameNode();
  if (Node.isMethodDeclaration(property)) return property;
  return undefined;
}

/** Whether an object literal spreads something we cannot see into (`{ ...opts }`). */
export function hasOpaqueSpread(object: ObjectLiteralExpression): boolean {
  return object.getProperties().some((p) => Node.isSpreadAssignment(p) && !objectLiteralOf(p.getExpression()));
}

/**
 * The object literals a spread may put in: `...headers`, and each branch of `...(key ? { 'Idempotency-Key': key } : {})`
 * or `...(key && { … })` — properties the object carries when the condition holds.
 */
export function objectLiteralsSpreadBy(spread: Node, depth = 0): ObjectLiteralExpression[] {
  const value = unwrap(spread);
  if (depth > 4) return [];
  if (Node.isConditionalExpression(value)) return [...objectLiteralsSpreadBy(value.getWhenTrue(), depth + 1), ...objectLiteralsSpreadBy(value.getWhenFalse(), depth + 1)];
  if (Node.isBinaryExpression(value)) {
    const operator = value.getOperatorToken().getKind();
    if (operator === SyntaxKind.AmpersandAmpersandToken) return objectLiteralsSpreadBy(value.getRight(), depth + 1);
    if (operator === SyntaxKind.BarBarToken || operator === SyntaxKind.QuestionQuestionToken) {
      return [...objectLiteralsSpreadBy(value.getLeft(), depth + 1), ...objectLiteralsSpreadBy(value.getRight(), depth + 1)];
    }
  }
  const object = objectLiteralOf(value);
  return object ? [object] : [];
}

/** Finds a property through spreads of visible object literals too. */
export function deepPropertyOf(object: ObjectLiteralExpression | undefined, name: string, depth = 0): Node | undefined {
  if (!object || depth > 4) return undefined;
  const direct = propertyOf(object, name);
  if (direct) return direct;
  for (const property of object.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      const inner = deepPropertyOf(objectLiteralOf(property.getExpression()), name, depth + 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

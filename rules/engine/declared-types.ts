// declaredTypeOf: what a declaration's written type says a value is, read syntactically — through the
// project's own interfaces, type aliases and classes down to a member typed with a package class
// (`ctx: AgentContext` and `interface AgentContext { openai: OpenAI }` make `ctx.openai` an OpenAI
// client). No type checker, so the answer is the same without node_modules. Depth-bounded.
import { Node, SyntaxKind, ts, type Identifier, type SourceFile, type TypeNode } from 'ts-morph';
import { wrapCompilerNode } from './kind-index.js';
import { hasInstanceMethod, instanceMember } from './class-members.js';
import { resolveIdentifier } from './scope.js';
import type { ProjectLinks } from './values.js';

const MAX_DEPTH = 6;

/** The type node written for a value expression (`ctx`, `ctx.clients.openai`, `this.llm`), if any. */
export function declaredTypeOf(expression: Node, links: ProjectLinks | undefined, depth = 0): TypeNode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = skipExpressionWrappers(expression);
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    if (binding.kind !== 'local') return undefined;
    const declaration = binding.declaration;
    if (Node.isBindingElement(declaration)) {
      // const { openai } = ctx / function f({ openai }: Deps): the member of the holder's type.
      const holder = declaration.getParent()?.getParent();
      const key = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
      const holderType = holder && (Node.isVariableDeclaration(holder) || Node.isParameterDeclaration(holder)) ? holderTypeOf(holder, links, depth) : undefined;
      return holderType ? memberTypeOf(holderType, key, links, depth + 1) : undefined;
    }
    // `run: async (ctx) => …` in an object written `BatchJob`: the type the written function type gives the parameter.
    const written = unfoldReturnType(Node.isParameterDeclaration(declaration) ? parameterTypeOf(declaration, links) : writtenType(declaration), links);
    if (written || !Node.isVariableDeclaration(declaration)) return written;
    // `const session = this.sessions.get(id)` on a `Map<string, Session>`: the map's value type.
    const init = declaration.getInitializer();
    const held = init ? skipExpressionWrappers(init) : undefined;
    const getter = held && Node.isCallExpression(held) ? skipExpressionWrappers(held.getExpression()) : undefined;
    return getter && Node.isPropertyAccessExpression(getter) && getter.getName() === 'get' ? declaredTypeOf(held!, links, depth + 1) : undefined;
  }
  if (Node.isPropertyAccessExpression(node)) {
    const target = skipExpressionWrappers(node.getExpression());
    if (target.getKind() === SyntaxKind.ThisKeyword || isThisAlias(target)) {
      let cls: Node | undefined = node.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
      // The class's own member, else the one a class it extends declares (`constructor(protected readonly client: Client)`
      // in a project base class every tool class extends).
      for (let up = 0; cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) && up < MAX_DEPTH; up++) {
        const member = instanceMember(cls, node.getName());
        if (member) return unfoldReturnType(writtenType(member), links);
        const base = cls.getExtends()?.getExpression();
        cls = base && Node.isIdentifier(base) ? typeDeclaration(base, links) : undefined;
      }
      return undefined;
    }
    const base = declaredTypeOf(target, links, depth + 1);
    return base ? memberTypeOf(base, node.getName(), links, depth + 1) : undefined;
  }
  if (Node.isCallExpression(node)) {
    // `clients.get(name)` on a `Map<string, OpenAI>` (written, or `new Map<string, OpenAI>()`): the map's value type.
    const callee = skipExpressionWrappers(node.getExpression());
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'get' && node.getArguments().length === 1) {
      const held = containerValueType(callee.getExpression(), links, depth);
      if (held) return held;
    }
    // `const { client } = getSlackClient()` with `getSlackClient: () => { client: WebClient }`: the written return type
    // of the function type the callee is declared with.
    // A project class's method reads as its written return type already (`this.clients()`).
    const signature = declaredTypeOf(node.getExpression(), links, depth + 1);
    if (signature && isProjectMethodReference(node.getExpression(), links)) return signature;
    const real = signature ? withoutNullish(aliasedType(signature, links)) : undefined;
    return real && Node.isFunctionTypeNode(real) ? real.getReturnTypeNode() : undefined;
  }
  return undefined;
}

const CONTAINERS = new Set(['Map', 'ReadonlyMap', 'WeakMap']);

/**
 * The value type of a map a written type or a `new Map<K, V>()` initialiser names (`private clients = new Map<string,
 * Anthropic>()`, `clients: Map<string, OpenAI>`). Only the written type arguments: a map written without them says nothing.
 */
export function containerValueType(container: Node, links: ProjectLinks | undefined, depth = 0): TypeNode | undefined {
  const written = declaredTypeOf(container, links, depth + 1);
  const real = written ? withoutNullish(aliasedType(written, links)) : undefined;
  if (real && Node.isTypeReference(real) && CONTAINERS.has(real.getTypeName().getText())) return real.getTypeArguments()[1];
  return written ? undefined : mapCreation(container)?.creation.getTypeArguments()[1];
}

/** The variable or class field a map expression names (`clients`, `this.sessions`) and the `new Map(…)` it is initialised with. */
export function mapCreation(expression: Node): { declaration: Node; creation: import('ts-morph').NewExpression } | undefined {
  const node = skipExpressionWrappers(expression);
  let declaration: Node | undefined;
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    declaration = binding.kind === 'local' ? binding.declaration : undefined;
  } else if (Node.isPropertyAccessExpression(node) && skipExpressionWrappers(node.getExpression()).getKind() === SyntaxKind.ThisKeyword) {
    const cls = node.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
    declaration = cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? cls.getProperty(node.getName()) : undefined;
  }
  const init = declaration && (Node.isVariableDeclaration(declaration) || Node.isPropertyDeclaration(declaration)) ? declaration.getInitializer() : undefined;
  let made = init;
  while (made && (Node.isParenthesizedExpression(made) || Node.isAsExpression(made) || Node.isSatisfiesExpression(made) || Node.isNonNullExpression(made))) made = made.getExpression();
  return declaration && made && Node.isNewExpression(made) && CONTAINERS.has(made.getExpression().getText()) ? { declaration, creation: made } : undefined;
}

/** A variable's or parameter's written type; for `const { a } = ctx` the type of `ctx`. */
function holderTypeOf(holder: Node, links: ProjectLinks | undefined, depth: number): TypeNode | undefined {
  const written = Node.isParameterDeclaration(holder) ? parameterTypeOf(holder, links) : writtenType(holder);
  if (written) return written;
  const init = Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
  return init ? declaredTypeOf(init, links, depth + 1) : undefined;
}

function writtenType(declaration: Node): TypeNode | undefined {
  if (
    Node.isParameterDeclaration(declaration) ||
    Node.isVariableDeclaration(declaration) ||
    Node.isPropertyDeclaration(declaration) ||
    Node.isPropertySignature(declaration)
  ) {
    return declaration.getTypeNode();
  }
  if (Node.isGetAccessorDeclaration(declaration) || Node.isMethodDeclaration(declaration)) return declaration.getReturnTypeNode();
  return undefined;
}

/** The written type of member `name` of a type: a type literal, a project interface, type alias or class. */
export function memberTypeOf(type: TypeNode, name: string, links: ProjectLinks | undefined, depth: number): TypeNode | undefined {
  return unfoldReturnType(writtenMemberTypeOf(type, name, links, depth), links);
}

function writtenMemberTypeOf(type: TypeNode, name: string, links: ProjectLinks | undefined, depth: number): TypeNode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const real = withoutNullish(type);
  if (!real) return undefined;
  if (Node.isTypeLiteral(real)) return real.getProperty(name)?.getTypeNode();
  if (Node.isIntersectionTypeNode(real)) {
    for (const part of real.getTypeNodes()) {
      const found = memberTypeOf(part, name, links, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!Node.isTypeReference(real)) return undefined;
  const typeName = real.getTypeName();
  if (!Node.isIdentifier(typeName)) return undefined;
  const declaration = typeDeclaration(typeName, links);
  if (!declaration) return undefined;
  if (Node.isInterfaceDeclaration(declaration)) {
    const own = declaration.getProperty(name)?.getTypeNode();
    if (own) return own;
    for (const base of declaration.getExtends()) {
      const expression = base.getExpression();
      if (!Node.isIdentifier(expression)) continue;
      const parent = typeDeclaration(expression, links);
      const found = parent && Node.isInterfaceDeclaration(parent) ? parent.getProperty(name)?.getTypeNode() : undefined;
      if (found) return found;
    }
    return undefined;
  }
  if (Node.isTypeAliasDeclaration(declaration)) {
    const aliased = declaration.getTypeNode();
    return aliased ? memberTypeOf(aliased, name, links, depth + 1) : undefined;
  }
  if (Node.isClassDeclaration(declaration)) {
    const member = instanceMember(declaration, name);
    return member ? writtenType(member) : undefined;
  }
  return undefined;
}

/**
 * Whether `receiver.name` names a method the project declares (on the enclosing class for `this.name`, on the project
 * class the receiver's written type names otherwise). declaredTypeOf reads such a member as its written return type —
 * what a call of it gives back — so its origin is that of the call's result, never of the function called.
 */
export function isProjectMethodReference(expression: Node, links: ProjectLinks | undefined): boolean {
  const node = skipExpressionWrappers(expression);
  if (!Node.isPropertyAccessExpression(node)) return false;
  const name = node.getName();
  const target = skipExpressionWrappers(node.getExpression());
  let cls: Node | undefined;
  if (target.getKind() === SyntaxKind.ThisKeyword) {
    cls = node.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  } else {
    const written = declaredTypeOf(target, links);
    const real = written ? withoutNullish(aliasedType(written, links)) : undefined;
    cls = real && Node.isTypeReference(real) && Node.isIdentifier(real.getTypeName()) ? typeDeclaration(real.getTypeName() as Identifier, links) : undefined;
  }
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return false;
  return hasInstanceMethod(cls, name);
}

/**
 * The return type written on method `name` of a receiver's written type: `deps.clientManager.getClientForOperation('write')`
 * with `clientManager: SlackClientManager` and `getClientForOperation(op): WebClient` in a project interface.
 */
export function methodReturnTypeOf(receiver: Node, name: string, links: ProjectLinks | undefined): TypeNode | undefined {
  const written = declaredTypeOf(receiver, links);
  const real = written ? withoutNullish(aliasedType(written, links)) : undefined;
  if (!real) return undefined;
  const declaration = Node.isTypeReference(real) && Node.isIdentifier(real.getTypeName()) ? typeDeclaration(real.getTypeName() as Identifier, links) : real;
  let member: Node | undefined;
  if (declaration && (Node.isInterfaceDeclaration(declaration) || Node.isClassDeclaration(declaration) || Node.isTypeLiteral(declaration))) {
    member = declaration.getMethod(name) ?? declaration.getProperty(name);
  }
  if (!member) return undefined;
  if (Node.isMethodSignature(member) || Node.isMethodDeclaration(member)) return member.getReturnTypeNode();
  const type = Node.isPropertySignature(member) || Node.isPropertyDeclaration(member) ? member.getTypeNode() : undefined;
  return type && Node.isFunctionTypeNode(type) ? type.getReturnTypeNode() : undefined;
}

/**
 * `ReturnType<SlackClientManager['getClientForOperation']>`: the return type written on that member of a project
 * interface, class or type literal (`getClientForOperation(op: Op): WebClient`). Any other type is returned as is.
 */
function unfoldReturnType(type: TypeNode | undefined, links: ProjectLinks | undefined): TypeNode | undefined {
  if (!type || !Node.isTypeReference(type) || type.getTypeName().getText() !== 'ReturnType') return type;
  const arg = type.getTypeArguments()[0];
  if (!arg || !Node.isIndexedAccessTypeNode(arg)) return type;
  const index = arg.getIndexTypeNode();
  const key = Node.isLiteralTypeNode(index) && Node.isStringLiteral(index.getLiteral()) ? (index.getLiteral() as import('ts-morph').StringLiteral).getLiteralValue() : undefined;
  const holder = withoutNullish(arg.getObjectTypeNode());
  if (!key || !holder) return type;
  const declaration = Node.isTypeReference(holder) && Node.isIdentifier(holder.getTypeName()) ? typeDeclaration(holder.getTypeName() as Identifier, links) : holder;
  let member: Node | undefined;
  if (declaration && (Node.isInterfaceDeclaration(declaration) || Node.isClassDeclaration(declaration))) {
    member = declaration.getMethod(key) ?? declaration.getProperty(key);
  } else if (declaration && Node.isTypeLiteral(declaration)) {
    member = declaration.getMethod(key) ?? declaration.getProperty(key);
  }
  if (!member) return type;
  if (Node.isMethodSignature(member) || Node.isMethodDeclaration(member)) return member.getReturnTypeNode() ?? type;
  const written = Node.isPropertySignature(member) || Node.isPropertyDeclaration(member) ? member.getTypeNode() : undefined;
  return written && Node.isFunctionTypeNode(written) ? written.getReturnTypeNode() ?? type : type;
}

/**
 * The type a project type alias stands for, followed through aliases (`Api<unknown>` → `type Api<_ = unknown> =
 * PlatformClient` → `type PlatformClient = ReturnType<typeof createPlatformClient>`); the type itself when it names
 * no project alias. Bounded.
 */
export function aliasedType(type: TypeNode, links: ProjectLinks | undefined): TypeNode {
  let current = type;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const real = withoutNullish(current);
    if (!real || !Node.isTypeReference(real)) return current;
    const name = real.getTypeName();
    if (!Node.isIdentifier(name)) return real;
    const declaration = typeDeclaration(name, links);
    const aliased = declaration && Node.isTypeAliasDeclaration(declaration) ? declaration.getTypeNode() : undefined;
    if (!aliased) return real;
    current = aliased;
  }
  return current;
}

/** `OpenAI | null | undefined` → `OpenAI`; `Promise<OpenAI>` → `OpenAI`; undefined when several real types remain. */
export function withoutNullish(type: TypeNode): TypeNode | undefined {
  let current: Node = type;
  for (;;) {
    if (Node.isParenthesizedTypeNode(current)) {
      current = current.getTypeNode();
      continue;
    }
    if (Node.isUnionTypeNode(current)) {
      const real = current.getTypeNodes().filter((t) => !isNullishType(t));
      if (real.length !== 1) return undefined;
      current = real[0]!;
      continue;
    }
    if (Node.isTypeReference(current) && current.getTypeName().getText() === 'Promise' && current.getTypeArguments().length === 1) {
      current = current.getTypeArguments()[0]!;
      continue;
    }
    return current as TypeNode;
  }
}

function isNullishType(type: Node): boolean {
  if (type.getKind() === SyntaxKind.UndefinedKeyword || type.getKind() === SyntaxKind.NullKeyword) return true;
  return Node.isLiteralTypeNode(type) && type.getLiteral().getKind() === SyntaxKind.NullKeyword;
}

/** The interface, type alias or class a type name refers to: declared in an enclosing scope, or exported by a project module. */
export function typeDeclaration(name: Identifier, links: ProjectLinks | undefined): Node | undefined {
  const text = name.getText();
  for (let scope: Node | undefined = name.getParent(); scope; scope = scope.getParent()) {
    if (!Node.isSourceFile(scope) && !Node.isBlock(scope) && !Node.isModuleBlock(scope)) continue;
    const declared = typesDeclaredIn(scope).get(text);
    if (declared) return wrapCompilerNode(scope.getSourceFile(), declared);
  }
  const binding = resolveIdentifier(name);
  if (binding.kind !== 'import' || !links || binding.exportName === '*') return undefined;
  const file: SourceFile | undefined = links.sourceFileForImport(name.getSourceFile(), binding.module);
  const declaration = file ? links.resolveExport(file, binding.exportName, 0) : undefined;
  return declaration && (Node.isInterfaceDeclaration(declaration) || Node.isTypeAliasDeclaration(declaration) || Node.isClassDeclaration(declaration))
    ? declaration
    : undefined;
}

/** `const self = this` (kept for a `function` callback, whose own `this` differs): `self` is the class's instance. */
const filesAliasingThis = new WeakMap<Node, boolean>();

function isThisAlias(node: Node): boolean {
  if (!Node.isIdentifier(node)) return false;
  // Only a file that writes `= this` can hold such an alias: decided once per file, before resolving any name.
  const file = node.getSourceFile();
  let aliases = filesAliasingThis.get(file);
  if (aliases === undefined) filesAliasingThis.set(file, (aliases = /=\s*this\s*[;,\n)]/.test(file.getFullText())));
  if (!aliases) return false;
  const binding = resolveIdentifier(node);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  const init = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
  return init !== undefined && skipExpressionWrappers(init).getKind() === SyntaxKind.ThisKeyword;
}

// Keyed by the compiler's node, which a re-parse replaces: an edited file gets a fresh index.
const typeIndexes = new WeakMap<ts.Node, Map<string, ts.Node>>();

/**
 * The interfaces, type aliases and classes a file, block or module block declares, the first of each name: what a walk
 * of its `getStatements()` for one with `getName()` equal to the name finds. Read once per scope off the compiler's
 * nodes (the walk wrapped every statement of the file for each type name looked up, ~2 % of a cold lint).
 */
function typesDeclaredIn(scope: SourceFile | import('ts-morph').Block | import('ts-morph').ModuleBlock): Map<string, ts.Node> {
  const compilerScope = scope.compilerNode as ts.SourceFile | ts.Block | ts.ModuleBlock;
  let index = typeIndexes.get(compilerScope);
  if (index) return index;
  index = new Map();
  const sourceFile = scope.getSourceFile().compilerNode;
  for (const statement of compilerScope.statements) {
    if (!ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement) && !ts.isClassDeclaration(statement)) continue;
    const declared = statement.name?.getText(sourceFile);
    if (declared !== undefined && !index.has(declared)) index.set(declared, statement);
  }
  typeIndexes.set(compilerScope, index);
  return index;
}

function skipExpressionWrappers(node: Node): Node {
  let current = node;
  while (Node.isParenthesizedExpression(current) || Node.isNonNullExpression(current) || Node.isAwaitExpression(current)) current = current.getExpression();
  return current;
}

/**
 * A parameter's type: written on it, or — for an inline callback with none — the type the function it is handed to
 * writes for it (`toolHandler(shape, async (input, { ctx }) => …)` with `handler: (input: I, meta: Meta) => …`: `Meta`).
 * Only a project function's written parameter type is read (no type checker).
 */
export function parameterTypeOf(parameter: Node, links: ProjectLinks | undefined): TypeNode | undefined {
  if (!Node.isParameterDeclaration(parameter)) return undefined;
  const written = parameter.getTypeNode();
  if (written) return written;
  const fn = parameter.getParent();
  if (!fn || !links?.functionCalledBy) return undefined;
  const index = (fn as { getParameters(): Node[] }).getParameters().indexOf(parameter);
  // `export const send: ToolHandler = async (args, { client }) => …` with `type ToolHandler = (args: T, ctx: ToolContext) => …`
  // written in the project, or `const step: Step = { run: async (client) => … }` with `interface Step { run: (client: OpenAI) => … }`:
  // the parameter's type is the one the function type written for the function gives it.
  const contextual = contextualSignature(fn, links);
  if (contextual) return contextual[index]?.getTypeNode();
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return undefined;
  const call = fn.getParent();
  if (!call || !Node.isCallExpression(call)) return undefined;
  const argIndex = call.getArguments().indexOf(fn);
  const callee = argIndex >= 0 ? links.functionCalledBy(call) : undefined;
  if (!callee || !('getParameters' in callee)) return undefined;
  const target = (callee as unknown as { getParameters(): Node[] }).getParameters()[argIndex];
  const type = target && Node.isParameterDeclaration(target) ? target.getTypeNode() : undefined;
  const signature = type ? withoutNullish(aliasedType(type, links)) : undefined;
  if (!signature || !Node.isFunctionTypeNode(signature)) return undefined;
  return signature.getParameters()[index]?.getTypeNode();
}

type SignatureParameters = Array<import('ts-morph').ParameterDeclaration>;

/**
 * The parameters of the function type the project writes for a function literal: the type of the variable or class
 * field it initialises, or — for an object's member (`run: async (client) => …`, `async run(client) { … }`) — the
 * member's type in the type written for the object (a typed variable, `satisfies T`, `as T`, or a member of an
 * enclosing typed object). Only the project's written types are read.
 */
function contextualSignature(fn: Node, links: ProjectLinks, depth = 0): SignatureParameters | undefined {
  if (depth > 2) return undefined;
  const holder = fn.getParent();
  if (!holder) return undefined;
  if ((Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && (Node.isVariableDeclaration(holder) || Node.isPropertyDeclaration(holder)) && holder.getInitializer() === fn) {
    const declared = holder.getTypeNode();
    return declared ? signatureParameters(declared, links) : undefined;
  }
  let key: string | undefined;
  let object: Node | undefined;
  if ((Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && Node.isPropertyAssignment(holder) && holder.getInitializer() === fn) {
    key = literalKey(holder.getNameNode());
    object = holder.getParent();
  } else if (Node.isMethodDeclaration(fn) && Node.isObjectLiteralExpression(holder)) {
    key = literalKey(fn.getNameNode());
    object = holder;
  }
  if (key === undefined || !object || !Node.isObjectLiteralExpression(object)) return undefined;
  const objectType = writtenObjectType(object, links, depth);
  return objectType ? memberSignature(objectType, key, links) : undefined;
}

/** The type written for an object literal: its variable's, its `satisfies`/`as` type, or its member type in an enclosing typed object. */
function writtenObjectType(object: Node, links: ProjectLinks, depth: number): TypeNode | undefined {
  let node = object;
  let parent = node.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) {
    node = parent;
    parent = node.getParent();
  }
  if (!parent) return undefined;
  if ((Node.isSatisfiesExpression(parent) || Node.isAsExpression(parent)) && parent.getExpression() === node) return parent.getTypeNode();
  if ((Node.isVariableDeclaration(parent) || Node.isPropertyDeclaration(parent)) && parent.getInitializer() === node) return parent.getTypeNode();
  // `const tools: ToolDef[] = [{ name, handler: async (client, args) => … }]`: an element of an array written to hold T is a T.
  if (Node.isArrayLiteralExpression(parent) && depth < 2) {
    const arrayType = writtenObjectType(parent, links, depth + 1);
    return arrayType ? elementTypeOf(arrayType, links) : undefined;
  }
  // `defineTool({ name, handler: (client, input) => … })` with `function defineTool(def: ToolDef<S>)`: the project
  // function's written type for the parameter the object is handed to.
  if (Node.isCallExpression(parent) && depth < 2) {
    const index = parent.getArguments().indexOf(node);
    const callee = index >= 0 ? links.functionCalledBy(parent) : undefined;
    const target = callee && 'getParameters' in callee ? (callee as unknown as { getParameters(): Node[] }).getParameters()[index] : undefined;
    return target && Node.isParameterDeclaration(target) && !target.isRestParameter() ? target.getTypeNode() : undefined;
  }
  if (Node.isPropertyAssignment(parent) && parent.getInitializer() === node && depth < 2) {
    const key = literalKey(parent.getNameNode());
    const outer = parent.getParent();
    const outerType = key !== undefined && outer && Node.isObjectLiteralExpression(outer) ? writtenObjectType(outer, links, depth + 1) : undefined;
    return outerType && key !== undefined ? memberTypeOf(outerType, key, links, depth + 1) : undefined;
  }
  return undefined;
}

/** The element type of an array type written `T[]`, `readonly T[]`, `Array<T>` or `ReadonlyArray<T>` (through an alias). */
function elementTypeOf(type: TypeNode, links: ProjectLinks): TypeNode | undefined {
  let real = withoutNullish(aliasedType(type, links));
  if (real && Node.isTypeOperatorTypeNode(real)) real = real.getTypeNode();
  if (real && Node.isArrayTypeNode(real)) return real.getElementTypeNode();
  if (real && Node.isTypeReference(real) && /^(?:Readonly)?Array$/.test(real.getTypeName().getText())) return real.getTypeArguments()[0];
  return undefined;
}

/** The parameters of member `key` of a written type: a function-typed property, or a method signature. */
function memberSignature(type: TypeNode, key: string, links: ProjectLinks): SignatureParameters | undefined {
  const property = memberTypeOf(type, key, links, 0);
  if (property) return signatureParameters(property, links);
  const real = withoutNullish(aliasedType(type, links));
  const declaration = real && Node.isTypeReference(real) && Node.isIdentifier(real.getTypeName()) ? typeDeclaration(real.getTypeName() as Identifier, links) : real;
  if (declaration && (Node.isInterfaceDeclaration(declaration) || Node.isTypeLiteral(declaration))) return declaration.getMethod(key)?.getParameters();
  return undefined;
}

function signatureParameters(type: TypeNode, links: ProjectLinks): SignatureParameters | undefined {
  const signature = withoutNullish(aliasedType(type, links));
  return signature && Node.isFunctionTypeNode(signature) ? signature.getParameters() : undefined;
}

function literalKey(name: Node): string | undefined {
  if (Node.isIdentifier(name)) return name.getText();
  if (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)) return name.getLiteralValue();
  return undefined;
}

// Per-tool handlers behind one registration: a registered function that runs a member of the tool being
// registered or picked — `for (const tool of tools) register(tool, (p) => tool.handler(ctx, p))`,
// `tools.forEach((tool) => server.registerTool(…, (a) => tool.cb(a)))`, `registerSingleTool(tool: Tool)` whose
// handler calls `tool.execute(args)`, `tools.find((t) => t.operation === op).cb(params)` — makes that member of
// every element a tool handler (corpus README question 11). The elements are read from the collection when it
// is written out (raw-tool-loops.ts tableEntries), else from its written type: the objects the package types as
// that type (or an alias of it: `type ToolBase = Omit<Tool, …>`) and the concrete classes implementing it, where
// an inherited method that calls `this.executeInternal()` runs the subclass's own `executeInternal`.
// Memoised per registered function and per type; at most MAX_ELEMENTS elements and MAX_FILES files per type.
import { Node, SyntaxKind, type CallExpression, type ConstructorDeclaration, type Identifier, type ObjectLiteralExpression, type ParameterDeclaration, type TypeNode } from 'ts-morph';
import { objectLiteralOf, propertyOf, propertyValue, unwrap } from './callee.js';
import { classConstructors } from './class-members.js';
import { containerValueType, declaredTypeOf, typeDeclaration, withoutNullish } from './declared-types.js';
import { descendantsOfKind } from './kind-index.js';
import { escapeRegExp } from './match.js';
import type { ClassNode, FunctionNode, ProjectModel } from './project-model.js';
import { entryHandler, entryName, iteratedCollection, tableEntries } from './raw-tool-loops.js';
import { resolveIdentifier } from './scope.js';
import type { ToolHandler } from './tool-handlers.js';

const MAX_ELEMENTS = 120;
const MAX_FILES = 150;

/** The tools a registered handler runs through a member of the registered (or picked) element. */
export function elementToolHandlers(handler: ToolHandler, model: ProjectModel): ToolHandler[] {
  const fn = handler.fn;
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn) || Node.isFunctionDeclaration(fn))) return [];
  return model.memoize('tool-element-handlers', fn, () => {
    const out: ToolHandler[] = [];
    const seen = new Set<Node>();
    for (const call of descendantsOfKind(fn, SyntaxKind.CallExpression)) {
      if (!returnsResultOf(call)) continue;
      const member = elementMember(call, fn, handler.registration) ?? memberRunByHelper(call, fn, handler.registration, model);
      if (!member) continue;
      for (const element of elementsOf(member, model)) {
        if (seen.has(element.body)) continue;
        seen.add(element.body);
        out.push({
          framework: `${handler.framework}, per-tool ${member.name}`,
          body: element.body,
          fn: element.body,
          registration: element.registration,
          name: element.name,
          annotations: {},
          confidence: 'medium',
        });
        if (out.length >= MAX_ELEMENTS) return out;
      }
    }
    return out;
  });
}

/**
 * Whether what a call returns is what its function returns: `return handler(params)`, `(p) => tool.cb(p)`, or a
 * variable it is put in that a `return` reads (`const result = await handler(p); …; return { content: [result] }`).
 * A call whose result goes nowhere (telemetry, a validation, a tool list fetched) is not the tool running.
 */
export function returnsResultOf(call: Node): boolean {
  let node: Node = call;
  let parent = node.getParent();
  while (parent && (Node.isAwaitExpression(parent) || Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isNonNullExpression(parent))) {
    node = parent;
    parent = parent.getParent();
  }
  if (!parent) return false;
  if (Node.isReturnStatement(parent)) return true;
  if (Node.isArrowFunction(parent) && parent.getBody() === node) return true;
  let held: string | undefined;
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) held = parent.getName();
  if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken && parent.getRight() === node && Node.isIdentifier(parent.getLeft())) {
    held = parent.getLeft().getText();
  }
  if (!held) return false;
  const fn = call.getFirstAncestor((a) => Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a));
  if (!fn) return false;
  const pattern = new RegExp(`(?<![\\w$.])${held.replace(/[$]/g, '\\$')}(?![\\w$])`);
  return descendantsOfKind(fn, SyntaxKind.ReturnStatement).some((r) => {
    const owner = r.getFirstAncestor((a) => Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a));
    const value = r.getExpression();
    return owner === fn && value !== undefined && pattern.test(value.getText());
  });
}

interface ElementMember {
  /** The member called: `handler`, `cb`, `execute`. */
  name: string;
  /** The collection the element comes from, when there is one. */
  collection?: Node;
  /** The element's written type, when it has one. */
  type?: TypeNode;
}

/**
 * `x.m(…)` (or `x.m.call(…)`) where `x` is the tool being registered or picked: an element of a collection the
 * registration loops over, an element found in a collection inside the handler, or a parameter of the function
 * that registers, whose value names the tool (`registerTool(tool.name, …)`).
 */
function elementMember(call: CallExpression, fn: FunctionNode, registration: Node): ElementMember | undefined {
  let callee = unwrap(call.getExpression());
  if (Node.isPropertyAccessExpression(callee) && ['call', 'apply'].includes(callee.getName())) callee = unwrap(callee.getExpression());
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const receiver = unwrap(callee.getExpression());
  if (!Node.isIdentifier(receiver)) return undefined;
  const binding = resolveIdentifier(receiver);
  if (binding.kind !== 'local') return undefined;
  const declaration = binding.declaration;
  const name = callee.getName();
  // The handler's own parameters are what the model sent, not a tool.
  if (Node.isParameterDeclaration(declaration) && declaration.getParent() === fn) return undefined;
  if (Node.isVariableDeclaration(declaration)) {
    const loop = declaration.getParent()?.getParent();
    if (loop && Node.isForOfStatement(loop)) {
      return registration.getFirstAncestor((a) => a === loop) ? { name, collection: loop.getExpression(), type: declaration.getTypeNode() } : undefined;
    }
    // const tool = tools.find((t) => t.operation === operation), in the handler
    const init = declaration.getInitializer();
    const found = init ? unwrap(init) : undefined;
    if (found && Node.isCallExpression(found) && fn.containsRange(declaration.getPos(), declaration.getEnd())) {
      const lookup = unwrap(found.getExpression());
      if (Node.isPropertyAccessExpression(lookup) && ['find', 'get'].includes(lookup.getName())) return { name, collection: lookup.getExpression(), type: declaration.getTypeNode() };
    }
    return undefined;
  }
  if (Node.isParameterDeclaration(declaration)) {
    const owner = declaration.getParent();
    const iteration = owner?.getParent();
    // tools.forEach((tool) => server.registerTool(…, (a) => tool.cb(a)))
    if (iteration && Node.isCallExpression(iteration) && (Node.isArrowFunction(owner) || Node.isFunctionExpression(owner)) && iteration.getArguments()[0] === owner && owner.getParameters()[0] === declaration) {
      const method = unwrap(iteration.getExpression());
      if (Node.isPropertyAccessExpression(method) && ['forEach', 'map', 'flatMap'].includes(method.getName()) && owner.containsRange(registration.getPos(), registration.getEnd())) {
        return { name, collection: method.getExpression(), type: declaration.getTypeNode() };
      }
      return undefined;
    }
    // registerSingleTool(tool: Tool) { server.registerTool(tool.name, …, (a) => tool.execute(a)) }
    if (owner && owner.containsRange(registration.getPos(), registration.getEnd()) && namesTool(registration, fn, receiver.getText())) {
      return { name, type: declaration.getTypeNode() };
    }
  }
  return undefined;
}

/**
 * `async (input, config) => this.authCheckWrapper(input, config, tool)` where the helper returns `tool.runner(input, …)`:
 * the element (a parameter of the function that registers, whose value names the tool) handed to a project function
 * whose result the handler returns, and which returns what a member of that parameter gives.
 */
function memberRunByHelper(call: CallExpression, fn: FunctionNode, registration: Node, model: ProjectModel): ElementMember | undefined {
  const args = call.getArguments();
  if (!args.some((arg) => Node.isIdentifier(unwrap(arg)))) return undefined;
  const helper = model.functionCalledBy(call);
  const parameters = helper && 'getParameters' in helper ? (helper as unknown as { getParameters(): ParameterDeclaration[] }).getParameters() : [];
  for (const [index, arg] of args.entries()) {
    const element = unwrap(arg);
    const parameter = parameters[index];
    if (!helper || !parameter || !Node.isIdentifier(element) || !Node.isIdentifier(parameter.getNameNode())) continue;
    const binding = resolveIdentifier(element);
    if (binding.kind !== 'local' || !Node.isParameterDeclaration(binding.declaration)) continue;
    const owner = binding.declaration.getParent();
    if (!owner || owner === fn || !owner.containsRange(registration.getPos(), registration.getEnd()) || !namesTool(registration, fn, element.getText())) continue;
    for (const inner of descendantsOfKind(helper, SyntaxKind.CallExpression)) {
      const callee = unwrap(inner.getExpression());
      if (!Node.isPropertyAccessExpression(callee)) continue;
      const receiver = unwrap(callee.getExpression());
      if (!Node.isIdentifier(receiver) || receiver.getText() !== parameter.getName()) continue;
      const own = resolveIdentifier(receiver);
      if (own.kind !== 'local' || own.declaration !== parameter || !returnsResultOf(inner)) continue;
      return { name: callee.getName(), type: binding.declaration.getTypeNode() ?? parameter.getTypeNode() };
    }
  }
  return undefined;
}

/** Whether the registration's arguments before the handler read the element (`tool.name`, `tool`). */
function namesTool(registration: Node, fn: FunctionNode, element: string): boolean {
  if (!Node.isCallExpression(registration) && !Node.isNewExpression(registration)) return false;
  const pattern = new RegExp(`(?<![\\w$.])${element.replace(/[$]/g, '\\$')}(?![\\w$])`);
  return registration.getArguments().some((arg) => !arg.containsRange(fn.getPos(), fn.getEnd()) && arg !== fn && pattern.test(arg.getText()));
}

export interface Element {
  body: FunctionNode;
  registration: Node;
  name?: string;
}

/**
 * Member `name` of every element of a collection a registration loops over: written in the collection's entries, or of
 * every object and class the package types as the element's written type (`type`, or the collection's).
 */
export function collectionMembers(collection: Node, name: string, type: TypeNode | undefined, model: ProjectModel): Element[] {
  return elementsOf({ name, collection, type }, model);
}

function elementsOf(member: ElementMember, model: ProjectModel): Element[] {
  if (member.collection) {
    const written: Element[] = [];
    for (const entry of tableEntries(member.collection, model, 0)) {
      const body = entryHandler(entry, member.name, model);
      if (body) written.push({ body, registration: entry.registration, name: entry.name ?? entryName(entry.value, model) });
    }
    if (written.length > 0) return written;
  }
  const type = member.type ?? (member.collection ? elementType(member.collection, model) : undefined);
  const declaration = type ? typeNamed(type, model) : undefined;
  return declaration ? implementationsOf(declaration, member.name, model) : [];
}

/** The element type of a collection's written type (`Tool[]`, `Array<Tool>`, `Promise<Tool[]>` from a project function). */
function elementType(collection: Node, model: ProjectModel): TypeNode | undefined {
  const value = unwrap(collection);
  // `this.tools.values()` on a `Map<string, Tool>` (written, or `new Map<string, Tool>()`): the map's value type.
  if (Node.isCallExpression(value) && value.getArguments().length === 0) {
    const callee = unwrap(value.getExpression());
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'values') return containerValueType(callee.getExpression(), model);
  }
  let written = declaredTypeOf(collection, model);
  if (!written && (Node.isIdentifier(value) || Node.isCallExpression(value))) {
    // const allTools = await getToolsFromContext(ctx), or `of getActiveTools(config)`: the function's written return type
    const binding = Node.isIdentifier(value) ? resolveIdentifier(value) : undefined;
    const init = binding?.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : value;
    const call = init ? unwrap(init) : undefined;
    const fn = call && Node.isCallExpression(call) ? model.functionCalledBy(call) : undefined;
    written = fn && 'getReturnTypeNode' in fn ? (fn as unknown as { getReturnTypeNode(): TypeNode | undefined }).getReturnTypeNode() : undefined;
  }
  const real = written ? withoutNullish(written) : undefined;
  if (!real) return undefined;
  if (Node.isArrayTypeNode(real)) return real.getElementTypeNode();
  if (Node.isTypeOperatorTypeNode(real)) {
    const inner = real.getTypeNode();
    return Node.isArrayTypeNode(inner) ? inner.getElementTypeNode() : undefined;
  }
  if (Node.isTypeReference(real) && ['Array', 'ReadonlyArray', 'Set'].includes(real.getTypeName().getText())) return real.getTypeArguments()[0];
  return undefined;
}

function typeNamed(type: TypeNode, model: ProjectModel, depth = 0): Node | undefined {
  const real = withoutNullish(type);
  if (!real || !Node.isTypeReference(real)) return undefined;
  const name = real.getTypeName();
  if (!Node.isIdentifier(name)) return undefined;
  // `transformToLangChainTool(tool: T)` in `class Provider<T extends PanoTool>`: the elements are the constraint's.
  const constraint = depth < 3 ? typeParameterConstraint(name) : undefined;
  return constraint ? typeNamed(constraint, model, depth + 1) : typeDeclaration(name, model);
}

/** The constraint of the type parameter a name refers to, declared by a function, method or class around it. */
function typeParameterConstraint(name: Identifier): TypeNode | undefined {
  for (let node: Node | undefined = name.getParent(); node && !Node.isSourceFile(node); node = node.getParent()) {
    if (!Node.isClassDeclaration(node) && !Node.isMethodDeclaration(node) && !Node.isFunctionDeclaration(node) && !Node.isArrowFunction(node) && !Node.isFunctionExpression(node)) continue;
    const declared = node.getTypeParameters().find((p) => p.getName() === name.getText());
    if (declared) return declared.getConstraint();
  }
  return undefined;
}

/** The elements of a project type: objects typed as it (or an alias of it), and the concrete classes implementing it. */
function implementationsOf(declaration: Node, member: string, model: ProjectModel): Element[] {
  return model.memoize(`tool-element-implementations:${member}`, declaration, () => {
    const out: Element[] = [];
    if (Node.isInterfaceDeclaration(declaration) || Node.isClassDeclaration(declaration)) out.push(...classElements(declaration, member, model));
    if (Node.isInterfaceDeclaration(declaration) || Node.isTypeAliasDeclaration(declaration)) out.push(...objectElements(declaration, member, model));
    return out.slice(0, MAX_ELEMENTS);
  });
}

function classElements(declaration: Node, member: string, model: ProjectModel): Element[] {
  const out: Element[] = [];
  const queue: Node[] = [declaration];
  const visited = new Set<Node>(queue);
  if (Node.isClassDeclaration(declaration) && !declaration.isAbstract()) out.push(...classMember(declaration, member, model));
  for (let i = 0; i < queue.length && visited.size < MAX_ELEMENTS; i++) {
    const type = queue[i]!;
    const name = Node.isInterfaceDeclaration(type) || Node.isClassDeclaration(type) ? type.getName() : undefined;
    if (!name) continue;
    const home = type.getSourceFile().getFilePath();
    for (const path of [home, ...model.filesImplementing(home, name).filter((p) => p !== home)].slice(0, MAX_FILES)) {
      const file = model.fileAt(path);
      if (!file) continue;
      const candidates: Node[] = [...file.getClasses(), ...file.getInterfaces()];
      for (const candidate of candidates) {
        if (visited.has(candidate) || !namesInHeritage(candidate, name, type, model)) continue;
        visited.add(candidate);
        queue.push(candidate);
        if (Node.isClassDeclaration(candidate) && !candidate.isAbstract()) out.push(...classMember(candidate, member, model));
      }
    }
  }
  return out;
}

function namesInHeritage(candidate: Node, name: string, type: Node, model: ProjectModel): boolean {
  const clauses = Node.isClassDeclaration(candidate)
    ? [...candidate.getImplements(), ...(candidate.getExtends() ? [candidate.getExtends()!] : [])]
    : Node.isInterfaceDeclaration(candidate)
      ? candidate.getExtends()
      : [];
  return clauses.some((clause) => {
    const expression = clause.getExpression();
    return Node.isIdentifier(expression) && expression.getText() === name && typeDeclaration(expression, model) === type;
  });
}

/** A concrete class's member `m`: its own, or the inherited one — and then the class's own methods it calls on `this`. */
function classMember(cls: ClassNode, member: string, model: ProjectModel): Element[] {
  const method = model.methodOf(cls, member);
  if (!method?.getBody()) return constructedElements(cls, member, model);
  const name = toolNameOf(cls);
  const own = cls.getInstanceMethod(member);
  if (!own) {
    // `async execute(input) { return this.executeInternal(input) }` in the base: the subclass's executeInternal runs.
    const overridden = descendantsOfKind(method, SyntaxKind.CallExpression)
      .map((call) => unwrap(call.getExpression()))
      .filter((callee) => Node.isPropertyAccessExpression(callee) && Node.isThisExpression(unwrap(callee.getExpression())))
      .map((callee) => cls.getInstanceMethod((callee as unknown as { getName(): string }).getName()))
      .filter((m): m is NonNullable<typeof m> => m !== undefined && m.getBody() !== undefined);
    if (overridden.length > 0) return overridden.map((m) => ({ body: m as FunctionNode, registration: cls, name }));
  }
  return [{ body: method, registration: cls, name }];
}

/**
 * A field the constructor stores from its argument (`this.runner = config.runner`, `this.run = run`, `constructor(private
 * run: Run)`): each construction of the class in the package (`new PanoTool({ name, runner: async (input) => … })`) is an
 * element, its function the one that construction hands over.
 */
function constructedElements(cls: ClassNode, member: string, model: ProjectModel): Element[] {
  const ctor = classConstructors(cls)[0];
  const stored = ctor ? storedArgument(ctor, member) : undefined;
  if (!ctor || !stored) return [];
  const out: Element[] = [];
  for (const site of model.callSitesOf(ctor)) {
    if (!Node.isNewExpression(site)) continue;
    const arg = site.getArguments()[stored.index];
    const object = arg && stored.property ? objectLiteralOf(arg) : undefined;
    const value = stored.property ? propertyValue(propertyOf(object, stored.property)) : arg;
    const body = value ? model.functionOfValue(value) : undefined;
    if (!body || out.some((e) => e.body === body)) continue;
    const label = object ? propertyValue(propertyOf(object, 'name')) : undefined;
    out.push({ body, registration: site, name: label && Node.isStringLiteral(label) ? label.getLiteralValue() : undefined });
    if (out.length >= MAX_ELEMENTS) break;
  }
  return out;
}

/** Which constructor argument (and property of it) a field is stored from. */
function storedArgument(ctor: ConstructorDeclaration, member: string): { index: number; property?: string } | undefined {
  const parameters = ctor.getParameters();
  const own = parameters.findIndex((p) => p.isParameterProperty() && p.getName() === member);
  if (own >= 0) return { index: own };
  const body = ctor.getBody();
  for (const statement of body && Node.isBlock(body) ? body.getStatements() : []) {
    if (!Node.isExpressionStatement(statement)) continue;
    const assignment = unwrap(statement.getExpression());
    if (!Node.isBinaryExpression(assignment) || assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const target = unwrap(assignment.getLeft());
    if (!Node.isPropertyAccessExpression(target) || target.getName() !== member || !Node.isThisExpression(unwrap(target.getExpression()))) continue;
    const value = unwrap(assignment.getRight());
    const base = Node.isPropertyAccessExpression(value) ? unwrap(value.getExpression()) : value;
    if (!Node.isIdentifier(base)) return undefined;
    const binding = resolveIdentifier(base);
    const index = binding.kind === 'local' ? parameters.indexOf(binding.declaration as never) : -1;
    return index >= 0 ? { index, property: Node.isPropertyAccessExpression(value) ? value.getName() : undefined } : undefined;
  }
  return undefined;
}

function toolNameOf(cls: ClassNode): string | undefined {
  const field = cls.getProperty('name')?.getInitializer();
  return field && (Node.isStringLiteral(field) || Node.isNoSubstitutionTemplateLiteral(field)) ? field.getLiteralValue() : cls.getName();
}

/** Object literals the package types as the type or as an alias of it, with member `m` a function. */
function objectElements(declaration: Node, member: string, model: ProjectModel): Element[] {
  const types = new Set<Node>([declaration, ...aliasesOf(declaration)]);
  const out: Element[] = [];
  for (const type of types) {
    const name = (type as unknown as { getName(): string }).getName();
    for (const path of model.filesMatching(type.getSourceFile().getFilePath(), typedAsPattern(name)).slice(0, MAX_FILES)) {
      const file = model.fileAt(path);
      if (!file) continue;
      for (const object of model.nodesOfKinds<ObjectLiteralExpression>(file, [SyntaxKind.ObjectLiteralExpression])) {
        const written = writtenTypeOf(object);
        if (!written || !typedAs(written, name, types, model)) continue;
        const value = propertyValue(propertyOf(object, member));
        const body = value ? model.functionOfValue(value) : undefined;
        if (!body || out.some((e) => e.body === body)) continue;
        const label = propertyValue(propertyOf(object, 'name'));
        out.push({ body, registration: object, name: label && Node.isStringLiteral(label) ? label.getLiteralValue() : undefined });
        if (out.length >= MAX_ELEMENTS) return out;
      }
    }
  }
  return out;
}

/** Text that writes `name` as a type: `: Name`, `<Name>`, `Name[]` after one of those, `satisfies Name`, `as Name`. */
function typedAsPattern(name: string): RegExp {
  return new RegExp(`(?:[:<|&,]\\s*|\\b(?:satisfies|as)\\s+)${escapeRegExp(name)}(?![\\w$])`);
}

/** `type ToolBase<T> = Omit<Tool<T>, 'title'>`, `type Named = Tool & { … }`: aliases in the type's own file that name it. */
function aliasesOf(declaration: Node): Node[] {
  const name = (declaration as unknown as { getName(): string | undefined }).getName?.();
  if (!name) return [];
  const pattern = new RegExp(`(?<![\\w$])${escapeRegExp(name)}(?![\\w$])`);
  return declaration.getSourceFile().getTypeAliases().filter((alias) => alias !== declaration && pattern.test(alias.getTypeNode()?.getText() ?? ''));
}

/** The type written for an object literal: its variable's, its function's return type, `satisfies`/`as`, a typed array's element. */
function writtenTypeOf(object: Node): TypeNode | undefined {
  let node: Node = object;
  let parent = node.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) {
    node = parent;
    parent = parent.getParent();
  }
  if (!parent) return undefined;
  if (Node.isVariableDeclaration(parent) || Node.isPropertyDeclaration(parent)) return parent.getTypeNode();
  if (Node.isSatisfiesExpression(parent) || Node.isAsExpression(parent)) return parent.getTypeNode();
  if (Node.isArrowFunction(parent)) return parent.getReturnTypeNode();
  if (Node.isReturnStatement(parent)) {
    const fn = parent.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isMethodDeclaration(a));
    return fn && 'getReturnTypeNode' in fn ? (fn as unknown as { getReturnTypeNode(): TypeNode | undefined }).getReturnTypeNode() : undefined;
  }
  if (Node.isArrayLiteralExpression(parent)) {
    const array = writtenTypeOf(parent);
    const real = array ? withoutNullish(array) : undefined;
    return real && Node.isArrayTypeNode(real) ? real.getElementTypeNode() : undefined;
  }
  return undefined;
}

function typedAs(written: TypeNode, name: string, types: ReadonlySet<Node>, model: ProjectModel): boolean {
  const real = withoutNullish(written);
  if (!real || !Node.isTypeReference(real)) return false;
  const typeName = real.getTypeName();
  return Node.isIdentifier(typeName) && typeName.getText() === name && types.has(typeDeclaration(typeName as Identifier, model) as Node);
}

/**
 * `allTools.forEach((tool) => server.tool(...tool))` with `tools = [createTool(name, description, schema, handler), …]`
 * and `createTool` returning `[name, description, schema, handler]`: a registration whose arguments are spread from a
 * tuple each element of a collection holds. The handler is the tuple's member at the registration's handler position
 * (from the end, for `last`): a function written in the tuple, or the argument the tuple-making call passed for it.
 */
export function spreadTupleHandlers(handler: ToolHandler, model: ProjectModel): ToolHandler[] {
  const registration = handler.registration;
  const spread = handler.expression;
  if (!spread || !Node.isSpreadElement(spread) || !(Node.isCallExpression(registration) || Node.isNewExpression(registration))) return [];
  const args = registration.getArguments();
  const fromEnd = args.length - 1 - args.indexOf(spread);
  const element = unwrap(spread.getExpression());
  if (!Node.isIdentifier(element) || fromEnd !== 0) return [];
  const collection = iteratedCollection(element, registration);
  if (!collection) return [];
  const out: ToolHandler[] = [];
  for (const entry of tableEntries(collection, model, 0)) {
    const found = entry.member ? undefined : tupleMember(entry.value, model);
    if (!found || out.some((h) => h.body === found.fn)) continue;
    out.push({ ...handler, framework: `${handler.framework}, spread from a tuple`, body: found.fn, fn: found.fn, registration: entry.registration, expression: found.expression, name: found.name, annotations: {} });
    if (out.length >= MAX_ELEMENTS) break;
  }
  return out;
}

/** The last member of the tuple an entry holds: written out, or made by a project function returning `[…, handler]`. */
function tupleMember(entry: Node, model: ProjectModel): { fn: FunctionNode; expression: Node; name?: string } | undefined {
  const value = unwrap(entry);
  const literalName = (node: Node | undefined) => {
    const text = node ? unwrap(node) : undefined;
    return text && (Node.isStringLiteral(text) || Node.isNoSubstitutionTemplateLiteral(text)) ? text.getLiteralValue() : undefined;
  };
  if (Node.isArrayLiteralExpression(value)) {
    const elements = value.getElements();
    const last = elements[elements.length - 1];
    const fn = last ? model.functionOfValue(last) : undefined;
    return fn && last ? { fn, expression: last, name: literalName(elements[0]) } : undefined;
  }
  if (!Node.isCallExpression(value)) return undefined;
  const maker = model.functionCalledBy(value);
  if (!maker || !(Node.isFunctionDeclaration(maker) || Node.isArrowFunction(maker) || Node.isFunctionExpression(maker))) return undefined;
  const params = maker.getParameters();
  const tuples = model.memoize('returned-tuples', maker, () =>
    [...descendantsOfKind(maker, SyntaxKind.ReturnStatement).map((r): Node | undefined => r.getExpression()), ...(Node.isArrowFunction(maker) ? [maker.getBody()] : [])]
      .map((e) => (e ? unwrap(e) : undefined))
      .filter((e): e is import('ts-morph').ArrayLiteralExpression => e !== undefined && Node.isArrayLiteralExpression(e)),
  );
  for (const tuple of tuples) {
    const elements = tuple.getElements();
    const last = elements[elements.length - 1] ? unwrap(elements[elements.length - 1]!) : undefined;
    if (!last) continue;
    const index = Node.isIdentifier(last) ? params.findIndex((p) => p.getNameNode().getText() === last.getText() && resolveIdentifier(last).kind === 'local') : -1;
    const expression = index >= 0 ? value.getArguments()[index] : last;
    const fn = expression ? model.functionOfValue(expression) : undefined;
    const first = elements[0] ? unwrap(elements[0]) : undefined;
    const nameIndex = first && Node.isIdentifier(first) ? params.findIndex((p) => p.getNameNode().getText() === first.getText()) : -1;
    if (fn && expression) return { fn, expression, name: literalName(nameIndex >= 0 ? value.getArguments()[nameIndex] : first) };
  }
  return undefined;
}

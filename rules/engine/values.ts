// valueOf: what a project expression holds, found by reading the code rather than the type checker — a
// variable's initialiser (or what is later assigned to it), a function's return, a class's field, getter
// or constructor assignment, a module's export (`import`, `require`, `await import()`), and the argument
// every caller passes for a parameter. The same answer with and without node_modules. Every follow is
// bounded (depth, callers per function) and memoised per declaration, function, class and parameter.
import {
  Node,
  SyntaxKind,
  ts,
  type BinaryExpression,
  type CallExpression,
  type NewExpression,
  type ParameterDeclaration,
  type SourceFile,
  type TypeNode,
} from 'ts-morph';
import { aliasedType, declaredTypeOf, mapCreation, memberTypeOf, parameterTypeOf, withoutNullish } from './declared-types.js';
import { descendantsOfKind, nodesOfKindWhere } from './kind-index.js';
import { COMMONJS_MODULE, loadSpecifier, resolveIdentifier, resolvesTo } from './scope.js';
import { valuedMember } from './class-members.js';
import { knowledge } from '../knowledge/index.js';
import { moduleMatches } from './match.js';

export type ClassNode = import('ts-morph').ClassDeclaration | import('ts-morph').ClassExpression;

/** What an expression evaluates to, as far as syntax can tell. */
export type ProjectValue =
  /**
   * The expression or declaration that makes the value: a literal, a function, a class, `new Pkg()`, a package member…
   * `site`: for a closure a project function returns, the call that made this one (its parameters are that call's arguments).
   */
  | { kind: 'node'; node: Node; site?: CallExpression }
  /** An instance of a class of the project (`creation`: the `new` that made it, when one did). */
  | { kind: 'instance'; cls: ClassNode; creation?: NewExpression }
  /** A project module's namespace (`import * as m`, `require('./m')`, `await import('./m')`). */
  | { kind: 'module'; file: SourceFile };

/** The project services value following needs (implemented by ProjectModel). */
export interface ProjectLinks {
  sourceFileForImport(from: SourceFile, specifier: string): SourceFile | undefined;
  resolveExport(file: SourceFile, exportName: string, depth: number): Node | undefined;
  /** A CommonJS module's `module.exports = …` value, when it assigns one that is not a plain object of members. */
  moduleExportsValue(file: SourceFile): Node | undefined;
  functionCalledBy(call: CallExpression): Node | undefined;
  /** Calls of a function (or `new` of a class, for its constructor) in its file and in the files that import it. */
  callSitesOf(fn: Node): Array<CallExpression | NewExpression>;
  /** Calls of a function found through the text of its package's files, whether or not a run names them. */
  packageCallSitesOf?(fn: Node): Array<CallExpression | NewExpression>;
  memoize<T>(table: string, node: Node, compute: () => T): T;
  /** The version range of `module` in the nearest package.json at or above a folder listing it (a recorded dependency). */
  dependencyRangeAbove?(folder: string, module: string): string | undefined;
  /** The declaration of a global a declaration file of the package declares (`declare const net: {…}`), for a runtime no package describes. */
  declaredGlobal?(from: Node, name: string): Node | undefined;
}

/** How deep one question may go through declarations, returns, members and callers. */
const MAX_DEPTH = 24;
let depth = 0;
/** Declarations (per table) being followed right now: meeting one again is a cycle, answered "unknown". */
const active = new Map<string, Set<Node>>();

function once<T>(links: ProjectLinks, table: string, node: Node, compute: () => T | undefined): T | undefined {
  let open = active.get(table);
  if (!open) active.set(table, (open = new Set()));
  if (open.has(node) || depth >= MAX_DEPTH) return undefined;
  open.add(node);
  depth++;
  try {
    return links.memoize(table, node, compute);
  } finally {
    depth--;
    open.delete(node);
  }
}

/** Nested valueOf calls right now: members and spreads recurse without passing through `once` (an object spreading itself in a loop). */
let valueDepth = 0;
const MAX_VALUE_DEPTH = 64;

/** What `expression` holds; undefined when syntax cannot tell. */
export function valueOf(expression: Node, links: ProjectLinks): ProjectValue | undefined {
  if (valueDepth >= MAX_VALUE_DEPTH) return undefined;
  valueDepth++;
  try {
    return valueOfBounded(expression, links);
  } finally {
    valueDepth--;
  }
}

function valueOfBounded(expression: Node, links: ProjectLinks): ProjectValue | undefined {
  const node = unwrapValue(expression);
  const cast = node === expression ? undefined : castInstance(expression, links);
  if (!cast) return unwrappedValue(expression, node, links);
  const own = unwrappedValue(expression, node, links);
  return own && !(own.kind === 'node' && OPAQUE_VALUES.has(own.node.getKind())) ? own : cast;
}

/**
 * `runtime.getService(NftService.serviceType) as NftService`: a value the code casts to a class the project declares is an
 * instance of that class when nothing better is known of it — the result of a call not followed, a package's value, a
 * parameter no caller tells. Its own value wins when there is one (an instance, a module, an object, a function). Only a
 * class: an interface names no code to run, and its implementations are the receiver's business (`called-functions.ts`).
 */
function castInstance(expression: Node, links: ProjectLinks): ProjectValue | undefined {
  for (let current = expression; VALUE_WRAPPERS.has(current.getKind()); current = (current as import('ts-morph').AsExpression).getExpression()) {
    if (!Node.isAsExpression(current) && !Node.isTypeAssertion(current)) continue;
    const type = current.getTypeNode();
    const name = type && Node.isTypeReference(type) ? type.getTypeName() : undefined;
    const cls = name && Node.isIdentifier(name) ? classValue(name, links) : undefined;
    return cls ? { kind: 'instance', cls } : undefined;
  }
  return undefined;
}

/** Values that say nothing of their own: what a call not followed returns, a package's export or member, a parameter. */
const OPAQUE_VALUES: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.CallExpression,
  SyntaxKind.Identifier,
  SyntaxKind.PropertyAccessExpression,
  SyntaxKind.ElementAccessExpression,
  SyntaxKind.Parameter,
]);

function unwrappedValue(expression: Node, node: Node, links: ProjectLinks): ProjectValue | undefined {
  if (Node.isIdentifier(node)) return identifierValue(node, links);
  if (node.getKind() === SyntaxKind.ThisKeyword) {
    const cls = classOfThis(node);
    return cls ? { kind: 'instance', cls } : undefined;
  }
  if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) {
    const name = memberName(node);
    if (name === undefined) return undefined;
    const parameter = parameterOf(node.getExpression());
    if (parameter) return annotatedMember(parameter, name, links) ?? argumentMemberValue(parameter, name, links) ?? defaultMemberValue(parameter, name, links);
    const base = valueOf(node.getExpression(), links);
    if (!base) return undefined;
    // A member of something only a package knows (`openai.chat`): the access itself is what callee.ts reads — unless it
    // is the handler a framework's tool object keeps (`myTool.execute` on `createTool({ execute })`).
    if (base.kind === 'node' && !canHoldMembers(base.node)) {
      const handler = Node.isCallExpression(base.node) ? keptHandler(base.node, name) : undefined;
      return handler ? valueOf(handler, links) : { kind: 'node', node };
    }
    return memberValue(base, name, links);
  }
  if (Node.isCallExpression(node)) {
    const specifier = loadSpecifier(node, Node.isAwaitExpression(expression) || isAwaited(expression));
    if (specifier !== undefined) return moduleValue(node.getSourceFile(), specifier, links) ?? { kind: 'node', node };
    const fn = links.functionCalledBy(node);
    if (fn) {
      const returned = returnValue(fn, links);
      return returned?.kind === 'node' && !returned.site && isClosureOf(returned.node, fn) ? { ...returned, site: node } : returned;
    }
    // `deps.getClient(tag)` with `getClient: (tag?: string) => SupermemoryClient` written in the project: an instance of
    // the class its written return type names.
    const signature = declaredTypeOf(node.getExpression(), links);
    const returned = signature && Node.isFunctionTypeNode(signature) ? signature.getReturnTypeNode() : undefined;
    const instance = returned ? instanceOfType(withoutNullish(returned) ?? returned, links) : undefined;
    return instance ?? locatedService(node, links) ?? mapEntryValue(node, links) ?? { kind: 'node', node };
  }
  if (Node.isNewExpression(node)) {
    const cls = classValue(node.getExpression(), links);
    return cls ? { kind: 'instance', cls, creation: node } : { kind: 'node', node };
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    if (operator === SyntaxKind.QuestionQuestionToken || operator === SyntaxKind.BarBarToken) {
      const right = valueOf(node.getRight(), links);
      // `mod.default ?? mod` on `const mod = await import('@anthropic-ai/sdk')`: a package's namespace as the fallback
      // names no export, so the member read first says what the value is (as callee.ts `originOf` reads it).
      if (right && namesLoadedPackage(node.getRight(), links)) return valueOf(node.getLeft(), links) ?? right;
      return right ?? valueOf(node.getLeft(), links);
    }
    if (isAssignment(node)) return valueOf(node.getRight(), links);
    return { kind: 'node', node };
  }
  if (Node.isConditionalExpression(node)) return valueOf(node.getWhenTrue(), links) ?? valueOf(node.getWhenFalse(), links);
  return { kind: 'node', node };
}

/**
 * A name for a package's namespace (`const mod = await import('openai')`, `require('openai')`, `import * as mod`), not
 * a project module's.
 */
function namesLoadedPackage(expression: Node, links: ProjectLinks): boolean {
  const name = unwrapValue(expression);
  const binding = Node.isIdentifier(name) ? resolveIdentifier(name) : undefined;
  return binding?.kind === 'import' && (binding.exportName === '*' || binding.exportName === COMMONJS_MODULE) &&
    !links.sourceFileForImport(name.getSourceFile(), binding.module);
}

/** The project class an expression names (`Cls`, `mod.Cls`), followed through imports and re-exports. */
export function classValue(expression: Node, links: ProjectLinks): ClassNode | undefined {
  const value = valueOf(expression, links);
  const node = value?.kind === 'node' ? value.node : undefined;
  return node && (Node.isClassDeclaration(node) || Node.isClassExpression(node)) ? node : undefined;
}

/** Whether two values are the same one (callers passing the same client agree). */
export function sameValue(a: ProjectValue, b: ProjectValue): boolean {
  if (a.kind === 'instance' && b.kind === 'instance') return a.cls === b.cls;
  if (a.kind === 'module' && b.kind === 'module') return a.file === b.file;
  if (a.kind === 'node' && b.kind === 'node') return a.node === b.node || (packageKey(a.node) !== undefined && packageKey(a.node) === packageKey(b.node));
  return false;
}

/** `openai` imported from a package, or `openai.chat` on it: the same wherever it is written. */
function packageKey(node: Node): string | undefined {
  if (Node.isPropertyAccessExpression(node)) {
    const base = packageKey(node.getExpression());
    return base === undefined ? undefined : `${base}.${node.getName()}`;
  }
  if (!Node.isIdentifier(node)) return undefined;
  const binding = resolveIdentifier(node);
  if (binding.kind === 'import') return `${binding.module}:${binding.exportName}`;
  if (binding.kind === 'global') return `global:${binding.name}`;
  return undefined;
}

function identifierValue(id: import('ts-morph').Identifier, links: ProjectLinks): ProjectValue | undefined {
  const binding = resolveIdentifier(id);
  if (binding.kind === 'global') return { kind: 'node', node: id };
  if (binding.kind === 'import') {
    const file = links.sourceFileForImport(id.getSourceFile(), binding.module);
    if (!file) return { kind: 'node', node: id }; // a package: callee.ts reads it by specifier
    return exportValue(file, binding.exportName, links);
  }
  return declarationValue(binding.declaration, links);
}

/** A project module's export (`'*'`: the module itself, or what a CommonJS module assigns to `module.exports`). */
function exportValue(file: SourceFile, exportName: string, links: ProjectLinks): ProjectValue | undefined {
  if (exportName === '*' || exportName === COMMONJS_MODULE) {
    const assigned = links.moduleExportsValue(file);
    return assigned ? valueOf(assigned, links) : { kind: 'module', file };
  }
  const declaration = links.resolveExport(file, exportName, 0);
  if (!declaration && exportName === 'default') {
    const assigned = links.moduleExportsValue(file);
    return assigned ? valueOf(assigned, links) : undefined;
  }
  return declaration ? declarationValue(declaration, links) : undefined;
}

function moduleValue(from: SourceFile, specifier: string, links: ProjectLinks): ProjectValue | undefined {
  const file = links.sourceFileForImport(from, specifier);
  return file ? exportValue(file, '*', links) : undefined;
}

/** What a declaration (or an export table's value node) holds. */
export function declarationValue(declaration: Node, links: ProjectLinks): ProjectValue | undefined {
  if (Node.isVariableDeclaration(declaration)) return once(links, 'value:variable', declaration, () => variableValue(declaration, links));
  if (Node.isParameterDeclaration(declaration)) return once(links, 'value:parameter', declaration, () => parameterValue(declaration, links));
  if (Node.isBindingElement(declaration)) return once(links, 'value:binding', declaration, () => bindingValue(declaration, links));
  if (Node.isPropertyDeclaration(declaration)) return once(links, 'value:property', declaration, () => propertyValueOf(declaration, links));
  if (Node.isExportAssignment(declaration)) return valueOf(declaration.getExpression(), links);
  if (Node.isShorthandPropertyAssignment(declaration)) return valueOf(declaration.getNameNode(), links);
  if (Node.isPropertyAssignment(declaration)) {
    const init = declaration.getInitializer();
    return init ? valueOf(init, links) : undefined;
  }
  if (Node.isExpression(declaration) && !Node.isFunctionExpression(declaration) && !Node.isArrowFunction(declaration) && !Node.isClassExpression(declaration)) {
    return valueOf(declaration, links);
  }
  return { kind: 'node', node: declaration };
}

function variableValue(declaration: import('ts-morph').VariableDeclaration, links: ProjectLinks): ProjectValue | undefined {
  const init = declaration.getInitializer();
  const initial = init && !isNothing(init) ? valueOf(init, links) : undefined;
  if (initial && !isOpaque(initial)) return initial;
  const assigned = assignmentsTo(declaration, links).map((value) => valueOf(value, links));
  // A cache: let c = pool.find(…); if (!c) c = new OpenAI(): the lookup says nothing, what every assignment makes does.
  const agreed = initial ? agreedValues(assigned) : undefined;
  if (agreed) return agreed;
  if (initial) return initial;
  // let client; … client ??= new OpenAI(): what the code assigns to it.
  return assigned[0] ?? annotatedInstance(declaration, links);
}

/**
 * A value syntax reached but cannot look into: a call or member of something of the project's own that no
 * follow answered (`pool.find(…)`, `cache.get(key)`). A package's factory (`createClient()`) is not opaque:
 * callee.ts reads it as the client it makes.
 */
function isOpaque(value: ProjectValue): boolean {
  if (value.kind !== 'node') return false;
  const node = value.node;
  if (!Node.isCallExpression(node) && !Node.isPropertyAccessExpression(node) && !Node.isElementAccessExpression(node)) return false;
  return packageKey(rootOf(node)) === undefined;
}

function rootOf(node: Node): Node {
  let root = node;
  for (let i = 0; i < 16; i++) {
    const inner = unwrapValue(root);
    if (Node.isCallExpression(inner)) root = inner.getExpression();
    else if (Node.isPropertyAccessExpression(inner) || Node.isElementAccessExpression(inner)) root = inner.getExpression();
    else return inner;
  }
  return root;
}

/** The one value all of `values` are, or undefined when any is unknown or two differ (or there are none). */
function agreedValues(values: Array<ProjectValue | undefined>): ProjectValue | undefined {
  let agreed: ProjectValue | undefined;
  for (const value of values) {
    if (!value || (agreed && !sameValue(agreed, value))) return undefined;
    agreed ??= value;
  }
  return agreed;
}

function parameterValue(parameter: ParameterDeclaration, links: ProjectLinks): ProjectValue | undefined {
  return annotatedInstance(parameter, links) ?? argumentValue(parameter, links) ?? handedParameter(parameter, parameter.getNameNode(), links) ?? defaultValue(parameter, links);
}

/**
 * `client = new CrmClient(config)` of a function no project code calls (an exported builder its package's users
 * call): what the parameter holds unless a caller outside hands another.
 */
function defaultValue(parameter: ParameterDeclaration, links: ProjectLinks): ProjectValue | undefined {
  const initializer = parameter.getInitializer();
  if (!initializer || links.callSitesOf(parameter.getParent()).length > 0) return undefined;
  return valueOf(initializer, links);
}

function defaultMemberValue(parameter: ParameterDeclaration, key: string, links: ProjectLinks): ProjectValue | undefined {
  const whole = defaultValue(parameter, links);
  return whole ? memberValue(whole, key, links) : undefined;
}

/**
 * A parameter of a function the project hands to a call (`client.on('messageCreate', (message) => …)`,
 * `app.event('app_mention', async ({ say }) => …)`) or writes as an object's method, and never calls itself: only the
 * package that calls it fills it. Its own name, for callee.ts to read what the package hands there
 * (parameter-contracts.ts), so a helper the listener passes it on to (`this.handle(message)`) sees the same value.
 */
function handedParameter(parameter: ParameterDeclaration, name: Node, links: ProjectLinks): ProjectValue | undefined {
  if (!Node.isIdentifier(name) || parameter.isRestParameter()) return undefined;
  const fn = parameter.getParent();
  const holder = fn?.getParent();
  const handed =
    ((Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) && holder && (Node.isCallExpression(holder) || Node.isPropertyAssignment(holder))) ||
    (Node.isMethodDeclaration(fn) && holder && Node.isObjectLiteralExpression(holder));
  if (!handed || links.callSitesOf(fn!).length > 0) return undefined;
  return { kind: 'node', node: name };
}

/** `{ client }` of a variable's value, or of the argument callers pass for a destructured parameter. */
function bindingValue(element: import('ts-morph').BindingElement, links: ProjectLinks): ProjectValue | undefined {
  const pattern = element.getParent();
  const holder = pattern?.getParent();
  if (!pattern || !Node.isObjectBindingPattern(pattern) || !holder) return undefined;
  const key = element.getPropertyNameNode()?.getText() ?? element.getName();
  if (Node.isParameterDeclaration(holder)) {
    return annotatedMember(holder, key, links) ?? argumentMemberValue(holder, key, links) ?? (pattern.getParent() === holder ? handedParameter(holder, element.getNameNode(), links) ?? defaultBindingValue(element, holder, links) : undefined);
  }
  if (!Node.isVariableDeclaration(holder)) return undefined;
  const init = holder.getInitializer();
  const parameter = init ? parameterOf(init) : undefined;
  if (parameter) return annotatedMember(parameter, key, links) ?? argumentMemberValue(parameter, key, links);
  const base = init ? valueOf(init, links) : undefined;
  if (!base) return undefined;
  // `const { session } = await createAgentSession(…)`: a member of what a call nothing follows further made (a package's)
  // is the destructured name itself, whose origin callee.ts reads as that call's member.
  return memberValue(base, key, links) ?? (base.kind === 'node' && (Node.isCallExpression(base.node) || Node.isNewExpression(base.node)) ? { kind: 'node', node: element.getNameNode() } : undefined);
}

/**
 * `async function viewer({ token, fetchImpl = fetch })` that no project code calls: the property's default, what runs
 * (defaultValue, for a property destructured from the parameter) — also where a helper is handed it on (`graphql({ fetchImpl })`).
 */
function defaultBindingValue(element: import('ts-morph').BindingElement, parameter: ParameterDeclaration, links: ProjectLinks): ProjectValue | undefined {
  const initializer = element.getInitializer();
  if (!initializer || links.callSitesOf(parameter.getParent()).length > 0) return undefined;
  return valueOf(initializer, links);
}

function propertyValueOf(property: import('ts-morph').PropertyDeclaration, links: ProjectLinks): ProjectValue | undefined {
  const init = property.getInitializer();
  if (init && !isNothing(init)) return valueOf(init, links);
  const cls = property.getParent();
  if (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) {
    const assigned = thisAssignments(cls, links).get(property.getName());
    if (assigned) return valueOf(assigned, links);
  }
  return annotatedInstance(property, links);
}

/** A member of a value: an object literal's property, a class instance's field/getter/method, a module's export. */
const MAX_SPREAD_DEPTH = 8;

export function memberValue(base: ProjectValue, name: string, links: ProjectLinks, depth = 0): ProjectValue | undefined {
  // An object that spreads itself through a loop (`const clone = { ...msg }` pushed back into what `msg` iterates) has no bottom.
  if (depth > MAX_SPREAD_DEPTH) return undefined;
  if (base.kind === 'module') return exportValue(base.file, name, links);
  if (base.kind === 'instance') return classMember(base.cls, name, links, false);
  const node = base.node;
  if (Node.isObjectLiteralExpression(node)) {
    // The last property of that name wins, including one spread in from a visible object.
    for (const property of [...node.getProperties()].reverse()) {
      if (Node.isSpreadAssignment(property)) {
        const spread = valueOf(property.getExpression(), links);
        const inner = spread ? memberValue(spread, name, links, depth + 1) : undefined;
        if (inner) return inner;
        continue;
      }
      if (propertyKey(property) !== name) continue;
      if (Node.isGetAccessorDeclaration(property)) return returnValue(property, links);
      if (Node.isMethodDeclaration(property)) return { kind: 'node', node: property };
      return declarationValue(property, links);
    }
    return undefined;
  }
  if (Node.isClassDeclaration(node) || Node.isClassExpression(node)) return classMember(node, name, links, true);
  return undefined;
}

/**
 * `captureTool.execute(input, ctx)` on `const captureTool = createTool({ id, execute })`: the handler a framework's tool
 * factory keeps under the member it is read as (knowledge `toolRegistrations` `keptAs`) — the function the call runs.
 */
function keptHandler(call: CallExpression, member: string): Node | undefined {
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee)) return undefined;
  const binding = resolveIdentifier(callee);
  if (binding.kind !== 'import') return undefined;
  const fact = knowledge.toolRegistrations.find((tool) => tool.keptAs === member && !tool.construct && tool.export?.includes(binding.exportName) && moduleMatches(tool.module, binding.module));
  const handler = fact?.handler;
  if (!handler || typeof handler !== 'object' || !('option' in handler)) return undefined;
  const options = call.getArguments()[handler.arg];
  const object = options ? unwrapValue(options) : undefined;
  if (!object || !Node.isObjectLiteralExpression(object)) return undefined;
  const property = object.getProperty(handler.option);
  if (property && (Node.isMethodDeclaration(property) || Node.isShorthandPropertyAssignment(property))) return Node.isMethodDeclaration(property) ? property : property.getNameNode();
  return property && Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
}

/** A field, getter or method of a project class (its own or inherited), read as an instance (or static) member. */
function classMember(cls: ClassNode, name: string, links: ProjectLinks, isStatic: boolean, level = 0): ProjectValue | undefined {
  if (level > 6) return undefined;
  const member = valuedMember(cls, name, isStatic);
  // `private client: OpenAI;` declares the field, `private runner: Runner | null = null;` holds a placeholder: the
  // constructor or a setter assigns it (below; `setRunner(runner) { this.runner = runner }`: what its callers pass).
  const placeholder = member !== undefined && Node.isPropertyDeclaration(member) && !isStatic && (!member.hasInitializer() || isNothing(member.getInitializer()!));
  if (member && !placeholder) {
    if (Node.isPropertyDeclaration(member) || Node.isParameterDeclaration(member)) return declarationValue(member, links);
    if (Node.isGetAccessorDeclaration(member)) return returnValue(member, links);
    return { kind: 'node', node: member };
  }
  if (!isStatic) {
    const assigned = thisAssignments(cls, links).get(name);
    if (assigned) return valueOf(assigned, links);
    if (placeholder && Node.isPropertyDeclaration(member) && member.hasInitializer()) return declarationValue(member, links);
  }
  const base = cls.getExtends()?.getExpression();
  const parent = base ? classValue(base, links) : undefined;
  return parent ? classMember(parent, name, links, isStatic, level + 1) : undefined;
}

/** `this.x = …` (and `??=`, `||=`) anywhere in a class, the constructor's first: the first value per name. */
function thisAssignments(cls: ClassNode, links: ProjectLinks): Map<string, Node> {
  return links.memoize('this-assignments', cls, () => {
    const out = new Map<string, Node>();
    const ctor = cls.getConstructors()[0];
    const mine = [...assignmentIndex(cls.getSourceFile()).toThis].filter((b) => isWithin(b, cls) && classOfThis(b.getLeft()) === cls);
    const ordered = ctor ? [...mine.filter((b) => isWithin(b, ctor)), ...mine.filter((b) => !isWithin(b, ctor))] : mine;
    for (const assignment of ordered) {
      const name = (unwrapValue(assignment.getLeft()) as import('ts-morph').PropertyAccessExpression).getName();
      if (!out.has(name)) out.set(name, assignment.getRight());
    }
    return out;
  });
}

/** Values assigned to a `let`/`var` after its declaration, in source order (`x = …`, `x ??= …`, `x ||= …`). */
function assignmentsTo(declaration: import('ts-morph').VariableDeclaration, links: ProjectLinks): Node[] {
  return links.memoize('assignments-to', declaration, () => {
    const nameNode = declaration.getNameNode();
    if (!Node.isIdentifier(nameNode)) return [];
    const out: Node[] = [];
    for (const assignment of assignmentIndex(declaration.getSourceFile()).toName.get(nameNode.getText()) ?? []) {
      const binding = resolveIdentifier(unwrapValue(assignment.getLeft()) as import('ts-morph').Identifier);
      if (binding.kind === 'local' && binding.declaration === declaration) out.push(assignment.getRight());
    }
    return out;
  });
}

interface AssignmentIndex {
  /** `name = value` by name. */
  toName: Map<string, BinaryExpression[]>;
  /** `this.name = value`, in source order. */
  toThis: BinaryExpression[];
}

/** One pass over a file's assignments (a placeholder `= undefined`/`null` left out), kept per parse. */
const assignmentIndexes = new WeakMap<object, AssignmentIndex>();
function assignmentIndex(file: SourceFile): AssignmentIndex {
  const key = file.compilerNode;
  let index = assignmentIndexes.get(key);
  if (index) return index;
  index = { toName: new Map(), toThis: [] };
  const assigns = (node: ts.Node) => {
    const operator = (node as ts.BinaryExpression).operatorToken.kind;
    return operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.QuestionQuestionEqualsToken || operator === ts.SyntaxKind.BarBarEqualsToken;
  };
  for (const assignment of nodesOfKindWhere(file, SyntaxKind.BinaryExpression, assigns)) {
    if (isNothing(assignment.getRight())) continue;
    const left = unwrapValue(assignment.getLeft());
    if (Node.isIdentifier(left)) {
      const list = index.toName.get(left.getText()) ?? [];
      list.push(assignment);
      index.toName.set(left.getText(), list);
    } else if (Node.isPropertyAccessExpression(left) && unwrapValue(left.getExpression()).getKind() === SyntaxKind.ThisKeyword) {
      index.toThis.push(assignment);
    }
  }
  assignmentIndexes.set(key, index);
  return index;
}

/** What a function (or getter) returns: its expression body, or the first `return` whose value is known. */
export function returnValue(fn: Node, links: ProjectLinks): ProjectValue | undefined {
  return once(links, 'value:return', fn, () => {
    const body = (fn as { getBody?: () => Node | undefined }).getBody?.();
    if (!body) return undefined;
    if (!Node.isBlock(body)) return valueOf(body, links);
    for (const statement of descendantsOfKind(body, SyntaxKind.ReturnStatement)) {
      if (nearestFunction(statement) !== fn) continue;
      const returned = statement.getExpression();
      if (!returned || isNothing(returned)) continue;
      const value = valueOf(returned, links);
      if (value) return value;
    }
    return undefined;
  });
}

/** A function literal written inside `fn` (a closure over its parameters), not `fn` itself. */
function isClosureOf(node: Node, fn: Node): boolean {
  return (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) && node !== fn && node.getSourceFile() === fn.getSourceFile() && fn.containsRange(node.getPos(), node.getEnd());
}

/**
 * The value every caller passes for a parameter, when they all pass the same one. A caller whose
 * argument cannot be followed, or callers that disagree, leave the parameter unknown.
 */
export function argumentValue(parameter: ParameterDeclaration, links: ProjectLinks): ProjectValue | undefined {
  return once(links, 'value:argument', parameter, () => agreedArgument(parameter, links, (arg) => valueOf(arg, links)));
}

/**
 * `params.openai`, `const { openai } = params`, `function f({ openai })`: the member every caller's
 * argument holds (the callers pass different objects that agree on this member).
 */
export function argumentMemberValue(parameter: ParameterDeclaration, key: string, links: ProjectLinks): ProjectValue | undefined {
  return once(links, `value:argument-member:${key}`, parameter, () =>
    agreedArgument(parameter, links, (arg) => {
      const whole = valueOf(arg, links);
      return whole ? memberValue(whole, key, links) : undefined;
    }),
  );
}

function agreedArgument(parameter: ParameterDeclaration, links: ProjectLinks, pick: (arg: Node) => ProjectValue | undefined): ProjectValue | undefined {
  if (parameter.isRestParameter()) return undefined;
  const fn = parameter.getParent();
  const index = (fn as { getParameters(): ParameterDeclaration[] }).getParameters().indexOf(parameter);
  const sites = links.callSitesOf(fn);
  let agreed: ProjectValue | undefined;
  for (const site of sites) {
    const args = site.getArguments();
    if (args.slice(0, index + 1).some((a) => Node.isSpreadElement(a))) return undefined;
    const arg = args[index];
    // step(agent, i + 1) inside step: a recursive call hands the parameter on unchanged.
    if (arg && isParameterItself(arg, parameter)) continue;
    const initializer = parameter.getInitializer();
    // buildServer(config, undefined, options): an `undefined` argument leaves the default in place, as an omitted one does.
    const given = arg && !isUndefinedArgument(arg) ? arg : undefined;
    const value = given ? pick(given) : initializer ? pick(initializer) : undefined;
    // handle({ openai, … }) inside handle, `openai` destructured from its own parameter: what it passes
    // is what it was given (unknowable here only because that question is being asked already).
    if (!value && isWithin(site, fn)) continue;
    if (!value) return undefined;
    if (agreed && !sameValue(agreed, value)) return undefined;
    agreed ??= value;
  }
  return agreed;
}

/** The parameter an expression names (`params`, `(params)`), if it names one. */
function parameterOf(expression: Node): ParameterDeclaration | undefined {
  const value = unwrapValue(expression);
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  return binding.kind === 'local' && Node.isParameterDeclaration(binding.declaration) ? binding.declaration : undefined;
}

/** A member of a parameter typed with a project class: `svc: Billing` → `svc.client` is Billing's field. */
function annotatedMember(parameter: ParameterDeclaration, key: string, links: ProjectLinks): ProjectValue | undefined {
  const instance = annotatedInstance(parameter, links);
  if (instance) return memberValue(instance, key, links);
  // `{ ctx }: Meta` with `type Meta = Extra & { ctx: McpContext }`: the member's written type names a project class.
  const type = parameterTypeOf(parameter, links);
  const member = type ? memberTypeOf(type, key, links, 0) : undefined;
  return member ? instanceOfType(member, links) : undefined;
}

function isParameterItself(arg: Node, parameter: ParameterDeclaration): boolean {
  const value = unwrapValue(arg);
  return Node.isIdentifier(value) && resolvesTo(value, parameter);
}

/**
 * `svc: TicketService` where TicketService is a class of the project: an instance of it. `client: Api` where
 * `type Api = ReturnType<typeof createClient>` (through project aliases): what that project factory returns.
 */
function annotatedInstance(declaration: Node, links: ProjectLinks): ProjectValue | undefined {
  const typeNode = Node.isParameterDeclaration(declaration) ? parameterTypeOf(declaration, links) : (declaration as { getTypeNode?: () => TypeNode | undefined }).getTypeNode?.();
  return typeNode ? instanceOfType(typeNode, links) : undefined;
}

/**
 * `clients.get(key)` on a map the project fills itself (`const clients = new Map()`, `private sessions = new Map<string,
 * any>()`): the value every `.set(key, value)` on that map in its file stores, when they all store the same one.
 */
function mapEntryValue(call: CallExpression, links: ProjectLinks): ProjectValue | undefined {
  const callee = unwrapValue(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'get' || call.getArguments().length !== 1) return undefined;
  const holder = mapDeclaration(callee.getExpression());
  if (!holder) return undefined;
  return once(links, 'value:map-entry', holder, () => {
    const stored: Node[] = [];
    for (const set of nodesOfKindWhere(holder.getSourceFile(), SyntaxKind.CallExpression, isSetCall)) {
      const target = unwrapValue(set.getExpression());
      const value = set.getArguments()[1];
      if (!Node.isPropertyAccessExpression(target) || !value || mapDeclaration(target.getExpression()) !== holder) continue;
      stored.push(value);
      if (stored.length > MAX_MAP_SETS) return undefined;
    }
    return agreedValues(stored.map((value) => valueOf(value, links)));
  });
}

const MAX_MAP_SETS = 12;

function isSetCall(node: ts.Node): boolean {
  const callee = (node as ts.CallExpression).expression;
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'set' && (node as ts.CallExpression).arguments.length === 2;
}

/** The variable or class field a map expression names, when it is initialised with `new Map(…)`. */
function mapDeclaration(expression: Node): Node | undefined {
  return mapCreation(expression)?.declaration;
}

/**
 * A service locator asked for a project class by its type argument (`runtime.getService<LinearService>('linear')` in
 * ElizaOS, `container.resolve<TicketService>(TOKEN)` in tsyringe): an instance of that class, as the code says.
 */
function locatedService(call: import('ts-morph').CallExpression, links: ProjectLinks): ProjectValue | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !/^(?:getService|resolve)$/.test(callee.getName())) return undefined;
  const [typeArgument] = call.getTypeArguments();
  if (!typeArgument || !Node.isTypeReference(typeArgument)) return undefined;
  const name = typeArgument.getTypeName();
  const cls = Node.isIdentifier(name) ? classValue(name, links) : undefined;
  return cls ? { kind: 'instance', cls } : undefined;
}

function instanceOfType(typeNode: TypeNode, links: ProjectLinks): ProjectValue | undefined {
  if (!Node.isTypeReference(typeNode)) return undefined;
  const name = typeNode.getTypeName();
  if (!Node.isIdentifier(name)) return undefined;
  const cls = classValue(name, links) ?? instanceTypeClass(typeNode, links);
  if (cls) return { kind: 'instance', cls };
  return factoryReturnOf(aliasedType(typeNode, links), links);
}

/** `InstanceType<typeof Slack>` with `Slack` a project class: the class whose instance it is. */
function instanceTypeClass(type: import('ts-morph').TypeReferenceNode, links: ProjectLinks): ClassNode | undefined {
  if (type.getTypeName().getText() !== 'InstanceType') return undefined;
  const [arg] = type.getTypeArguments();
  const named = arg && Node.isTypeQuery(arg) ? arg.getExprName() : undefined;
  return named && Node.isIdentifier(named) ? classValue(named, links) : undefined;
}

/** `ReturnType<typeof createClient>` (also behind `Awaited<…>`) with `createClient` a project function: its return value. */
function factoryReturnOf(type: TypeNode, links: ProjectLinks): ProjectValue | undefined {
  if (!Node.isTypeReference(type)) return undefined;
  const wrapper = type.getTypeName().getText();
  const [arg] = type.getTypeArguments();
  if (!arg || (wrapper !== 'ReturnType' && wrapper !== 'Awaited')) return undefined;
  if (wrapper === 'Awaited') return factoryReturnOf(arg, links);
  if (!Node.isTypeQuery(arg)) return undefined;
  const factory = arg.getExprName();
  if (!Node.isIdentifier(factory)) return undefined;
  const fn = valueOf(factory, links);
  const node = fn?.kind === 'node' ? fn.node : undefined;
  const isFunction = node && (Node.isFunctionDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node));
  return isFunction ? returnValue(node, links) : undefined;
}

/** The class whose instance `this` is here: the nearest non-arrow function is one of its members. */
export function classOfThis(node: Node): ClassNode | undefined {
  for (let current = node.getParent(); current; current = current.getParent()) {
    if (Node.isArrowFunction(current)) continue;
    if (Node.isClassDeclaration(current) || Node.isClassExpression(current)) return current;
    if (Node.isFunctionDeclaration(current) || Node.isFunctionExpression(current) || Node.isModuleBlock(current) || Node.isSourceFile(current)) return undefined;
    if (Node.isMethodDeclaration(current) || Node.isConstructorDeclaration(current) || Node.isGetAccessorDeclaration(current) || Node.isSetAccessorDeclaration(current)) {
      const owner = current.getParent();
      return owner && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner)) ? owner : undefined;
    }
  }
  return undefined;
}

function nearestFunction(node: Node): Node | undefined {
  return node.getFirstAncestor(
    (a) =>
      Node.isFunctionDeclaration(a) ||
      Node.isFunctionExpression(a) ||
      Node.isArrowFunction(a) ||
      Node.isMethodDeclaration(a) ||
      Node.isGetAccessorDeclaration(a) ||
      Node.isSetAccessorDeclaration(a) ||
      Node.isConstructorDeclaration(a),
  );
}

function propertyKey(property: Node): string | undefined {
  if (
    !Node.isPropertyAssignment(property) &&
    !Node.isShorthandPropertyAssignment(property) &&
    !Node.isMethodDeclaration(property) &&
    !Node.isGetAccessorDeclaration(property)
  ) {
    return undefined;
  }
  const nameNode = property.getNameNode();
  return Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
}

function memberName(node: Node): string | undefined {
  if (Node.isPropertyAccessExpression(node)) return node.getName();
  if (Node.isElementAccessExpression(node)) {
    const arg = node.getArgumentExpression();
    if (arg && (Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg))) return arg.getLiteralValue();
  }
  return undefined;
}

/** Values whose members syntax can read: objects, classes (static members). */
function canHoldMembers(node: Node): boolean {
  return Node.isObjectLiteralExpression(node) || Node.isClassDeclaration(node) || Node.isClassExpression(node);
}

function isAssignment(node: BinaryExpression): boolean {
  const operator = node.getOperatorToken().getKind();
  return operator === SyntaxKind.EqualsToken || operator === SyntaxKind.QuestionQuestionEqualsToken || operator === SyntaxKind.BarBarEqualsToken;
}

function isAwaited(node: Node): boolean {
  const parent = node.getParent();
  return parent !== undefined && (Node.isAwaitExpression(parent) || (Node.isParenthesizedExpression(parent) && isAwaited(parent)));
}

/** `undefined` or `void 0`: what a parameter's default replaces (`null` is kept). */
function isUndefinedArgument(node: Node): boolean {
  const value = unwrapValue(node);
  return (Node.isIdentifier(value) && value.getText() === 'undefined') || Node.isVoidExpression(value);
}

/** `undefined`, `null` and `void 0`: a placeholder before the real value is assigned. */
export function isNothing(node: Node): boolean {
  const value = unwrapValue(node);
  return Node.isNullLiteral(value) || (Node.isIdentifier(value) && value.getText() === 'undefined') || Node.isVoidExpression(value);
}

function isWithin(node: Node, container: Node): boolean {
  return node.getPos() >= container.getPos() && node.getEnd() <= container.getEnd();
}

/** The expression `(x)`, `await x`, `x!`, `x as T`, `<T>x` or `x satisfies T` is the value of (also `unwrap` in callee.ts). */
export function unwrapValue(node: Node): Node {
  let current = node;
  // One kind read per node: each `Node.isX(node)` reads the kind again through ts-morph's checked `compilerNode` getter,
  // and six of them for every value looked at were ~2 % of a cold lint of vercel/ai's packages.
  while (VALUE_WRAPPERS.has(current.getKind())) current = (current as import('ts-morph').ParenthesizedExpression).getExpression();
  return current;
}

/** unwrapValue on the compiler's nodes, for a test made before anything is wrapped. */
export function unwrapCompilerValue(node: ts.Node): ts.Node {
  let current = node;
  while (VALUE_WRAPPERS.has(current.kind as unknown as SyntaxKind)) current = (current as ts.ParenthesizedExpression).expression;
  return current;
}

const VALUE_WRAPPERS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.ParenthesizedExpression,
  SyntaxKind.AwaitExpression,
  SyntaxKind.NonNullExpression,
  SyntaxKind.AsExpression,
  SyntaxKind.TypeAssertionExpression,
  SyntaxKind.SatisfiesExpression,
]);

// Syntactic name resolution: what an identifier refers to, found by walking the enclosing scopes.
// It needs no type checker, so it works without node_modules and costs nothing beyond the parse;
// a local `fetch` is found before the global one because the nearest scope wins.
import { Node, SyntaxKind, ts, type ArrowFunction, type Expression, type FunctionDeclaration, type FunctionExpression, type Identifier, type ImportEqualsDeclaration, type ModuleDeclaration, type ParameterDeclaration, type SourceFile, type VariableDeclaration } from 'ts-morph';
import { knowledge, knownPackageNames, writePackageNames } from '../knowledge/index.js';
import { escapeRegExp } from './match.js';
import { descendantsOfKind, wrapCompilerNode } from './kind-index.js';

/** The export name of a whole CommonJS module (`require('m')`): its default export, with the named ones as members. */
export const COMMONJS_MODULE = 'module.exports';

/** Whether a function (arrow, function expression or declaration, method) lies between `node` and `within`. */
export function insideNestedFunction(node: Node, within: Node): boolean {
  for (let current = node.getParent(); current && current !== within; current = current.getParent()) {
    if (Node.isArrowFunction(current) || Node.isFunctionExpression(current) || Node.isFunctionDeclaration(current) || Node.isMethodDeclaration(current)) return true;
  }
  return false;
}

export type Binding =
  | { kind: 'import'; module: string; exportName: string; declaration: Node }
  | { kind: 'local'; declaration: Node }
  | { kind: 'global'; name: string };

const cache = new WeakMap<Node, Binding>();

/** Resolves an identifier (or `this`-less name) used at `id` to its declaration, import or the global scope. */
export function resolveIdentifier(id: Identifier): Binding {
  const cached = cache.get(id);
  if (cached) return cached;
  const binding = resolveName(id.getText(), id);
  cache.set(id, binding);
  return binding;
}

/** Whether the name at `id` is the one `declaration` declares in the file (a local binding, not an import or global). */
export function resolvesTo(id: Identifier, declaration: Node): boolean {
  const binding = resolveIdentifier(id);
  return binding.kind === 'local' && binding.declaration === declaration;
}

/** Per scope (the compiler's node), the answer for each name already asked (null: not declared there). */
const scopeCache = new WeakMap<ts.Node, Map<string, Binding | null>>();

/** The kinds of node that can declare a name (declarationIn answers nothing for any other). */
const SCOPE_KINDS = new Set<SyntaxKind>([
  SyntaxKind.SourceFile, SyntaxKind.Block, SyntaxKind.ModuleBlock, SyntaxKind.CaseClause, SyntaxKind.DefaultClause,
  SyntaxKind.FunctionDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.Constructor, SyntaxKind.GetAccessor, SyntaxKind.SetAccessor,
  SyntaxKind.FunctionExpression, SyntaxKind.ArrowFunction, SyntaxKind.CatchClause,
  SyntaxKind.ForStatement, SyntaxKind.ForOfStatement, SyntaxKind.ForInStatement, SyntaxKind.ClassDeclaration, SyntaxKind.ClassExpression,
]);

export function resolveName(name: string, from: Node): Binding {
  return resolveNameAt(name, from.compilerNode, from.getSourceFile());
}

/** resolveName from a compiler node of `sourceFile`, which need not have a ts-morph wrapper (hot paths read compiler nodes). */
export function resolveNameAt(name: string, from: ts.Node, sourceFile: SourceFile): Binding {
  // Walked over the compiler's nodes: only scopes get ts-morph wrappers, and only when a name is first asked
  // there (wrapping every ancestor of every identifier was most of the cost on a file with 60,000 calls).
  const file = sourceFile as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node };
  let previous: ts.Node = from;
  for (let scope = previous.parent; scope; previous = scope, scope = scope.parent) {
    if (!SCOPE_KINDS.has(scope.kind as unknown as SyntaxKind)) continue;
    let answers = scopeCache.get(scope);
    if (!answers) scopeCache.set(scope, (answers = new Map()));
    let found = answers.get(name);
    if (found === undefined) {
      // Most scopes on the way up do not declare the name: one list of a scope's names answers those at once
      // (scanning a block's statements for every name asked was quadratic in big blocks), and only a scope that
      // declares it gets a wrapper.
      found = namesDeclaredIn(scope, sourceFile).has(name) ? (declarationIn(file._getNodeFromCompilerNode(scope), name, file._getNodeFromCompilerNode(previous)) ?? null) : null;
      // A class's own name is visible inside it but depends on where we came from: do not cache it.
      if (scope.kind !== ts.SyntaxKind.ClassDeclaration && scope.kind !== ts.SyntaxKind.ClassExpression) answers.set(name, found);
    }
    if (found) return found;
  }
  return { kind: 'global', name };
}

/** Per scope, every name declarationIn can find there (a superset: declarationIn still decides). */
const declaredNames = new WeakMap<ts.Node, Set<string>>();

/**
 * Read on the compiler's nodes (a name's text is its source text, as ts-morph's getText gives it): listing a scope's
 * names wrapped every statement and parameter of every scope a name was asked in. A namespace's dotted name and
 * `import x = require()` are read through their wrappers (rare, and ts-morph spells their names its own way).
 */
function namesDeclaredIn(compilerScope: ts.Node, file: SourceFile): Set<string> {
  let names = declaredNames.get(compilerScope);
  if (names) return names;
  const found = new Set<string>();
  const compilerFile = file.compilerNode;
  const wrap = (node: ts.Node) => (file as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node })._getNodeFromCompilerNode(node);
  const textOf = (node: ts.Node) => node.getText(compilerFile);
  const addBinding = (nameNode: ts.BindingName) => {
    if (ts.isIdentifier(nameNode)) found.add(textOf(nameNode));
    else if (ts.isObjectBindingPattern(nameNode) || ts.isArrayBindingPattern(nameNode)) {
      for (const element of nameNode.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
    }
  };
  const addName = (name: ts.Node | undefined) => {
    if (name !== undefined) found.add(textOf(name));
  };
  const addStatements = (statements: ts.NodeArray<ts.Statement>) => {
    for (const statement of statements) {
      if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) addBinding(declaration.name);
      else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) addName(statement.name);
      else if (ts.isModuleDeclaration(statement)) found.add((wrap(statement) as ModuleDeclaration).getName());
    }
  };
  const scope = compilerScope;
  if (ts.isSourceFile(scope)) {
    addStatements(scope.statements);
    for (const statement of scope.statements) {
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        addName(clause?.name);
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) addName(bindings.name);
        if (bindings && ts.isNamedImports(bindings)) for (const specifier of bindings.elements) addName(specifier.name);
      } else if (ts.isImportEqualsDeclaration(statement)) found.add((wrap(statement) as ImportEqualsDeclaration).getName());
    }
  } else if (ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope)) {
    addStatements(scope.statements);
  } else if (ts.isFunctionLike(scope) && SCOPE_KINDS.has(scope.kind as unknown as SyntaxKind)) {
    for (const parameter of scope.parameters) addBinding(parameter.name);
    if (ts.isFunctionExpression(scope) || ts.isFunctionDeclaration(scope)) addName(scope.name);
  } else if (ts.isCatchClause(scope)) {
    if (scope.variableDeclaration) addBinding(scope.variableDeclaration.name);
  } else if (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) {
    const initializer = scope.initializer;
    if (initializer && ts.isVariableDeclarationList(initializer)) for (const declaration of initializer.declarations) addBinding(declaration.name);
  } else if (ts.isClassDeclaration(scope) || ts.isClassExpression(scope)) {
    addName(scope.name);
  }
  names = found;
  declaredNames.set(compilerScope, names);
  return names;
}

function declarationIn(scope: Node, name: string, child: Node): Binding | undefined {
  if (Node.isSourceFile(scope)) {
    const statements = statementsDeclaring(scope, name);
    return fromStatements(statements, name) ?? importIn(statements, name);
  }
  if (Node.isBlock(scope) || Node.isModuleBlock(scope) || Node.isCaseClause(scope) || Node.isDefaultClause(scope)) {
    return fromStatements(statementsDeclaring(scope, name), name);
  }
  if (Node.isFunctionLikeDeclaration(scope) || Node.isArrowFunction(scope) || Node.isFunctionExpression(scope)) {
    for (const parameter of scope.getParameters()) {
      const hit = bindingNameDeclares(parameter.getNameNode(), name);
      if (hit) return thenLoadBinding(scope, parameter, hit) ?? { kind: 'local', declaration: hit === true ? parameter : hit };
    }
    // A named function expression can call itself by name.
    if ((Node.isFunctionExpression(scope) || Node.isFunctionDeclaration(scope)) && scope.getName() === name) {
      return { kind: 'local', declaration: scope };
    }
    return undefined;
  }
  if (Node.isCatchClause(scope)) {
    const variable = scope.getVariableDeclaration();
    if (variable) {
      const hit = bindingNameDeclares(variable.getNameNode(), name);
      if (hit) return { kind: 'local', declaration: hit === true ? variable : hit };
    }
    return undefined;
  }
  if (Node.isForStatement(scope) || Node.isForOfStatement(scope) || Node.isForInStatement(scope)) {
    const initializer = scope.getInitializer();
    if (initializer && Node.isVariableDeclarationList(initializer)) {
      for (const declaration of initializer.getDeclarations()) {
        const hit = bindingNameDeclares(declaration.getNameNode(), name);
        if (hit) return { kind: 'local', declaration: hit === true ? declaration : hit };
      }
    }
    return undefined;
  }
  if (Node.isClassDeclaration(scope) || Node.isClassExpression(scope)) {
    if (scope.getName() === name && child !== scope) return { kind: 'local', declaration: scope };
  }
  return undefined;
}

/**
 * The statements of a file, block, module block or case clause that may declare `name`, in order, wrapped: tested on the
 * compiler's nodes as namesDeclaredIn reads them (a name's text is its source text), a superset of those fromStatements
 * and importIn find it in — variables binding the name, functions, classes and enums so named, imports naming it locally,
 * and the namespaces and `import x = require()` they read through wrappers. Wrapping every statement of the scope (and
 * every import's clause) for each name it declares was most of the cost of finding declarations.
 */
function statementsDeclaring(scope: Node, name: string): Node[] {
  const file = scope.getSourceFile();
  const compilerFile = file.compilerNode;
  const names = (node: ts.Node | undefined) => node !== undefined && node.getText(compilerFile) === name;
  const binds = (nameNode: ts.BindingName): boolean =>
    ts.isIdentifier(nameNode) ? names(nameNode) : (nameNode.elements as ts.NodeArray<ts.ArrayBindingElement>).some((element) => !ts.isOmittedExpression(element) && binds(element.name));
  const imports = (clause: ts.ImportClause | undefined) => {
    const bindings = clause?.namedBindings;
    return names(clause?.name) || (bindings !== undefined && (ts.isNamespaceImport(bindings) ? names(bindings.name) : bindings.elements.some((specifier) => names(specifier.name))));
  };
  const out: Node[] = [];
  for (const statement of (scope.compilerNode as ts.Block | ts.SourceFile | ts.ModuleBlock | ts.CaseOrDefaultClause).statements) {
    const may = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.some((declaration) => binds(declaration.name))
      : ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)
        ? names(statement.name)
        : ts.isImportDeclaration(statement)
          ? imports(statement.importClause)
          : ts.isModuleDeclaration(statement) || ts.isImportEqualsDeclaration(statement);
    if (may) out.push(wrapCompilerNode(file, statement));
  }
  return out;
}

function fromStatements(statements: Node[], name: string): Binding | undefined {
  for (const statement of statements) {
    if (Node.isVariableStatement(statement)) {
      for (const declaration of statement.getDeclarations()) {
        const hit = bindingNameDeclares(declaration.getNameNode(), name);
        if (hit) return moduleLoadBinding(declaration, hit) ?? { kind: 'local', declaration: hit === true ? declaration : hit };
      }
    } else if (
      (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement) || Node.isEnumDeclaration(statement)) &&
      statement.getName() === name
    ) {
      return { kind: 'local', declaration: statement };
    } else if (Node.isModuleDeclaration(statement) && statement.getName() === name) {
      return { kind: 'local', declaration: statement };
    }
  }
  return undefined;
}

/**
 * A variable that loads a module is an import, at any scope: `const x = require('m')`, `const { a } =
 * require('m')`, `require('m').a`, `await import('m')` and its members. A whole module is a namespace:
 * '*' for `import()`, COMMONJS_MODULE for `require` (match.ts also reads it as the default export).
 */
function moduleLoadBinding(declaration: Node, hit: true | Node): Binding | undefined {
  if (!Node.isVariableDeclaration(declaration)) return undefined;
  const init = declaration.getInitializer();
  const loaded = init ? moduleLoaded(init) : undefined;
  if (!loaded) return undefined;
  if (hit === true) return { kind: 'import', module: loaded.module, exportName: loaded.exportName, declaration };
  // const { a, b: c, default: d } = require('m'): one level of destructuring of the whole module.
  if (loaded.exportName !== '*' && loaded.exportName !== COMMONJS_MODULE) return undefined;
  return destructuredExport(loaded.module, declaration.getNameNode(), hit);
}

/** `{ a, b: c, default: d }` written directly in `pattern` over a whole module: the export the element names. */
function destructuredExport(module: string, pattern: Node, hit: Node): Binding | undefined {
  if (!Node.isBindingElement(hit) || hit.getParent() !== pattern) return undefined;
  return { kind: 'import', module, exportName: hit.getPropertyNameNode()?.getText() ?? hit.getName(), declaration: hit };
}

/**
 * The module a `.then` callback of a dynamic import is handed, as `await import()` would give it: `import('m').then((m)
 * => m.a())` holds the module in `m`, `import('m').then(({ a, b: c }) => a())` its exports `a` and `b`.
 */
function thenLoadBinding(fn: Node, parameter: Node, hit: true | Node): Binding | undefined {
  const call = fn.getParent();
  if (!call || !Node.isCallExpression(call) || call.getArguments()[0] !== fn || (fn as unknown as { getParameters(): Node[] }).getParameters()[0] !== parameter) return undefined;
  const then = call.getExpression();
  if (!Node.isPropertyAccessExpression(then) || then.getName() !== 'then') return undefined;
  const loading = skipWrappers(then.getExpression()).node;
  if (!Node.isCallExpression(loading) || loading.getExpression().getKind() !== SyntaxKind.ImportKeyword) return undefined;
  const specifier = loadSpecifier(loading, true);
  if (specifier === undefined) return undefined;
  const module = packageSpecifier(specifier);
  if (hit === true) return { kind: 'import', module, exportName: '*', declaration: parameter };
  return destructuredExport(module, (parameter as ParameterDeclaration).getNameNode(), hit);
}

/** The module an expression loads (`require('m')`, `await import('m')`, a member of either), or undefined. */
export function moduleLoaded(expression: Node): { module: string; exportName: string } | undefined {
  let { node, awaited } = skipWrappers(expression);
  let member: string | undefined;
  if (Node.isPropertyAccessExpression(node)) {
    member = node.getName();
    const inner = skipWrappers(node.getExpression());
    node = inner.node;
    awaited ||= inner.awaited;
  }
  const specifier = loadSpecifier(node, awaited);
  if (specifier === undefined) return undefined;
  return { module: packageSpecifier(specifier), exportName: member ?? (Node.isCallExpression(node) && node.getExpression().getKind() === SyntaxKind.ImportKeyword ? '*' : COMMONJS_MODULE) };
}

/** `require('m')`, or `import('m')` when awaited (a bare `import()` is a promise), with a literal specifier. */
export function loadSpecifier(node: Node, awaited: boolean): string | undefined {
  if (!Node.isCallExpression(node)) return undefined;
  const callee = node.getExpression();
  const isRequire = Node.isIdentifier(callee) && callee.getText() === 'require';
  const isImport = callee.getKind() === SyntaxKind.ImportKeyword;
  if (!isRequire && !(isImport && awaited)) return undefined;
  const arg = node.getArguments()[0];
  if (!arg || !(Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg))) return undefined;
  return arg.getLiteralValue();
}

function skipWrappers(start: Node): { node: Node; awaited: boolean } {
  let node = start;
  let awaited = false;
  while (Node.isParenthesizedExpression(node) || Node.isAwaitExpression(node) || Node.isAsExpression(node) || Node.isNonNullExpression(node)) {
    if (Node.isAwaitExpression(node)) awaited = true;
    node = node.getExpression();
  }
  return { node, awaited };
}

/** true when the name node itself declares `name`; the binding element when a destructuring pattern does. */
function bindingNameDeclares(nameNode: Node, name: string): true | Node | undefined {
  if (Node.isIdentifier(nameNode)) return nameNode.getText() === name ? true : undefined;
  if (Node.isObjectBindingPattern(nameNode) || Node.isArrayBindingPattern(nameNode)) {
    for (const element of nameNode.getElements()) {
      if (Node.isOmittedExpression(element)) continue;
      const inner = bindingNameDeclares(element.getNameNode(), name);
      if (inner === true) return element;
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * The package a project path stands for when a generator writes that package's code into the project
 * (`import { PrismaClient } from '../generated/prisma/client'`: Prisma's generated client, usually not committed):
 * the package, whether or not the generated files are there. Any other specifier as written.
 */
export function packageSpecifier(specifier: string): string {
  const cached = packageSpecifiers.get(specifier);
  if (cached !== undefined) return cached;
  const module = packageOf(specifier);
  packageSpecifiers.set(specifier, module);
  return module;
}

const packageSpecifiers = new Map<string, string>();

function packageOf(specifier: string): string {
  for (const generated of knowledge.generatedPackagePaths) if (generated.path.test(specifier)) return generated.module;
  // `npm:openai@4`, `https://esm.sh/ai@4.2.6` (Deno, Supabase Edge Functions, browser modules): the npm package served.
  const served = npmServedPattern().exec(specifier);
  if (served) return entryPoint(`${served[1]!}${servedSubpath(served[2] ?? '')}`, true);
  return entryPoint(specifier, false);
}

/** npm's specifier prefixes and the CDNs that serve npm packages by name: `<prefix>[@scope/]name[@version][/subpath]`. */
let npmServed: RegExp | undefined;
function npmServedPattern(): RegExp {
  npmServed ??= new RegExp(`^(?:${knowledge.npmSpecifierPrefixes.map(escapeRegExp).join('|')})(?:v\\d+/|stable/)?((?:@[\\w.-]+/)?[\\w.-]+)(?:@[^/?#]*)?(/[^?#]*)?`);
  return npmServed;
}

/** jsDelivr's `/+esm` (its ES-module build of the same file). */
function servedSubpath(subpath: string): string {
  return subpath.replace(/\/\+esm$/, '');
}

/**
 * A known package's own entry file named as a subpath is the package (`openai/index.mjs`, `ai/dist/index.js`), as is an
 * entry a package documents as its client (knowledge.packageEntryAliases: `openai/client`). Only for packages the
 * knowledge tables name (always for a CDN/npm: specifier): a tsconfig alias (`@api/services/index.js`) is a project path.
 */
function entryPoint(specifier: string, served: boolean): string {
  const alias = knowledge.packageEntryAliases.find((entry) => entry.path === specifier.replace(/\.[cm]?[jt]s$/, ''));
  if (alias) return alias.module;
  const match = /^((?:@[\w.-]+\/)?[\w.-]+)\/(.+)$/.exec(specifier);
  if (!match || specifier.startsWith('.')) return specifier;
  const [, name, subpath] = match;
  const bare = subpath!.replace(/(?:^|\/)(?:(?:dist|lib|build|esm|cjs)\/)?index(?:\.[cm]?[jt]s)?$/, '').replace(/\.[cm]?js$/, '');
  if (bare === subpath) return specifier;
  if (!served && !knownModules().has(name!)) return specifier;
  return bare ? `${name}/${bare}` : name!;
}

let known: Set<string> | undefined;
function knownModules(): Set<string> {
  known ??= new Set([...knownPackageNames(), ...writePackageNames()]);
  return known;
}

/** The import of a file's statements that may declare `name` (statementsDeclaring) that does. */
function importIn(statements: Node[], name: string): Binding | undefined {
  for (const declaration of statements.filter(Node.isImportDeclaration)) {
    const module = packageSpecifier(declaration.getModuleSpecifierValue());
    const defaultImport = declaration.getDefaultImport();
    if (defaultImport?.getText() === name) return { kind: 'import', module, exportName: 'default', declaration };
    const namespace = declaration.getNamespaceImport();
    if (namespace?.getText() === name) return { kind: 'import', module, exportName: '*', declaration };
    for (const specifier of declaration.getNamedImports()) {
      const local = specifier.getAliasNode()?.getText() ?? specifier.getName();
      if (local === name) return { kind: 'import', module, exportName: specifier.getName(), declaration: specifier };
    }
  }
  // import x = require('m'): TypeScript's CommonJS import, a namespace (or the module's default).
  for (const statement of statements) {
    if (!Node.isImportEqualsDeclaration(statement) || statement.getName() !== name) continue;
    const reference = statement.getModuleReference();
    if (Node.isExternalModuleReference(reference)) {
      const arg = reference.getExpression();
      if (arg && Node.isStringLiteral(arg)) return { kind: 'import', module: packageSpecifier(arg.getLiteralValue()), exportName: COMMONJS_MODULE, declaration: statement };
    }
  }
  return undefined;
}

/** Whether a variable declaration is `const` (its value cannot be rebound). */
export function isConstDeclaration(node: Node): boolean {
  const list = node.getFirstAncestorByKind(SyntaxKind.VariableDeclarationList);
  return list !== undefined && (list.getFlags() & 2) !== 0; // NodeFlags.Const
}

/** What a name stands for when it names a `const` of this file (`const x = …`): its initialiser, as written. */
export function constInitializer(identifier: Identifier): Expression | undefined {
  return constBindingInitializer(resolveIdentifier(identifier));
}

/** What a name stands for when it names a variable of this file (`const` or `let`): its initialiser, as written. */
export function variableInitializer(identifier: Identifier): Expression | undefined {
  const binding = resolveIdentifier(identifier);
  return binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
}

/** The function a name of this file stands for: `function f() {}`, or `const f = () => …` / `= function () {}`. */
export function localFunctionNamed(name: Identifier): FunctionDeclaration | ArrowFunction | FunctionExpression | undefined {
  const binding = resolveIdentifier(name);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  const fn = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : declaration;
  return fn && (Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn : undefined;
}

/** For an identifier naming a variable declared inside `within` (`const` or `let`), that declaration. */
export function localDeclarationWithin(node: Node, within: Node): VariableDeclaration | undefined {
  if (!Node.isIdentifier(node)) return undefined;
  const binding = resolveIdentifier(node);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  if (!declaration || !Node.isVariableDeclaration(declaration) || !within.containsRange(declaration.getPos(), declaration.getEnd())) return undefined;
  return declaration;
}

/** The initialiser of a binding that is a `const` of this file, as written. */
export function constBindingInitializer(binding: Binding): Expression | undefined {
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration) || !isConstDeclaration(binding.declaration)) return undefined;
  return binding.declaration.getInitializer();
}

const FUNCTION_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.SetAccessor,
]);

/**
 * The nearest function around a node — a function-like declaration, an arrow or a function expression, what
 * `getFirstAncestor(isFunctionLikeDeclaration || isArrowFunction || isFunctionExpression)` finds — walked on the
 * compiler's parents: ts-morph's walk looks up each ancestor's wrapper in its node cache, which on a file of 60,000
 * requests was ~5 % of the run for one such walk per request. Only the function found is wrapped.
 */
/** The function `value` is returned by: `return value` in its body, or an arrow whose body is `value` (`() => value`). */
export function functionReturning(value: Node): Node | undefined {
  const holder = value.getParent();
  if (holder && Node.isReturnStatement(holder)) return enclosingFunctionOf(holder);
  return holder && Node.isArrowFunction(holder) && holder.getBody() === value ? holder : undefined;
}

export function enclosingFunctionOf(node: Node): Node | undefined {
  let parent = node.compilerNode.parent;
  while (parent && !FUNCTION_KINDS.has(parent.kind)) parent = parent.parent;
  return parent ? wrapCompilerNode(node.getSourceFile(), parent) : undefined;
}

/**
 * What a function returns: its expression body (`() => ctx.client`), or the expression of each of its own return
 * statements (a nested function's are not its own; a bare `return` gives undefined). No body, nothing.
 */
export function returnedExpressionsOf(fn: Node): Array<Node | undefined> {
  const body = (fn as { getBody?(): Node | undefined }).getBody?.();
  if (!body) return [];
  return Node.isBlock(body)
    ? descendantsOfKind(body, SyntaxKind.ReturnStatement).filter((statement) => enclosingFunctionOf(statement) === fn).map((statement) => statement.getExpression())
    : [body];
}

/**
 * Whether control never runs past a statement: a `return` or `throw`, a block whose last statement leaves, an `if`
 * whose branches both leave, a `try` whose block and catch both leave.
 */
export function alwaysLeaves(statement: Node | undefined): boolean {
  if (!statement) return false;
  if (Node.isReturnStatement(statement) || Node.isThrowStatement(statement)) return true;
  if (Node.isBlock(statement)) return alwaysLeaves(statement.getStatements().at(-1));
  if (Node.isIfStatement(statement)) return alwaysLeaves(statement.getThenStatement()) && alwaysLeaves(statement.getElseStatement());
  if (Node.isTryStatement(statement)) {
    const handler = statement.getCatchClause();
    return alwaysLeaves(statement.getTryBlock()) && (!handler || alwaysLeaves(handler.getBlock()));
  }
  return false;
}

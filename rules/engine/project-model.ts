// The project as rules see it: parsed source files (loaded on demand), callee resolution with an
// optional type oracle, function lookup across files, and the caches that make re-analysis cheap.
import { readFileSync } from 'node:fs';
import { Node, Project, SyntaxKind, ts, type CallExpression, type ClassDeclaration, type ClassExpression, type Expression, type Identifier, type NewExpression, type SourceFile } from 'ts-morph';
import { knowledge, type Knowledge } from '../knowledge/index.js';
import { resolveCallee, unwrap, type CalleeRef, type TypeOracle } from './callee.js';
import type { RuleOptions } from './config.js';
import type { DependencyRecorder, RecordedDependencies } from './dependencies.js';
import { compilerNodesOfKinds, descendantsOfKinds, wrapCompilerNode } from './kind-index.js';
import { escapeRegExp } from './match.js';
import { makeModuleResolver, type ModuleResolver } from './module-resolution.js';
import { dependencyRangeAbove, ownRouteFilePath, packageNameAbove } from './project-places.js';
import { COMMONJS_MODULE, resolveIdentifier, variableInitializer } from './scope.js';
import type { RunFiles } from './run-files.js';
import type { TokenPlace } from './workspace-packages.js';
import { readsRunTexts } from './run-file-system.js';
import { classValue, isNothing, memberValue, valueOf, type ProjectLinks } from './values.js';
import { classMethod, classProperty } from './class-members.js';
import { globalDeclarationIn } from './declared-globals.js';

export type FunctionNode = Node & { getBody(): Node | undefined };
export type ClassNode = ClassDeclaration | ClassExpression;

export class ProjectModel implements ProjectLinks {
  readonly knowledge: Knowledge = knowledge;
  /**
   * Per-analysis memo tables (summaries, facts); cleared when any file changes. Plain maps, not weak ones: the
   * nodes live as long as the project does (ts-morph keeps every wrapper), and a weak map's entries cost the
   * garbage collector on every pass (hundreds of thousands of them on a file of 60,000 calls).
   */
  private memo = new Map<string, Map<Node, unknown>>();
  private typeOracle: TypeOracle | undefined;
  private typeOracleMade = false;

  readonly modules: ModuleResolver;

  /** What each memoised answer depended on besides its own file, when dependencies are recorded (see dependencies.ts). */
  private memoDependencies = new WeakMap<object, Map<string, RecordedDependencies>>();

  constructor(
    readonly project: Project,
    /** Whether installed packages are reachable, so the type checker can resolve what syntax cannot. */
    readonly typesAvailable: boolean,
    readonly options: RuleOptions = {},
    modules?: ModuleResolver,
    /**
     * The run's files and texts: project-wide questions (who imports a file, which files call a name) are
     * answered from all of them, never from what happens to be parsed, so a file's findings do not depend on
     * which files were analysed before it (or on another thread, or in an earlier `--cache` run).
     */
    private readonly runFiles?: RunFiles,
    /** Records each file's cross-file dependencies (for `--cache` and the language server). */
    readonly recorder?: DependencyRecorder,
  ) {
    this.modules = modules ?? makeModuleResolver(project.getCompilerOptions());
  }

  /** Memoises `compute(node)` in the table `table` until the next invalidation. */
  memoize<T>(table: string, node: Node, compute: () => T): T {
    let map = this.memo.get(table);
    if (!map) {
      map = new Map();
      this.memo.set(table, map);
    }
    const recorder = this.recorder;
    // One lookup for an answer that is there (most are); `has` only to tell a stored undefined from none.
    const known = map.get(node);
    if (known !== undefined && !recorder) return known as T;
    if (known !== undefined || map.has(node)) {
      // A re-used answer carries what it was computed from to the file re-using it.
      if (recorder) {
        const recorded = this.memoDependencies.get(node)?.get(table);
        if (recorded) recorder.replay(recorded);
      }
      return known as T;
    }
    if (!recorder) {
      const value = compute();
      map.set(node, value);
      return value;
    }
    const { value, recorded } = recorder.capture(compute);
    map.set(node, value);
    if (recorded.files.size !== 0 || recorded.queries.size !== 0) {
      let tables = this.memoDependencies.get(node);
      if (!tables) this.memoDependencies.set(node, (tables = new Map()));
      tables.set(table, recorded);
    }
    return value;
  }

  invalidate(): void {
    this.memo.clear();
    this.memoDependencies = new WeakMap();
    this.unparsedTexts.clear();
  }

  /**
   * A file of the run (or one a project import reaches), parsed on first use from the run's text. The
   * analysis in progress depends on it.
   */
  fileAt(path: string): SourceFile | undefined {
    this.recorder?.file(path);
    const existing = this.project.getSourceFile(path);
    if (existing) return existing;
    const text = this.runFiles?.text(path);
    try {
      if (text === undefined || readsRunTexts(this.project)) return this.project.addSourceFileAtPath(path);
      return this.project.createSourceFile(path, text, { overwrite: true });
    } catch {
      return undefined;
    }
  }

  /**
   * Files of the run (prefilter candidates) whose text calls or names `name`: where the callers of a
   * function called `name` can be. Sorted; the analysis in progress depends on the answer.
   */
  filesMentioning(name: string): string[] {
    if (!this.runFiles) return this.project.getSourceFiles().filter((f) => !f.isDeclarationFile() && !f.isInNodeModules()).map((f) => f.getFilePath());
    const files = this.runFiles.filesMentioning(name);
    this.recorder?.query(`mentions:${name}`, this.runFiles.answer(`mentions:${name}`));
    return files;
  }

  /** Nodes of some kinds under `root`, in source order (see kind-index.ts). */
  nodesOfKinds<T extends Node = Node>(root: Node, kinds: ReadonlyArray<SyntaxKind>): T[] {
    return descendantsOfKinds<T>(root, kinds);
  }

  resolveCall(call: CallExpression): CalleeRef | undefined {
    return this.memoize('callee', call, () => {
      // The type checker is worth asking only when the method name is one a knowledge table could match.
      const callee = call.getExpression();
      const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : undefined;
      const types = name === undefined || this.memberNames().has(name) ? this.types() : this.syntaxOnly();
      return resolveCallee(call, types);
    });
  }

  private memberNameSet: Set<string> | undefined;
  private syntaxOnlyOracle: TypeOracle | undefined;

  /** Last path segments of every knowledge pattern (create, post, invoke, callTool, …). */
  private memberNames(): Set<string> {
    if (!this.memberNameSet) {
      const names = new Set<string>([...this.knowledge.mcpRegistrationMethods, ...Object.keys(this.knowledge.methodByMember), 'request']);
      for (const list of [this.knowledge.outboundCalls, this.knowledge.writes, this.knowledge.toolRegistrations, this.knowledge.retryLibraries]) {
        for (const fact of list) for (const path of fact.path) if (path) names.add(path.split('.').pop()!);
      }
      this.memberNameSet = names;
    }
    return this.memberNameSet;
  }

  private syntaxOnly(): TypeOracle {
    const full = this.types();
    this.syntaxOnlyOracle ??= { ...full, packageTypeOf: () => undefined };
    return this.syntaxOnlyOracle;
  }

  /**
   * Resolution services for callee analysis: relative imports always; the type checker only with
   * installed packages, and made on first need, so only nodes syntax cannot decide ever pay for it.
   */
  types(): TypeOracle {
    if (!this.typeOracleMade) {
      this.typeOracleMade = true;
      this.typeOracle = {
        packageTypeOf: (expression) => (this.typesAvailable ? this.packageTypeOf(expression) : undefined),
        importedDeclaration: (from, specifier, exportName) => this.importedDeclaration(from, specifier, exportName),
        isProjectModule: (specifier, from) => this.modules.isProjectSpecifier(specifier, from?.getSourceFile().getFilePath()),
        packageExportBehind: (from, specifier, exportName) => this.packageExportBehind(from, specifier, exportName),
        links: this,
      };
    }
    return this.typeOracle!;
  }

  private typeProject: Project | undefined;
  /** Type answers per file, kept across invalidations while the file's text (and the type project) stay the same. */
  private typeAnswers = new Map<string, { text: string; answers: Map<string, { module: string; exportName: string } | undefined> }>();

  /** An edit to a file the type checker has seen can change any answer: forget them all. */
  fileChanged(path: string): void {
    if (this.typeProject?.getSourceFile(path)) this.typeAnswers.clear();
  }

  /**
   * The type checker runs on its own project holding only the files that needed it (and what they import),
   * not every analysed file: its program, not the analysis, is what costs.
   */
  private packageTypeOf(expression: Expression): { module: string; exportName: string } | undefined {
    const file = expression.getSourceFile();
    const text = file.getFullText();
    let cached = this.typeAnswers.get(file.getFilePath());
    if (!cached || cached.text !== text) this.typeAnswers.set(file.getFilePath(), (cached = { text, answers: new Map() }));
    const key = `${expression.getStart()}:${expression.getWidth()}`;
    let answer: { module: string; exportName: string } | undefined;
    if (cached.answers.has(key)) answer = cached.answers.get(key);
    else cached.answers.set(key, (answer = this.computePackageTypeOf(expression)));
    if (this.recorder) this.recordTypeProgram();
    return answer;
  }

  private typeProgramFiles: { program: object; files: string[] } | undefined;

  /** A type answer depends on every project file the checker's program holds (installed packages are in the cache key). */
  private recordTypeProgram(): void {
    if (!this.typeProject) return;
    const program = this.typeProject.getProgram().compilerObject;
    if (this.typeProgramFiles?.program !== program) {
      const files = program.getSourceFiles().map((f) => f.fileName).filter((f) => !f.includes('/node_modules/') && !program.isSourceFileDefaultLibrary(program.getSourceFile(f)!));
      this.typeProgramFiles = { program, files };
    }
    for (const file of this.typeProgramFiles.files) this.recorder!.file(file);
  }

  private computePackageTypeOf(expression: Expression): { module: string; exportName: string } | undefined {
    const file = expression.getSourceFile();
    // No ambient `types` (e.g. all of @types/node): a package's own declarations are what we ask about.
    this.typeProject ??= new Project({ compilerOptions: { ...this.project.getCompilerOptions(), types: [] }, skipAddingFilesFromTsConfig: true });
    let typed = this.typeProject.getSourceFile(file.getFilePath());
    if (!typed || typed.getFullText() !== file.getFullText()) {
      typed = this.typeProject.createSourceFile(file.getFilePath(), file.getFullText(), { overwrite: true });
    }
    const twin = typed.getDescendantAtStartWithWidth(expression.getStart(), expression.getWidth());
    return twin ? packageTypeOf(twin as Expression) : undefined;
  }

  /**
   * The package a project module re-exports a name from (`export type { Octokit } from '@octokit/core'` in a workspace
   * package's index, or `import { X } from 'pkg'; export { X }`), through project modules that forward it; undefined
   * when the name is declared in the project or cannot be followed.
   */
  packageExportBehind(from: Node, specifier: string, exportName: string): { module: string; exportName: string } | undefined {
    let file = this.sourceFileForImport(from.getSourceFile(), specifier);
    let name = exportName;
    for (let depth = 0; file && depth < 4; depth++) {
      const table = this.memoize('export-table', file, () => exportTable(file!));
      if (table.locals.has(name)) return undefined;
      const forwarded = table.forwards.get(name);
      const imported = forwarded && !forwarded.module ? table.imports.get(forwarded.name) : undefined;
      const next = forwarded?.module ? { module: forwarded.module, name: forwarded.name } : imported;
      if (!next) return undefined;
      if (!next.module.startsWith('.') && !this.modules.isProjectSpecifier(next.module, file.getFilePath())) return { module: next.module, exportName: next.name };
      file = this.sourceFileForImport(file, next.module);
      name = next.name;
    }
    return undefined;
  }

  /** The declaration a name stands for: a local declaration, or the project module's export it imports by name. */
  declarationOfName(id: Identifier): Node | undefined {
    const binding = resolveIdentifier(id);
    if (binding.kind === 'local') return binding.declaration;
    if (binding.kind === 'import' && binding.exportName !== '*') return this.importedDeclaration(id, binding.module, binding.exportName);
    return undefined;
  }

  private importedDeclaration(from: Node, specifier: string, exportName: string): Node | undefined {
    const file = this.sourceFileForImport(from.getSourceFile(), specifier);
    return file ? this.resolveExport(file, exportName, 0) : undefined;
  }

  /** The declaration behind an export of a file, through `export { x } from` and `export *` (depth-bounded). */
  resolveExport(file: SourceFile, exportName: string, depth: number): Node | undefined {
    if (depth > 5) return undefined;
    const table = this.memoize('export-table', file, () => exportTable(file));
    const local = table.locals.get(exportName);
    if (local) return local;
    // A forwarded name is looked up once per module: a package's index forwards a hundred modules with `export *`.
    if (depth === 0 && (table.forwards.size > 0 || table.stars.length > 0)) {
      return this.memoize(`forwarded-export:${exportName}`, file, () => this.forwardedExport(table, file, exportName, depth));
    }
    return this.forwardedExport(table, file, exportName, depth);
  }

  private forwardedExport(table: ReturnType<typeof exportTable>, file: SourceFile, exportName: string, depth: number): Node | undefined {
    const forwarded = table.forwards.get(exportName);
    if (forwarded) {
      // `import sendEmail from './sendEmail'; export { sendEmail }`: an imported name re-exported.
      const imported = forwarded.module ? undefined : table.locals.has(forwarded.name) ? undefined : table.imports.get(forwarded.name);
      if (imported) {
        const next = this.sourceFileForImport(file, imported.module);
        return next ? this.resolveExport(next, imported.name, depth + 1) : undefined;
      }
      if (!forwarded.module) return table.locals.get(forwarded.name) ?? undefined;
      const next = this.sourceFileForImport(file, forwarded.module);
      return next ? this.resolveExport(next, forwarded.name, depth + 1) : undefined;
    }
    for (const module of table.stars) {
      const fromPath = file.getFilePath();
      const path = this.modules.isProjectSpecifier(module, fromPath) ? this.resolveModule(fromPath, module) : undefined;
      const next = path && this.mayExport(path, exportName) ? this.fileAt(path) : undefined;
      const found = next ? this.resolveExport(next, exportName, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  private readonly unparsedTexts = new Map<string, string | null>();

  /**
   * Whether a file `export *` forwards may export `name`: its text names it or forwards a module in turn. Read, not
   * parsed — a package's index forwarding a hundred modules is searched without parsing them. The analysis
   * depends on the file either way.
   */
  private mayExport(path: string, name: string): boolean {
    if (this.project.getSourceFile(path)) return true;
    this.recorder?.file(path);
    let text = this.unparsedTexts.get(path);
    if (text === undefined) {
      text = this.runFiles?.text(path) ?? null;
      if (text === null) {
        try {
          text = readFileSync(path, 'utf8');
        } catch {
          text = null;
        }
      }
      this.unparsedTexts.set(path, text);
    }
    if (text === null || !text.includes(name)) return text !== null && /\bexport\s*\*/.test(text);
    return mayDeclareExport(text, name);
  }

  /** Loads (or returns) the source file a project import names (relative, or a tsconfig `paths` alias). */
  sourceFileForImport(from: SourceFile, specifier: string): SourceFile | undefined {
    const fromPath = from.getFilePath();
    if (!this.modules.isProjectSpecifier(specifier, fromPath)) return undefined;
    const path = this.resolveModule(fromPath, specifier);
    if (!path) return undefined;
    return this.fileAt(path);
  }

  /** The project file a specifier names from a file; where it leads is part of the answer (a helper created later, or moved, changes it). */
  resolveModule(fromPath: string, specifier: string): string | undefined {
    const path = this.modules.resolve(fromPath, specifier);
    this.recordQuery(`resolve:${fromPath}\0${specifier}`);
    return path;
  }

  /**
   * Files of the package declaring a type (`fromPath`'s) that name it in `implements`/`extends`
   * (interface-implementations.ts); the analysis in progress depends on the answer.
   */
  filesImplementing(fromPath: string, name: string): string[] {
    this.recordQuery(`implements:${fromPath}\0${name}`);
    return this.modules.filesImplementing(fromPath, name);
  }

  /**
   * Whether a file is one the run analyses (a prefilter candidate): its findings are reported from its own
   * analysis. Without the run's files (a model made on its own), every loaded file is.
   */
  isRunFile(path: string): boolean {
    if (!this.runFiles) return this.project.getSourceFile(path) !== undefined;
    this.recordQuery(`run-file:${path}`);
    return this.runFiles.hasFile(path);
  }

  /** Files of a file's package whose text matches a pattern (tool-elements.ts); the analysis in progress depends on the answer. */
  filesMatching(fromPath: string, pattern: RegExp): string[] {
    this.recordQuery(`matching:${fromPath}\0${pattern.source}`);
    return this.modules.filesMatching(fromPath, pattern);
  }

  /**
   * Files of a file's package whose text matches both patterns, in package order: `within` a pattern many files share
   * (a router's text), `pattern` one asked per file (its exported names), tested only on the texts `within` kept. The
   * analysis in progress depends on that intersection, and on nothing else the two searches would have found.
   */
  filesMatchingBoth(fromPath: string, within: RegExp, pattern: RegExp): string[] {
    this.recordQuery(`matching-both:${fromPath}\0${within.source}\0${within.flags}\0${pattern.source}\0${pattern.flags}`);
    return this.modules.filesMatching(fromPath, pattern, within);
  }

  /**
   * Files of a file's package that write one of `names` in one of `places` (`...name`, `[name,`, `f(name)`: TokenPlace),
   * in package order, from an index built once per package; the analysis in progress depends on the answer.
   */
  filesPlacing(fromPath: string, places: ReadonlyArray<TokenPlace>, names: ReadonlyArray<string>): string[] {
    this.recordQuery(`placing:${fromPath}\0${places.join(',')}\0${names.join(',')}`);
    return this.modules.filesPlacing(fromPath, places, names);
  }

  private readonly ownPackageNames = new Map<string, string | null>();

  /** The name in the nearest package.json at or above a folder; the analysis in progress depends on it. */
  packageNameAbove(folder: string): string | undefined {
    this.recordQuery(`package-name:${folder}`);
    return this.runFiles ? this.runFiles.packageNameAbove(folder) : packageNameAbove(folder, this.ownPackageNames);
  }

  private readonly dependencyRanges = new Map<string, string | null>();

  /** The version range of `module` in the nearest package.json at or above a folder listing it; the analysis depends on it. */
  dependencyRangeAbove(folder: string, module: string): string | undefined {
    this.recordQuery(`dependency:${folder}\0${module}`);
    return this.runFiles ? this.runFiles.dependencyRangeAbove(folder, module) : dependencyRangeAbove(folder, module, this.dependencyRanges);
  }

  /** The Next.js route file a same-origin path names, from a folder up (project-places.ts); the analysis in progress depends on it. */
  ownRouteFilePath(folder: string, route: string): string | undefined {
    this.recordQuery(`route:${folder}\0${route}`);
    return this.runFiles ? this.runFiles.ownRouteFilePath(folder, route) : ownRouteFilePath(folder, route);
  }

  /**
   * The declaration a declaration file of `from`'s package writes for a global (`declare const net: {…}`, declared-globals.ts);
   * the analysis in progress depends on which files declare the name.
   */
  declaredGlobal(from: Node, name: string, space: 'value' | 'type' = 'value'): Node | undefined {
    const fromPath = from.getSourceFile().getFilePath();
    this.recordQuery(`declares:${fromPath}\0${name}`);
    for (const path of this.modules.filesDeclaring(fromPath, name)) {
      const file = this.fileAt(path);
      const found = file ? this.memoize(`global-declaration:${space}:${name}`, file, () => globalDeclarationIn(file, name, space)) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  private recordQuery(key: string): void {
    if (this.recorder && this.runFiles) this.recorder.query(key, this.runFiles.answer(key));
  }

  /**
   * The function a call reaches in this project: a local function, a const arrow, an imported
   * function from a relative module, or a method of a local object/class. Undefined for package calls.
   */
  functionCalledBy(call: CallExpression): FunctionNode | undefined {
    return this.memoize('function-called', call, () => this.findFunction(call.getExpression(), 0));
  }

  /** The function a value expression denotes (an inline function, or a name/member that refers to one, bound or not). */
  functionOfValue(value: Node): FunctionNode | undefined {
    const node = unbound(value);
    if (Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isMethodDeclaration(node)) return node as FunctionNode;
    if (Node.isIdentifier(node) || Node.isPropertyAccessExpression(node)) return this.findFunction(node, 0);
    return undefined;
  }

  /** The project class an expression names (a local class, or one imported from a project module). */
  classOf(expression: Node): ClassNode | undefined {
    return this.findClass(expression, 0);
  }

  /** The project class `cls` extends, when it names one (`class Refund extends BaseTool`). */
  baseClassOf(cls: ClassNode): ClassNode | undefined {
    return this.memoize('base-class', cls, () => {
      const base = cls.getExtends()?.getExpression();
      return base ? this.findClass(base, 0) : undefined;
    });
  }

  /** A method (or function-valued property) of a class, its own or inherited from a project base class. */
  methodOf(cls: ClassNode, name: string): FunctionNode | undefined {
    return this.memberFunction(cls, name, 0);
  }

  private memberFunction(cls: ClassNode, name: string, depth: number): FunctionNode | undefined {
    if (depth > 6) return undefined;
    const method = classMethod(cls, name);
    if (method) return method as FunctionNode;
    const init = classProperty(cls, name)?.getInitializer();
    // `private runner: Runner | null = null`: a placeholder, the function is assigned later (below).
    if (init && !isNothing(init)) return this.functionFromValue(init, depth + 1);
    // `this.fetchImpl = (input, init) => fetchImpl(input, init)` in the constructor: the closure the field holds (also
    // over a `null` placeholder, through a setter's parameter: what every caller of `setRunner(fn)` passes).
    const assigned = memberValue({ kind: 'instance', cls }, name, this);
    if (assigned?.kind === 'node' && (Node.isArrowFunction(assigned.node) || Node.isFunctionExpression(assigned.node))) return assigned.node as FunctionNode;
    const base = this.baseClassOf(cls);
    return base ? this.memberFunction(base, name, depth + 1) : undefined;
  }

  private findFunction(expression: Node, depth: number): FunctionNode | undefined {
    if (depth > 6) return undefined;
    const node = unwrap(expression);
    if (Node.isIdentifier(node)) {
      const binding = resolveIdentifier(node);
      if (binding.kind === 'local') return this.functionFromDeclaration(binding.declaration, depth) ?? this.proxiedFunction(binding.declaration, undefined, depth) ?? this.laterAssignedFunction(node, binding.declaration, depth);
      if (binding.kind === 'import') {
        const file = this.sourceFileForImport(node.getSourceFile(), binding.module);
        if (!file) return undefined;
        return this.exportedFunction(file, binding.exportName, depth);
      }
      return undefined;
    }
    if (Node.isPropertyAccessExpression(node)) {
      const target = unwrap(node.getExpression());
      const name = node.getName();
      if (Node.isThisExpression(target)) {
        const cls = node.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
        return cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? this.memberFunction(cls, name, depth + 1) : undefined;
      }
      if (Node.isIdentifier(target)) {
        const binding = resolveIdentifier(target);
        if (binding.kind === 'local') {
          const decl = binding.declaration;
          if (Node.isVariableDeclaration(decl)) {
            const proxied = this.proxiedFunction(decl, name, depth);
            if (proxied) return proxied;
            const init = decl.getInitializer();
            const object = init ? unwrap(init) : undefined;
            if (object && Node.isObjectLiteralExpression(object)) {
              const property = object.getProperty(name);
              if (property && Node.isMethodDeclaration(property)) return property as FunctionNode;
              if (property && Node.isPropertyAssignment(property)) return this.functionFromValue(property.getInitializer()!, depth + 1);
            }
            if (object && Node.isNewExpression(object)) {
              const cls = this.findClass(object.getExpression(), depth + 1);
              const method = cls ? this.memberFunction(cls, name, depth + 1) : undefined;
              if (method) return method;
            }
          }
        }
        if (binding.kind === 'import') {
          // import * as helpers from './helpers.js'; helpers.refund()
          const file = this.sourceFileForImport(target.getSourceFile(), binding.module);
          const whole = binding.exportName === '*' || binding.exportName === COMMONJS_MODULE;
          if (file && whole && !this.moduleExportsValue(file)) return this.exportedFunction(file, name, depth);
        }
      }
    }
    // Anything else syntax can follow: a field holding a project class instance (`this.tickets.open`), a
    // factory's return, a getter, `await import('./x')`, an object a module exports, a parameter every caller fills.
    const value = valueOf(node, this);
    return value?.kind === 'node' ? this.functionFromNode(value.node, depth + 1) : undefined;
  }

  /**
   * A member of a function proxy typed by a project module (knowledge `functionProxies`: Temporal's
   * `const { callLLM } = proxyActivities<typeof activities>(…)`, or `acts.callLLM` on `const acts = proxyActivities<…>()`):
   * the function of that name the module exports. `member` is the accessed name for a whole proxy held in a variable.
   */
  private proxiedFunction(declaration: Node, member: string | undefined, depth: number): FunctionNode | undefined {
    let holder: Node = declaration;
    let name = member;
    if (Node.isBindingElement(declaration)) {
      if (declaration.getDotDotDotToken()) return undefined;
      name = (declaration.getPropertyNameNode() ?? declaration.getNameNode()).getText();
      holder = declaration.getParent().getParent();
    }
    if (!name || !Node.isVariableDeclaration(holder)) return undefined;
    const init = holder.getInitializer();
    const call = init ? unwrap(init) : undefined;
    const callee = call && Node.isCallExpression(call) ? call.getExpression() : undefined;
    if (!call || !Node.isCallExpression(call) || !callee || !Node.isIdentifier(callee)) return undefined;
    const maker = resolveIdentifier(callee);
    if (maker.kind !== 'import' || !this.knowledge.functionProxies.some((fact) => fact.module.includes(maker.module) && fact.exports.includes(maker.exportName))) return undefined;
    const typeArgument = call.getTypeArguments()[0];
    if (!typeArgument || !Node.isTypeQuery(typeArgument) || !Node.isIdentifier(typeArgument.getExprName())) return undefined;
    const namespace = resolveIdentifier(typeArgument.getExprName() as Identifier);
    if (namespace.kind !== 'import' || (namespace.exportName !== '*' && namespace.exportName !== COMMONJS_MODULE)) return undefined;
    const file = this.sourceFileForImport(call.getSourceFile(), namespace.module);
    return file ? this.exportedFunction(file, name, depth + 1) : undefined;
  }

  /** A function node itself, or the function an export-table entry or object property holds. */
  private functionFromNode(node: Node, depth: number): FunctionNode | undefined {
    if (Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node)) return node.getBody() ? (node as FunctionNode) : undefined;
    if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) return node as FunctionNode;
    if (Node.isVariableDeclaration(node)) return this.functionFromDeclaration(node, depth + 1);
    if (Node.isPropertyAssignment(node)) {
      const init = node.getInitializer();
      return init ? this.functionFromValue(init, depth + 1) : undefined;
    }
    if (Node.isShorthandPropertyAssignment(node)) return this.findFunction(node.getNameNode(), depth + 1);
    return undefined;
  }

  private findClass(expression: Node, depth: number): ClassNode | undefined {
    const node = unwrap(expression);
    if (!Node.isIdentifier(node) || depth > 6) return undefined;
    const binding = resolveIdentifier(node);
    let declaration: Node | undefined;
    if (binding.kind === 'local') declaration = binding.declaration;
    else if (binding.kind === 'import') {
      const file = this.sourceFileForImport(node.getSourceFile(), binding.module);
      declaration = file && binding.exportName !== '*' ? this.resolveExport(file, binding.exportName, 0) : undefined;
    }
    if (declaration && Node.isVariableDeclaration(declaration)) declaration = declaration.getInitializer();
    const cls = declaration ? unwrap(declaration) : undefined;
    if (cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return cls;
    // const { TicketService } = require('./services'), module.exports = { TicketService }, a class a factory returns.
    return classValue(node, this);
  }

  /**
   * A `let` that starts empty and is filled later (`let sendFn: SendFn | null = null` with `export function
   * setMessageSender(fn) { sendFn = fn }`): the function values.ts finds assigned to it (the one every caller of the
   * setter hands over).
   */
  private laterAssignedFunction(name: Identifier, declaration: Node, depth: number): FunctionNode | undefined {
    if (!Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) return undefined;
    const init = declaration.getInitializer();
    const empty = !init || init.getKind() === SyntaxKind.NullKeyword || (Node.isIdentifier(init) && init.getText() === 'undefined');
    if (!empty) return undefined;
    const value = valueOf(name, this);
    return value?.kind === 'node' && value.node !== declaration ? this.functionFromNode(value.node, depth + 1) : undefined;
  }

  private functionFromDeclaration(declaration: Node, depth: number): FunctionNode | undefined {
    if (Node.isFunctionDeclaration(declaration)) return declaration.getBody() ? (declaration as FunctionNode) : undefined;
    if (Node.isVariableDeclaration(declaration)) {
      const init = declaration.getInitializer();
      return init ? this.functionFromValue(init, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * The function a called parameter holds: the one every caller of its function passes (values.ts), as a tool factory
   * is handed the operation its tool runs (`createPostTool(createPost)` calling `createPost(…)` in the tool it makes).
   */
  functionPassedTo(call: CallExpression): FunctionNode | undefined {
    const callee = unwrap(call.getExpression());
    if (!Node.isIdentifier(callee)) return undefined;
    const binding = resolveIdentifier(callee);
    if (binding.kind !== 'local' || !Node.isParameterDeclaration(binding.declaration)) return undefined;
    const passed = valueOf(callee, this);
    return passed?.kind === 'node' && passed.node !== binding.declaration ? this.functionFromNode(passed.node, 1) : undefined;
  }

  private functionFromValue(value: Node, depth: number): FunctionNode | undefined {
    const node = unwrap(value);
    if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) return node as FunctionNode;
    if (Node.isIdentifier(node)) return this.findFunction(node, depth + 1);
    // `const completer = createCompleter(options)`: the closure the factory returns (values.ts follows the return).
    if (Node.isCallExpression(node)) {
      const made = valueOf(node, this);
      return made?.kind === 'node' && (Node.isArrowFunction(made.node) || Node.isFunctionExpression(made.node)) ? (made.node as FunctionNode) : undefined;
    }
    return undefined;
  }

  private exportedFunction(file: SourceFile, exportName: string, depth: number): FunctionNode | undefined {
    // `const handleSendEmail = require('./send')` of a module whose `module.exports = handleSendEmail`: that one value.
    if (exportName === COMMONJS_MODULE) {
      const value = this.moduleExportsValue(file);
      return value ? this.functionFromValue(value, depth + 1) : undefined;
    }
    const declaration = this.resolveExport(file, exportName, 0);
    if (!declaration) return undefined;
    if (Node.isFunctionDeclaration(declaration)) return declaration.getBody() ? (declaration as FunctionNode) : undefined;
    if (Node.isVariableDeclaration(declaration)) return this.functionFromDeclaration(declaration, depth + 1);
    if (Node.isExpression(declaration)) return this.functionFromValue(declaration, depth + 1);
    return this.functionFromNode(declaration, depth + 1);
  }

  /** What a CommonJS module assigns to `module.exports` when it is one value (a function, a class, an instance), not an object of members. */
  moduleExportsValue(file: SourceFile): Node | undefined {
    return this.memoize('export-table', file, () => exportTable(file)).moduleExports;
  }

  /**
   * Calls of a function (or `new` of a class, for a constructor) in its own file and in the project files
   * that import that file. Found through a per-file index of calls by name, so each function costs one
   * lookup, never a walk of the file.
   */
  callSitesOf(fn: Node): Array<CallExpression | NewExpression> {
    return this.memoize('call-sites', fn, () => {
      const target = callTarget(fn);
      if (!target) return [];
      const home = fn.getSourceFile();
      const importers = this.importersOf(home, target.name);
      let named = this.callsIn([home, ...importers].slice(0, MAX_CALLER_FILES), fn, target);
      // A function outside the run (a dispatcher a tool table of the run is looked up in), or in a file no file of the
      // run imports (a mixin module named alone, `TicketsMixin(Base)`, whose composing index was not): its callers are
      // searched in its package, as a lint of the whole project would find them, not only among the run's files.
      if (named.length === 0 && (!this.isRunFile(home.getFilePath()) || importers.length === 0)) named = this.packageCallSitesOf(fn);
      return named.length >= MAX_CALL_SITES ? named : [...named, ...this.tableDispatchSites(fn)].slice(0, MAX_CALL_SITES);
    });
  }

  /**
   * Calls that run a function through a table holding it, looked up by a key only known at run time: `handler(client,
   * args)` after `const handler = allHandlers[toolName]`, or `TABLE[name](client, args)`. The table is the object literal
   * the function is written in (a method or a property's function) or, one file further, a table spreading it (`const
   * allHandlers = { ...chargeHandlers, ...refundHandlers }`, found through the package's files placing `...name`). Such a
   * call hands its arguments to every function the table holds.
   */
  private tableDispatchSites(fn: Node): CallExpression[] {
    const holder = fn.getParent();
    const table = Node.isMethodDeclaration(fn) ? holder : holder && Node.isPropertyAssignment(holder) && holder.getInitializer() === fn ? holder.getParent() : undefined;
    if (!table || !Node.isObjectLiteralExpression(table)) return [];
    const variable = table.getParent();
    if (!variable || !Node.isVariableDeclaration(variable) || variable.getInitializer() !== table) return [];
    const out = lookupCalls(variable, this);
    const name = variable.getName();
    const home = table.getSourceFile();
    const own = home.getFilePath();
    const importers = this.importersOf(home, '').filter((f): f is SourceFile => f !== undefined);
    const placing = this.filesPlacing(own, ['spread'], [name]).filter((p) => p !== own && !importers.some((f) => f.getFilePath() === p));
    const files = [home, ...importers.filter((f) => f.getText().includes(`...${name}`)), ...placing.map((p) => this.fileAt(p))].slice(0, MAX_TABLE_FILES);
    for (const file of files) {
      if (!file) continue;
      for (const spread of this.nodesOfKinds(file, [SyntaxKind.SpreadAssignment])) {
        if (!Node.isSpreadAssignment(spread)) continue;
        const spreadName = spread.getExpression();
        if (!Node.isIdentifier(spreadName) || spreadName.getText() !== name) continue;
        const gathering = spread.getParent();
        const gatheringVariable = gathering?.getParent();
        if (!gatheringVariable || !Node.isVariableDeclaration(gatheringVariable) || gatheringVariable.getInitializer() !== gathering) continue;
        const value = valueOf(spreadName, this);
        if (value?.kind !== 'node' || value.node !== table) continue;
        out.push(...lookupCalls(gatheringVariable, this));
        if (out.length >= MAX_CALL_SITES) return out;
      }
    }
    return out;
  }

  /** The project files that import `file`, parsed (bounded like a function's callers). */
  importingFiles(file: SourceFile): SourceFile[] {
    return this.importersOf(file, '').filter((f): f is SourceFile => f !== undefined);
  }

  /**
   * Calls of a function in the files of its package whose text calls it by name, parsed whether or not the run analyses
   * them: for a question a file linted on its own must answer as a lint of the whole project would (whether a router's
   * parameter is the tool name its callers, files away, pass — raw-tool-loops.ts). Bounded like callSitesOf; with
   * `every`, each call in the files searched (a registration function's: each call registers a tool, and a registry
   * of thirty tools has thirty — raw-tool-loops.ts givenByCallers), the files searched still bounded.
   */
  packageCallSitesOf(fn: Node, every = false): Array<CallExpression | NewExpression> {
    return this.memoize(every ? 'package-call-sites:every' : 'package-call-sites', fn, () => {
      const target = callTarget(fn);
      if (!target) return [];
      const home = fn.getSourceFile();
      const homePath = home.getFilePath();
      // `route(…)`, `this.config.interceptor?.(…)`, `run<Args>(…)`: the shapes callsByName files under the name.
      const pattern = new RegExp(`(?<![\\w$])${escapeRegExp(target.name)}\\s*(?:\\(|<|\\?\\.\\s*\\()`);
      const paths = this.filesMatching(homePath, pattern).filter((path) => path !== homePath);
      // Parsed one by one as the search reaches them: it stops at MAX_CALL_SITES.
      const files = function* (model: ProjectModel) {
        yield home;
        for (const path of paths.slice(0, MAX_CALLER_FILES - 1)) yield model.fileAt(path);
      };
      return this.callsIn(files(this), fn, target, every ? Infinity : MAX_CALL_SITES);
    });
  }

  /**
   * Calls of a function written as a property of an object literal handed to a project class's constructor or to a
   * project function (`new Brain({ toolCallInterceptor: (name, args) => route(name, args) })`): the member calls by that
   * property's name inside the class or function (`this.config.toolCallInterceptor(name, args, meta)`), which run what
   * the object holds there. For when value following cannot say which object such a call reaches (each `new Brain` of
   * the package hands its own); a call that value following does resolve to another function is not one of them.
   */
  handedObjectMemberCalls(fn: Node): CallExpression[] {
    return this.memoize('handed-object-member-calls', fn, () => {
      const property = fn.getParent();
      const key = Node.isMethodDeclaration(fn) ? fn.getName() : property && Node.isPropertyAssignment(property) && property.getInitializer() === fn ? property.getName() : undefined;
      const object = Node.isMethodDeclaration(fn) ? property : property?.getParent();
      const handed = object?.getParent();
      if (!key || !object || !Node.isObjectLiteralExpression(object) || !handed || !(Node.isNewExpression(handed) || Node.isCallExpression(handed))) return [];
      if (!handed.getArguments().includes(object)) return [];
      const receiver = Node.isNewExpression(handed) ? this.classOf(handed.getExpression()) : this.functionCalledBy(handed);
      if (!receiver) return [];
      const out: CallExpression[] = [];
      for (const site of callsByName(receiver.getSourceFile()).get(key) ?? []) {
        if (!Node.isCallExpression(site) || !receiver.containsRange(site.getPos(), site.getEnd())) continue;
        if (!Node.isPropertyAccessExpression(unwrap(site.getExpression()))) continue;
        const called = this.functionCalledBy(site);
        if (called && called !== fn) continue;
        out.push(site);
        if (out.length >= MAX_CALL_SITES) break;
      }
      return out;
    });
  }

  /** The calls of `fn` (by its name, then resolved) in these files, at most `limit` (MAX_CALL_SITES unless told). */
  private callsIn(files: Iterable<SourceFile | undefined>, fn: Node, target: { name: string; cls?: ClassNode }, limit = MAX_CALL_SITES): Array<CallExpression | NewExpression> {
    const out: Array<CallExpression | NewExpression> = [];
    for (const file of files) {
      if (!file) continue;
      for (const site of callsByName(file).get(target.name) ?? []) {
        const reaches = Node.isNewExpression(site) ? this.classOf(site.getExpression()) === target.cls : this.functionCalledBy(site) === fn || this.calledThroughModuleList(site, fn);
        if (reaches) out.push(site);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  /**
   * `for (const gateway of GATEWAYS) await gateway.handle(name, args)` over `const GATEWAYS = [execGateway, extrasGateway]`,
   * each element a namespace import (or a whole `require`) of a project module: the loop calls that export of every
   * module listed, `fn` among them when its module is. Value following gives such a call no one function.
   */
  private calledThroughModuleList(site: CallExpression, fn: Node): boolean {
    const callee = unwrap(site.getExpression());
    const receiver = Node.isPropertyAccessExpression(callee) ? unwrap(callee.getExpression()) : undefined;
    if (!receiver || !Node.isIdentifier(receiver)) return false;
    const binding = resolveIdentifier(receiver);
    const loop = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getParent()?.getParent() : undefined;
    if (!loop || !Node.isForOfStatement(loop)) return false;
    let list: Node | undefined = unwrap(loop.getExpression());
    if (Node.isIdentifier(list)) {
      const init = variableInitializer(list);
      list = init ? unwrap(init) : undefined;
    }
    if (!list || !Node.isArrayLiteralExpression(list)) return false;
    const home = fn.getSourceFile();
    return list.getElements().some((element) => {
      if (!Node.isIdentifier(element)) return false;
      const module = resolveIdentifier(element);
      if (module.kind !== 'import' || (module.exportName !== '*' && module.exportName !== COMMONJS_MODULE)) return false;
      return this.sourceFileForImport(site.getSourceFile(), module.module) === home;
    });
  }

  /**
   * Files of the run that import `file` (from their text, resolved once), parsed; falls back to the files loaded.
   * An importer whose text cannot hold a call of `calledName` (callsByName keys a call by the callee's written name;
   * mayCallByName) is not parsed (undefined in its place, so the MAX_CALLER_FILES looked at stay the same): most
   * importers that never call a function import it to hand it on (an index re-exporting it, a table listing it). The
   * analysis still depends on its text, as when it was parsed (an edit adding a call re-analyses).
   */
  private importersOf(file: SourceFile, calledName: string): Array<SourceFile | undefined> {
    const path = file.getFilePath();
    if (!this.runFiles) return this.loadedImportersOf(path);
    const importers = this.runFiles.importersOf(path);
    this.recorder?.query(`importers:${path}`, this.runFiles.answer(`importers:${path}`));
    const out: Array<SourceFile | undefined> = [];
    for (const importer of importers.slice(0, MAX_CALLER_FILES)) {
      const text = this.project.getSourceFile(importer) ? undefined : this.runFiles.text(importer);
      if (text !== undefined && !mayCallByName(text, calledName)) {
        this.recorder?.file(importer);
        out.push(undefined);
        continue;
      }
      const parsed = this.fileAt(importer);
      if (parsed) out.push(parsed);
    }
    return out;
  }

  /** Without the run's files (a model made on its own): the loaded files that import `path`. */
  private loadedImportersOf(path: string): SourceFile[] {
    return this.project.getSourceFiles().filter((importer) => {
      const from = importer.getFilePath();
      return from !== path && moduleSpecifiersOf(importer).some((specifier) => this.modules.isProjectSpecifier(specifier, from) && this.modules.resolve(from, specifier) === path);
    });
  }
}

/** Bounds on the callers a parameter's value is followed through. */
const MAX_CALLER_FILES = 40;
const MAX_CALL_SITES = 20;
/** Files searched for a table spreading a function's table (its own, its importers and the package's files placing `...name`). */
const MAX_TABLE_FILES = 6;

/**
 * The calls in a table's file of what `table[key]` gives, the key not a literal: the lookup called at once
 * (`TABLE[name](args)`), or through the `const` it is put in (`const handler = TABLE[name]; handler(client, args)`).
 */
function lookupCalls(table: import('ts-morph').VariableDeclaration, model: ProjectModel): CallExpression[] {
  const out: CallExpression[] = [];
  const name = table.getName();
  for (const access of model.nodesOfKinds(table.getSourceFile(), [SyntaxKind.ElementAccessExpression])) {
    if (!Node.isElementAccessExpression(access)) continue;
    const object = unwrap(access.getExpression());
    const key = access.getArgumentExpression();
    if (!key || Node.isStringLiteral(key) || Node.isNoSubstitutionTemplateLiteral(key) || Node.isNumericLiteral(key)) continue;
    if (!Node.isIdentifier(object) || object.getText() !== name) continue;
    const binding = resolveIdentifier(object);
    if (binding.kind !== 'local' || binding.declaration !== table) continue;
    let looked: Node = access;
    while (Node.isParenthesizedExpression(looked.getParent()!) || Node.isNonNullExpression(looked.getParent()!) || Node.isAsExpression(looked.getParent()!)) looked = looked.getParent()!;
    const parent = looked.getParent();
    if (parent && Node.isCallExpression(parent) && parent.getExpression() === looked) out.push(parent);
    else if (parent && Node.isVariableDeclaration(parent) && parent.getInitializer() === looked) out.push(...callsOfConst(parent));
  }
  return out;
}

/** Calls of a `const`'s value by its name, in the scope that declares it. */
function callsOfConst(variable: import('ts-morph').VariableDeclaration): CallExpression[] {
  const nameNode = variable.getNameNode();
  if (!Node.isIdentifier(nameNode)) return [];
  const scope = variable.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a));
  if (!scope) return [];
  return scope.getDescendantsOfKind(SyntaxKind.CallExpression).filter((call) => {
    const callee = unwrap(call.getExpression());
    if (!Node.isIdentifier(callee) || callee.getText() !== nameNode.getText()) return false;
    const binding = resolveIdentifier(callee);
    return binding.kind === 'local' && binding.declaration === variable;
  });
}

/** The name a function is called by (and the class, for a constructor's `new`). */
function callTarget(fn: Node): { name: string; cls?: ClassNode } | undefined {
  if (Node.isConstructorDeclaration(fn)) {
    const cls = fn.getParent();
    const name = (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? cls.getName() : undefined;
    return name && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? { name, cls } : undefined;
  }
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) {
    const name = fn.getName();
    return name ? { name } : undefined;
  }
  if (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) {
    const holder = fn.getParent();
    if (holder && (Node.isVariableDeclaration(holder) || Node.isPropertyDeclaration(holder) || Node.isPropertyAssignment(holder))) {
      return { name: holder.getName() };
    }
  }
  return undefined;
}

const callShapes = new Map<string, [RegExp, RegExp]>();

/**
 * Whether a text may hold a call that callsByName files under `name`: the name followed, past spaces and comments, by
 * `(`, type arguments or `?.`; or the name after a `new` (`new Billing`, `new sdk.Billing(…)`, with or without
 * arguments). A superset of what the index holds, so a file failing it has no call of that name.
 */
export function mayCallByName(text: string, name: string): boolean {
  if (!text.includes(name)) return false;
  if (name === '') return true;
  let shapes = callShapes.get(name);
  if (!shapes) {
    const n = escapeRegExp(name);
    shapes = [
      new RegExp(`(?<![\\w$])${n}\\s*(?:/\\*[\\s\\S]*?\\*/\\s*|//[^\\n]*\\n\\s*)*(?:\\(|<|\\?\\.)`),
      new RegExp(`\\bnew\\b[^;(]*?(?<![\\w$])${n}(?![\\w$])`),
    ];
    callShapes.set(name, shapes);
  }
  return shapes[0].test(text) || shapes[1].test(text);
}

/**
 * Every call and `new` of a file by the last name of its callee (`f(…)`, `a.b.f(…)`, `new F(…)`). Built on the
 * compiler's nodes: only the calls of a name asked for get ts-morph wrappers (an importer parsed for the calls of one
 * function wrapped all of its calls and their callees).
 */
class CallIndex {
  private readonly wrapped = new Map<string, Array<CallExpression | NewExpression>>();

  constructor(
    private readonly file: SourceFile,
    private readonly byName: Map<string, ts.Node[]>,
  ) {}

  get(name: string): Array<CallExpression | NewExpression> | undefined {
    let sites = this.wrapped.get(name);
    if (sites) return sites;
    const nodes = this.byName.get(name);
    if (!nodes) return undefined;
    sites = nodes.map((node) => wrapCompilerNode<CallExpression | NewExpression>(this.file, node));
    this.wrapped.set(name, sites);
    return sites;
  }
}

const callIndexes = new WeakMap<ts.SourceFile, CallIndex>();
function callsByName(file: SourceFile): CallIndex {
  const compilerFile = file.compilerNode;
  let index = callIndexes.get(compilerFile);
  if (index) return index;
  const text = compilerFile.text;
  // What ts-morph's getText() reads for a name: from its first token (after comments and spaces) to its end.
  const written = (node: ts.Node) => text.substring(node.getStart(compilerFile), node.end);
  const byName = new Map<string, ts.Node[]>();
  for (const site of compilerNodesOfKinds(file, [SyntaxKind.CallExpression, SyntaxKind.NewExpression])) {
    const callee = (site as ts.CallExpression | ts.NewExpression).expression;
    const name = ts.isIdentifier(callee)
      ? written(callee)
      : ts.isPropertyAccessExpression(callee)
        ? written(callee.name)
        : callee.kind === ts.SyntaxKind.ImportKeyword
          ? 'import'
          : undefined;
    if (!name) continue;
    const list = byName.get(name);
    if (list) list.push(site);
    else byName.set(name, [site]);
  }
  index = new CallIndex(file, byName);
  callIndexes.set(compilerFile, index);
  return index;
}

/** The module specifiers a file imports (static, `export … from`, `require`, dynamic), from its statements and calls. */
function moduleSpecifiersOf(file: SourceFile): string[] {
  const out: string[] = [];
  for (const statement of file.getStatements()) {
    if (Node.isImportDeclaration(statement) || Node.isExportDeclaration(statement)) {
      const specifier = statement.getModuleSpecifierValue();
      if (specifier) out.push(specifier);
    }
  }
  for (const name of ['require', 'import']) {
    for (const call of callsByName(file).get(name) ?? []) {
      const arg = call.getArguments()[0];
      if (arg && Node.isStringLiteral(arg)) out.push(arg.getLiteralValue());
    }
  }
  return out;
}

/** `handler.bind(this)` is the handler itself. */
function unbound(value: Node): Node {
  const node = unwrap(value);
  if (!Node.isCallExpression(node)) return node;
  const callee = node.getExpression();
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'bind' ? unwrap(callee.getExpression()) : node;
}

interface ExportTable {
  /** Top-level declarations by name (exported or not: `export { x }` lists refer to them); 'default' too. */
  locals: Map<string, Node>;
  forwards: Map<string, { module?: string; name: string }>;
  stars: string[];
  /** Names the file imports (`import x from './x'`, `import { y } from './y'`): `export { x }` re-exports them. */
  imports: Map<string, { module: string; name: string }>;
  /** CommonJS `module.exports = value` when the value is not an object literal of members. */
  moduleExports?: Node;
}

function exportTable(file: SourceFile): ExportTable {
  const table: ExportTable = { locals: new Map(), forwards: new Map(), stars: [], imports: new Map() };
  const commonJs: Array<[string, Node]> = [];
  for (const statement of file.getStatements()) {
    if (Node.isExpressionStatement(statement)) {
      commonJs.push(...commonJsExports(statement.getExpression(), table));
      continue;
    }
    if (Node.isImportDeclaration(statement)) {
      const module = statement.getModuleSpecifierValue();
      const defaultImport = statement.getDefaultImport();
      if (defaultImport) table.imports.set(defaultImport.getText(), { module, name: 'default' });
      for (const named of statement.getNamedImports()) table.imports.set(named.getAliasNode()?.getText() ?? named.getName(), { module, name: named.getName() });
    } else if (Node.isVariableStatement(statement)) {
      for (const declaration of statement.getDeclarations()) table.locals.set(declaration.getName(), declaration);
    } else if (Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement)) {
      // Types share the table for declared-types.ts; a value of the same name keeps the entry.
      if (!table.locals.has(statement.getName())) table.locals.set(statement.getName(), statement);
    } else if (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement)) {
      const name = statement.getName();
      if (name && !(Node.isFunctionDeclaration(statement) && !statement.getBody())) table.locals.set(name, statement);
      // The keyword, not ts-morph's isDefaultExport(): that asks the binder's symbol and builds a program.
      if (statement.hasDefaultKeyword()) table.locals.set('default', statement);
    } else if (Node.isExportAssignment(statement) && !statement.isExportEquals()) {
      const expression = statement.getExpression();
      const target = Node.isIdentifier(expression) ? undefined : expression;
      if (target) table.locals.set('default', target);
      else table.forwards.set('default', { name: expression.getText() });
    } else if (Node.isExportDeclaration(statement)) {
      const module = statement.getModuleSpecifierValue();
      if (statement.isNamespaceExport() && module && !statement.getNamespaceExport()) table.stars.push(module);
      for (const named of statement.getNamedExports()) {
        table.forwards.set(named.getAliasNode()?.getText() ?? named.getName(), { module, name: named.getName() });
      }
    }
  }
  // After the declarations: `module.exports = { refund }` names the local `refund`, which stays the entry.
  for (const [name, value] of commonJs) {
    if (Node.isShorthandPropertyAssignment(value) && table.locals.has(name)) continue;
    table.locals.set(name, value);
  }
  return table;
}

/** `module.exports = …`, `module.exports.x = …`, `exports.x = …`: the names a CommonJS module exports. */
function commonJsExports(expression: Node, table: ExportTable): Array<[string, Node]> {
  if (!Node.isBinaryExpression(expression) || expression.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) return [];
  const target = expression.getLeft().getText().replace(/\s+/g, '');
  const value = unwrap(expression.getRight());
  if (target === 'module.exports') {
    if (!Node.isObjectLiteralExpression(value)) {
      table.moduleExports = value;
      return [['default', value]];
    }
    const out: Array<[string, Node]> = [];
    for (const property of value.getProperties()) {
      if (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property) || Node.isMethodDeclaration(property)) {
        const nameNode = property.getNameNode();
        const name = Node.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
        out.push([name, property]);
      }
    }
    return out;
  }
  const member = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
  return member ? [[member[1]!, value]] : [];
}

/** Package and type name of an expression's type, through the type checker (only called when syntax cannot decide). */
function packageTypeOf(expression: Expression): { module: string; exportName: string } | undefined {
  try {
    const type = expression.getType();
    const symbol = type.getSymbol() ?? type.getAliasSymbol();
    const declaration = symbol?.getDeclarations()[0];
    if (!symbol || !declaration) return undefined;
    const path = declaration.getSourceFile().getFilePath();
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
    if (!match) return undefined;
    const module = match[1]!.startsWith('@types/') ? match[1]!.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2') : match[1]!;
    return { module, exportName: symbol.getName() };
  } catch {
    return undefined;
  }
}

/** Whether a module's text may export `name`: a declaration, an export list or a CommonJS export naming it, or a whole module forwarded. */
const exportPatterns = new Map<string, RegExp>();

export function mayDeclareExport(text: string, name: string): boolean {
  let pattern = exportPatterns.get(name);
  if (!pattern) exportPatterns.set(name, (pattern = exportPattern(name)));
  return pattern.test(text);
}

function exportPattern(name: string): RegExp {
  // Every character stands for itself: a namespace import asks for `*` (a bare `*` here was an invalid
  // regular expression, and an internal error on every rule of the file).
  const n = escapeRegExp(name);
  return new RegExp(
    `\\bexport\\s*\\*|\\bexport\\s*(?:type\\s*)?\\{[^}]*(?<![\\w$])${n}(?![\\w$])|\\bexport\\s+(?:declare\\s+)?(?:default\\s+)?(?:abstract\\s+)?(?:async\\s+)?(?:const|let|var|function\\*?|class|interface|type|enum|namespace)\\s+(?:\\{[^}]*)?(?<![\\w$])${n}(?![\\w$])|\\bexports\\.${n}(?![\\w$])|\\bmodule\\.exports\\b|\\bexport\\s*=`,
  );
}

// findToolHandlers: the functions a model can invoke, in every framework RULES.md lists — SDK tool
// registrations, `tools: {…}` objects, LangChain tool classes, decorated actions, raw tool-use
// dispatch loops (raw-tool-loops.ts) — functions handed to a project's own wrapper around one of
// those, and subclass overrides of a method a base class registers by `this` (`this.invoke.bind(this)`).
import { Node, SyntaxKind, ts, type CallExpression, type Decorator, type NewExpression, type ObjectLiteralExpression, type ParameterDeclaration, type PropertyAccessExpression, type SourceFile } from 'ts-morph';
import type { DecoratedToolFact, HandlerArg, ToolRegistrationFact } from '../knowledge/types.js';
import { hasInstanceMethod, instanceMember } from './class-members.js';
import { compilerObjectHasProperty, hasPropertyNamed, objectLiteralOf, originOf, propertyOf, propertyValue, unwrap } from './callee.js';
import { compilerDescendantsOfKinds, compilerNodesOfKinds, descendantsOfKind, wrapCompilerNode } from './kind-index.js';
import { calleeMatches, findMatch, moduleMatches } from './match.js';
import { heldFunction } from './handler-values.js';
import { asOwnPackage } from './own-package.js';
import type { ClassNode, FunctionNode, ProjectModel } from './project-model.js';
import { entryHandler, entryName, fromDispatchIf, fromDispatchSwitch, fromDispatchTable, iteratedCollection, tableEntries, type TableEntry } from './raw-tool-loops.js';
import { enclosingFunctionOf, resolveIdentifier } from './scope.js';
import { unwrapCompilerValue, valueOf } from './values.js';
import { collectionMembers, elementToolHandlers, returnsResultOf, spreadTupleHandlers } from './tool-elements.js';
import { servedMethods, toolClassFileOf } from './tool-class-files.js';
import { loadedFromFolderElsewhere } from './folder-loaded-tools.js';
import type { Confidence } from './types.js';

export interface ToolAnnotations {
  readOnlyHint?: boolean;
  idempotentHint?: boolean;
  destructiveHint?: boolean;
}

export interface ToolHandler {
  framework: string;
  /** The handler function; for a raw dispatch loop, the branch that runs the tool. */
  body: Node;
  fn?: FunctionNode;
  /** The registration (call, class, case clause, table entry) that exposes it to a model. */
  registration: Node;
  /** The expression handed to the registration (`execute: refund`, `this.invoke.bind(this)`), when there is one. */
  expression?: Node;
  name?: string;
  annotations: ToolAnnotations;
  /** Which parameter (and property of it) carries the call's abort signal. */
  signalFrom?: { param: number; property: string };
  confidence: Confidence;
}

export function findToolHandlers(file: SourceFile, model: ProjectModel): ToolHandler[] {
  return model.memoize('tool-handlers', file, () => {
    // A handler written in another file of the run is reported from that file's analysis (handlersRegisteredElsewhere),
    // once, however many registrations (a switch in one file, a table in another) run it.
    const handlers = registeredToolHandlers(file, model).filter((h) => {
      const home = h.body.getSourceFile();
      if (home === file || !model.isRunFile(home.getFilePath())) return true;
      return !handlersRegisteredElsewhere(home, model).some((e) => e.body === h.body) && !definedAsTool(h.body, model);
    });
    return joined(handlers, handlersRegisteredElsewhere(file, model));
  });
}

/** The handlers of both lists, each body once (the first list's entry kept). */
function joined(first: ReadonlyArray<ToolHandler>, second: ReadonlyArray<ToolHandler>): ToolHandler[] {
  const seen = new Set(first.map((h) => h.body));
  return [...first, ...second.filter((h) => !seen.has(h.body) && seen.add(h.body))];
}

/**
 * Whether a handler is written as a tool its own file's analysis finds by shape (a tool object's handler, a tool
 * definition's), so that analysis reports it, not that of a loop in another file that runs it.
 */
function definedAsTool(body: Node, model: ProjectModel): boolean {
  let holder: Node | undefined = body;
  const cls = Node.isMethodDeclaration(holder) ? holder.getParent() : undefined;
  if (cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return fromTypedToolClass(cls)?.body === body;
  if (!Node.isMethodDeclaration(holder)) {
    holder = holder.getParent();
    while (holder && (Node.isParenthesizedExpression(holder) || Node.isAsExpression(holder) || Node.isSatisfiesExpression(holder))) holder = holder.getParent();
    if (!holder || !Node.isPropertyAssignment(holder)) return false;
  }
  const object = holder.getParent();
  if (!object || !Node.isObjectLiteralExpression(object)) return false;
  if ((fromTypedToolObject(object, model) ?? fromToolObject(object, model) ?? fromFunctionDeclarationObject(object, model))?.body === body) return true;
  const call = object.getParent();
  return call !== undefined && Node.isCallExpression(call) && call.getArguments()[0] === object && fromToolDefinition(call, model)?.body === body;
}

/**
 * Whether a function is what a tool registration runs: handed to a registration (or a project wrapper of one)
 * directly or as a property of an object argument (`runServer({ handleRequest: async (req) => … })`).
 */
export function isRegisteredHandler(fn: Node, model: ProjectModel): boolean {
  if (!Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return false;
  return model.memoize('is-registered-handler', fn, () => {
    let holder: Node | undefined = fn.getParent();
    while (holder && (Node.isParenthesizedExpression(holder) || Node.isAsExpression(holder))) holder = holder.getParent();
    if (holder && Node.isPropertyAssignment(holder)) holder = holder.getParent()?.getParent();
    // `customActionProvider([{ name, invoke: async (…) => … }])`: an option object in an array argument.
    if (holder && Node.isArrayLiteralExpression(holder)) holder = holder.getParent();
    if (!holder || !(Node.isCallExpression(holder) || Node.isNewExpression(holder))) return false;
    return handlersOfCall(holder, model).some((handler) => handler.fn === fn);
  });
}

/** Text of a file that registers tools (the registrations a per-tool element can be run by). */
const REGISTRATION_TEXT = /registerTool|setRequestHandler|\.\w*[tT]ool\s*\(|\b(?:define|make|build|create)\w*Tool\s*\(/;

/**
 * Tools written in this file (objects typed as the package's tool type, classes implementing it) that a registration
 * in another file of the package runs one by one (tool-elements.ts): found from the package's files that register
 * tools, once per package, so a file linted on its own — the one an editor shows — gets the same answer; and the
 * functions of this file a router in another file runs per tool (dispatchedFromOtherFiles).
 */
function handlersRegisteredElsewhere(file: SourceFile, model: ProjectModel): ToolHandler[] {
  return model.memoize('handlers-registered-elsewhere', file, () =>
    joined(
      joined(
        joined(joined(registeredElsewhereIn(file, model), dispatchedFromOtherFiles(file, model)), heldByToolObjectsElsewhere(file, model)),
        listedByContainersElsewhere(file, model),
      ),
      loadedFromFolderElsewhere(file, exportedNames(file), model),
    ),
  );
}

/**
 * Tool objects written in this file that a framework container in another file of the package lists (ElizaOS's
 * `actions: [bridgeAction]` in the plugin's index): found from this file too, through the package's files that name one
 * of its exports and write such a list (`actions:`), whose typed containers are searched as registeredToolHandlers does.
 */
function listedByContainersElsewhere(file: SourceFile, model: ProjectModel): ToolHandler[] {
  const text = listPropertyText(model);
  return text ? foundInFilesNamingExports(file, model, text, listedToolObjectHandlers) : [];
}

const listTexts = new WeakMap<object, RegExp | undefined>();

/** `actions:` — the list properties of the containers typedToolObjects names, as text. */
function listPropertyText(model: ProjectModel): RegExp | undefined {
  const facts = model.knowledge.typedToolObjects;
  if (!listTexts.has(facts)) {
    const names = wordPattern(facts.flatMap((f) => (f.listedIn ? [f.listedIn.property] : [])), '\\b');
    listTexts.set(facts, names ? new RegExp(`${names.source}\\s*:`) : undefined);
  }
  return listTexts.get(facts);
}

/** The handlers of the tool objects a file's framework containers list (fromListedToolObjects, on its own). */
function listedToolObjectHandlers(file: SourceFile, model: ProjectModel): ToolHandler[] {
  return model.memoize('listed-tool-object-handlers', file, () =>
    possibleToolObjects(file).flatMap((object) => fromListedToolObjects(object, model)),
  );
}

/** Text of a file that may write a tool object or a registration object (`handler: createBackup`, `execute: run`). */
const TOOL_OBJECT_TEXT = /\b(?:handler|execute)\s*:/;

/**
 * Functions written in this file that a tool object in another file of the package names as its handler — `const
 * registration = { tool, handler: handleBackupCreate }` (README question 36) or `{ name, description, inputSchema, handler:
 * createRecord }` in a tools table — found from this file too, so that linting it alone answers as linting the package
 * does. The other files are the package's files naming one of this file's exports and holding a handler key; only
 * their object literals are searched, with the shapes registeredToolHandlers gives them.
 */
function heldByToolObjectsElsewhere(file: SourceFile, model: ProjectModel): ToolHandler[] {
  return foundInFilesNamingExports(file, model, TOOL_OBJECT_TEXT, toolObjectHandlers);
}

/**
 * What `search` finds written in this file when run on the package's other files that name one of its exports and
 * whose text matches `text` (the exported names searched only in the texts `text` kept, filesMatchingBoth: only files in both are parsed).
 */
function foundInFilesNamingExports(
  file: SourceFile,
  model: ProjectModel,
  text: RegExp,
  search: (other: SourceFile, model: ProjectModel) => ToolHandler[],
  home: SourceFile = file,
): ToolHandler[] {
  const pattern = wordPattern(exportedNames(file), '(?<![\\w$])');
  const importer = defaultImportPattern(file);
  if (!pattern && !importer) return [];
  const own = file.getFilePath();
  const naming = new Set([
    ...(pattern ? model.filesMatchingBoth(own, text, pattern) : []),
    ...(importer ? model.filesMatchingBoth(own, text, importer) : []),
  ]);
  const others = [...naming].filter((path) => path !== own);
  const out: ToolHandler[] = [];
  for (const path of others.slice(0, MAX_ROUTER_FILES)) {
    const other = model.fileAt(path);
    if (!other) continue;
    for (const handler of search(other, model)) {
      if (handler.body.getSourceFile() === home) out.push(handler);
    }
  }
  return out;
}

/** The handlers of a file's tool objects (the last step of registeredToolHandlers, on its own). */
function toolObjectHandlers(file: SourceFile, model: ProjectModel): ToolHandler[] {
  return model.memoize('tool-object-handlers', file, () => {
    const out: ToolHandler[] = [];
    for (const object of possibleToolObjects(file)) {
      const handler = fromTypedToolObject(object, model) ?? fromToolObject(object, model) ?? fromToolRegistrationObject(object, model) ?? fromFunctionDeclarationObject(object, model);
      if (handler) out.push(handler);
    }
    return out;
  });
}

/**
 * A router, as its text can tell: a `switch` on a name, or a table looked up by one (`registry[tool_name]`,
 * `handlers.get(request.params.name)`, `skills.find((s) => s.name === name)`) — what raw-tool-loops.ts then decides is
 * the tool's name. Only such files are parsed and searched: most files naming a handler module's exports (its tests,
 * its helpers' users) route nothing.
 */
const DISPATCH_TEXT = /\bswitch\s*\(\s*[\w$.]*(?:name|action|operation|method)\s*\)|\[\s*[\w$.]*name\s*(?:as\s[^\]\n]*)?\]|\.get\(\s*[\w$.]*name\s*\)|\.find\(\s*\(?\s*(?:[\w$]+|\{[^}]*\})\s*(?::[^)=]*)?\)?\s*=>\s*[\w$.]*name\s*===?/i;

/**
 * Functions written in this file that a router in another file of the package runs per tool — `case 'invite': return
 * handleInvite(args)` in a router the CallToolRequestSchema handler calls, however many files away that handler is, or
 * `registry[tool_name](args)` over a table that spreads this file's exported table. The routers are the package's files
 * that name one of the exports and dispatch (DISPATCH_TEXT); each is searched as its own analysis would
 * (registeredToolHandlers, memoised per file), and what it finds written in this file kept.
 */
function dispatchedFromOtherFiles(file: SourceFile, model: ProjectModel): ToolHandler[] {
  return joined(
    joined(joined(foundInFilesNamingExports(file, model, DISPATCH_TEXT, routedToolHandlers), dispatchedThroughGatheringFiles(file, model)), dispatchedByRegistries(file, model)),
    dispatchedThroughBaseClasses(file, model),
  );
}

/**
 * Tool classes written in this file whose base class (another file's) is what a registry's table is written to hold:
 * `class BashTool extends BaseTool` run by `this.tools.get(toolCall.function.name).execute(args)` over `tools: Map<string,
 * BaseTool>` in a registry file that names BaseTool, never BashTool. The routers are the package's files naming the base
 * file's exports that dispatch (DISPATCH_TEXT); what they find written in this file is kept.
 */
function dispatchedThroughBaseClasses(file: SourceFile, model: ProjectModel): ToolHandler[] {
  if (!/\bextends\b/.test(file.getFullText())) return [];
  const extended = file.getClasses().flatMap((cls) => {
    const base = cls.getExtends()?.getExpression();
    return base && Node.isIdentifier(base) ? [base.getText()] : [];
  });
  // Text first: a base class is resolved (its file parsed) only when a router of the package names it.
  const named = wordPattern(extended, '(?<![\\w$])');
  const own = file.getFilePath();
  if (!named || !model.filesMatchingBoth(own, DISPATCH_TEXT, named).some((path) => path !== own)) return [];
  const bases = new Set<SourceFile>();
  for (const cls of file.getClasses()) {
    const base = cls.getExtends() ? model.baseClassOf(cls)?.getSourceFile() : undefined;
    if (base && base !== file) bases.add(base);
  }
  return [...bases].slice(0, MAX_GATHERING_FILES).flatMap((base) => foundInFilesNamingExports(base, model, DISPATCH_TEXT, routedToolHandlers, file));
}

/**
 * Any number of files further: a registry that fills its table through its own registration function and looks the
 * model's tool name up in it (`this.tools.set(tool.name, { tool, executor })` in `register`, `this.tools.get(toolCall.name)`
 * in `execute`), whose callers hand it the entries of lists gathered across files under other names (`for (const {
 * tool, executor } of category) registry.register(tool, executor)` over `[telegramTools, tonTools]`, each an index
 * spreading its folder's lists). Its routes are resolved by value (raw-tool-loops.ts), once per registry file for the
 * whole package; what it finds written in this file is kept.
 */
function dispatchedByRegistries(file: SourceFile, model: ProjectModel): ToolHandler[] {
  if (exportedNames(file).length === 0) return [];
  const own = file.getFilePath();
  const out: ToolHandler[] = [];
  for (const path of model.filesMatchingBoth(own, DISPATCH_TEXT, REGISTRY_TEXT).filter((p) => p !== own).slice(0, MAX_GATHERING_FILES)) {
    const registry = model.fileAt(path);
    for (const handler of registry ? routedToolHandlers(registry, model) : []) if (handler.body.getSourceFile() === file) out.push(handler);
  }
  return out;
}

const MAX_GATHERING_FILES = 4;

/**
 * One file further: `const allHandlers = { ...ACTION_HANDLERS, ...FORM_HANDLERS }` in an index that gathers the tables
 * of several files, or `export const ALL_TOOLS = [readFileTool, bashTool]` listing the tools of several files, which a
 * router naming the index's exports looks the tool's name up in (`HANDLERS[toolName](…)`, a Map built from the list).
 * The gathering files are the package's files that spread one of this file's exports or list one as an array element.
 * Or two files further, through a registry's registration function: `registerTool(bashTool, bashHandler)` in an init
 * file hands this file's export to a function of the registry's file (`handlers.set(tool.name, handler)`), whose Map a
 * router naming the registry's exports looks the name up in.
 */
function dispatchedThroughGatheringFiles(file: SourceFile, model: ProjectModel): ToolHandler[] {
  const exported = [...new Set(exportedNames(file))];
  if (exported.length === 0) return [];
  const own = file.getFilePath();
  const out: ToolHandler[] = [];
  for (const path of model.filesPlacing(own, ['spread', 'listed'], exported).filter((p) => p !== own).slice(0, MAX_GATHERING_FILES)) {
    const gathering = model.fileAt(path);
    if (gathering) out.push(...foundInFilesNamingExports(gathering, model, DISPATCH_TEXT, routedToolHandlers, file));
  }
  const registries = new Set<SourceFile>();
  for (const path of model.filesPlacing(own, ['argument'], exported).filter((p) => p !== own).slice(0, MAX_GATHERING_FILES)) {
    const registering = model.fileAt(path);
    for (const registry of registering ? registriesHandedTo(registering, new Set(exported), model) : []) if (registry !== file) registries.add(registry);
  }
  for (const registry of [...registries].slice(0, MAX_GATHERING_FILES)) out.push(...foundInFilesNamingExports(registry, model, DISPATCH_TEXT, routedToolHandlers, file));
  return out;
}

/** A registry's file: it fills a table under a name (`handlers.set(tool.name, handler)`, `registry[def.name] = handler`). */
const REGISTRY_TEXT = /\.set\(\s*[\w$.]*name\s*,|\[\s*[\w$.]*name\s*\]\s*=[^=]/i;

/**
 * The files of the project functions a file's calls hand one of these names to as an argument (`registerTool(def,
 * handler)`), when they fill a table by name (REGISTRY_TEXT).
 */
function registriesHandedTo(registering: SourceFile, names: ReadonlySet<string>, model: ProjectModel): SourceFile[] {
  const out = new Set<SourceFile>();
  for (const call of model.nodesOfKinds<CallExpression>(registering, [SyntaxKind.CallExpression])) {
    if (!call.getArguments().some((arg) => Node.isIdentifier(arg) && names.has(arg.getText()))) continue;
    const home = model.functionCalledBy(call)?.getSourceFile();
    if (home && home !== registering && REGISTRY_TEXT.test(home.getFullText())) out.add(home);
  }
  return [...out];
}

/**
 * What a router file runs per tool: the cases of its switches on the tool's name and the entries of the tables its calls
 * look the name up in (raw-tool-loops.ts), the part of registeredToolHandlers a router can hold — not its other calls,
 * whose callees a large service file would have resolved for nothing.
 */
function routedToolHandlers(router: SourceFile, model: ProjectModel): ToolHandler[] {
  return model.memoize('routed-tool-handlers', router, () => {
    const out: ToolHandler[] = [];
    for (const node of model.nodesOfKinds(router, [SyntaxKind.SwitchStatement, SyntaxKind.CallExpression])) {
      if (Node.isSwitchStatement(node)) out.push(...fromDispatchSwitch(node, model));
      else if (Node.isCallExpression(node)) out.push(...fromDispatchTable(node, model));
    }
    return out;
  });
}

const MAX_ROUTER_FILES = 12;

/**
 * A module specifier naming this file (`'./actions/transfer'`, `"../transfer.js"`), when the file has a default export:
 * its importers name it however they like (`import transferToken from './actions/transfer'`), so the path is what they share.
 */
function isModuleExportsAssignment(statement: Node): boolean {
  if (!Node.isExpressionStatement(statement)) return false;
  const expression = statement.getExpression();
  return Node.isBinaryExpression(expression) && expression.getOperatorToken().getKind() === SyntaxKind.EqualsToken && expression.getLeft().getText() === 'module.exports';
}

function defaultImportPattern(file: SourceFile): RegExp | undefined {
  // A default export, or a CommonJS module's exports (`module.exports = { a, b }`, held whole by `require('./tools')`).
  if (!file.getStatements().some((s) => (Node.isExportAssignment(s) && !s.isExportEquals()) || isModuleExportsAssignment(s))) return undefined;
  const base = file.getBaseNameWithoutExtension();
  if (!/^[\w.-]+$/.test(base) || base === 'index') return undefined;
  return new RegExp(`['"][^'"\\n]*/${base.replace(/[.]/g, '\\.')}(?:\\.[cm]?[jt]sx?)?['"]`);
}
const MAX_EXPORTED_NAMES = 60;

/**
 * Names other files use for what a file exports: its exported functions, variables and classes (`export async function
 * handleInvite`, `export const memoryTools = { … }`) and the names of an `export { a, b as c }` list.
 */
function exportedNames(file: SourceFile): string[] {
  const names = new Set<string>();
  for (const statement of file.getStatements()) {
    if ((Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement)) && statement.hasExportKeyword()) {
      const name = statement.getName();
      if (name) names.add(name);
    } else if (Node.isVariableStatement(statement) && statement.hasExportKeyword()) {
      for (const declaration of statement.getDeclarations()) names.add(declaration.getName());
    } else if (Node.isExportDeclaration(statement) && !statement.getModuleSpecifier()) {
      for (const specifier of statement.getNamedExports()) names.add(specifier.getAliasNode()?.getText() ?? specifier.getName());
    }
    if (names.size >= MAX_EXPORTED_NAMES) break;
  }
  return [...names].filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
}

function registeredElsewhereIn(file: SourceFile, model: ProjectModel): ToolHandler[] {
  if (!mayHoldToolElements(file)) return [];
  const paths = model.filesMatching(file.getFilePath(), REGISTRATION_TEXT).slice(0, MAX_REGISTRATION_FILES);
  const first = paths[0] !== undefined ? model.fileAt(paths[0]) : undefined;
  if (!first) return [];
  const byFile = model.memoize(`package-tool-elements:${paths.join('\0')}`, first, () => {
    const out = new Map<string, ToolHandler[]>();
    const elsewhere: ToolHandler[] = [];
    const seen = new Set<Node>();
    for (const path of paths) {
      const registering = model.fileAt(path);
      if (!registering) continue;
      for (const handler of registeredToolHandlers(registering, model)) {
        if (handler.body.getSourceFile() === registering || seen.has(handler.body)) continue;
        seen.add(handler.body);
        elsewhere.push(handler);
      }
    }
    for (const handler of elsewhere) {
      const home = handler.body.getSourceFile().getFilePath();
      const list = out.get(home) ?? [];
      list.push(handler);
      out.set(home, list);
    }
    return out;
  });
  return byFile.get(file.getFilePath()) ?? [];
}

const MAX_REGISTRATION_FILES = 40;

/**
 * A typed object literal or a class that extends or implements something: what a per-tool element looks like; an
 * exported array (`export const deploymentTools = [createTool(…), …]`, spread into a registration elsewhere); or a
 * function the file exports (`export default sendEmail`, `export async function createWebhook`, a typed arrow
 * `export const runPipeline: ToolCallback<…> = async (args) => …`), which a tools table of another file may hold as a
 * tool's handler (mailtrap-mcp's `{ name, handler: sendEmail }`, picked by name); or what a project function makes of
 * one (`export const createReleaseTool = withErrorHandling(_tool, …)`, `export const addApp = createTool(name, config,
 * callback)`), which a registration elsewhere hands over or a list it loops over holds.
 */
function mayHoldToolElements(file: SourceFile): boolean {
  const text = file.getFullText();
  return /\b(?:extends|implements)\b|\)\s*:\s*[A-Z]\w*(?:<[^>]*>)?\s*=>\s*\(\s*\{|:\s*[A-Z]\w*(?:<[^=;]*>)?\s*=\s*\{|\bsatisfies\b|\bexport\s+(?:default\s+)?(?:async\s+)?function\b|^export\s+default\s+[A-Za-z_$][\w$]*\s*;?\s*$|^[ \t]*export\s+const\s+[A-Za-z_$][\w$]*(?:\s*:[^=\n]+)?\s*=\s*\[|^export\s+const\s+[A-Za-z_$][\w$]*\s*:[^=\n]*(?:\n[^=\n]*){0,4}=\s*(?:async\s*)?\(|^export\s+const\s+[A-Za-z_$][\w$]*\s*=\s*[A-Za-z_$][\w$]*\(/m.test(text);
}

function registeredToolHandlers(file: SourceFile, model: ProjectModel): ToolHandler[] {
  return model.memoize('registered-tool-handlers', file, () => {
    const handlers: ToolHandler[] = [];
    const seen = new Set<Node>();
    const objects: ObjectLiteralExpression[] = [];
    const add = (handler: ToolHandler | undefined) => {
      if (!handler || seen.has(handler.body)) return;
      seen.add(handler.body);
      handlers.push(handler);
    };
    const kinds = [SyntaxKind.CallExpression, SyntaxKind.NewExpression, SyntaxKind.ClassDeclaration, SyntaxKind.ClassExpression,
      SyntaxKind.MethodDeclaration, SyntaxKind.SwitchStatement, SyntaxKind.IfStatement, SyntaxKind.ObjectLiteralExpression];
    // Walked on the compiler's nodes: an object literal or an `if` (the most numerous of these kinds) is wrapped only
    // when it can be a tool, so most of a file's objects and conditions never get a ts-morph wrapper here.
    const sourceFile = () => file.compilerNode;
    for (const raw of compilerNodesOfKinds(file, kinds)) {
      if (raw.kind === ts.SyntaxKind.ObjectLiteralExpression && !mayBeToolObject(raw as ts.ObjectLiteralExpression, sourceFile)) continue;
      if (raw.kind === ts.SyntaxKind.IfStatement && !mayDispatchOnName(raw as ts.IfStatement)) continue;
      const node = wrapCompilerNode(file, raw);
      if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
        for (const handler of handlersOfCall(node, model)) {
          add(handler);
          for (const element of elementToolHandlers(handler, model)) add(element);
          for (const element of spreadTupleHandlers(handler, model)) add(element);
          for (const element of loopRegisteredHandlers(handler, model)) add(element);
        }
        if (Node.isCallExpression(node)) for (const handler of fromDispatchTable(node, model)) add(handler);
      } else if (Node.isClassDeclaration(node) || Node.isClassExpression(node)) {
        add(fromToolClass(node, model) ?? fromTypedToolClass(node));
        for (const handler of fromToolSubclass(node, model)) add(handler);
        for (const handler of fromServedClass(node, model)) add(handler);
      } else if (Node.isMethodDeclaration(node)) {
        add(fromDecoratedAction(node, model));
      } else if (Node.isSwitchStatement(node)) {
        for (const handler of fromDispatchSwitch(node, model)) add(handler);
      } else if (Node.isIfStatement(node)) {
        add(fromDispatchIf(node, model));
      } else if (Node.isObjectLiteralExpression(node)) {
        objects.push(node);
      }
    }
    // Last: a tool object handed to a registration or a definition helper is found there first, with its framework.
    for (const object of objects) {
      add(fromTypedToolObject(object, model) ?? fromToolObject(object, model) ?? fromToolRegistrationObject(object, model) ?? fromFunctionDeclarationObject(object, model) ?? fromRewrappedToolObject(object, model));
      for (const handler of fromListedToolObjects(object, model)) add(handler);
    }
    return handlers;
  });
}

/**
 * Whether an object literal can be one of the tool objects registeredToolHandlers looks for, read off the compiler's
 * nodes: all of them have a handler key (fromToolObject, fromToolRegistrationObject) or a written type
 * (fromTypedToolObject, fromListedToolObjects: writtenType's shape; fromToolObject's typed tools, also as elements of
 * a typed list: writtenTypeName's).
 */
function mayBeToolObject(object: ts.ObjectLiteralExpression, file: () => ts.SourceFile): boolean {
  let parent = object.parent;
  while (parent && parent.kind === ts.SyntaxKind.ParenthesizedExpression) parent = parent.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isSatisfiesExpression(parent) || ts.isAsExpression(parent)) && parent.type && ts.isTypeReferenceNode(parent.type)) return true;
  if (parent && ts.isArrayLiteralExpression(parent)) {
    const holder = parent.parent;
    if (holder && (ts.isVariableDeclaration(holder) || ts.isSatisfiesExpression(holder) || ts.isAsExpression(holder)) && holder.type && (ts.isArrayTypeNode(holder.type) || ts.isTypeReferenceNode(holder.type))) {
      return compilerObjectHasProperty(object, file, TYPED_HANDLER_KEYS);
    }
  }
  return compilerObjectHasProperty(object, file, OBJECT_HANDLER_KEYS) || holdsFunctionDeclaration(object, file);
}

/** Whether a property of an object literal is written as an object with a `type` and a `function` (fromFunctionDeclarationObject). */
function holdsFunctionDeclaration(object: ts.ObjectLiteralExpression, file: () => ts.SourceFile): boolean {
  for (const property of object.properties) {
    if (property.kind !== ts.SyntaxKind.PropertyAssignment) continue;
    const value = unwrapCompilerValue((property as ts.PropertyAssignment).initializer);
    if (value.kind === ts.SyntaxKind.ObjectLiteralExpression && compilerObjectHasProperty(value as ts.ObjectLiteralExpression, file, ['function'])) {
      return compilerObjectHasProperty(value as ts.ObjectLiteralExpression, file, ['type']);
    }
  }
  return false;
}

/** A file's object literals that may be tool objects (mayBeToolObject), in source order; only they are wrapped. */
function possibleToolObjects(file: SourceFile): ObjectLiteralExpression[] {
  const sourceFile = () => file.compilerNode;
  const out: ObjectLiteralExpression[] = [];
  for (const raw of compilerNodesOfKinds(file, [SyntaxKind.ObjectLiteralExpression])) {
    if (mayBeToolObject(raw as ts.ObjectLiteralExpression, sourceFile)) out.push(wrapCompilerNode<ObjectLiteralExpression>(file, raw));
  }
  return out;
}

/** Whether fromDispatchIf can find a tool in an `if`: its condition, unwrapped, is a comparison or a call. */
function mayDispatchOnName(statement: ts.IfStatement): boolean {
  const condition = unwrapCompilerValue(statement.expression);
  return condition.kind === ts.SyntaxKind.BinaryExpression || condition.kind === ts.SyntaxKind.CallExpression;
}

/** Handlers a call registers: an SDK registration, a `tools` object, or a call to a project wrapper. */
function handlersOfCall(call: CallExpression | NewExpression, model: ProjectModel, self?: ClassNode): ToolHandler[] {
  const out = fromRegistration(call, model, self);
  // `new ToolLoopAgent({ tools })`, `new DurableAgent({ tools })`: agents made with `new` host tools too.
  if (Node.isNewExpression(call)) out.push(...fromToolHosts(call, model));
  if (Node.isCallExpression(call)) {
    out.push(...fromToolHosts(call, model));
    const wrapped = fromWrapperCall(call, model, self);
    if (wrapped) out.push(wrapped);
    else out.push(...fromWrapperCallPerElement(call, model), ...fromWrapperCallPerEntry(call, model));
    if (out.length === 0) {
      const defined = fromToolDefinition(call, model);
      if (defined) out.push(defined);
    }
  }
  return out;
}

// A project function named `tool` too (its own identity wrapper `tool({ description, inputSchema, handler })`).
// `KnockTool({ … })`, `CreateXeroTool(…)`: any project function named for a tool — or for an action, as toolkits
// call the tools they hand to a model (`createAction({ name, description, inputParams, execute })`).
const DEFINE_TOOL = /^(?:\w*Tool|tool|\w*Action|action)$/;
const HANDLER_KEYS = ['handler', 'handle', 'execute', 'run', 'invoke', 'func', 'call', 'fn'];
const SCHEMA_KEYS = ['inputSchema', 'parameters', 'params', 'schema', 'argsSchema', 'paramsSchema', 'input', 'inputParams', 'args'];

/**
 * A project's own tool definitions, `defineTool({ name, description, inputSchema, handler })`: a project
 * function named for defining tools, given the shape every tool API asks for (a description, an input schema
 * and a handler). The registry that later hands these to an MCP server or a model is often built far away
 * (a map of imports, a loop wrapping each handler); the definition is where the handler is written.
 */
function fromToolDefinition(call: CallExpression, model: ProjectModel): ToolHandler | undefined {
  const callee = unwrap(call.getExpression());
  const name = Node.isIdentifier(callee) ? callee.getText() : Node.isPropertyAccessExpression(callee) ? callee.getName() : undefined;
  if (!name || !DEFINE_TOOL.test(name)) return undefined;
  const helper = model.functionCalledBy(call);
  // A definition helper we cannot see into (one a framework hands in, `tools: (tool) => ({ … tool({ … }) })`, or a
  // package's we have no facts for) counts only when given the whole tool shape, with the handler a function.
  if (!helper && !unresolvedDefinition(call)) return undefined;
  const config = objectLiteralOf(call.getArguments()[0]);
  let expression: Node | undefined;
  if (config && propertyOf(config, 'description') && SCHEMA_KEYS.some((key) => hasMember(config, key))) {
    const key = HANDLER_KEYS.find((k) => propertyOf(config, k));
    expression = key ? propertyValue(propertyOf(config, key)) : undefined;
  } else if (helper) {
    // CreateXeroTool(name, description, schema, handler) → () => ({ name, description, schema, handler })
    const index = definedHandlerParameter(helper, model);
    expression = index === undefined ? undefined : call.getArguments()[index];
  }
  if (!expression) return undefined;
  const fn = curried(model.functionOfValue(expression));
  if (!fn) return undefined;
  return {
    framework: `project tool definition (${name})`,
    body: fn,
    fn,
    registration: call,
    expression,
    name: toolName(call, (n) => n),
    annotations: readAnnotations(objectLiteralOf(propertyValue(propertyOf(config, 'annotations')))),
    confidence: 'medium',
  };
}

/** `tool({ name, description, schema, handler: async (args) => … })` whose `tool` is a parameter or a package's export. */
function unresolvedDefinition(call: CallExpression): boolean {
  const callee = unwrap(call.getExpression());
  if (!Node.isIdentifier(callee)) return false;
  const binding = resolveIdentifier(callee);
  if (binding.kind === 'import' ? binding.module.startsWith('.') : !(binding.kind === 'local' && Node.isParameterDeclaration(binding.declaration))) return false;
  const config = objectLiteralOf(call.getArguments()[0]);
  if (!config || !propertyOf(config, 'description') || !SCHEMA_KEYS.some((key) => hasMember(config, key))) return false;
  const key = HANDLER_KEYS.find((k) => propertyOf(config, k));
  const value = key ? propertyOf(config, key) : undefined;
  if (!value) return false;
  if (Node.isMethodDeclaration(value)) return true;
  const handler = propertyValue(value);
  return handler !== undefined && (Node.isArrowFunction(unwrap(handler)) || Node.isFunctionExpression(unwrap(handler)));
}

/**
 * The parameter a tool-definition helper puts in the tool it builds as its handler: an object it returns (directly,
 * or from a function it returns) with a description, an input schema and a handler key holding the parameter.
 */
function definedHandlerParameter(helper: FunctionNode, model: ProjectModel): number | undefined {
  return model.memoize('defined-handler-parameter', helper, () => {
    if (!('getParameters' in helper)) return undefined;
    const params = (helper as unknown as { getParameters(): ParameterDeclaration[] }).getParameters();
    for (const object of descendantsOfKind(helper, SyntaxKind.ObjectLiteralExpression)) {
      if (!propertyOf(object, 'description') || !SCHEMA_KEYS.some((key) => hasMember(object, key))) continue;
      const key = HANDLER_KEYS.find((k) => propertyOf(object, k));
      const value = key ? propertyValue(propertyOf(object, key)) : undefined;
      const id = value ? unwrap(value) : undefined;
      if (!id || !Node.isIdentifier(id)) continue;
      const binding = resolveIdentifier(id);
      const index = binding.kind === 'local' ? params.findIndex((p) => p === binding.declaration) : -1;
      if (index >= 0) return index;
    }
    return undefined;
  });
}

/** `execute: (client, config) => async (input) => …`: a handler built per client, the function it returns runs. */
function curried(fn: FunctionNode | undefined): FunctionNode | undefined {
  if (!fn || !Node.isArrowFunction(fn)) return fn;
  const body = unwrap(fn.getBody());
  return Node.isArrowFunction(body) || Node.isFunctionExpression(body) ? (body as FunctionNode) : fn;
}

/** A property, method or getter of an object literal (`get inputSchema() { … }` is a schema too). */
function hasMember(object: ObjectLiteralExpression, name: string): boolean {
  return propertyOf(object, name) !== undefined || object.getProperties().some((p) => Node.isGetAccessorDeclaration(p) && p.getName() === name);
}

/**
 * A tool written as a plain object, `{ name, description, inputSchema, handler }`, that a registration loop elsewhere
 * hands to an MCP server (`for (const tool of tools) server.registerTool(tool.name, …, (input) => tool.handler(input))`):
 * the MCP tool shape (a description, an `inputSchema` and a `handler` or `execute` function). The handler may be wrapped
 * by a project function that validates the input and calls it (`handler: toolHandler(shape, async (input) => …)`).
 */
function fromToolObject(object: ObjectLiteralExpression, model: ProjectModel): ToolHandler | undefined {
  // Without a handler key nothing below can hold (the test most objects fail, asked first on the compiler's nodes).
  if (!hasPropertyNamed(object, TYPED_HANDLER_KEYS)) return undefined;
  let declared = hasPropertyNamed(object, OBJECT_HANDLER_KEYS) ? declarationOf(object, model) : undefined;
  let keys = OBJECT_HANDLER_KEYS;
  if (!declared && declaresTypedTool(object)) [declared, keys] = [object, TYPED_HANDLER_KEYS];
  if (!declared) return undefined;
  const key = keys.find((k) => propertyOf(object, k));
  const property = key ? propertyOf(object, key) : undefined;
  if (!property) return undefined;
  // A tool held where a table of tools is built — a declaration (`export const createProjectTool = { … }`), an entry of
  // an object or array (`export const checkoutTools = [{ … }]`, `return { deals_create: { … } }`), what a factory
  // returns — whatever the registration that picks it up does to the table on the way (spreads, filters, loops in
  // another file). One handed straight to a call (a registration or a definition helper) is found at that call.
  if (!heldAsToolTableEntry(object)) return undefined;
  const expression = Node.isMethodDeclaration(property) ? property : propertyValue(property);
  if (!expression) return undefined;
  const fn = model.functionOfValue(expression) ?? wrappedHandler(expression, model) ?? madeHandler(expression, model);
  if (!fn) return undefined;
  const nameValue = propertyValue(propertyOf(declared, 'name'));
  const holder = object.getParent();
  const name = nameValue && Node.isStringLiteral(nameValue) ? nameValue.getLiteralValue() : holder && (Node.isVariableDeclaration(holder) || Node.isPropertyAssignment(holder)) ? holder.getName() : undefined;
  return {
    framework: keys === TYPED_HANDLER_KEYS
      ? "tool object written as the project's tool type"
      : declared === object
        ? 'tool object ({ description, inputSchema, handler })'
        : object.containsRange(declared.getPos(), declared.getEnd())
          ? 'tool object ({ config: { description, inputSchema }, handler })'
          : 'tool object ({ definition, execute }) naming the declaration it offers a model',
    body: fn,
    fn,
    registration: object,
    expression,
    name,
    annotations: readAnnotations(objectLiteralOf(propertyValue(propertyOf(object, 'annotations')) ?? propertyValue(propertyOf(declared, 'annotations')))),
    confidence: 'medium',
  };
}

/**
 * Where a tool object declares itself to a model: the object itself (`{ name, description, inputSchema, handler }`), or an
 * object literal written in one of its properties next to the handler — what McpServer.registerTool takes as its config
 * (`{ config: { title, description, inputSchema }, handler }`), an Anthropic or OpenAI declaration (`{ definition: { name,
 * description, input_schema }, execute }`, `{ json: { name, description, parameters }, execute }`), also a Chat Completions
 * one (`{ type: 'function', function: { name, description, parameters } }`: its inner declaration) and one held by name,
 * written as a constant of the module or imported (`{ definition: BASH_TOOL_DEFINITION, execute }`).
 */
function declarationOf(object: ObjectLiteralExpression, model: ProjectModel): ObjectLiteralExpression | undefined {
  if (declaresItself(object)) return object;
  if (!hasPropertyNamed(object, OBJECT_HANDLER_KEYS)) return undefined;
  for (const property of object.getProperties()) {
    if (!(Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property)) || OBJECT_HANDLER_KEYS.includes(property.getName())) continue;
    const value = propertyValue(property);
    const written = value ? unwrap(value) : undefined;
    if (!written || !(Node.isObjectLiteralExpression(written) || Node.isIdentifier(written))) continue;
    // `{ tool: mcpTool, handler }` by name is a scanner's registration object, found only exported (fromToolRegistrationObject).
    if (Node.isIdentifier(written) && property.getName() === 'tool') continue;
    const nested = Node.isObjectLiteralExpression(written) ? written : listedObject(written, model);
    const declared = nested && (declaresItself(nested) ? nested : functionDeclarationIn(nested));
    if (declared && declaresItself(declared)) return declared;
  }
  return undefined;
}

/** `{ description, inputSchema | input_schema | parameters }`: an object that declares a tool to a model. */
function declaresItself(object: ObjectLiteralExpression): boolean {
  return propertyOf(object, 'description') !== undefined && OBJECT_SCHEMA_KEYS.some((key) => hasMember(object, key));
}

/**
 * An object a framework runs as a tool because of its written type (typedToolObjects): ElizaOS's
 * `const sendAction: Action = { name, handler, … }` (or `{ … } satisfies Action`), the type imported from the framework.
 */
function fromTypedToolObject(object: ObjectLiteralExpression, model: ProjectModel): ToolHandler | undefined {
  const written = writtenType(object);
  const fact = written && model.knowledge.typedToolObjects.find((f) => f.type === written.exportName && moduleMatches(f.module, written.module));
  return fact ? typedObjectHandler(object, fact.handler, fact.framework, model) : undefined;
}

/**
 * The package type an object literal is written with — `const x: Action = { … }`, `{ … } satisfies Action`, `export
 * default { … } as Action` — when the type's name is imported from a package.
 */
function writtenType(object: ObjectLiteralExpression): { module: string; exportName: string } | undefined {
  let parent = object.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) parent = parent.getParent();
  const typeNode = parent && (Node.isVariableDeclaration(parent) || Node.isSatisfiesExpression(parent) || Node.isAsExpression(parent)) ? parent.getTypeNode() : undefined;
  if (!typeNode || !Node.isTypeReference(typeNode)) return undefined;
  const typeName = typeNode.getTypeName();
  if (!Node.isIdentifier(typeName)) return undefined;
  const binding = resolveIdentifier(typeName);
  return binding.kind === 'import' ? { module: binding.module, exportName: binding.exportName } : undefined;
}

/** The handler a framework runs of a tool object: the function under its handler key, named by its `name` or its variable. */
function typedObjectHandler(object: ObjectLiteralExpression, key: string, framework: string, model: ProjectModel, registration: Node = object): ToolHandler | undefined {
  const property = propertyOf(object, key);
  const expression = property && (Node.isMethodDeclaration(property) ? property : propertyValue(property));
  const fn = expression ? model.functionOfValue(expression) : undefined;
  if (!fn) return undefined;
  const nameValue = propertyValue(propertyOf(object, 'name'));
  const holder = object.getParentWhile((p) => Node.isParenthesizedExpression(p) || Node.isAsExpression(p) || Node.isSatisfiesExpression(p))?.getParent() ?? object.getParent();
  const name = nameValue && Node.isStringLiteral(nameValue) ? nameValue.getLiteralValue() : holder && Node.isVariableDeclaration(holder) ? holder.getName() : undefined;
  return { framework, body: fn, fn, registration, expression, name, annotations: {}, confidence: 'medium' };
}

/**
 * The tool objects a framework container lists (typedToolObjects' `listedIn`): ElizaOS's `const plugin: Plugin = { name,
 * actions: [transferAction, bridgeAction] }` registers each action, typed `Action` or not (`export const bridgeAction =
 * { name, handler, … }`, `export default { … }`). The entries are read as written, through imports and spreads; an
 * object that no plugin lists is not run (a `voteAction` left out of `actions`).
 */
function fromListedToolObjects(object: ObjectLiteralExpression, model: ProjectModel): ToolHandler[] {
  const written = writtenType(object);
  if (!written) return [];
  const out: ToolHandler[] = [];
  for (const fact of model.knowledge.typedToolObjects) {
    if (!fact.listedIn || fact.listedIn.type !== written.exportName || !moduleMatches(fact.module, written.module)) continue;
    const list = propertyValue(propertyOf(object, fact.listedIn.property));
    for (const entry of list ? tableEntries(list, model, 0) : []) {
      const listed = entry.member ? undefined : listedObject(entry.value, model);
      const handler = listed && typedObjectHandler(listed, fact.handler, `${fact.framework} (listed in a ${fact.listedIn.type}'s ${fact.listedIn.property})`, model);
      if (handler) out.push(handler);
    }
  }
  return out;
}

/** The object literal a list entry names (`transferAction`, an import of a module's default export), as written. */
function listedObject(entry: Node, model: ProjectModel): ObjectLiteralExpression | undefined {
  let node = writtenValue(entry, model);
  while (node && Node.isSatisfiesExpression(node)) node = unwrap(node.getExpression());
  return node && Node.isObjectLiteralExpression(node) ? node : undefined;
}

/**
 * The expression a name stands for as written — a variable's initialiser, a module's export (its default export's
 * expression too), through aliases — without evaluating calls: `withErrorHandling(_tool)` stays that call.
 */
export function writtenValue(expression: Node, model: ProjectModel): Node | undefined {
  let node: Node = unwrap(expression);
  for (let depth = 0; depth < 5 && Node.isIdentifier(node); depth++) {
    const declaration = model.declarationOfName(node);
    if (declaration && !Node.isVariableDeclaration(declaration) && !Node.isExpression(declaration)) return declaration;
    const init = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : declaration;
    if (!init) return undefined;
    node = unwrap(init);
  }
  return node;
}

/**
 * The function a value handed to a registration runs. Made by a project wrapper that returns a function calling one it
 * was given — `const createReleaseTool = withErrorHandling(_tool, 'Error')`, `server.tool(name, schema,
 * withAuth(async (args) => …))` — it is the given function: the wrapper's closure is shared by every tool it wraps
 * and runs whichever one a call made it with.
 */
function registeredFunction(expression: Node, model: ProjectModel): FunctionNode | undefined {
  return wrappedFunction(expression, model, 0) ?? model.functionOfValue(expression);
}

function wrappedFunction(expression: Node, model: ProjectModel, depth: number): FunctionNode | undefined {
  if (depth > 3) return undefined;
  const call = writtenValue(expression, model);
  if (!call || !Node.isCallExpression(call) || !call.getArguments().some(mayHoldFunction)) return undefined;
  const wrapper = model.functionCalledBy(call);
  if (!wrapper || !returnsFunction(call, model)) return undefined;
  const args = call.getArguments();
  for (let i = 0; i < args.length; i++) {
    const given = wrappedFunction(args[i]!, model, depth + 1) ?? model.functionOfValue(args[i]!);
    if (given && callsOwnParameter(wrapper, i, model)) return given;
  }
  return undefined;
}

/** Whether a call of a project function evaluates to a function (the closure a wrapper returns). */
function returnsFunction(call: CallExpression, model: ProjectModel): boolean {
  const made = valueOf(call, model);
  return made?.kind === 'node' && (Node.isArrowFunction(made.node) || Node.isFunctionExpression(made.node) || Node.isFunctionDeclaration(made.node));
}

/**
 * A registration object a project's tool scanner loads from its tool folder (README question 36): `const registration =
 * { tool, handler: handleCronjobExecute }` exported from each file, where `tool` is an MCP tool definition (a name and an
 * `inputSchema`, in the object or in the const it names). The scanner imports every file of the folder by path and puts
 * `registration.handler` in the table the server dispatches by tool name; the import by path is invisible, the shape is not.
 * Only an exported registration (`export default registration`, `export const registration = …`) counts.
 */
function fromToolRegistrationObject(object: ObjectLiteralExpression, model: ProjectModel): ToolHandler | undefined {
  const handlerKey = OBJECT_HANDLER_KEYS.find((k) => propertyOf(object, k));
  const toolProperty = propertyOf(object, 'tool');
  if (!handlerKey || !toolProperty) return undefined;
  const tool = objectLiteralOf(propertyValue(toolProperty));
  const nameValue = tool && propertyValue(propertyOf(tool, 'name'));
  if (!tool || !nameValue || !Node.isStringLiteral(nameValue) || !OBJECT_SCHEMA_KEYS.some((key) => hasMember(tool, key))) return undefined;
  if (!isExported(object)) return undefined;
  const property = propertyOf(object, handlerKey)!;
  const expression = Node.isMethodDeclaration(property) ? property : propertyValue(property);
  const fn = expression ? model.functionOfValue(expression) ?? wrappedHandler(expression, model) ?? madeHandler(expression, model) : undefined;
  if (!fn || !expression) return undefined;
  return {
    framework: 'tool registration object ({ tool, handler }) loaded by a tool scanner',
    body: fn,
    fn,
    registration: object,
    expression,
    name: nameValue.getLiteralValue(),
    annotations: readAnnotations(objectLiteralOf(propertyValue(propertyOf(tool, 'annotations')))),
    confidence: 'medium',
  };
}

/**
 * `{ fi: { type: 'function', function: { name: 'send_tweet', description, parameters } }, params, exec: async (args) => … }`:
 * an object holding a Chat Completions function declaration — what a tool list sends a model — beside one function, a
 * project's own toolbox that its loop offers the model and runs under the declared name, whatever the keys are called.
 * Held where a table of tools is built (heldAsToolTableEntry); with two functions beside the declaration, which one runs
 * a call is not told by the shape, and nothing is found.
 */
function fromFunctionDeclarationObject(object: ObjectLiteralExpression, model: ProjectModel): ToolHandler | undefined {
  // Most objects asked here are typed or hold a handler key; only one holding a declaration's shape is wrapped further.
  if (!holdsFunctionDeclaration(object.compilerNode, () => object.getSourceFile().compilerNode)) return undefined;
  let declared: ObjectLiteralExpression | undefined;
  const functions: Node[] = [];
  for (const property of object.getProperties()) {
    if (Node.isMethodDeclaration(property)) functions.push(property);
    if (!Node.isPropertyAssignment(property)) continue;
    const initializer = property.getInitializer();
    const value = initializer ? unwrap(initializer) : undefined;
    if (!value) continue;
    if (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) functions.push(value);
    else if (Node.isObjectLiteralExpression(value)) declared ??= functionDeclarationIn(value);
  }
  if (!declared || functions.length !== 1 || !heldAsToolTableEntry(object)) return undefined;
  const fn = model.functionOfValue(functions[0]!);
  if (!fn) return undefined;
  const nameValue = propertyValue(propertyOf(declared, 'name'));
  return {
    framework: 'tool object holding a function declaration ({ type: "function", function }) beside its function',
    body: fn,
    fn,
    registration: object,
    expression: functions[0]!,
    name: nameValue && Node.isStringLiteral(nameValue) ? nameValue.getLiteralValue() : undefined,
    annotations: {},
    confidence: 'medium',
  };
}

/** `{ type: 'function', function: { name: 'x', description | parameters } }`: the inner declaration. */
function functionDeclarationIn(object: ObjectLiteralExpression): ObjectLiteralExpression | undefined {
  const type = propertyValue(propertyOf(object, 'type'));
  if (!type || !Node.isStringLiteral(type) || type.getLiteralValue() !== 'function') return undefined;
  const declaration = objectLiteralOf(propertyValue(propertyOf(object, 'function')));
  const name = declaration && propertyValue(propertyOf(declaration, 'name'));
  if (!declaration || !name || !(Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name))) return undefined;
  return propertyOf(declaration, 'description') || propertyOf(declaration, 'parameters') ? declaration : undefined;
}

/** `export const registration = { … }`, or `const registration = { … }; export default registration`. */
function isExported(object: ObjectLiteralExpression): boolean {
  let parent = object.getParent();
  while (parent && (Node.isSatisfiesExpression(parent) || Node.isAsExpression(parent) || Node.isParenthesizedExpression(parent))) parent = parent.getParent();
  if (parent && Node.isExportAssignment(parent)) return true;
  if (!parent || !Node.isVariableDeclaration(parent)) return false;
  if (parent.getVariableStatement()?.isExported()) return true;
  const name = parent.getName();
  return object.getSourceFile().getExportAssignments().some((assignment) => {
    const value = unwrap(assignment.getExpression());
    return Node.isIdentifier(value) && value.getText() === name;
  });
}

/** A declaration's value, an entry of an object or array literal, or what a function returns (not a call's argument). */
function heldAsToolTableEntry(object: ObjectLiteralExpression): boolean {
  let node: Node = object;
  let parent = node.getParent();
  while (parent && (Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isSatisfiesExpression(parent))) {
    node = parent;
    parent = parent.getParent();
  }
  if (!parent) return false;
  if (Node.isVariableDeclaration(parent) || Node.isReturnStatement(parent)) return true;
  // module.exports = { … }, exports.weather = { … }: a CommonJS module's tool, which its loader registers.
  if (Node.isBinaryExpression(parent)) return parent.getRight() === node && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken && /^(?:module\.exports|exports)(?:\.[\w$]+)?$/.test(parent.getLeft().getText());
  if (Node.isPropertyAssignment(parent)) return parent.getInitializer() === node && Node.isObjectLiteralExpression(parent.getParent());
  if (Node.isArrayLiteralExpression(parent)) return true;
  return Node.isArrowFunction(parent) && parent.getBody() === node;
}

const OBJECT_SCHEMA_KEYS = ['inputSchema', 'input_schema', 'parameters'];
const OBJECT_HANDLER_KEYS = ['handler', 'execute'];
/** The keys a tool object written as the project's own tool type may use besides those (`{ name, description, params, run }`). */
const TYPED_SCHEMA_KEYS = [...OBJECT_SCHEMA_KEYS, 'params', 'schema', 'jsonSchema', 'argsSchema', 'paramsSchema'];
const TYPED_HANDLER_KEYS = [...OBJECT_HANDLER_KEYS, 'run', 'call', 'invoke'];
/** A type named for a tool: `Tool`, `AgentTool`, `ToolDefinition`, `McpToolSpec` (not `Toolbar`, `Toolkit`). */
const TOOL_TYPE_NAME = /Tool(?![a-z])/;

/**
 * `export const bashTool: Tool = { name: 'bash', description, params: z.object(…), run: runCommand }`, `const tools:
 * AgentTool[] = [{ … }]`, `{ … } satisfies ToolDefinition`: an object the project writes as its own tool type, with a
 * name, a description, an input schema and a function under a handler key — the wider keys a hand-written registry's
 * tool type uses (`params`, `schema`, `jsonSchema`; `run`, `call`, `invoke`) — is a tool its registry runs by name, as
 * an untyped object needs the MCP shape to be. The type is what says so: a CLI command or a job written with those keys
 * is typed `Command` or `Job`.
 */
function declaresTypedTool(object: ObjectLiteralExpression): boolean {
  if (!hasPropertyNamed(object, ['name']) || !propertyOf(object, 'description') || !TYPED_SCHEMA_KEYS.some((key) => hasMember(object, key))) return false;
  const name = writtenTypeName(object);
  return name !== undefined && TOOL_TYPE_NAME.test(name);
}

/** The name of the type an object literal is written as: its variable's, an array's element type, a `satisfies`/`as`. */
function writtenTypeName(object: ObjectLiteralExpression): string | undefined {
  let node: Node = object;
  let parent = node.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) [node, parent] = [parent, parent.getParent()];
  let element = false;
  if (parent && Node.isArrayLiteralExpression(parent)) {
    element = true;
    node = parent;
    parent = parent.getParent();
  }
  if (!parent || !(Node.isVariableDeclaration(parent) || Node.isSatisfiesExpression(parent) || Node.isAsExpression(parent))) return undefined;
  let type = parent.getTypeNode();
  if (element && type && Node.isArrayTypeNode(type)) type = type.getElementTypeNode();
  else if (element && type && Node.isTypeReference(type) && /^(?:Readonly)?Array$/.test(type.getTypeName().getText())) type = type.getTypeArguments()[0];
  else if (element) return undefined;
  if (!type || !Node.isTypeReference(type)) return undefined;
  const typeName = type.getTypeName();
  return Node.isQualifiedName(typeName) ? typeName.getRight().getText() : typeName.getText();
}

/**
 * `execute: buildExecute(deps)`: the function a project factory's call returns — a function it was given that the closure
 * it returns calls (wrappedFunction), else that closure itself (handler-values.ts heldFunction), which is what runs.
 */
function madeHandler(expression: Node, model: ProjectModel): FunctionNode | undefined {
  return Node.isCallExpression(unwrap(expression)) ? wrappedFunction(expression, model, 0) ?? heldFunction(expression, model) : undefined;
}

/** `toolHandler(shape, async (input) => …)`: a project function that calls the function it is given; that function. */
function wrappedHandler(expression: Node, model: ProjectModel): FunctionNode | undefined {
  const call = unwrap(expression);
  if (!Node.isCallExpression(call)) return undefined;
  const wrapper = model.functionCalledBy(call);
  if (!wrapper || !(Node.isFunctionDeclaration(wrapper) || Node.isArrowFunction(wrapper) || Node.isFunctionExpression(wrapper) || Node.isMethodDeclaration(wrapper))) return undefined;
  const params = wrapper.getParameters();
  const args = call.getArguments();
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = unwrap(args[i]!);
    if (!(Node.isArrowFunction(arg) || Node.isFunctionExpression(arg))) continue;
    const param = params[i];
    const name = param && Node.isIdentifier(param.getNameNode()) ? param.getName() : undefined;
    const body = wrapper.getBody();
    if (!name || !body) return undefined;
    const calls = descendantsOfKind(body, SyntaxKind.CallExpression).some((c) => {
      const callee = unwrap(c.getExpression());
      return Node.isIdentifier(callee) && callee.getText() === name;
    });
    return calls ? (arg as FunctionNode) : undefined;
  }
  return undefined;
}

function handlerExpression(call: CallExpression | NewExpression, how: HandlerArg): Node | undefined {
  const args = call.getArguments();
  if (how === 'last') {
    // `server.tool(tool.name, tool.schema, tool.handler, { description })`: the SDK takes the first argument left after
    // the description, schema and annotations as the callback and ignores what follows; an object literal is no callback.
    let index = args.length - 1;
    while (index > 1 && Node.isObjectLiteralExpression(unwrap(args[index]!))) index--;
    return args[index];
  }
  if (typeof how === 'number') return args[how];
  const options = objectLiteralOf(args[how.arg]);
  if (!options && how.orFunction) return args[how.arg];
  const option = propertyValue(propertyOf(options, how.option));
  return option ?? (how.orArg !== undefined ? args[how.orArg] : undefined);
}

function toolName(call: CallExpression | NewExpression, read: InstanceReader): string | undefined {
  const first = read(call.getArguments()[0]);
  if (first && (Node.isStringLiteral(first) || Node.isNoSubstitutionTemplateLiteral(first))) return first.getLiteralValue();
  const name = read(propertyValue(propertyOf(objectLiteralOf(first), 'name') ?? propertyOf(objectLiteralOf(first), 'id')));
  if (name && Node.isStringLiteral(name)) return name.getLiteralValue();
  // tools: { refund: tool({...}) }  /  const refundTool = tool({...})
  const holder = call.getParent();
  if (holder && (Node.isPropertyAssignment(holder) || Node.isVariableDeclaration(holder))) return holder.getName();
  return undefined;
}

function readAnnotations(object: ObjectLiteralExpression | undefined): ToolAnnotations {
  const out: ToolAnnotations = {};
  for (const key of ['readOnlyHint', 'idempotentHint', 'destructiveHint'] as const) {
    const value = propertyValue(propertyOf(object, key));
    if (value && Node.isTrueLiteral(value)) out[key] = true;
    else if (value && Node.isFalseLiteral(value)) out[key] = false;
  }
  return out;
}

function annotationsOf(call: CallExpression | NewExpression, fact: ToolRegistrationFact, handlerIndex: number, read: InstanceReader): ToolAnnotations {
  if (!fact.annotations) return {};
  const args = call.getArguments();
  if (fact.annotations.arg === 'beforeHandler') {
    // server.tool(name, [description], [schema], [annotations], handler): the object literal with hint keys.
    for (const arg of args.slice(1, handlerIndex)) {
      const annotations = readAnnotations(objectLiteralOf(read(arg)));
      if (Object.keys(annotations).length) return annotations;
    }
    return {};
  }
  const holder = objectLiteralOf(read(args[fact.annotations.arg]));
  const object = fact.annotations.property ? objectLiteralOf(read(propertyValue(propertyOf(holder, fact.annotations.property)))) : holder;
  return readAnnotations(object);
}

type InstanceReader = (node: Node | undefined) => Node | undefined;

/** Reads `this.name`, `this.annotations`… of a registration written in a class as the instance `self` would hold them. */
function instanceReader(call: Node, self: ClassNode | undefined, model: ProjectModel): InstanceReader {
  return (node) => {
    const value = node ? unwrap(node) : undefined;
    if (!value || !Node.isPropertyAccessExpression(value) || !Node.isThisExpression(unwrap(value.getExpression()))) return node;
    const lexical = call.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a)) as ClassNode | undefined;
    const name = value.getName();
    // The subclass's own field first, then the classes it extends.
    for (let cls = self ?? lexical, depth = 0; cls && depth < 8; cls = model.baseClassOf(cls), depth++) {
      const init = cls.getProperty(name)?.getInitializer();
      if (init) return init;
      const getter = cls.getGetAccessor(name)?.getStatements();
      const only = getter?.length === 1 ? getter[0] : undefined;
      if (only && Node.isReturnStatement(only) && only.getExpression()) return only.getExpression();
    }
    return node;
  };
}

function fromRegistration(call: CallExpression | NewExpression, model: ProjectModel, self?: ClassNode): ToolHandler[] {
  const base = Node.isCallExpression(call) ? superclassOf(call) : undefined;
  const origin = base ? originOf(base, model.types(), 0) : Node.isCallExpression(call) ? model.resolveCall(call) : originOf(call.getExpression(), model.types(), 0);
  let fact = origin
    ? findMatch(registrationsMade(model, base !== undefined || Node.isNewExpression(call)), origin)
    : undefined;
  let confidence: Confidence = origin?.confidence ?? 'medium';
  if (!fact && Node.isCallExpression(call)) {
    // An MCP server we cannot see the type of (a parameter, an export of another module): match by method name.
    const callee = call.getExpression();
    if (Node.isPropertyAccessExpression(callee) && model.knowledge.mcpRegistrationMethods.includes(callee.getName())) {
      const args = call.getArguments();
      const first = args[0];
      const last = args[args.length - 1];
      const receiver = callee.getExpression().getText();
      const named = first && (Node.isStringLiteral(first) || isThisProperty(first));
      // `this.tool(…)` in a class that extends the SDK's server (`class Toolkit extends McpServer`): the server itself.
      const serverFact = model.knowledge.toolRegistrations.find((f) => f.framework === 'MCP' && f.path.includes(callee.getName()));
      const thisServer = Node.isThisExpression(callee.getExpression()) && serverFact !== undefined && extendsPackageClass(call, serverFact.module, serverFact.export);
      if (args.length >= 2 && (thisServer || (named && /server|mcp/i.test(receiver))) && last && (isFunctionLike(last) || boundMethodNames(last).length > 0)) {
        fact = serverFact;
        confidence = thisServer ? 'high' : 'medium';
      }
    }
    if (!fact && registersByShape(call)) {
      const shape = model.knowledge.toolRegistrations.find((f) => f.framework === 'MCP' && f.path.includes('registerTool'));
      // The project's method decides what its handler is called with: MCP's `extra.signal` is not known to be there.
      fact = shape ? { ...shape, signalFrom: undefined } : undefined;
      confidence = 'medium';
    }
  }
  if (!fact) return [];
  if (fact.path.includes('setRequestHandler')) {
    const schema = call.getArguments()[0];
    if (!schema || !/CallToolRequestSchema/.test(schema.getText())) return [];
  }
  const each = eachHandlerObject(call, fact.handler);
  if (each) return each.flatMap((object) => fromRegistrationObject(call, object, fact!, confidence, model));
  const expression = handlerExpression(call, fact.handler);
  if (!expression) return [];
  const args = call.getArguments();
  const handlerIndex = args.findIndex((a) => a === expression || a.containsRange(expression.getPos(), expression.getEnd()));
  const read = instanceReader(call, self, model);
  const annotations = annotationsOf(call, fact, handlerIndex < 0 ? args.length - 1 : handlerIndex, read);
  return [registeredHandler(call, expression, fact, confidence, toolName(call, read), annotations, model)];
}

/** The handler a registration hands over as `expression` (the function itself, or the one a project wrapper of it calls). */
function registeredHandler(
  call: CallExpression | NewExpression,
  expression: Node,
  fact: ToolRegistrationFact,
  confidence: Confidence,
  name: string | undefined,
  annotations: ToolAnnotations,
  model: ProjectModel,
): ToolHandler {
  const wrapped = wrappedFunction(expression, model, 0);
  const fn = wrapped ?? model.functionOfValue(expression);
  // A wrapped function gets what the wrapper's closure hands it, not the registration's arguments.
  return { framework: fact.framework, body: fn ?? expression, fn, registration: call, expression, name, annotations, signalFrom: wrapped ? undefined : fact.signalFrom, confidence };
}

/**
 * `class SendMailTool extends DynamicStructuredTool { constructor() { super({ name, schema, func }) } }`: a constructor's
 * `super(…)` constructs the class it extends, as `new DynamicStructuredTool({…})` would — the base class's expression.
 */
function superclassOf(call: CallExpression): Node | undefined {
  if (call.compilerNode.expression.kind !== ts.SyntaxKind.SuperKeyword) return undefined;
  const cls = call.getFirstAncestor((node) => Node.isClassDeclaration(node) || Node.isClassExpression(node));
  return cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? cls.getExtends()?.getExpression() : undefined;
}

/** `customActionProvider([{ name, invoke }, { name, invoke }])`: the option objects of an array argument, when the fact allows one. */
function eachHandlerObject(call: CallExpression | NewExpression, how: HandlerArg): ObjectLiteralExpression[] | undefined {
  if (typeof how !== 'object' || !how.orEach) return undefined;
  const arg = call.getArguments()[how.arg];
  const list = arg ? unwrap(arg) : undefined;
  if (!list || !Node.isArrayLiteralExpression(list)) return undefined;
  return list.getElements().flatMap((element) => {
    const object = objectLiteralOf(element);
    return object ? [object] : [];
  });
}

/** One tool of an array handed to a registration: its handler under the fact's option, its name under `name`. */
function fromRegistrationObject(call: CallExpression | NewExpression, object: ObjectLiteralExpression, fact: ToolRegistrationFact, confidence: Confidence, model: ProjectModel): ToolHandler[] {
  const option = typeof fact.handler === 'object' ? fact.handler.option : undefined;
  const expression = option ? propertyValue(propertyOf(object, option)) : undefined;
  if (!expression) return [];
  const named = propertyValue(propertyOf(object, 'name'));
  const name = named && (Node.isStringLiteral(named) || Node.isNoSubstitutionTemplateLiteral(named)) ? named.getLiteralValue() : undefined;
  return [registeredHandler(call, expression, fact, confidence, name, {}, model)];
}

const registrationsByConstruct = new WeakMap<ReadonlyArray<ToolRegistrationFact>, Map<boolean, ToolRegistrationFact[]>>();

/** The registrations made with `new` (or by a call), filtered once: every call of a file is matched against them. */
function registrationsMade(model: ProjectModel, construct: boolean): ToolRegistrationFact[] {
  const all = model.knowledge.toolRegistrations;
  let split = registrationsByConstruct.get(all);
  if (!split) registrationsByConstruct.set(all, (split = new Map()));
  let facts = split.get(construct);
  if (!facts) split.set(construct, (facts = all.filter((f) => (f.construct ?? false) === construct)));
  return facts;
}

/** `generateText({ tools: { refund: { description, inputSchema, execute } } })`: plain entries are tools too. */
function fromToolHosts(call: CallExpression | NewExpression, model: ProjectModel): ToolHandler[] {
  const origin = Node.isCallExpression(call) ? model.resolveCall(call) : originOf(call.getExpression(), model.types(), 0);
  if (!origin) return [];
  const host = model.knowledge.vercelAiToolHosts.find((h) => calleeMatches({ module: h.module, export: h.export, path: ['', 'generate', 'stream'] }, origin));
  if (!host) return [];
  const tools = objectLiteralOf(propertyValue(propertyOf(objectLiteralOf(call.getArguments()[0]), 'tools')));
  return toolEntries(tools, model, call, host.framework);
}

function toolEntries(tools: ObjectLiteralExpression | undefined, model: ProjectModel, registration: Node, framework = 'Vercel AI SDK'): ToolHandler[] {
  if (!tools) return [];
  const out: ToolHandler[] = [];
  for (const property of tools.getProperties()) {
    const entry = objectLiteralOf(propertyValue(property));
    const execute = propertyValue(propertyOf(entry, 'execute'));
    if (!execute) continue;
    const wrapped = wrappedFunction(execute, model, 0);
    const fn = wrapped ?? model.functionOfValue(execute);
    out.push({
      framework,
      body: fn ?? execute,
      fn,
      registration,
      expression: execute,
      name: Node.isPropertyAssignment(property) ? property.getName() : undefined,
      annotations: {},
      signalFrom: wrapped ? undefined : { param: 1, property: 'abortSignal' },
      confidence: 'high',
    });
  }
  return out;
}

/** `class Refund extends StructuredTool { async _call() {…} }`, also through a project base class that extends it. */
function fromToolClass(cls: ClassNode, model: ProjectModel): ToolHandler | undefined {
  const method = cls.getMethod(model.knowledge.langchainToolBaseClasses.method);
  if (!method || !extendsLangChainTool(cls, model, 0)) return undefined;
  return { framework: 'LangChain', body: method, fn: method as FunctionNode, registration: cls, name: cls.getName(), annotations: {}, confidence: 'high' };
}

/**
 * `class NotifyTool implements Tool { name = 'notify'; description = '…'; parameters = {…}; async execute(args) {…} }`:
 * a class written as the project's own tool type (an implemented type named for a tool, TOOL_TYPE_NAME) that declares
 * what a model is shown — a name, a description, an input schema — beside the function under a handler key: its
 * registry runs that method by the name the model sends, as it runs a typed tool object's (declaresTypedTool). The
 * class's own members are what say so: a command or job class with an `execute` implements `Command` or `Job` and
 * shows no model a schema, and an abstract base leaves the tool to its subclasses.
 */
function fromTypedToolClass(cls: ClassNode): ToolHandler | undefined {
  if (cls.isAbstract?.() || !cls.getImplements().some((heritage) => TOOL_TYPE_NAME.test(heritage.getExpression().getText().replace(/^.*\./, '')))) return undefined;
  if (!instanceMember(cls, 'name') || !instanceMember(cls, 'description') || !TYPED_SCHEMA_KEYS.some((key) => instanceMember(cls, key))) return undefined;
  const key = TYPED_HANDLER_KEYS.find((k) => hasInstanceMethod(cls, k));
  const method = key ? instanceMember(cls, key) : undefined;
  if (!method || !Node.isMethodDeclaration(method) || !method.getBody()) return undefined;
  const nameMember = instanceMember(cls, 'name');
  const nameValue = nameMember && Node.isPropertyDeclaration(nameMember) ? nameMember.getInitializer() : undefined;
  const literal = nameValue ? unwrap(nameValue) : undefined;
  const name = literal && (Node.isStringLiteral(literal) || Node.isNoSubstitutionTemplateLiteral(literal)) ? literal.getLiteralValue() : cls.getName();
  return { framework: "tool class written as the project's tool type", body: method, fn: method as FunctionNode, registration: cls, name, annotations: {}, confidence: 'medium' };
}

function extendsLangChainTool(cls: ClassNode, model: ProjectModel, depth: number): boolean {
  const base = cls.getExtends()?.getExpression();
  if (!base || !Node.isIdentifier(base) || depth > 6) return false;
  const binding = resolveIdentifier(base);
  if (binding.kind === 'import') {
    const bases = model.knowledge.langchainToolBaseClasses;
    const fact = { module: bases.module, export: bases.export, path: [''] };
    if (calleeMatches(fact, { module: binding.module, exportName: binding.exportName, path: [], instance: false, confidence: 'high' })) return true;
  }
  const parent = model.baseClassOf(cls);
  return parent !== undefined && extendsLangChainTool(parent, model, depth + 1);
}

/**
 * `class CreateTicketTool extends BaseTool { async invoke(input) {…} }` where `BaseTool` (or a class it
 * extends) registers `this.invoke.bind(this)` with a tool registration: the override is what the model runs.
 */
function fromToolSubclass(cls: ClassNode, model: ProjectModel): ToolHandler[] {
  const out: ToolHandler[] = [];
  const visited = new Set<Node>([cls]);
  for (let base = model.baseClassOf(cls); base && !visited.has(base) && visited.size < 8; base = model.baseClassOf(base)) {
    visited.add(base);
    for (const { call, method } of boundRegistrations(base, model)) {
      const own = cls.getInstanceMethod(method);
      if (!own?.getBody()) continue;
      for (const handler of handlersOfCall(call, model, cls)) {
        if (!boundMethodNames(handler.expression).includes(method)) continue;
        // Handed over itself (`this.invoke.bind(this)`), the method gets the registration's arguments;
        // called from an arrow, it gets whatever the arrow passes, so the framework's parameters say nothing.
        const direct = !Node.isArrowFunction(unwrap(handler.expression!));
        const through = base.getName() ?? 'a base class';
        out.push({
          ...handler,
          framework: direct ? `${handler.framework} (through ${through})` : `${through} subclass, run by a ${handler.framework} tool`,
          body: own,
          fn: own as FunctionNode,
          signalFrom: direct ? handler.signalFrom : undefined,
          confidence: handler.confidence === 'high' ? 'medium' : handler.confidence,
        });
      }
    }
  }
  return out;
}

/** Registrations written in a class that hand over one of its methods by `this`, with that method's name. */
function boundRegistrations(cls: ClassNode, model: ProjectModel): Array<{ call: CallExpression | NewExpression; method: string }> {
  return model.memoize('bound-tool-registrations', cls, () => {
    const out: Array<{ call: CallExpression | NewExpression; method: string }> = [];
    for (const call of model.nodesOfKinds<CallExpression | NewExpression>(cls, [SyntaxKind.CallExpression, SyntaxKind.NewExpression])) {
      // Only a call that hands `this` over can register a method of it: skip resolving the others.
      if (!call.getArguments().some((arg) => arg.getText().includes('this.'))) continue;
      for (const handler of handlersOfCall(call, model)) {
        for (const method of boundMethodNames(handler.expression)) out.push({ call, method });
      }
    }
    return out;
  });
}

/** Methods of `this` a handler expression runs: `this.invoke`, `this.invoke.bind(this)`, `async (input) => … this.invoke(input) …`. */
function boundMethodNames(expression: Node | undefined): string[] {
  const node = expression ? unwrap(expression) : undefined;
  if (!node) return [];
  if (Node.isArrowFunction(node)) {
    return descendantsOfKind(node, SyntaxKind.CallExpression)
      .map((call) => unwrap(call.getExpression()))
      .filter(isThisProperty)
      .map((callee) => callee.getName());
  }
  let target: Node = node;
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'bind') return [];
    target = unwrap(callee.getExpression());
  }
  return isThisProperty(target) ? [target.getName()] : [];
}

function isThisProperty(node: Node): node is PropertyAccessExpression {
  return Node.isPropertyAccessExpression(node) && Node.isThisExpression(unwrap(node.getExpression()));
}

/** Each method of a class a runtime serves whole as tools (tool-class-files.ts: a Photon's default-exported class). */
function fromServedClass(cls: ClassNode, model: ProjectModel): ToolHandler[] {
  const fact = toolClassFileOf(cls, model);
  if (!fact) return [];
  return servedMethods(cls, fact).map((method) => ({
    framework: fact.framework, body: method, fn: method as FunctionNode, registration: cls, name: method.getName(), annotations: {}, confidence: 'high',
  }));
}

/**
 * A method a tool decorator registers (decoratedToolMethods): AgentKit's `@CreateAction({…})`, GOAT's `@Tool({…})`.
 * The decorator must come from the framework (or the framework's own sources); a decorator of the project's own
 * that happens to share the name is not one, unless the name is the framework's alone (`byName`).
 */
function fromDecoratedAction(method: Node, model: ProjectModel): ToolHandler | undefined {
  if (!Node.isMethodDeclaration(method)) return undefined;
  for (const decorator of method.getDecorators()) {
    const fact = model.knowledge.decoratedToolMethods.find((f) => f.export === decorator.getName() && decoratorIsFrom(decorator, f, model));
    if (!fact) continue;
    const named = propertyValue(propertyOf(objectLiteralOf(decorator.getArguments()[0]), 'name'));
    const name = named && Node.isStringLiteral(named) ? named.getLiteralValue() : method.getName();
    return { framework: fact.framework, body: method, fn: method as FunctionNode, registration: decorator, name, annotations: {}, confidence: 'high' };
  }
  return undefined;
}

function decoratorIsFrom(decorator: Decorator, fact: DecoratedToolFact, model: ProjectModel): boolean {
  if (fact.byName) return true;
  const call = decorator.getCallExpression();
  const name = unwrap(call ? call.getExpression() : decorator.getExpression());
  if (!Node.isIdentifier(name)) return false;
  const binding = resolveIdentifier(name);
  if (binding.kind !== 'import' || binding.exportName !== fact.export) return false;
  if (moduleMatches(fact.module, binding.module)) return true;
  const origin = { module: binding.module, exportName: binding.exportName, path: [], instance: false, confidence: 'high' as const };
  const own = asOwnPackage(origin, decorator, model, new Set(fact.module));
  return own !== undefined && moduleMatches(fact.module, own.module);
}

/**
 * A call to a project function that hands one of its parameters to a tool registration: directly, wrapped in a
 * function of its own that calls the parameter (`const wrapped = async (p) => { …; return handler(p) }`), through
 * a helper that returns such a function (`trackTool(name, callback)`), or through another project wrapper
 * (`accountTool(name, schema, cb)` → `registerTool(name, config, cb)` → `server.registerTool(…)`).
 */
function fromWrapperCall(call: CallExpression, model: ProjectModel, self?: ClassNode, depth = 0): ToolHandler | undefined {
  // Only a call handing over a function (or an object holding one) can register it: skip resolving the others.
  if (!call.getArguments().some(mayHoldFunction)) return undefined;
  const callee = model.functionCalledBy(call);
  if (!callee) return undefined;
  const wrapper = wrapperOf(callee, model, depth);
  if (!wrapper || wrapper.entryMember) return undefined;
  let expression: Node | undefined = call.getArguments()[wrapper.paramIndex];
  if (expression && wrapper.option) expression = propertyValue(propertyOf(objectLiteralOf(expression), wrapper.option));
  if (!expression) return undefined;
  const wrapped = wrappedFunction(expression, model, 0);
  const fn = wrapped ?? model.functionOfValue(expression);
  return {
    framework: `${wrapper.framework} (through ${nameOf(callee) ?? 'a wrapper'})`,
    body: fn ?? expression,
    fn,
    registration: call,
    expression,
    name: toolName(call, instanceReader(call, self, model)),
    annotations: {},
    signalFrom: wrapped ? undefined : wrapper.signalFrom,
    confidence: 'medium',
  };
}

/**
 * `generate(config, { tools: { post: { description, execute: async (a) => post(a) } } })` to a project wrapper that
 * registers each entry of the table it is given under its member (`Object.entries(options.tools).map(([name, t]) =>
 * [name, tool({ description: t.description, inputSchema, execute: t.execute })])`, wrapperOf's entryMember): each
 * entry's function under that member is a tool's handler (README question 105).
 */
function fromWrapperCallPerEntry(call: CallExpression, model: ProjectModel): ToolHandler[] {
  if (!call.getArguments().some(mayHoldFunction)) return [];
  const callee = model.functionCalledBy(call);
  const wrapper = callee ? wrapperOf(callee, model) : undefined;
  if (!wrapper?.entryMember) return [];
  let table: Node | undefined = call.getArguments()[wrapper.paramIndex];
  if (table && wrapper.option) table = propertyValue(propertyOf(objectLiteralOf(table), wrapper.option));
  if (!table) return [];
  return entryHandlers(table, wrapper.entryMember, `${wrapper.framework} (through ${nameOf(callee!) ?? 'a wrapper'}, per entry)`, model, () => ({}));
}

/**
 * `for (const tool of tools) createMcpTool(server, tool)`: a project wrapper that registers the handler it finds under a
 * key of the object it is given (`options.handler`), handed each element of a list of tools in turn: each element's
 * function under that key is a tool's handler (README question 11). The elements are read from the list as written
 * (raw-tool-loops.ts tableEntries): a loop over what cannot be seen registers nothing we know of.
 */
function fromWrapperCallPerElement(call: CallExpression, model: ProjectModel): ToolHandler[] {
  const args = call.getArguments();
  if (!args.some((arg) => Node.isIdentifier(unwrap(arg)))) return [];
  const callee = model.functionCalledBy(call);
  const wrapper = callee ? wrapperOf(callee, model) : undefined;
  const element = wrapper?.option ? args[wrapper.paramIndex] : undefined;
  const collection = element ? iteratedCollection(element, call) : undefined;
  if (!wrapper?.option || wrapper.entryMember || !collection) return [];
  return entryHandlers(collection, wrapper.option, `${wrapper.framework} (through ${nameOf(callee!) ?? 'a wrapper'}, per element)`, model,
    (entry) => readAnnotations(objectLiteralOf(propertyValue(propertyOf(objectLiteralOf(entry.value), 'annotations')))));
}

/** The handlers a project wrapper registers, one per entry of the table or list it is handed: each entry's function under `member`. */
function entryHandlers(table: Node, member: string, framework: string, model: ProjectModel, annotationsOf: (entry: TableEntry) => ToolAnnotations): ToolHandler[] {
  const out: ToolHandler[] = [];
  for (const entry of tableEntries(table, model, 0)) {
    const fn = entryHandler(entry, member, model);
    if (!fn) continue;
    out.push({ framework, body: fn, fn, registration: entry.registration, name: entry.name ?? entryName(entry.value, model), annotations: annotationsOf(entry), confidence: 'medium' });
  }
  return out;
}

/**
 * A registration in a loop over a list of tools that registers each tool under its own name with what the tool (or a
 * table keyed by its name) holds, handed over as it is or through variables and project wrappers that call it:
 * `tools.forEach((tool) => server.tool(tool.name, tool.schema, tool.handler))`, or `const handler = HANDLERS[tool.name];
 * server.tool(tool.name, …, wrapToolHandler(tool.name, handler))`. Each element's member (each function of the table)
 * is a tool's handler. A registration whose name is not the element's own registers nothing we can tell apart.
 */
function loopRegisteredHandlers(handler: ToolHandler, model: ProjectModel): ToolHandler[] {
  const call = handler.registration;
  if (!handler.expression || !(Node.isCallExpression(call) || Node.isNewExpression(call))) return [];
  const nameArg = call.getArguments()[0];
  const element = nameArg ? loopElementOf(nameArg, call) : undefined;
  if (!element) return [];
  const held = heldThroughWrappers(handler.expression, model, 0);
  if (!held) return [];
  const out: ToolHandler[] = [];
  const framework = `${handler.framework} (registered in a loop)`;
  if (Node.isPropertyAccessExpression(held) && loopElementOf(held.getExpression(), call)?.variable === element.variable && !Node.isPropertyAccessExpression(unwrap(held.getExpression()))) {
    // tool.handler (or `tool.execute.bind(tool)`): each element's own member, written in the list or of each object and
    // class the package types as the element's type (`for (const tool of this.tools.values())` over a `Map<string, Tool>`)
    for (const found of collectionMembers(element.collection, held.getName(), writtenTypeNode(element.variable), model)) {
      out.push({ framework, body: found.body, fn: found.body, registration: found.registration, name: found.name, annotations: {}, confidence: 'medium' });
    }
  } else {
    // HANDLERS[tool.name] or byName.get(tool.name): the table keyed by the name the registration gives the tool
    const lookup = keyedLookup(held);
    if (!lookup || flat(lookup.key) !== flat(nameArg!) || loopElementOf(lookup.key, call)?.variable !== element.variable) return [];
    for (const entry of tableEntries(lookup.table, model, 0)) {
      const fn = entryHandler(entry, undefined, model);
      if (fn) out.push({ framework, body: fn, fn, registration: entry.registration, name: entry.name, annotations: {}, confidence: 'medium' });
    }
  }
  return out;
}

const flat = (node: Node) => unwrap(node).getText().replace(/\s+/g, '');

/** `table[key]`, or `table.get(key)` (a Map's lookup, which heldThroughWrappers keeps as it is): the table and the key. */
function keyedLookup(node: Node): { table: Node; key: Node } | undefined {
  if (Node.isElementAccessExpression(node)) {
    const key = node.getArgumentExpression();
    return key ? { table: node.getExpression(), key } : undefined;
  }
  if (!Node.isCallExpression(node)) return undefined;
  const callee = unwrap(node.getExpression());
  const [key, ...rest] = node.getArguments();
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'get' && key && rest.length === 0 ? { table: callee.getExpression(), key } : undefined;
}

/**
 * The function a registered closure runs with its own input, held by a variable outside it: `async (args) => { const
 * started = Date.now(); return await handler(args) }` runs `handler` (a call whose result it returns, README question 11).
 */
function runWithInput(fn: Node): Node | undefined {
  if (!Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return undefined;
  const input = fn.getParameters()[0]?.getNameNode();
  if (!input || !Node.isIdentifier(input)) return undefined;
  for (const call of descendantsOfKind(fn, SyntaxKind.CallExpression)) {
    const callee = unwrap(call.getExpression());
    if (!Node.isIdentifier(callee) || enclosingFunctionOf(call) !== fn || !returnsResultOf(call)) continue;
    const binding = resolveIdentifier(callee);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration) || fn.containsRange(binding.declaration.getPos(), binding.declaration.getEnd())) continue;
    if (call.getArguments().some((arg) => unwrap(arg).getText() === input.getText())) return callee;
  }
  return undefined;
}

/** The type written on a loop variable or an iteration callback's parameter (`for (const tool: Tool of …)` is not TypeScript; `(tool: Tool) => …` is). */
function writtenTypeNode(variable: Node): import('ts-morph').TypeNode | undefined {
  return Node.isParameterDeclaration(variable) || Node.isVariableDeclaration(variable) ? variable.getTypeNode() : undefined;
}

/** The loop variable (and the collection it walks) a name expression (`tool.name`, `tool`) is read from, around `site`. */
function loopElementOf(expression: Node, site: Node): { variable: Node; collection: Node } | undefined {
  let root = unwrap(expression);
  while (Node.isPropertyAccessExpression(root)) root = unwrap(root.getExpression());
  if (!Node.isIdentifier(root)) return undefined;
  const collection = iteratedCollection(root, site);
  const binding = resolveIdentifier(root);
  return collection && binding.kind === 'local' ? { variable: binding.declaration, collection } : undefined;
}

/** What a handler expression hands over, through local variables and project helpers that call the function they are given. */
function heldThroughWrappers(expression: Node, model: ProjectModel, depth: number): Node | undefined {
  const node = unwrap(expression);
  if (depth > 4) return undefined;
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
    const ran = runWithInput(node);
    return ran ? heldThroughWrappers(ran, model, depth + 1) : undefined;
  }
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return undefined;
    const init = binding.declaration.getInitializer();
    return init ? heldThroughWrappers(init, model, depth + 1) : undefined;
  }
  if (Node.isCallExpression(node)) {
    // `tool.execute.bind(tool)`: the method itself, bound to its own element.
    const callee = unwrap(node.getExpression());
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'bind') {
      const bound = unwrap(callee.getExpression());
      const self = node.getArguments()[0];
      return Node.isPropertyAccessExpression(bound) && self !== undefined && flat(self) === flat(bound.getExpression()) ? bound : undefined;
    }
    const helper = model.functionCalledBy(node);
    if (!helper) return keyedLookup(node) ? node : undefined;
    const args = node.getArguments();
    for (let i = args.length - 1; i >= 0; i--) {
      const arg = unwrap(args[i]!);
      if ((Node.isIdentifier(arg) || Node.isElementAccessExpression(arg) || Node.isPropertyAccessExpression(arg)) && callsOwnParameter(helper, i, model)) return heldThroughWrappers(arg, model, depth + 1);
    }
    return undefined;
  }
  return Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node) ? node : undefined;
}

function mayHoldFunction(arg: Node): boolean {
  const value = unwrap(arg);
  if (Node.isArrowFunction(value) || Node.isFunctionExpression(value) || Node.isIdentifier(value) || Node.isPropertyAccessExpression(value)) return true;
  if (Node.isCallExpression(value)) return true;
  return Node.isObjectLiteralExpression(value) && value.getProperties().some((p) => !Node.isPropertyAssignment(p) || mayHoldFunction(p.getInitializerOrThrow()));
}

interface Wrapper {
  paramIndex: number;
  option?: string;
  /**
   * The member of each entry of the table the parameter (or its option) holds that the wrapper registers, one tool per
   * entry: `Object.entries(options.tools).map(([name, t]) => [name, tool({ execute: t.execute })])` registers each
   * entry's `execute`.
   */
  entryMember?: string;
  /** The registration's framework (without the wrappers in between). */
  framework: string;
  signalFrom?: { param: number; property: string };
}

/** How many project wrappers deep a registration is followed from the call that hands the handler over. */
const MAX_WRAPPER_DEPTH = 4;
const wrappersInProgress = new WeakSet<Node>();

function wrapperOf(fn: FunctionNode, model: ProjectModel, depth = 0): Wrapper | undefined {
  if (depth > MAX_WRAPPER_DEPTH || wrappersInProgress.has(fn)) return undefined;
  return model.memoize('tool-wrapper', fn, () => {
    if (!Node.isFunctionLikeDeclaration(fn) && !Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return undefined;
    const params = fn.getParameters();
    if (params.length === 0) return undefined;
    wrappersInProgress.add(fn);
    try {
      const forwardable = argumentsNaming(fn, forwardableNames(fn, params), false);
      if (!forwardable) return undefined;
      const parameterNames = argumentsNaming(fn, params.flatMap((p) => boundNames(p.getNameNode())), true);
      const file = fn.getSourceFile();
      for (const raw of compilerDescendantsOfKinds(fn, [SyntaxKind.CallExpression, SyntaxKind.NewExpression])) {
        // A handler the wrapper forwards is reached from the call's arguments through a name: one of its parameters or
        // something declared in it (forwardedParameter). A call naming neither forwards nothing: its callee is not
        // resolved (most calls of most functions handed a callback; following them was a fifth of a cold lint), nor
        // is it wrapped (the test reads the compiler's nodes).
        if (!forwardable(raw as ts.CallExpression | ts.NewExpression)) continue;
        const call = wrapCompilerNode<CallExpression | NewExpression>(file, raw);
        // Registrations written in the wrapper itself, and calls of other project wrappers that pass one of its
        // parameters on (not the handlers findToolHandlers finds in the file, which keeps this from re-entering it).
        const handlers = fromRegistration(call, model);
        if (handlers.length === 0 && Node.isCallExpression(call) && parameterNames?.(call)) {
          const inner = fromWrapperCall(call, model, undefined, depth + 1);
          if (inner) handlers.push({ ...inner, framework: wrapperOf(model.functionCalledBy(call)!, model, depth + 1)?.framework ?? inner.framework });
        }
        for (const handler of handlers) {
          const forwarded = handler.expression ? forwardedParameter(handler.expression, fn, params, model, 0) : undefined;
          if (!forwarded) continue;
          // A tool the function defines itself (its name or description written there) that calls a function it was
          // given is a tool with a dependency (`createPostTool(postMessage)`), not a wrapper: its handler is its own.
          if (!forwarded.direct && namesItsOwnTool(call)) continue;
          // Handed over as it is, the parameter gets the registration's arguments; called from a function of the
          // wrapper, it gets whatever that function passes.
          return { ...forwarded, framework: handler.framework, signalFrom: forwarded.direct ? handler.signalFrom : undefined };
        }
      }
      // A tool given whole and built again with a handler of its own in front of the tool's: the given tool's handler
      // is what the registration ends up running.
      const rewrapped = rewrappedTools(fn, model)[0];
      return rewrapped ? { paramIndex: rewrapped.paramIndex, option: rewrapped.key, framework: 'tool re-wrapped by a project function' } : undefined;
    } finally {
      wrappersInProgress.delete(fn);
    }
  });
}

interface Rewrapped {
  /** The object building the tool again (`{ ...definition, execute }`). */
  object: ObjectLiteralExpression;
  /** The parameter holding the tool it is given. */
  paramIndex: number;
  /** The handler key both share (`execute`). */
  key: string;
  /** The function the new object holds under that key. */
  handler: FunctionNode;
}

/**
 * `withUserConfirmation(name, allowed, definition)` returning `tool({ ...definition, async execute(args, ctx) { …; return
 * definition.execute(args, ctx) } })`, `withApproval(baseTool)` returning `{ ...baseTool, execute: async (args) => { …;
 * return baseTool.execute(args) } }`: a project function given a tool — a parameter written as a tool type (`ToolDefinition`,
 * `T extends Tool`) — that builds it again, spreading it into an object whose function under a handler key calls the given
 * tool's function under the same key. Both functions run on a call: the new one first (its own steps are the tool's), then
 * the one the caller wrote in the tool it handed over.
 */
function rewrappedTools(fn: FunctionNode, model: ProjectModel): Rewrapped[] {
  return model.memoize('rewrapped-tools', fn, () => {
    if (!Node.isFunctionDeclaration(fn) && !Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn) && !Node.isMethodDeclaration(fn)) return [];
    const params = fn.getParameters();
    const tools = params.map((p) => Node.isIdentifier(p.getNameNode()) && writtenAsTool(p, fn));
    if (!tools.some(Boolean)) return [];
    const out: Rewrapped[] = [];
    for (const object of descendantsOfKind(fn, SyntaxKind.ObjectLiteralExpression)) {
      if (enclosingFunctionOf(object) !== fn) continue;
      for (const spread of object.getProperties()) {
        if (!Node.isSpreadAssignment(spread)) continue;
        const spreadValue = unwrap(spread.getExpression());
        if (!Node.isIdentifier(spreadValue)) continue;
        const binding = resolveIdentifier(spreadValue);
        const index = binding.kind === 'local' ? params.findIndex((p) => p === binding.declaration) : -1;
        if (index < 0 || !tools[index]) continue;
        const key = HANDLER_KEYS.find((k) => propertyOf(object, k));
        const handler = key ? model.functionOfValue(propertyValue(propertyOf(object, key))!) : undefined;
        if (!key || !handler) continue;
        const forwarded = callsParameterIn(handler, fn, params, model, 0);
        if (forwarded?.paramIndex === index && forwarded.option === key) out.push({ object, paramIndex: index, key, handler });
      }
    }
    return out;
  });
}

/** Whether a parameter's written type names a tool (`ToolDefinition`, `Tool`), or is a type parameter constrained to one (`T extends Tool`). */
function writtenAsTool(param: ParameterDeclaration, fn: Node): boolean {
  const type = param.getTypeNode();
  if (!type || !Node.isTypeReference(type)) return false;
  const typeName = type.getTypeName();
  const name = Node.isQualifiedName(typeName) ? typeName.getRight().getText() : typeName.getText();
  const typeParameters = Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn) ? fn.getTypeParameters() : [];
  const constraint = typeParameters.find((t) => t.getName() === name)?.getConstraint();
  if (constraint) return Node.isTypeReference(constraint) && TOOL_TYPE_NAME.test(constraint.getTypeName().getText());
  return TOOL_TYPE_NAME.test(name);
}

/** The handler of a tool a project function builds again in front of the one it is given (rewrappedTools): its own function. */
function fromRewrappedToolObject(object: ObjectLiteralExpression, model: ProjectModel): ToolHandler | undefined {
  if (!object.getProperties().some((p) => Node.isSpreadAssignment(p))) return undefined;
  const fn = enclosingFunctionOf(object) as FunctionNode | undefined;
  const rewrapped = fn ? rewrappedTools(fn, model).find((r) => r.object === object) : undefined;
  if (!rewrapped) return undefined;
  return {
    framework: 'tool re-wrapped by a project function (its own handler, run before the given tool\'s)',
    body: rewrapped.handler,
    fn: rewrapped.handler,
    registration: object,
    expression: propertyValue(propertyOf(object, rewrapped.key)),
    annotations: {},
    confidence: 'medium',
  };
}

/** Whether a registration's tool name (or, with none, its description) is written out as text in the call. */
function namesItsOwnTool(call: CallExpression | NewExpression): boolean {
  const args = call.getArguments();
  const isText = (node: Node | undefined) => node !== undefined && (Node.isStringLiteral(unwrap(node)) || Node.isNoSubstitutionTemplateLiteral(unwrap(node)));
  if (isText(args[0])) return true;
  const config = args.map((arg) => objectLiteralOf(arg)).find((o) => o !== undefined);
  const name = propertyValue(propertyOf(config, 'name'));
  return name ? isText(name) : isText(propertyValue(propertyOf(config, 'description')));
}

/** One pattern matching any of `names` as a whole word (after `before`), or undefined for none. */
function wordPattern(names: ReadonlyArray<string>, before: string): RegExp | undefined {
  const unique = [...new Set(names)];
  if (unique.length === 0) return undefined;
  return new RegExp(`${before}(?:${unique.map((name) => name.replace(/[$]/g, '\\$')).join('|')})(?![\\w$])`);
}

/**
 * The names through which forwardedParameter can reach a parameter of `fn`: the parameters' own, and the variables
 * and functions declared in `fn` whose text names one of those (a local alias, a wrapped handler), to a fixed point.
 * forwardedParameter follows only such names, so this is a superset of what it can reach.
 */
function forwardableNames(fn: FunctionNode, params: ReadonlyArray<ParameterDeclaration>): string[] {
  const names = new Set(params.flatMap((p) => boundNames(p.getNameNode())));
  const locals: Array<{ names: string[]; text: string }> = [];
  for (const declaration of descendantsOfKind(fn, SyntaxKind.VariableDeclaration)) {
    const init = declaration.getInitializer();
    if (init) locals.push({ names: boundNames(declaration.getNameNode()), text: init.getText() });
  }
  for (const declaration of descendantsOfKind(fn, SyntaxKind.FunctionDeclaration)) {
    const name = declaration.getName();
    if (name) locals.push({ names: [name], text: declaration.getText() });
  }
  // The entries of a table walked (`Object.entries(options.tools).map(([name, t]) => …)`, `for (const t of list)`):
  // named by what is walked (iteratedTableEntry).
  // Read on the compiler's nodes: most functions handed a callback make many calls, and none of them is wrapped here.
  const file = fn.getSourceFile().compilerNode;
  for (const raw of compilerDescendantsOfKinds(fn, [SyntaxKind.ForOfStatement, SyntaxKind.CallExpression])) {
    if (ts.isForOfStatement(raw)) {
      if (ts.isVariableDeclarationList(raw.initializer)) locals.push({ names: raw.initializer.declarations.flatMap((d) => compilerBoundNames(d.name)), text: raw.expression.getText(file) });
      continue;
    }
    const call = raw as ts.CallExpression;
    const callback = call.arguments[0];
    if (!ts.isPropertyAccessExpression(call.expression) || !WALKING_METHODS.has(call.expression.name.text)) continue;
    if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) || !callback.parameters[0]) continue;
    locals.push({ names: compilerBoundNames(callback.parameters[0].name), text: call.expression.expression.getText(file) });
  }
  if (locals.length > 0 && [...names, ...locals.flatMap((l) => l.names)].every((name) => ASCII_WORD.test(name))) {
    // Names of [\w$] only: a text names one as a whole word exactly when one of its maximal runs of [\w$] is that name,
    // so each text is split into its words once and the closure is set lookups, not a pattern of all names so far run
    // over every text left on each round (the same least fixed point either way).
    const pending = locals.map((local) => ({ names: local.names, words: new Set(local.text.match(WORD_RUNS) ?? []) }));
    for (let grew = true; grew && pending.length > 0; ) {
      grew = false;
      for (let i = pending.length - 1; i >= 0; i--) {
        const { names: declared, words } = pending[i]!;
        if (!someIn(words, names)) continue;
        for (const name of declared) names.add(name);
        pending.splice(i, 1);
        grew = true;
      }
    }
    return [...names];
  }
  for (let grew = true; grew && locals.length > 0; ) {
    grew = false;
    const pattern = wordPattern([...names], '(?<![\\w$])');
    if (!pattern) break;
    for (let i = locals.length - 1; i >= 0; i--) {
      if (!pattern.test(locals[i]!.text)) continue;
      for (const name of locals[i]!.names) names.add(name);
      locals.splice(i, 1);
      grew = true;
    }
  }
  return [...names];
}


/**
 * Whether one of a call's arguments names one of `names` as a whole word (not after a `.` when `notAfterDot`): the
 * test `wordPattern(names).test(arg.getText())` over each argument, for the calls of one function. The arguments of
 * nested calls are each other's texts, so a pattern of every name run over each argument's text grew with the square of
 * the nesting and the number of names (~2 % of a cold lint of vercel/ai's packages, in wrapperOf). With names of [\w$]
 * only, a text names one as a whole word exactly when one of its maximal runs of [\w$] is that name, and an argument
 * begins and ends at such a run's boundary (after `(`, `,` or trivia; before `,`, `)` or trivia), so the function's
 * text is split into its runs once and an argument is asked for a run starting in its range. Other names keep the pattern.
 */
export function argumentsNaming(
  fn: Node,
  names: ReadonlyArray<string>,
  notAfterDot: boolean,
): ((call: CallExpression | NewExpression | ts.CallExpression | ts.NewExpression) => boolean) | undefined {
  if (names.length === 0) return undefined;
  const sourceFile = fn.getSourceFile().compilerNode;
  const argumentsOf = (call: CallExpression | NewExpression | ts.CallExpression | ts.NewExpression) =>
    (call instanceof Node ? (call.compilerNode as ts.CallExpression | ts.NewExpression) : call).arguments ?? [];
  if (!names.every((name) => ASCII_WORD.test(name))) {
    const pattern = wordPattern(names, notAfterDot ? '(?<![\\w$.])' : '(?<![\\w$])')!;
    return (call) => argumentsOf(call).some((arg) => pattern.test(arg.getText(sourceFile)));
  }
  const wanted = new Set(names);
  const text = sourceFile.text;
  const end = fn.getEnd();
  const starts: number[] = [];
  const runs = new RegExp(WORD_RUNS.source, 'g');
  runs.lastIndex = fn.getPos();
  for (let run = runs.exec(text); run !== null && run.index < end; run = runs.exec(text)) {
    if (wanted.has(run[0]) && !(notAfterDot && text.charCodeAt(run.index - 1) === DOT)) starts.push(run.index);
  }
  if (starts.length === 0) return () => false;
  return (call) => {
    for (const arg of argumentsOf(call)) {
      const from = arg.getStart(sourceFile);
      const i = firstAtOrAfter(starts, from);
      if (i < starts.length && starts[i]! < arg.end) return true;
    }
    return false;
  };
}

const DOT = 46;

function firstAtOrAfter(sorted: ReadonlyArray<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const ASCII_WORD = /^[\w$]+$/;
const WORD_RUNS = /[\w$]+/g;

/** Whether the two sets share an element (looked up from the smaller). */
function someIn(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return true;
  return false;
}

const WALKING_METHODS = new Set(['map', 'forEach', 'flatMap']);

/** boundNames on the compiler's nodes. */
function compilerBoundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isBindingElement(e) ? compilerBoundNames(e.name) : []));
}

function boundNames(name: Node): string[] {
  if (Node.isIdentifier(name)) return [name.getText()];
  if (Node.isObjectBindingPattern(name) || Node.isArrayBindingPattern(name)) {
    return name.getElements().flatMap((e) => (Node.isBindingElement(e) ? boundNames(e.getNameNode()) : []));
  }
  return [];
}

interface Forwarded {
  paramIndex: number;
  option?: string;
  /** Each entry's member of the table the parameter (or its option) holds (Wrapper's). */
  entryMember?: string;
  /** The parameter itself is the registered function (not called from one of the wrapper's). */
  direct: boolean;
}

/**
 * Which parameter of `wrapper` (and property of it) a registered expression runs: the parameter itself (`cb`,
 * `def.handler`, a destructured `{ callback }`, `cb.bind(x)`, a local alias `const invoke = cb as Fn`), a function
 * written in the wrapper that calls it, or a project helper given it that calls it (`trackTool(name, cb)`).
 */
function forwardedParameter(expression: Node, wrapper: FunctionNode, params: ReadonlyArray<ParameterDeclaration>, model: ProjectModel, depth: number): Forwarded | undefined {
  if (depth > 3) return undefined;
  const node = unwrap(expression);
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    if (binding.kind !== 'local') return undefined;
    const declaration = binding.declaration;
    const index = params.findIndex((p) => p === declaration);
    if (index >= 0) return { paramIndex: index, direct: true };
    if (Node.isBindingElement(declaration)) {
      const owner = params.findIndex((p) => p.getNameNode().containsRange(declaration.getPos(), declaration.getEnd()));
      if (owner >= 0) return { paramIndex: owner, option: declaration.getPropertyNameNode()?.getText() ?? declaration.getName(), direct: true };
      return undefined;
    }
    // `const wrapped = async (p) => …` / `const invoke = callback as unknown as Fn`, written in the wrapper
    if (Node.isVariableDeclaration(declaration) && wrapper.containsRange(declaration.getPos(), declaration.getEnd())) {
      const init = declaration.getInitializer();
      return init ? forwardedParameter(init, wrapper, params, model, depth + 1) : undefined;
    }
    if (Node.isFunctionDeclaration(declaration) && wrapper.containsRange(declaration.getPos(), declaration.getEnd())) {
      return callsParameterIn(declaration, wrapper, params, model, depth);
    }
    return undefined;
  }
  if (Node.isPropertyAccessExpression(node)) {
    const base = unwrap(node.getExpression());
    if (!Node.isIdentifier(base)) return undefined;
    const binding = resolveIdentifier(base);
    if (binding.kind !== 'local') return undefined;
    const index = params.findIndex((p) => p === binding.declaration);
    if (index >= 0) return { paramIndex: index, option: node.getName(), direct: true };
    const table = wrapper.containsRange(binding.declaration.getPos(), binding.declaration.getEnd()) ? iteratedTableEntry(binding.declaration) : undefined;
    const held = table ? forwardedParameter(table, wrapper, params, model, depth + 1) : undefined;
    return held?.direct && !held.entryMember ? { ...held, entryMember: node.getName() } : undefined;
  }
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) return callsParameterIn(node, wrapper, params, model, depth);
  if (Node.isCallExpression(node)) {
    const callee = unwrap(node.getExpression());
    // cb.bind(this)
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'bind') return forwardedParameter(callee.getExpression(), wrapper, params, model, depth + 1);
    // trackTool(name, callback): a project helper that returns a function calling what it was given
    const helper = model.functionCalledBy(node);
    if (!helper || !('getParameters' in helper)) return undefined;
    const helperParams = (helper as unknown as { getParameters(): ParameterDeclaration[] }).getParameters();
    const args = node.getArguments();
    for (let i = 0; i < args.length && i < helperParams.length; i++) {
      const forwarded = forwardedParameter(args[i]!, wrapper, params, model, depth + 1);
      if (forwarded && callsOwnParameter(helper, i, model)) return { ...forwarded, direct: false };
    }
  }
  return undefined;
}

/**
 * The table whose entries a name walks: `t` in `Object.entries(table).map(([name, t]) => …)` or `for (const [name, t] of
 * Object.entries(table))`, and `t` in `Object.values(table).map((t) => …)` or `for (const t of Object.values(table))`.
 */
function iteratedTableEntry(declaration: Node): Node | undefined {
  let holder: Node | undefined = declaration;
  let pair = false;
  if (Node.isBindingElement(holder)) {
    const pattern = holder.getParent();
    if (!pattern || !Node.isArrayBindingPattern(pattern) || pattern.getElements()[1] !== holder) return undefined;
    pair = true;
    holder = pattern.getParent();
  }
  let walked: Node | undefined;
  if (holder && Node.isParameterDeclaration(holder)) {
    const callback = holder.getParent();
    const call = callback?.getParent();
    if (!callback || !(Node.isArrowFunction(callback) || Node.isFunctionExpression(callback)) || callback.getParameters()[0] !== holder) return undefined;
    if (!call || !Node.isCallExpression(call) || call.getArguments()[0] !== callback) return undefined;
    const method = call.getExpression();
    if (!Node.isPropertyAccessExpression(method) || !WALKING_METHODS.has(method.getName())) return undefined;
    walked = method.getExpression();
  } else if (holder && Node.isVariableDeclaration(holder)) {
    const statement = holder.getParent()?.getParent();
    if (!statement || !Node.isForOfStatement(statement)) return undefined;
    walked = statement.getExpression();
  }
  const listing = walked ? unwrap(walked) : undefined;
  const lister = listing && Node.isCallExpression(listing) ? listing.getExpression() : undefined;
  if (!lister || !Node.isPropertyAccessExpression(lister) || lister.getName() !== (pair ? 'entries' : 'values')) return undefined;
  const object = lister.getExpression();
  if (!Node.isIdentifier(object) || object.getText() !== 'Object' || resolveIdentifier(object).kind !== 'global') return undefined;
  return (listing as CallExpression).getArguments()[0];
}

/** A function written in the wrapper that calls one of the wrapper's parameters (or a property of one). */
function callsParameterIn(fn: Node, wrapper: FunctionNode, params: ReadonlyArray<ParameterDeclaration>, model: ProjectModel, depth: number): Forwarded | undefined {
  for (const call of descendantsOfKind(fn, SyntaxKind.CallExpression)) {
    const callee = unwrap(call.getExpression());
    if (!Node.isIdentifier(callee) && !Node.isPropertyAccessExpression(callee)) continue;
    if (Node.isPropertyAccessExpression(callee) && !Node.isIdentifier(unwrap(callee.getExpression()))) continue;
    const forwarded = forwardedParameter(callee, wrapper, params, model, depth + 1);
    if (forwarded && returnsResultOf(call)) return { ...forwarded, direct: false };
  }
  return undefined;
}

/** Whether a project function calls its `index`th parameter (in its body, or in a function it returns). */
function callsOwnParameter(fn: FunctionNode, index: number, model: ProjectModel): boolean {
  return model.memoize(`calls-own-parameter:${index}`, fn, () => {
    if (!('getParameters' in fn)) return false;
    const params = (fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters();
    const body = fn.getBody();
    if (!body || !params[index]) return false;
    const forwarded = callsParameterIn(body, fn, params, model, 1);
    return forwarded?.paramIndex === index;
  });
}

function nameOf(fn: Node): string | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) return fn.getName();
  const parent = fn.getParent();
  if (parent && Node.isVariableDeclaration(parent)) return parent.getName();
  return undefined;
}

/**
 * `context.accountTool(name, { description, inputSchema }, async (args) => …)`: a project's own registration method
 * (on an object whose type we do not follow) with MCP's `registerTool` shape — a method named for tools, a name, a
 * config holding an input schema, and the handler last. The shape is MCP's; a route or an event listener has none.
 */
function registersByShape(call: CallExpression): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !/tool$/i.test(callee.getName())) return false;
  const args = call.getArguments();
  if (args.length !== 3) return false;
  const [name, config, handler] = args as [Node, Node, Node];
  const named = Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name) || Node.isTemplateExpression(name) || Node.isIdentifier(name) || Node.isPropertyAccessExpression(name);
  const object = objectLiteralOf(config);
  const schema = object && (propertyOf(object, 'inputSchema') ?? propertyOf(object, 'input_schema'));
  const fn = unwrap(handler);
  return named && schema !== undefined && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn));
}

function isFunctionLike(node: Node): boolean {
  const value = unwrap(node);
  return Node.isArrowFunction(value) || Node.isFunctionExpression(value) || Node.isIdentifier(value);
}

/** Whether the class around a node extends a class imported from one of these modules under one of these names. */
function extendsPackageClass(node: Node, modules: ReadonlyArray<string>, exports: ReadonlyArray<string> | undefined): boolean {
  const cls = node.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  const base = cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? cls.getExtends()?.getExpression() : undefined;
  if (!base || !Node.isIdentifier(base)) return false;
  const binding = resolveIdentifier(base);
  return binding.kind === 'import' && moduleMatches(modules, binding.module) && (!exports || exports.includes(binding.exportName));
}

// Following a call into the project function it runs, for questions asked of a body "directly or through
// the helpers it calls" (does it reach a model, does it wait on a person): one answer per function, memoised.
// A call through a typed receiver no value can be followed to (`llmApi.complete(…)`, `llmApi: ChatApi`) runs one
// of the methods its type's implementations have (interface-implementations.ts): the answer holds if one does.
import { Node, SyntaxKind, type CallExpression, type ClassDeclaration } from 'ts-morph';
import { objectLiteralOf, propertyOf, returnedParameter } from './callee.js';
import { implementationsCalledBy } from './interface-implementations.js';
import { descendantsOfKind } from './kind-index.js';
import { enclosingFunctionOf, resolveIdentifier, returnedExpressionsOf } from './scope.js';
import { isRegisteredHandler, writtenValue } from './tool-handlers.js';
import { valueOf } from './values.js';
import type { FunctionNode, ProjectModel } from './project-model.js';

/**
 * Whether `call` (made in `body`) runs a project function, declared outside `body`, whose body passes `test`;
 * each function is judged once per `key`.
 */
export function callsFunctionThat(call: CallExpression, body: Node, model: ProjectModel, key: string, test: (calleeBody: Node) => boolean): boolean {
  const callee = model.functionCalledBy(call);
  // `this.makeRequest(…)` declared abstract: the subclasses' own methods are what runs.
  if (callee && !callee.getBody()) return overridesOf(callee, model).some((method) => judged(method, body, model, key, test));
  if (callee) return judged(callee, body, model, key, test);
  // `askClaude(chatId, prompt)` where `askClaude` is a parameter: the function every caller passes for it.
  const passed = model.functionPassedTo(call);
  if (passed) return judged(passed, body, model, key, test);
  return implementationsCalledBy(call, model).some((method) => judged(method, body, model, key, test));
}

const MAX_OVERRIDES = 12;

/** The methods of the same name in the project classes extending an abstract method's class (two levels down at most). */
function overridesOf(method: FunctionNode, model: ProjectModel): FunctionNode[] {
  if (!Node.isMethodDeclaration(method)) return [];
  const cls = method.getParent();
  if (!Node.isClassDeclaration(cls)) return [];
  const name = method.getName();
  return model.memoize('abstract-overrides', method, () => {
    const out: FunctionNode[] = [];
    const queue: ClassDeclaration[] = [cls];
    for (let i = 0; i < queue.length && i < 3 && out.length < MAX_OVERRIDES; i++) {
      const base = queue[i]!;
      const baseName = base.getName();
      if (!baseName) continue;
      const home = base.getSourceFile().getFilePath();
      // Its own file first: the package's sources are searched for the rest.
      for (const path of [home, ...model.filesImplementing(home, baseName).filter((p) => p !== home)]) {
        for (const sub of model.fileAt(path)?.getClasses() ?? []) {
          if (queue.includes(sub) || model.baseClassOf(sub) !== base) continue;
          queue.push(sub);
          const own = sub.getInstanceMethod(name);
          if (own?.getBody() && out.length < MAX_OVERRIDES) out.push(own as FunctionNode);
        }
      }
    }
    return out;
  });
}

/** Functions being judged right now, per key: meeting one again is a cycle, answered no (and not memoised). */
const judging = new Map<string, Set<Node>>();

function judged(callee: FunctionNode, body: Node, model: ProjectModel, key: string, test: (calleeBody: Node) => boolean): boolean {
  const calleeBody = callee.getBody();
  if (!calleeBody || isInside(calleeBody, body)) return false;
  let open = judging.get(key);
  if (!open) judging.set(key, (open = new Set()));
  if (open.has(callee)) return false;
  open.add(callee);
  try {
    return model.memoize(key, callee, () => test(calleeBody));
  } finally {
    open.delete(callee);
  }
}

/** Positions compare only within one file: a helper in another file is never inside `body`. */
function isInside(node: Node, body: Node): boolean {
  return node.getSourceFile() === body.getSourceFile() && body.containsRange(node.getPos(), node.getEnd());
}

// --- Closures a factory makes: what building them runs, and what calling one runs ---

type FunctionLiteral = import('ts-morph').ArrowFunction | import('ts-morph').FunctionExpression;

function isFunctionLiteral(node: Node): node is FunctionLiteral {
  return Node.isArrowFunction(node) || Node.isFunctionExpression(node);
}

function bare(node: Node): Node {
  let out = node;
  while (Node.isParenthesizedExpression(out) || Node.isAsExpression(out) || Node.isSatisfiesExpression(out) || Node.isNonNullExpression(out)) out = out.getExpression();
  return out;
}

/** The function literals `fn` hands back as its value (`return async (args) => …`, an arrow's expression body). */
function returnedLiterals(fn: Node, model: ProjectModel): FunctionLiteral[] {
  return model.memoize('returned-literals', fn, () => {
    const body = (fn as { getBody?: () => Node | undefined }).getBody?.();
    if (!body) return [];
    const values: Node[] = [];
    if (!Node.isBlock(body)) values.push(body);
    else {
      for (const statement of descendantsOfKind(body, SyntaxKind.ReturnStatement)) {
        const owner = enclosingFunctionOf(statement);
        const value = statement.getExpression();
        if (owner === fn && value) values.push(value);
      }
    }
    return values.map(bare).filter(isFunctionLiteral);
  });
}

/**
 * Function literals inside `body` that running `body` does not run: a handler handed to a project factory that
 * only calls it from the closure it returns (`createServiceMethod({ handler: async () => post() })`), and a local
 * closure the body only hands back by name (`const send = async () => post(); return { send }`). Their writes are
 * made when the built method is called, and judged there.
 */
export function deferredFunctionsIn(body: Node, model: ProjectModel): Node[] {
  return model.memoize('deferred-functions', body, () => {
    const out: Node[] = [];
    for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
      const literals = literalArguments(call);
      if (literals.length === 0) continue;
      const factory = model.functionCalledBy(call);
      if (!factory?.getBody() || returnedLiterals(factory, model).length === 0) continue;
      for (const { literal, index, member } of literals) {
        if (callsOnlyFromClosures(factory, index, member, model)) out.push(literal);
      }
    }
    const block = Node.isBlock(body) ? body : (body as { getBody?: () => Node | undefined }).getBody?.();
    if (block && Node.isBlock(block)) out.push(...closuresReturnedByName(block));
    out.push(...toolHandlersReturned(body, model));
    return out;
  });
}

/**
 * The handlers of the tool definitions a factory hands back (`return { create_event: defineTool({ execute }) }`,
 * `return [tool({ … })]`, `return tool({ … })`, or a local set it fills first: `const tools = {}; tools.send =
 * defineTool({ … }); return tools`): building a tool set runs none of its tools; each handler's writes are made when
 * the model calls that tool, and judged there.
 */
function toolHandlersReturned(body: Node, model: ProjectModel): Node[] {
  const out: Node[] = [];
  const seen = new Set<Node>();
  const definitions = (value: Node | undefined): void => {
    const node = value ? bare(value) : undefined;
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (Node.isIdentifier(node)) {
      const binding = resolveIdentifier(node);
      const declaration = binding.kind === 'local' ? binding.declaration : undefined;
      if (!declaration || !Node.isVariableDeclaration(declaration) || enclosingFunctionOf(declaration) !== body) return;
      definitions(declaration.getInitializer());
      for (const assignment of descendantsOfKind(body, SyntaxKind.BinaryExpression)) {
        const target = assignment.getLeft();
        if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || enclosingFunctionOf(assignment) !== body) continue;
        const holder = Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target) ? target.getExpression() : undefined;
        if (holder && Node.isIdentifier(holder) && holder.getText() === node.getText()) definitions(assignment.getRight());
      }
    } else if (Node.isObjectLiteralExpression(node)) {
      for (const property of node.getProperties()) if (Node.isPropertyAssignment(property)) definitions(property.getInitializer());
    } else if (Node.isArrayLiteralExpression(node)) {
      node.getElements().forEach(definitions);
    } else if (Node.isCallExpression(node)) {
      for (const { literal } of literalArguments(node)) if (isRegisteredHandler(literal, model)) out.push(literal);
      // `return registerToolNames(tools)`: a project function handing its argument back.
      definitions(argumentHandedBack(node, model));
    }
  };
  returnedExpressionsOf(body).forEach(definitions);
  return out;
}

/** Function literals a call passes: as an argument, or as a property of an object-literal argument. */
function literalArguments(call: CallExpression): Array<{ literal: Node; index: number; member?: string }> {
  const out: Array<{ literal: Node; index: number; member?: string }> = [];
  call.getArguments().forEach((arg, index) => {
    const value = bare(arg);
    if (isFunctionLiteral(value)) out.push({ literal: value, index });
    if (!Node.isObjectLiteralExpression(value)) return;
    for (const property of value.getProperties()) {
      if (Node.isMethodDeclaration(property)) out.push({ literal: property, index, member: property.getName() });
      if (!Node.isPropertyAssignment(property)) continue;
      const init = bare(property.getInitializer() ?? property);
      if (isFunctionLiteral(init)) out.push({ literal: init, index, member: property.getName() });
    }
  });
  return out;
}

/**
 * Whether `factory` uses its parameter `index` (or that parameter's `member`) only inside the closures it returns,
 * and at least once there: building with it runs nothing of it.
 */
function callsOnlyFromClosures(factory: FunctionNode, index: number, member: string | undefined, model: ProjectModel): boolean {
  const parameter = (factory as unknown as { getParameters?: () => Node[] }).getParameters?.()[index];
  if (!parameter || !Node.isParameterDeclaration(parameter)) return false;
  const nameNode = parameter.getNameNode();
  if (!Node.isIdentifier(nameNode)) return false;
  const closures = returnedLiterals(factory, model);
  const inClosure = (n: Node) => closures.some((c) => c.containsRange(n.getPos(), n.getEnd()));
  let usedInClosure = false;
  for (const reference of referencesIn(factory, nameNode.getText(), parameter)) {
    const parent = reference.getParent();
    const named = parent && Node.isPropertyAccessExpression(parent) && parent.getExpression() === reference ? parent.getName() : undefined;
    // `config.methodName` read while building touches another member; the whole parameter passed on is unknown.
    if (member !== undefined && named !== undefined && named !== member) continue;
    if (!inClosure(reference)) return false;
    usedInClosure = true;
  }
  return usedInClosure;
}

/** The identifiers in `scope` that name `declaration` (read syntactically, not through the language service). */
function referencesIn(scope: Node, name: string, declaration: Node): Node[] {
  return descendantsOfKind(scope, SyntaxKind.Identifier).filter((id) => {
    if (id.getText() !== name) return false;
    const parent = id.getParent();
    if (parent && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === id) return false;
    if (parent && (Node.isPropertyAssignment(parent) || Node.isParameterDeclaration(parent) || Node.isVariableDeclaration(parent)) && parent.getNameNode() === id) return false;
    const binding = resolveIdentifier(id as import('ts-morph').Identifier);
    return binding.kind === 'local' && binding.declaration === declaration;
  });
}

/** `const send = async () => …` declared in `body`, whose name `body` only uses in what it returns. */
function closuresReturnedByName(body: Node): Node[] {
  const out: Node[] = [];
  for (const statement of (body as import('ts-morph').Block).getStatements()) {
    if (!Node.isVariableStatement(statement)) continue;
    for (const declaration of statement.getDeclarations()) {
      const init = declaration.getInitializer();
      const nameNode = declaration.getNameNode();
      if (!init || !isFunctionLiteral(bare(init)) || !Node.isIdentifier(nameNode)) continue;
      const literal = bare(init);
      const uses = referencesIn(body, nameNode.getText(), declaration).filter((r) => !literal.containsRange(r.getPos(), r.getEnd()));
      if (uses.length > 0 && uses.every((use) => isReturnedName(use, body))) out.push(literal);
    }
  }
  return out;
}

/** `return send`, `return { send }`, `return { send: send }` directly in `body`. */
function isReturnedName(use: Node, body: Node): boolean {
  let node = use.getParent();
  if (node && (Node.isShorthandPropertyAssignment(node) || (Node.isPropertyAssignment(node) && node.getInitializer() === use))) node = node.getParent();
  while (node && (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isObjectLiteralExpression(node))) {
    const parent = node.getParent();
    if (parent && Node.isReturnStatement(parent)) return parent.getParent() === body;
    node = parent;
  }
  return node !== undefined && Node.isReturnStatement(node) && node.getParent() === body;
}

/**
 * A call of a closure a project factory returned (`const sendMessage = createServiceMethod({ handler })`, later
 * `sendMessage(args)`): the calls the closure makes through the factory's parameters (`config.handler(input)`), each
 * bound to the function that factory call passed — not to whatever every other call of the factory passed.
 * Undefined when the closure calls none of its factory's parameters, or the factory call cannot be found.
 */
export function closureBindingAt(call: CallExpression, closure: Node, model: ProjectModel): { site: CallExpression; calls: Map<Node, FunctionNode> } | undefined {
  if (!isFunctionLiteral(closure)) return undefined;
  const parameterCalls = model.memoize('closure-parameter-calls', closure, () => factoryParameterCalls(closure, model));
  if (parameterCalls.length === 0) return undefined;
  const value = valueOf(call.getExpression(), model);
  const site = value?.kind === 'node' && value.node === closure ? value.site : undefined;
  if (!site) return undefined;
  const calls = new Map<Node, FunctionNode>();
  for (const { call: inner, index, member } of parameterCalls) {
    const arg = site.getArguments()[index];
    if (!arg) continue;
    const passed = member === undefined ? arg : propertyOf(objectLiteralOf(arg), member);
    const fn = passed ? functionOfPassed(passed, model) : undefined;
    if (fn) calls.set(inner, fn);
  }
  return calls.size > 0 ? { site, calls } : undefined;
}

function functionOfPassed(passed: Node, model: ProjectModel): FunctionNode | undefined {
  if (Node.isMethodDeclaration(passed)) return passed as FunctionNode;
  if (Node.isShorthandPropertyAssignment(passed)) return model.functionOfValue(passed.getNameNode());
  if (Node.isPropertyAssignment(passed)) {
    const init = passed.getInitializer();
    return init ? model.functionOfValue(init) : undefined;
  }
  return model.functionOfValue(passed);
}

type ParameterCall = { call: CallExpression; index: number; member?: string };

/** Calls in a returned closure through its factory's parameters: `handler(x)`, `config.handler(x)`. */
function factoryParameterCalls(closure: FunctionLiteral, model: ProjectModel): ParameterCall[] {
  const factory = enclosingFunctionOf(closure);
  if (!factory || !returnedLiterals(factory, model).includes(closure)) return [];
  return outerParameterCalls(closure, factory, false);
}

/**
 * Calls in `closure` through the parameters of the function `outer` it is written in: `handler(x)`, `config.handler(x)`,
 * and — with `destructured` — `handler(x)` after `const { handler } = config` in `outer`, or with `{ handler }` as the
 * parameter itself.
 */
function outerParameterCalls(closure: Node, outer: Node, destructured: boolean): ParameterCall[] {
  const parameters = (outer as unknown as { getParameters?: () => import('ts-morph').ParameterDeclaration[] }).getParameters?.() ?? [];
  const out: ParameterCall[] = [];
  for (const inner of descendantsOfKind(closure, SyntaxKind.CallExpression)) {
    const callee = bare(inner.getExpression());
    const head = Node.isPropertyAccessExpression(callee) ? bare(callee.getExpression()) : callee;
    if (!Node.isIdentifier(head)) continue;
    const binding = resolveIdentifier(head);
    if (binding.kind !== 'local') continue;
    const declaration = binding.declaration;
    const member = Node.isPropertyAccessExpression(callee) ? callee.getName() : undefined;
    const index = Node.isParameterDeclaration(declaration) ? parameters.indexOf(declaration) : -1;
    if (index >= 0) {
      out.push({ call: inner, index, member });
      continue;
    }
    if (!destructured || member !== undefined || !Node.isBindingElement(declaration) || declaration.getDotDotDotToken()) continue;
    const pattern = declaration.getParent();
    if (!Node.isObjectBindingPattern(pattern)) continue;
    const taken = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
    const holder = pattern.getParent();
    let from = Node.isParameterDeclaration(holder) ? parameters.indexOf(holder) : -1;
    if (from < 0 && Node.isVariableDeclaration(holder) && enclosingFunctionOf(holder) === outer) {
      const init = holder.getInitializer();
      const source = init ? bare(init) : undefined;
      const sourceBinding = source && Node.isIdentifier(source) ? resolveIdentifier(source) : undefined;
      if (sourceBinding?.kind === 'local' && Node.isParameterDeclaration(sourceBinding.declaration)) from = parameters.indexOf(sourceBinding.declaration);
    }
    if (from >= 0) out.push({ call: inner, index: from, member: taken });
  }
  return out;
}

/**
 * A registered closure a project function writes once, for each tool it is handed (`function wrap(def) { return
 * tool(def.name, …, async (args) => def.handler(args)) }`, or `registerTool(toolHandler)` taking `handler` out of it):
 * the closure is the handler of every tool registered through that function (test/corpus/README.md questions 84, 125),
 * and runs, for each call of the function, what that call hands over (`wrap(sendEmail, …)`: `sendEmail.handler`). One
 * binding per call of the function that hands a function for at least one of the closure's calls through its parameters.
 */
export function registrationBindings(closure: Node, model: ProjectModel): Array<{ site: CallExpression; calls: Map<Node, FunctionNode> }> {
  if (!isFunctionLiteral(closure)) return [];
  return model.memoize('registration-bindings', closure, () => {
    const outer = enclosingFunctionOf(closure);
    if (!outer) return [];
    // A member of a definition it is handed (`def.handler`); a function handed over itself (`fn(args)`) is the handler
    // of its own tool, found through the function as a registration wrapper (tool-handlers.ts wrapperOf).
    const parameterCalls = outerParameterCalls(closure, outer, true).filter((c) => c.member !== undefined);
    if (parameterCalls.length === 0) return [];
    const out: Array<{ site: CallExpression; calls: Map<Node, FunctionNode> }> = [];
    for (const site of model.packageCallSitesOf(outer, true)) {
      if (!Node.isCallExpression(site)) continue;
      const calls = new Map<Node, FunctionNode>();
      for (const { call: inner, index, member } of parameterCalls) {
        const arg = site.getArguments()[index];
        if (!arg) continue;
        const passed = member === undefined ? arg : propertyOf(objectHandedOver(arg, model), member);
        const fn = passed ? functionOfPassed(passed, model) : undefined;
        // A closure written in the call itself (`registerTool(server, { name, callback: async () => … })`) is the
        // handler of its tool, reported where it is written (question 105).
        if (fn && !isInside(fn, site)) calls.set(inner, fn);
      }
      if (calls.size > 0) out.push({ site, calls });
    }
    return out;
  });
}

/** The object literal an argument hands over: written there, held by a name, or made by a project function (`defineTool({ … })`, `createChannelTool(client)`). */
function objectHandedOver(arg: Node, model: ProjectModel): import('ts-morph').ObjectLiteralExpression | undefined {
  const written = writtenValue(arg, model);
  if (!written) return undefined;
  if (Node.isObjectLiteralExpression(written)) return written;
  if (!Node.isCallExpression(written)) return undefined;
  // `defineTool({ … })` handing its definition back as it came (after keeping it in a table).
  const handedBack = objectLiteralOf(argumentHandedBack(written, model));
  if (handedBack) return handedBack;
  const value = valueOf(written, model);
  return value?.kind === 'node' && Node.isObjectLiteralExpression(value.node) ? value.node : undefined;
}

/** The argument a call hands to a project function that returns it as it came (`defineTool(def)`, `registerToolNames(tools)`). */
function argumentHandedBack(call: CallExpression, model: ProjectModel): Node | undefined {
  const fn = model.functionCalledBy(call);
  const parameters = fn && 'getParameters' in fn ? (fn as unknown as { getParameters(): import('ts-morph').ParameterDeclaration[] }).getParameters() : [];
  const index = fn && parameters.length > 0 ? returnedParameter(fn, parameters) : -1;
  return index >= 0 ? call.getArguments()[index] : undefined;
}

// --- Closures handed to a project helper that runs them ---

/**
 * The outermost call in `within` that hands a function literal around `node` to a project function which runs it
 * (`handleEndpoint(async () => post(…))`, `withClient((client) => client.send(…))`): the handler's call to its helper,
 * where a write the closure makes is the handler's (test/corpus/README.md questions 72 and 84). A callback the SDK or the
 * language runs (`db.transaction(cb)`, `items.map(async …)`, `.then(…)`) is no project function, and leaves the write in
 * place; so does a call `keepsInPlace` names (a retry wrapper's, question 79).
 */
export function projectHelperRunning(node: Node, within: Node, model: ProjectModel, keepsInPlace?: (call: CallExpression, index: number) => boolean): CallExpression | undefined {
  let out: CallExpression | undefined;
  for (let current = node.getParent(); current && current !== within; current = current.getParent()) {
    if (!isFunctionLiteral(current)) continue;
    let argument: Node = current;
    while (argument.getParent() && bare(argument.getParentOrThrow()) === current) argument = argument.getParentOrThrow();
    const call = argument.getParent();
    if (!call || !Node.isCallExpression(call)) continue;
    const index = call.getArguments().indexOf(argument as never);
    if (index < 0) continue;
    const helper = model.functionCalledBy(call);
    if (helper?.getBody() && callsParameter(helper, index, model, 0) && !keepsInPlace?.(call, index)) out = call;
  }
  return out;
}

const MAX_PARAMETER_HOPS = 3;

/**
 * Whether `fn` calls its parameter `index` — itself, by `.call`/`.apply`, by chaining it on a promise (`.then(fn)`), or by
 * handing it to a project function that does.
 */
function callsParameter(fn: FunctionNode, index: number, model: ProjectModel, hops: number): boolean {
  return model.memoize(`calls-parameter:${index}`, fn, () => {
    const parameter = (fn as unknown as { getParameters?: () => Node[] }).getParameters?.()[index];
    if (!parameter || !Node.isParameterDeclaration(parameter)) return false;
    const nameNode = parameter.getNameNode();
    if (!Node.isIdentifier(nameNode)) return false;
    return referencesIn(fn, nameNode.getText(), parameter).some((reference) => {
      let used: Node = reference;
      while (used.getParent() && bare(used.getParentOrThrow()) === reference) used = used.getParentOrThrow();
      const parent = used.getParent();
      if (parent && Node.isCallExpression(parent) && parent.getExpression() === used) return true;
      if (parent && Node.isPropertyAccessExpression(parent) && (parent.getName() === 'call' || parent.getName() === 'apply')) {
        const outer = parent.getParent();
        return !!outer && Node.isCallExpression(outer) && outer.getExpression() === parent;
      }
      if (!parent || !Node.isCallExpression(parent)) return false;
      // `lock = lock.then(fn)`, `.finally(fn)`: the helper runs it once the promise before it settles.
      const chained = bare(parent.getExpression());
      if (parent.getArguments()[0] === used && Node.isPropertyAccessExpression(chained) && /^(then|finally)$/.test(chained.getName())) return true;
      if (hops >= MAX_PARAMETER_HOPS) return false;
      const at = parent.getArguments().indexOf(used as never);
      const next = at >= 0 ? model.functionCalledBy(parent) : undefined;
      return !!next?.getBody() && next !== fn && callsParameter(next, at, model, hops + 1);
    });
  });
}

// non-idempotent-tool: a tool handler a model can call performs a mutating side effect (directly or
// through the helpers it calls) with nothing that makes a second run harmless.
import { type CallExpression, Node, SyntaxKind } from 'ts-morph';
import { projectHelperRunning, registrationBindings } from './engine/called-functions.js';
import { unwrap } from './engine/callee.js';
import { defineRule } from './engine/define-rule.js';
import { writesReachableFrom, type ReachedWrite } from './engine/summaries.js';
import { lineAndColumnAt, startLineOf } from './engine/line-index.js';
import { fromDispatchIf, isToolCase } from './engine/raw-tool-loops.js';
import { localFunctionNamed, resolveIdentifier, variableInitializer } from './engine/scope.js';
import { isOptionalFieldOfInput, parameterIndex } from './engine/write-keys.js';
import { rerunsArgument } from './engine/retries.js';
import { subAgentRunsIn, subAgentTools, type SubAgentTool } from './engine/sub-agent-runs.js';
import { findToolHandlers, type ToolHandler } from './engine/tool-handlers.js';
import type { Confidence } from './engine/types.js';
import type { ProjectModel } from './engine/project-model.js';
import { keySuggestion } from './fixes/idempotency-key-fix.js';

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const lowest = (...levels: Confidence[]): Confidence => levels.reduce((a, b) => (RANK[a] <= RANK[b] ? a : b));

const WHAT: Record<string, string> = {
  create: 'creates a record', send: 'sends a message', charge: 'moves money', append: 'appends', increment: 'increments a value',
  'update-set': 'updates a record', 'delete-id': 'deletes a record', upsert: 'writes', run: 'runs a command the model wrote (it may write anything)',
};

export default defineRule({
  id: 'non-idempotent-tool',
  meta: {
    description: 'A tool handler exposed to a model performs a mutating side effect with no idempotency protection.',
    defaultSeverity: 'error',
    hasSuggestions: true,
    fixable: false,
  },
  create(context) {
    const { model, options } = context;
    const debug = process.env.AGENTVET_DEBUG_HANDLERS ? debugHandler : undefined;
    for (const handler of findToolHandlers(context.sourceFile, model)) {
      debug?.(context.sourceFile.getFilePath(), handler);
      for (const writes of registeredRuns(handler, model, options)) reportWrites(context, handler, writes, model);
      // A sub-agent the handler builds with the project's tools and runs: one finding at the run call, for the surest
      // write of its tools (README questions 79, 84, 118: a repeated call runs the sub-agent again).
      for (const run of subAgentRunsIn(handler.body, model)) {
        const reached = subAgentWrite(run, handler, model, options);
        if (reached) context.report(describeSubAgentRun(handler, run, reached.tool, reached.write));
      }
    }
  },
});

type Options = Parameters<typeof writesReachableFrom>[2];
type Context = { report: (finding: ReturnType<typeof describe>) => void };

/**
 * The writes a handler reaches, as one run — or, for a closure a project function writes once and registers for each
 * tool it is handed (`wrap(def)` registering `async (args) => def.handler(args)`, called-functions.ts
 * registrationBindings), one run per registration for the writes reached through the tool it hands over, each reported
 * at the closure's call (test/corpus/README.md question 125: one finding per write reached), and one run for the rest.
 */
function registeredRuns(handler: ToolHandler, model: ProjectModel, options: Options): ReachedWrite[][] {
  // A function handed over that is a tool handler itself (a tool object the package declares by shape) reports its
  // writes where it is written: the closure does not report them a second time.
  const bindings = registrationBindings(handler.body, model).filter((b) =>
    ![...b.calls.values()].some((fn) => findToolHandlers(fn.getSourceFile(), model).some((other) => other.fn === fn || other.body === fn)));
  const own = writesReachableFrom(handler.body, model, options);
  if (bindings.length === 0) return [own];
  const boundCalls = new Set(bindings.flatMap((b) => [...b.calls.keys()]));
  return [
    own.filter((w) => !boundCalls.has(w.site)),
    ...bindings.map((b) => writesReachableFrom(handler.body, model, options, undefined, b.calls).filter((w) => b.calls.has(w.site))),
  ];
}

/**
 * One finding per call site, for the surest of the writes it reaches (a helper that may set a field or send an email is
 * reported for the email) — and one per operation when the helper dispatches on a value it is given (`run(method, args)`
 * switching to each operation's write: one handler call, N operations a model can run).
 */
function reportWrites(context: Context, handler: ToolHandler, writes: ReachedWrite[], model: ProjectModel): void {
  const bySite = new Map<Node, Map<Node | undefined, ReachedWrite>>();
  for (const found of writes) {
    const reached = found.effect.protection ? keyLeftOutByModel(found, handler, model) : found;
    if (!reached) continue;
    const write = atHelperCall(reached, handler.body, model);
    if (!write) continue;
    // Reached through a `case` of a switch on the tool's name: that case is a tool of its own, reported there.
    const operation = dispatchedOperation(write);
    if (operation && operation !== handler.body && isToolCase(operation, model)) continue;
    const siteCase = enclosingCase(write.site);
    if (siteCase && siteCase !== handler.body && handler.body.containsRange(siteCase.getPos(), siteCase.getEnd()) && isToolCase(siteCase, model)) continue;
    // The same for `if (name === 'create_task') { … }` inside the handler: that branch is the tool's own handler.
    if (inToolBranch(write.site, handler.body, model)) continue;
    // A write in a tool that the helper called builds and returns: that tool's, reported at its own handler.
    if (inToolBuiltBy(reached, handler, model)) continue;
    // A write of the tool a meta-tool runs by the name its input gives: that tool's, reported at its own handler.
    if (runsToolNamedByInput(write, handler, model)) continue;
    const kept = bySite.get(write.site) ?? new Map<Node | undefined, ReachedWrite>();
    bySite.set(write.site, kept);
    const best = Math.max(-1, ...[...kept.values()].map((k) => RANK[k.effect.confidence]));
    const rank = RANK[write.effect.confidence];
    if (rank < best) continue;
    if (rank > best) kept.clear();
    const chosen = chosenOperation(write);
    if (!kept.has(chosen)) kept.set(chosen, write);
  }
  for (const operations of bySite.values()) for (const write of operations.values()) context.report(describe(handler, write));
}

/**
 * A write keyed only by a field of the handler's own input that its written type makes optional: the model leaves it
 * out by default, so no key is sent (test/corpus/README.md question 85). The effect is reported as unprotected.
 */
function keyLeftOutByModel(reached: ReachedWrite, handler: ToolHandler, model: ProjectModel): ReachedWrite | undefined {
  const { effect } = reached;
  if (!effect.key || !handler.fn || !effect.protection?.startsWith('an idempotency key') || !isOptionalFieldOfInput(effect.key, handler.fn, model)) return undefined;
  return { ...reached, effect: { ...effect, protection: undefined, keyOptional: true } };
}

/**
 * Whether a write sits in a tool handler written in the function the path calls last, which builds the tool and
 * returns it (`createChannelTool(guild)` → `tool({ execute: async (…) => guild.channels.create(…) })`): making a tool
 * runs nothing; the tool's own handler reports its write.
 */
function inToolBuiltBy(write: ReachedWrite, handler: ToolHandler, model: ProjectModel): boolean {
  if (write.path.length < 2) return false;
  const last = write.path[write.path.length - 1]!;
  const caller = write.path[write.path.length - 2]!;
  const built = Node.isCallExpression(caller) ? model.functionCalledBy(caller) : undefined;
  if (!built) return false;
  return findToolHandlers(last.getSourceFile(), model).some((other) =>
    other.body !== handler.body && other.fn !== built && other.body.containsRange(last.getPos(), last.getEnd()) && built.containsRange(other.body.getPos(), other.body.getEnd()));
}

/**
 * `const tool = registry.get(tool_name); await tool.execute(params)`, with `tool_name` from the handler's own input: a
 * meta-tool running the tool the model names runs that tool's handler, which reports its writes (test/corpus/README.md
 * question 11), not the meta-tool. A tool run by a fixed name (`sendTool.execute(args)`), or picked by what a sub-agent's
 * model answers inside the handler, stays the handler's write.
 */
function runsToolNamedByInput(write: ReachedWrite, handler: ToolHandler, model: ProjectModel): boolean {
  const { fn } = handler;
  const site = write.site;
  const inner = write.path[1];
  if (!fn || !inner || !Node.isCallExpression(site)) return false;
  const callee = unwrap(site.getExpression());
  const receiver = Node.isPropertyAccessExpression(callee) ? unwrap(callee.getExpression()) : undefined;
  const held = receiver && Node.isIdentifier(receiver) ? variableInitializer(receiver) : undefined;
  const plain = held ? unwrap(held) : undefined;
  const lookup = plain && Node.isAwaitExpression(plain) ? unwrap(plain.getExpression()) : plain;
  const getter = lookup && Node.isCallExpression(lookup) ? unwrap(lookup.getExpression()) : undefined;
  const key = lookup && Node.isElementAccessExpression(lookup)
    ? lookup.getArgumentExpression()
    : getter && Node.isPropertyAccessExpression(getter) && getter.getName() === 'get' && Node.isCallExpression(lookup) ? lookup.getArguments()[0] : undefined;
  const name = key ? unwrap(key) : undefined;
  if (!name || !Node.isIdentifier(name)) return false;
  const binding = resolveIdentifier(name);
  const declared = binding.kind === 'local' ? binding.declaration : undefined;
  const parameter = declared && (Node.isParameterDeclaration(declared) ? declared : declared.getFirstAncestorByKind(SyntaxKind.Parameter));
  if (parameter?.getParent() !== fn) return false;
  return findToolHandlers(inner.getSourceFile(), model).some((other) => other.body !== handler.body && other.body.containsRange(inner.getPos(), inner.getEnd()));
}

/** The surest unprotected write of the tools of the sub-agent a call runs, and the tool that makes it. */
function subAgentWrite(run: Node, handler: ToolHandler, model: ProjectModel, options: Parameters<typeof writesReachableFrom>[2]): { tool: SubAgentTool; write: ReachedWrite } | undefined {
  let best: { tool: SubAgentTool; write: ReachedWrite } | undefined;
  if (!Node.isCallExpression(run)) return undefined;
  for (const tool of subAgentTools(run, model)) {
    if (tool.handler.body === handler.body) continue;
    for (const write of writesReachableFrom(tool.handler.body, model, options)) {
      if (write.effect.protection || inToolBuiltBy(write, tool.handler, model)) continue;
      if (!best || RANK[write.effect.confidence] > RANK[best.write.effect.confidence]) best = { tool, write };
    }
  }
  return best;
}

function describeSubAgentRun(handler: ToolHandler, run: Node, tool: SubAgentTool, write: ReachedWrite) {
  const { effect } = write;
  const name = handler.name ? `Tool "${handler.name}"` : 'This tool handler';
  const subName = tool.key ?? tool.handler.name;
  const writeNode = write.path[write.path.length - 1]!;
  const where = `${writeNode.getSourceFile().getBaseName()}:${startLineOf(writeNode)}`;
  const message =
    `${name} runs a sub-agent (${calleeText(run)}) whose tool${subName ? ` "${subName}"` : ''} makes ${article(effect.label)} ${effect.label} (${where}) ` +
    `with no idempotency protection: when the model or a retry calls the tool again, the sub-agent runs again and can do it twice. ` +
    `Send a key derived from the tool call id down to the sub-agent's writes, or look up a previous result first.`;
  const related: Array<{ node: Node; message: string }> = [
    { node: tool.handler.registration, message: `the sub-agent's tool${subName ? ` "${subName}"` : ''}` },
    ...write.path.map((node, i) => ({ node, message: i === write.path.length - 1 ? `the write: ${effect.label}` : `calls ${calleeText(node)}` })),
    { node: handler.registration, message: `tool registered here (${handler.framework})` },
  ];
  // Whether the sub-agent calls that tool is its model's choice: medium at most.
  return { node: run, message, confidence: lowest(effect.confidence, handler.confidence, tool.handler.confidence, 'medium'), related, suggestions: [] };
}

/**
 * A write made in a closure the handler hands to a project helper that runs it (`handleEndpoint(async () => post(…))`)
 * is the handler's call to that helper (test/corpus/README.md questions 72, 84): reported there, the closure's call next.
 * A closure a retry wrapper of the project re-runs keeps the write where it is written (question 79).
 */
function atHelperCall(write: ReachedWrite, body: Node, model: ProjectModel): ReachedWrite | undefined {
  // Reached through the helper into the closure this very call hands it (the one function every caller passes): the
  // same write the body holds in place, reported once from there.
  const last = write.path[write.path.length - 1]!;
  if (write.path.length > 1 && Node.isCallExpression(write.site) && write.site.getArguments().some((arg) => isInlineFunction(arg) && arg.containsRange(last.getPos(), last.getEnd()) && arg.getSourceFile() === last.getSourceFile())) return undefined;
  // Reached through a retry wrapper into a closure the handler declares and hands it by name, directly or from the
  // arrow it hands (`const call = () => create(…); withRetry(() => gate(call))`): the body holds that write in place
  // too, where question 161 labels it — reported once from there, not again at the wrapper's call.
  if (write.path.length > 1 && Node.isCallExpression(write.site) && inClosureRetriedBy(write.site, last, body, model)) return undefined;
  const helperCall = projectHelperRunning(write.site, body, model, (call, index) => rerunsArgument(call, index, model));
  return helperCall ? { ...write, site: helperCall, path: [helperCall, ...write.path] } : write;
}

/**
 * Whether `site` — a call in the handler's body, or a call in an arrow the body hands on — hands a retry wrapper a closure
 * the body declares around `write`, by name or from that arrow (`const call = () => create(…); withRetry(() => gate(call))`).
 */
function inClosureRetriedBy(site: CallExpression, write: Node, body: Node, model: ProjectModel): boolean {
  if (write.getSourceFile() !== body.getSourceFile() || !body.containsRange(write.getPos(), write.getEnd())) return false;
  for (let node: Node | undefined = site; node && node !== body; node = node.getParent()) {
    if (!Node.isCallExpression(node)) continue;
    const call = node;
    const retried = call.getArguments().some((arg, index) => {
      if (call !== site && !arg.containsRange(site.getPos(), site.getEnd())) return false;
      const names = Node.isIdentifier(arg) ? [arg] : isInlineFunction(arg) ? arg.getDescendantsOfKind(SyntaxKind.Identifier) : [];
      return names.some((name) => localFunctionNamed(name)?.containsRange(write.getPos(), write.getEnd())) && rerunsArgument(call, index, model);
    });
    if (retried) return true;
  }
  return false;
}

function isInlineFunction(node: Node): boolean {
  const value = unwrap(node);
  return Node.isArrowFunction(value) || Node.isFunctionExpression(value);
}

/** AGENTVET_DEBUG_HANDLERS=1: each handler the rule looks into, on stderr (which tool, where, through what registration). */
function debugHandler(file: string, handler: ToolHandler): void {
  const body = handler.body;
  const end = lineAndColumnAt(body.getSourceFile(), body.getEnd()).line;
  const where = (node: Node) => `${node.getSourceFile().getFilePath()}:${startLineOf(node)}`;
  process.stderr.write(`agentvet handler ${where(body)}-${end} ${handler.framework} ${handler.name ?? '-'} (registered ${where(handler.registration)}; linting ${file})\n`);
}

/** Whether a node sits in the then-branch of an `if` on the tool's name nested in (not equal to) a handler's body. */
function inToolBranch(node: Node, body: Node, model: ProjectModel): boolean {
  for (let current = node.getParent(); current && current !== body; current = current.getParent()) {
    if (Node.isFunctionLikeDeclaration(current) || Node.isArrowFunction(current) || Node.isFunctionExpression(current)) return false;
    const parent = current.getParent();
    if (parent && Node.isIfStatement(parent) && parent.getThenStatement() === current && parent.getThenStatement() !== body && fromDispatchIf(parent, model)) return true;
  }
  return false;
}

/** The `case` clause a node is written in, within its own function. */
function enclosingCase(node: Node): Node | undefined {
  const clause = node.getFirstAncestor((a) => Node.isCaseClause(a) || Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  return clause && Node.isCaseClause(clause) ? clause : undefined;
}

/** The case of a `switch` in a helper down the path that this write is reached through (undefined: none). */
function dispatchedOperation(write: ReachedWrite): Node | undefined {
  for (const node of write.path.slice(1)) {
    const clause = enclosingCase(node);
    if (clause) return clause;
  }
  return undefined;
}

/**
 * The operation a model chooses that this write belongs to: the case of a `switch` down the path whose value is handed
 * down from the handler (undefined: none). A switch on a value a helper comes by itself — the type of an event a
 * channel adapter receives — is no operation the model chooses: its cases stay one finding.
 */
function chosenOperation(write: ReachedWrite): Node | undefined {
  for (let at = 1; at < write.path.length; at++) {
    const clause = enclosingCase(write.path[at]!);
    if (clause && handedDown(clause, write.path, at)) return clause;
  }
  return undefined;
}

/**
 * Whether the value a case's `switch` tests reaches it from the handler: a parameter of the switch's function (or a
 * property of one, or a local taken from one) that each call on the path above passes on from a parameter of its own,
 * up to the call the handler makes (`run(method, args)` → `switch (method)`).
 */
function handedDown(clause: Node, path: ReachedWrite['path'], at: number): boolean {
  const statement = clause.getParent()?.getParent();
  if (!statement || !Node.isSwitchStatement(statement)) return false;
  let value: Node = statement.getExpression();
  for (let i = at; i > 0; i--) {
    const ref = passedParameter(value);
    const caller = path[i - 1];
    if (!ref || !caller || !Node.isCallExpression(caller)) return false;
    const argument = caller.getArguments()[ref.index];
    if (!argument || Node.isSpreadElement(argument)) return false;
    value = argument;
  }
  return true;
}

/**
 * The parameter a value is, or is a property of, directly or through a local taken from it (`const a = args.action`)
 * or made from it by a call (`const parsed = schema.parse(input)`).
 */
function passedParameter(value: Node): { index: number } | undefined {
  const ref = parameterIndex(value);
  if (ref) return ref;
  const root = unwrap(value);
  const base = Node.isPropertyAccessExpression(root) ? unwrap(root.getExpression()) : root;
  const initializer = Node.isIdentifier(base) ? variableInitializer(base) : undefined;
  if (!initializer) return undefined;
  const made = unwrap(initializer);
  if (!Node.isCallExpression(made)) return parameterIndex(initializer);
  const args = made.getArguments();
  return args.length === 1 ? parameterIndex(args[0]!) : undefined;
}

function describe(handler: ToolHandler, write: ReachedWrite) {
  const { effect } = write;
  const tool = handler.name ? `Tool "${handler.name}"` : 'This tool handler';
  const direct = write.path.length === 1;
  const writeNode = write.path[write.path.length - 1]!;
  const where = `${writeNode.getSourceFile().getBaseName()}:${startLineOf(writeNode)}`;
  const how = direct
    ? `makes ${article(effect.label)} ${effect.label} that ${WHAT[effect.kind] ?? 'writes'}`
    : `calls ${calleeText(write.site)}, which makes ${article(effect.label)} ${effect.label} (${where})`;
  const freshKey = !effect.key ? ''
    : effect.keyOptional ? ` Its key (${effect.key.getText().slice(0, 40)}) is an optional field of the input: sent only when the model fills it, so by default none is.`
    : ` Its key (${effect.key.getText().slice(0, 40)}) is new on every run, so it dedupes nothing.`;
  // A DELETE of a known id or a PATCH that sets given fields repeats safely (RULES.md: low confidence at most): under
  // `idempotentHint: true` the tool says what it does. Under `readOnlyHint: true` any write contradicts it.
  const repeatsSafely = effect.kind === 'delete-id' || effect.kind === 'update-set';
  const contradicts = handler.annotations.readOnlyHint === true ? 'readOnlyHint' : handler.annotations.idempotentHint === true && !repeatsSafely ? 'idempotentHint' : undefined;
  const contradiction = contradicts ? ` The tool is annotated ${contradicts}: true, so clients will retry it freely.` : '';
  const message =
    `${tool} ${how} with no idempotency protection: when the model or a retry calls the tool again, it happens twice.` +
    `${freshKey}${contradiction} Send a key derived from the tool call id or the arguments, or look up a previous result first.`;
  const confidence: Confidence = contradicts ? 'high' : lowest(effect.confidence, handler.confidence);
  const related: Array<{ node: Node; message: string }> = write.path.slice(1).map((node, i) => ({
    node,
    message: i === write.path.length - 2 ? `the write: ${effect.label}` : `calls ${calleeText(node)}`,
  }));
  related.push({ node: handler.registration, message: `tool registered here (${handler.framework})` });
  const suggestion = direct && Node.isCallExpression(write.site) ? keySuggestion(write.site, handler) : undefined;
  return { node: write.site, message, confidence, related, suggestions: suggestion ? [suggestion] : [] };
}

function article(label: string): string {
  return /^[AEIOU]/i.test(label) ? 'an' : 'a';
}

function calleeText(node: Node): string {
  const expression = Node.isCallExpression(node) ? node.getExpression() : node;
  const text = expression.getText().replace(/\s+/g, '');
  return `${text.length > 40 ? `${text.slice(0, 37)}...` : text}()`;
}

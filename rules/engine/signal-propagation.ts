// Signals a function receives and the outbound calls it makes without them: a tool handler's call
// signal (the parameter its framework hands it: AI SDK `abortSignal`, Agents SDK `details.signal`, MCP
// `extra.signal`), or a `signal`/`abortSignal` parameter of any function, followed into the locals made
// from it (`AbortSignal.any([signal, …])`, a controller aborted with it). deadline-not-propagated reports
// these calls, and missing-deadline leaves them to it.
import { Node, SyntaxKind, ts, type CallExpression, type EntityName, type ParameterDeclaration, type TypeNode } from 'ts-morph';
import { knowledge } from '../knowledge/index.js';
import { objectLiteralOf, propertyOf } from './callee.js';
import { deadlineOf, outboundCallsIn, type OutboundCall } from './deadlines.js';
import { aliasedType, memberTypeOf, withoutNullish } from './declared-types.js';
import { descendantsOfKind } from './kind-index.js';
import { escapeRegExp, moduleMatches } from './match.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';
import { findToolHandlers } from './tool-handlers.js';
import type { ProjectLinks } from './values.js';

export interface ReceivedSignal {
  fn: FunctionNode;
  /** How the function refers to the signal (`signal`, `extra.signal`, `details?.signal`), first the one to suggest. */
  names: string[];
  /** Where it comes from, for messages. */
  from: string;
  /** A number of milliseconds (or a time to stop by) rather than a signal: passing it on means building the call's deadline from it. */
  isDeadline?: boolean;
  parameter: ParameterDeclaration;
}

export interface DroppedSignal {
  outbound: OutboundCall;
  signal: ReceivedSignal;
  /** The call has a deadline of its own (a timeout), but not the caller's signal. */
  ownDeadline?: string;
}

const SIGNAL_PARAM = /^(signal|abortSignal|cancelSignal|cancellationSignal)$/;
/** A deadline handed over as a number (milliseconds left, or the time to stop by). */
const DEADLINE_PARAM = /^(deadline|deadlineMs|deadlineAt|timeoutMs|timeoutMillis)$/;
/** A parameter typed as the signal itself (`AbortSignal`, `AbortSignal | undefined`), not a bag with a signal field. */
const SIGNAL_TYPE = /^\s*(?:(?:AbortSignal|undefined|null)\s*\|\s*)*AbortSignal(?:\s*\|\s*(?:undefined|null))*\s*$/;
/** Parameters that commonly carry a signal as `.signal` (options bags, request contexts). */
const CONTEXT_PARAM = /^(extra|options|opts|context|ctx|config|details|init|requestOptions|callOptions|runOptions)$/;

/** The signal a function visibly receives: a parameter (or destructured field) holding it. */
export function receivedSignal(fn: FunctionNode, model: ProjectModel): ReceivedSignal | undefined {
  return model.memoize('received-signal', fn, () => {
    const parameters = (fn as unknown as { getParameters?(): ParameterDeclaration[] }).getParameters?.() ?? [];
    if (parameters.length === 0) return undefined;
    const handler = findToolHandlers(fn.getSourceFile(), model).find((h) => h.fn === fn && h.signalFrom);
    if (handler?.signalFrom) {
      const parameter = parameters[handler.signalFrom.param];
      const found = parameter ? signalIn(parameter, handler.signalFrom.property, true, model) : undefined;
      if (found) return { fn, ...found, parameter: parameter!, from: `the ${handler.framework} tool call's \`${found.names[0]}\`` };
    }
    for (const parameter of parameters) {
      const found = signalIn(parameter, undefined, false, model);
      if (found) return { fn, ...found, parameter, from: `its \`${found.names[0]}\` parameter`, isDeadline: DEADLINE_PARAM.test(found.names[0]!) };
    }
    return undefined;
  });
}

/** How a parameter holds a signal: itself, a destructured field, or a `.signal` property of an options/context bag. */
function signalIn(parameter: ParameterDeclaration, property: string | undefined, declaredByFramework: boolean, links: ProjectLinks): { names: string[] } | undefined {
  const name = parameter.getNameNode();
  if (Node.isIdentifier(name)) {
    const id = name.getText();
    if (!property && (SIGNAL_PARAM.test(id) || SIGNAL_TYPE.test(parameter.getTypeNode()?.getText() ?? ''))) return { names: [id] };
    if (!property && DEADLINE_PARAM.test(id) && /^(number|Date)?$/.test(parameter.getTypeNode()?.getText() ?? '')) return { names: [id] };
    const key = property ?? 'signal';
    // A type that declares a signal field (`{ signal?: AbortSignal }`), not one that names it to leave it out (`Omit<RequestInit, "signal">`).
    const typed = /(^|[^'"\w$])signal\??\s*:/i.test(parameter.getTypeNode()?.getText() ?? '');
    // A declared options type (`options: RunOptions`, an alias or intersection of them) with a signal or controller member.
    // An optional member (`signal?: AbortSignal`) only when every caller found fills it (questions 37, 143).
    const found = !property && !typed && parameter.getTypeNode() ? declaredSignalMember(parameter.getTypeNode()!, links) : undefined;
    const declared = found && (!found.optional || callersFill(parameter, found.member, links)) ? found.member : undefined;
    if (declared === 'abortController') return { names: [`${id}.abortController.signal`, `${id}.abortController`, `${id}?.abortController`] };
    if (declared === 'signal') return { names: [`${id}.signal`, `${id}?.signal`] };
    // A framework's context parameter holds the signal by contract; any other bag only when its type or uses say so.
    if (declaredByFramework || typed || (CONTEXT_PARAM.test(id) && usesProperty(parameter, key))) return { names: [`${id}.${key}`, `${id}?.${key}`] };
    // `const { messages, signal } = props` at the top of the function: the destructured field is the signal.
    const destructured = destructuredFrom(parameter, id, property);
    return destructured ? { names: [destructured] } : undefined;
  }
  if (Node.isObjectBindingPattern(name)) {
    for (const element of name.getElements()) {
      const key = element.getPropertyNameNode()?.getText() ?? element.getName();
      if (property ? key === property : SIGNAL_PARAM.test(key)) return { names: [element.getName()] };
    }
  }
  return undefined;
}

interface DeclaredSignal {
  member: 'signal' | 'abortController';
  /** Declared `member?:` (or `| undefined`): a caller may leave it out. */
  optional: boolean;
}

const SIGNAL_MEMBERS: Array<['signal' | 'abortController', RegExp]> = [
  ['signal', /^\s*(?:(?:undefined|null)\s*\|\s*)*AbortSignal\b/],
  ['abortController', /^\s*(?:(?:undefined|null)\s*\|\s*)*AbortController\b/],
];

/**
 * The member through which a declared options type carries a signal (`signal: AbortSignal`, `abortController:
 * AbortController`): a project interface, type alias or intersection, or a package options type known to hold one
 * (knowledge signalOptionTypes: the Claude Agent SDK's `Options`). Read from written types, no checker.
 */
function declaredSignalMember(type: TypeNode, links: ProjectLinks, depth = 0): DeclaredSignal | undefined {
  if (depth > 4) return undefined;
  const real = withoutNullish(type);
  if (!real) return undefined;
  if (Node.isIntersectionTypeNode(real)) {
    for (const part of real.getTypeNodes()) {
      const found = declaredSignalMember(part, links, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [member, holds] of SIGNAL_MEMBERS) {
    const written = memberTypeOf(real, member, links, 0);
    if (!written || !holds.test(written.getText())) continue;
    const signature = written.getParent();
    const optional = (Node.isPropertySignature(signature) && signature.hasQuestionToken()) || /\bundefined\b/.test(written.getText());
    return { member, optional };
  }
  if (!Node.isTypeReference(real)) return undefined;
  const aliased = aliasedType(real, links);
  if (aliased !== real) return declaredSignalMember(aliased, links, depth + 1);
  const member = packageSignalMember(real.getTypeName());
  // A package type knowledge lists (the Claude Agent SDK's `Options`, `abortController?: AbortController`) is the run
  // options a project builds for the SDK, the controller its way to stop a run: counted whoever calls, as its callers
  // sit behind interfaces (`adapter.promptOnce(prompt, opts)`) the call-site search does not follow.
  return member ? { member, optional: false } : undefined;
}

/**
 * Whether every call found of the parameter's function passes there an object literal (written inline or held by a
 * const) that sets `member`; with no call found, or one passing something we cannot read, it does not.
 */
function callersFill(parameter: ParameterDeclaration, member: string, links: ProjectLinks): boolean {
  const fn = parameter.getParent();
  const index = ((fn as unknown as { getParameters?(): ParameterDeclaration[] }).getParameters?.() ?? []).indexOf(parameter);
  const sites = links.callSitesOf(fn);
  return sites.length > 0 && sites.every((call) => {
    const args = call.getArguments() as Node[];
    if (args.slice(0, index + 1).some((a) => Node.isSpreadElement(a))) return false;
    return propertyOf(objectLiteralOf(args[index]), member) !== undefined;
  });
}

/** `Options` imported from a package, or `Sdk.Options` through `import type * as Sdk`: the member its fact names. */
function packageSignalMember(name: EntityName): 'signal' | 'abortController' | undefined {
  const head = Node.isIdentifier(name) ? name : Node.isIdentifier(name.getLeft()) ? name.getLeft() : undefined;
  if (!head || !Node.isIdentifier(head)) return undefined;
  const binding = resolveIdentifier(head);
  if (binding.kind !== 'import') return undefined;
  const exportName = Node.isIdentifier(name) ? binding.exportName : binding.exportName === '*' ? name.getRight().getText() : undefined;
  if (!exportName) return undefined;
  return knowledge.signalOptionTypes.find((fact) => fact.export.includes(exportName) && moduleMatches(fact.module, binding.module))?.member;
}

/** The local a top-level `const { signal } = param` (or `{ abortSignal: s }`) of the function binds the signal to. */
function destructuredFrom(parameter: ParameterDeclaration, id: string, property: string | undefined): string | undefined {
  const body = (parameter.getParent() as unknown as { getBody?(): Node | undefined }).getBody?.();
  if (!body || !Node.isBlock(body)) return undefined;
  for (const statement of body.getStatements()) {
    if (!Node.isVariableStatement(statement)) continue;
    for (const declaration of statement.getDeclarations()) {
      const pattern = declaration.getNameNode();
      const init = declaration.getInitializer();
      if (!Node.isObjectBindingPattern(pattern) || !init || init.getText() !== id) continue;
      for (const element of pattern.getElements()) {
        const key = element.getPropertyNameNode()?.getText() ?? element.getName();
        if (property ? key === property : SIGNAL_PARAM.test(key)) return element.getName();
      }
    }
  }
  return undefined;
}

function usesProperty(parameter: ParameterDeclaration, key: string): boolean {
  const fn = parameter.getParent();
  const id = parameter.getName();
  return descendantsOfKind(fn, SyntaxKind.PropertyAccessExpression).some((p) => p.getName() === key && p.getExpression().getText() === id);
}

/** Whether an outbound call drops the signal of the function it is written in. */
export function droppedSignal(outbound: OutboundCall, model: ProjectModel): DroppedSignal | undefined {
  return model.memoize('dropped-signal', outbound.call, () => {
    const owner = signalOwner(outbound.call, model);
    if (!owner) return undefined;
    const { fn, signal } = owner;
    const deadline = deadlineOf(outbound, model, {});
    // Options we cannot see into may carry the signal: never a finding.
    if (deadline.kind === 'unknown') return undefined;
    const carriers = [...signalCarriers(fn, signal), ...callbackSignals(outbound.call, fn, signal)];
    const argumentsText = outbound.call.getArguments().map((a) => a.getText()).join(' ');
    if (carriers.some((name) => mentions(argumentsText, name))) return undefined;
    // `fetch(url, { ...init, headers })` or `fetch(url, init)`: the bag that holds the signal, passed on whole.
    if (signal.names.some((name) => passesBagWhole(argumentsText, name))) return undefined;
    // The client the call is made on may have been built with the signal (rare, but then it is passed on).
    const clientOptions = outbound.callee.clientOptions?.getText() ?? '';
    if (carriers.some((name) => mentions(clientOptions, name))) return undefined;
    // `client.connect(new HTTPTransport(url, { requestInit: { signal } }))`, then `client.listTools()`: the client was
    // connected, in this function, through something built with the signal, so its requests carry it.
    if (receiverConfiguredWith(outbound.call, fn, carriers, model)) return undefined;
    return { outbound, signal, ownDeadline: deadline.kind === 'bounded' ? deadline.how : undefined };
  });
}

/**
 * The function whose signal a call should carry: the nearest one that receives a signal, looking through
 * callbacks (`items.map(async (x) => fetch(…))`, `.then(…)`) and closures declared in it (`const send = async () =>
 * …`, `(async function* () { … })()`), which run for the same caller (test/corpus/README.md questions 88, 107).
 */
function signalOwner(call: CallExpression, model: ProjectModel): { fn: FunctionNode; signal: ReceivedSignal } | undefined {
  let node: Node | undefined = call;
  for (let depth = 0; depth < 4; depth++) {
    const fn = enclosingFunction(node);
    if (!fn) return undefined;
    const signal = receivedSignal(fn, model);
    if (signal) return { fn, signal };
    if (!runsForEnclosingCall(fn)) return undefined;
    node = fn;
  }
  return undefined;
}

/** A callback handed to a call, a closure held in a local, or a function called where it is written. */
function runsForEnclosingCall(fn: FunctionNode): boolean {
  if (!Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return false;
  let parent = fn.getParent();
  if (parent && Node.isCallExpression(parent) && parent.getArguments().includes(fn as never)) return true;
  if (parent && Node.isVariableDeclaration(parent)) return true;
  let callee: Node = fn;
  while (parent && Node.isParenthesizedExpression(parent)) {
    callee = parent;
    parent = parent.getParent();
  }
  return parent !== undefined && Node.isCallExpression(parent) && parent.getExpression() === callee;
}

/**
 * The nearest enclosing arrow function, function expression or declaration, or method — found over the compiler's
 * parent pointers (ts-morph's getFirstAncestor wraps every ancestor; on a file of 60,000 calls that was most of the
 * cost of finding each call's owner). Only the function found is wrapped.
 */
function enclosingFunction(node: Node): FunctionNode | undefined {
  for (let up = node.compilerNode.parent; up; up = up.parent) {
    if (ts.isArrowFunction(up) || ts.isFunctionExpression(up) || ts.isFunctionDeclaration(up) || ts.isMethodDeclaration(up)) {
      return (node.getSourceFile() as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node })._getNodeFromCompilerNode(up) as FunctionNode;
    }
  }
  return undefined;
}

/**
 * `withRequestSignal(options?.signal, (requestSignal) => client.callTool(p, { signal: requestSignal }))`: the signal
 * is handed to the call that runs the callback, which hands the callback a signal of its own — the callback's
 * parameters carry the received one.
 */
function callbackSignals(call: CallExpression, fn: FunctionNode, signal: ReceivedSignal): string[] {
  const out: string[] = [];
  for (let node: Node | undefined = call.getParent(); node && node !== fn; node = node.getParent()) {
    if (!Node.isArrowFunction(node) && !Node.isFunctionExpression(node)) continue;
    const runner = node.getParent();
    if (!runner || !Node.isCallExpression(runner) || !runner.getArguments().includes(node as never)) continue;
    const others = runner.getArguments().filter((a) => a !== node).map((a) => a.getText()).join(' ');
    if (!signal.names.some((name) => mentions(others, name))) continue;
    for (const parameter of node.getParameters()) if (Node.isIdentifier(parameter.getNameNode())) out.push(parameter.getName());
  }
  return out;
}

/** Names that hold the received signal or a signal made from it, in the function. */
function signalCarriers(fn: FunctionNode, signal: ReceivedSignal): string[] {
  const carriers = [...signal.names];
  const body = fn.getBody();
  if (!body) return carriers;
  const declarations = descendantsOfKind(body, SyntaxKind.VariableDeclaration);
  // Two rounds: `const timeout = AbortSignal.timeout(…); const combined = AbortSignal.any([signal, timeout])`.
  for (let round = 0; round < 2; round++) {
    for (const declaration of declarations) {
      const name = declaration.getNameNode();
      const init = declaration.getInitializer();
      // `const { signal, ...body } = payload`: the field taken out of the bag that holds the signal.
      if (Node.isObjectBindingPattern(name) && init) {
        const from = init.getText().replace(/\s+/g, '');
        for (const element of name.getElements()) {
          const key = element.getPropertyNameNode()?.getText() ?? element.getName();
          if (carriers.some((carrier) => carrier === `${from}.${key}` || carrier === `${from}?.${key}`) && !carriers.includes(element.getName())) carriers.push(element.getName());
        }
        continue;
      }
      if (!Node.isIdentifier(name) || !init || carriers.includes(name.getText())) continue;
      // Only values that are (made from) the signal carry it: `const page = await fetch(url, { signal })` does not.
      if (!makesSignal(init)) continue;
      if (carriers.some((carrier) => mentions(init.getText(), carrier))) carriers.push(name.getText(), `${name.getText()}.signal`);
    }
  }
  // A controller the received signal (or deadline) aborts carries it: `signal.addEventListener('abort', onAbort)`
  // with `onAbort = () => controller.abort()`, or `setTimeout(() => controller.abort(), timeoutMs)`.
  const bodyText = body.getText();
  const linked = descendantsOfKind(body, SyntaxKind.CallExpression).some((call) => {
    const text = call.getText();
    return carriers.some((c) => mentions(text, c)) && (/addEventListener\s*\(\s*['"]abort['"]/.test(text) || /^setTimeout\b/.test(text) || /\.abort\s*\(/.test(text));
  });
  if (linked) for (const match of bodyText.matchAll(/(\w+)\.abort\s*\(/g)) carriers.push(`${match[1]}.signal`, match[1]!);
  return carriers;
}

/**
 * The call's receiver (`client` in `client.listTools()`) is handed the signal, or a local made with it, by another
 * call in the function that is not itself a request (a request's own signal bounds only that request).
 */
function receiverConfiguredWith(call: CallExpression, fn: FunctionNode, carriers: string[], model: ProjectModel): boolean {
  let receiver: Node = call.getExpression();
  while (Node.isPropertyAccessExpression(receiver)) receiver = receiver.getExpression();
  if (!Node.isIdentifier(receiver) || receiver === call.getExpression()) return false;
  const body = fn.getBody();
  if (!body) return false;
  const name = receiver.getText();
  const madeWith = [...carriers];
  for (const declaration of descendantsOfKind(body, SyntaxKind.VariableDeclaration)) {
    const init = declaration.getInitializer();
    if (init && Node.isIdentifier(declaration.getNameNode()) && carriers.some((c) => mentions(init.getText(), c))) madeWith.push(declaration.getName());
  }
  const requests = new Set<Node>(outboundCallsIn(call.getSourceFile(), model).map((o) => o.call));
  return descendantsOfKind(body, SyntaxKind.CallExpression).some((other) => {
    if (other === call || requests.has(other)) return false;
    let target: Node = other.getExpression();
    if (!Node.isPropertyAccessExpression(target)) return false;
    while (Node.isPropertyAccessExpression(target)) target = target.getExpression();
    if (target.getText() !== name) return false;
    const args = other.getArguments().map((a) => a.getText()).join(' ');
    return madeWith.some((c) => mentions(args, c));
  });
}

/** An alias (`const s = opts.signal`), a combination (`AbortSignal.any([...])`), or a controller/signal helper — not an awaited result. */
function makesSignal(init: Node): boolean {
  const text = init.getText();
  if (/\bawait\b/.test(text)) return false;
  let node = init;
  while (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isNonNullExpression(node)) node = node.getExpression();
  if (Node.isIdentifier(node) || Node.isPropertyAccessExpression(node)) return true;
  return /AbortSignal|AbortController|[sS]ignal|abort|deadline|timeout/.test(text);
}

/** For a signal read as `init.signal` / `init?.signal`: the arguments spread `...init` or pass `init` itself. */
function passesBagWhole(text: string, name: string): boolean {
  const bag = /^([\w$]+)\??\.[\w$]+$/.exec(name)?.[1];
  if (!bag) return false;
  return new RegExp(`\\.\\.\\.${bag}(?![\\w$.?])|(^|[,(\\s])${bag}\\s*(,|$)`).test(text);
}

function mentions(text: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(`(^|[^\\w$.])${escaped}(?![\\w$])`).test(text);
}

// outboundCallsIn / deadlineOf: the calls in a file that can block on the network, and whether a
// deadline reaches each one — through the call's options, the client it is made on, a timer race, or a
// real default of its library.
import { Node, SyntaxKind, ts, type CallExpression, type NewExpression, type ObjectLiteralExpression, type PropertyDeclaration, type SourceFile } from 'ts-morph';
import type { OutboundCallFact } from '../knowledge/types.js';
import { typedClientExports } from '../knowledge/http-clients.js';
import { deepPropertyOf, objectLiteralOf, originOf, propertyName, propertyValue, unwrap, type CalleeRef, type ValueOrigin } from './callee.js';
import type { RuleOptions } from './config.js';
import { findMatch, moduleMatches } from './match.js';
import { retryFactOf, unbound } from './retries.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { callSitesOf } from './call-sites.js';
import { deadlineInOptions, deadlineInValue, isPlainData, type OptionsContext } from './deadline-options.js';
import { descendantsOfKind } from './kind-index.js';
import { runtimeNamedOperationClient } from './openapi-operations.js';
import { constInitializer, enclosingFunctionOf, resolveIdentifier, returnedExpressionsOf } from './scope.js';
import { valueOf } from './values.js';

export interface OutboundCall {
  call: CallExpression;
  callee: CalleeRef;
  fact: OutboundCallFact;
  /**
   * A call made through a retrying caller it was handed to (`caller.call(fetch, url, init)`): the arguments it is
   * called with, and the caller's options argument whose `signal` bounds every attempt (`callWithOptions`).
   */
  forwarded?: { fn: Node; args: Node[]; callerOptions?: Node };
}

export type Deadline =
  | { kind: 'bounded'; how: string }
  | { kind: 'unknown' }
  | { kind: 'none' }
  | { kind: 'lenient-default'; why: string }
  | { kind: 'stall-only'; keys: string[] };

export function outboundCallsIn(file: SourceFile, model: ProjectModel): OutboundCall[] {
  return model.memoize('outbound-calls', file, () => {
    const out: OutboundCall[] = [];
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const outbound = outboundCall(call, model);
      if (outbound) out.push(outbound);
    }
    return out;
  });
}

export function outboundCall(call: CallExpression, model: ProjectModel): OutboundCall | undefined {
  const callee = model.resolveCall(call);
  const fact = findMatch(model.knowledge.outboundCalls, callee);
  if (!fact || !callee) return openApiOperationCall(call, callee, model) ?? forwardedCall(call, model) ?? returnedFetchCall(call, model);
  if (offline(call, callee, fact, model)) return undefined;
  return { call, callee, fact };
}

/**
 * `const fetch = await createFetch(opts); fetch(url, init)`: the function a project factory returns is a closure
 * over a package fetch that passes the URL and the init on (`(url, init) => crossFetch(url, { ...init, agent })`) —
 * the call made is that fetch's, judged on the init given here. Only a closure handed out by a factory: its own
 * call's init comes from callers nothing finds, so the call site is the one place a missing deadline shows. A
 * closure that sets a deadline of its own, or takes anything but the URL first, is not one.
 */
function returnedFetchCall(call: CallExpression, model: ProjectModel, depth = 0): OutboundCall | undefined {
  const callee = unwrap(call.getExpression());
  if (!Node.isIdentifier(callee)) return undefined;
  const binding = resolveIdentifier(callee);
  // Cheap test first (this runs for every call nothing else resolved): a local made by a call.
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return undefined;
  const init = binding.declaration.getInitializer();
  if (!init || !Node.isCallExpression(unwrap(init))) return undefined;
  const held = valueOf(callee, model);
  if (held?.kind !== 'node' || !held.site) return undefined;
  const closure = held.node;
  if (!Node.isArrowFunction(closure) && !Node.isFunctionExpression(closure)) return undefined;
  const target = model.memoize('returned-fetch-closure', closure, () => forwardingTarget(closure, model, depth));
  // Medium: another call of the factory may hand out another function.
  return target ? { call, callee: { ...target.callee, call, confidence: 'medium' }, fact: target.fact } : undefined;
}

function forwardingTarget(closure: import('ts-morph').ArrowFunction | import('ts-morph').FunctionExpression, model: ProjectModel, depth: number): OutboundCall | undefined {
  const parameters = closure.getParameters();
  const body = closure.getBody();
  const returned = Node.isBlock(body) ? singleReturn(body, closure) : body;
  const inner = returned ? unwrap(returned) : undefined;
  if (!inner || !Node.isCallExpression(inner) || parameters.length === 0) return undefined;
  const isParameter = (arg: Node | undefined, index: number) => {
    if (!arg || !parameters[index]) return false;
    const value = unwrap(arg);
    if (!Node.isIdentifier(value)) return false;
    const binding = resolveIdentifier(value);
    return binding.kind === 'local' && binding.declaration === parameters[index];
  };
  const args = inner.getArguments();
  if (!isParameter(args[0], 0)) return undefined;
  const target = outboundCall(inner, model) ?? (depth < 1 ? returnedFetchCall(inner, model, depth + 1) : undefined);
  if (!target || target.forwarded || target.fact.kind !== 'http') return undefined;
  // The init: the closure's own parameter at the same place, passed on or spread into an object that adds no deadline.
  const index = target.fact.optionsArgs.length === 1 ? target.fact.optionsArgs[0] : undefined;
  if (typeof index !== 'number') return undefined;
  const options = args[index];
  if (!options || isParameter(options, index)) return target;
  const object = unwrap(options);
  if (!Node.isObjectLiteralExpression(object)) return undefined;
  const deadlineKeys = new Set([...target.fact.signalOptions, ...target.fact.timeoutOptions]);
  for (const property of object.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      const spread = unwrap(property.getExpression());
      const forwarded = isParameter(spread, index) || (Node.isBinaryExpression(spread) && ['||', '??'].includes(spread.getOperatorToken().getText()) && isParameter(spread.getLeft(), index));
      if (!forwarded) return undefined;
      continue;
    }
    const name = propertyName(property);
    if (name === undefined || deadlineKeys.has(name)) return undefined;
  }
  return target;
}

/**
 * The fetch inside a closure a project function returns, whose init is the closure's own parameter passed on
 * (`return (url, init) => crossFetch(url, { ...(init || {}), agent })`): the init is whatever each call of the
 * handed-out function passes, so the deadline is judged at those calls (returnedFetchCall), not here — when
 * nothing in the project calls the closure by name.
 */
export function judgedWhereHandedOut(outbound: OutboundCall, model: ProjectModel): boolean {
  if (outbound.forwarded || outbound.fact.kind !== 'http') return false;
  const closure = enclosingFunctionOf(outbound.call);
  if (!closure || !(Node.isArrowFunction(closure) || Node.isFunctionExpression(closure)) || !returnedByItsFunction(closure)) return false;
  const body = closure.getBody();
  const returned = Node.isBlock(body) ? singleReturn(body, closure) : body;
  if (!returned || unwrap(returned) !== outbound.call) return false;
  const target = model.memoize('returned-fetch-closure', closure, () => forwardingTarget(closure, model, 0));
  return target !== undefined && callSitesOf(closure as unknown as FunctionNode, model).length === 0;
}

/** A function literal that its enclosing function returns: directly, as one branch, or through the const it returns. */
function returnedByItsFunction(closure: Node): boolean {
  let at: Node = closure;
  let parent = at.getParent();
  while (parent && (Node.isParenthesizedExpression(parent) || Node.isConditionalExpression(parent) || Node.isAsExpression(parent) || Node.isSatisfiesExpression(parent) ||
    (Node.isBinaryExpression(parent) && ['||', '??'].includes(parent.getOperatorToken().getText())))) {
    at = parent;
    parent = at.getParent();
  }
  if (!parent) return false;
  if (Node.isReturnStatement(parent)) return true;
  if (Node.isArrowFunction(parent) && parent.getBody() === at) return true;
  if (!Node.isVariableDeclaration(parent) || !Node.isIdentifier(parent.getNameNode())) return false;
  const name = parent.getName();
  const fn = enclosingFunctionOf(parent);
  const fnBody = fn ? (fn as { getBody?: () => Node | undefined }).getBody?.() : undefined;
  return fnBody !== undefined && descendantsOfKind(fnBody, SyntaxKind.ReturnStatement).some((r) => {
    const value = r.getExpression();
    return value !== undefined && Node.isIdentifier(unwrap(value)) && unwrap(value).getText() === name;
  });
}

/** The expression of a block's one `return` (of the function itself), when it has exactly one. */
function singleReturn(body: Node, fn: Node): Node | undefined {
  const returns = descendantsOfKind(body, SyntaxKind.ReturnStatement).filter((r) => enclosingFunctionOf(r) === fn);
  return returns.length === 1 ? returns[0]!.getExpression() : undefined;
}

/**
 * An openapi-client-axios operation: `client.listPets(…)`, `client.paths['/pets'].post(…)`, or one named at run time
 * (`api[operationId](…)`, directly or through a const). The client it runs on carries `axiosConfigDefaults`.
 */
function openApiOperationCall(call: CallExpression, callee: CalleeRef | undefined, model: ProjectModel): OutboundCall | undefined {
  const facts = model.knowledge.openApiClients;
  if (callee) {
    if (!callee.instance || !moduleMatches(facts.module, callee.module)) return undefined;
    const path = callee.path;
    const viaPaths = path.length === 3 && path[0] === 'paths';
    if (!viaPaths && (path.length !== 1 || facts.clientMembers.includes(path[0]!))) return undefined;
    return { call, callee, fact: facts.operationCall };
  }
  const client = runtimeNamedOperationClient(call, model);
  return client ? { call, callee: { ...client, call }, fact: facts.operationCall } : undefined;
}

/** `caller.call(fetch, url, init)` (LangChain AsyncCaller): the package function handed over is the call made, and retried. */
function forwardedCall(call: CallExpression, model: ProjectModel): OutboundCall | undefined {
  const retry = retryFactOf(call, model);
  if (!retry || retry.forwardsArgsFrom === undefined) return undefined;
  const args = call.getArguments();
  const fn = args[retry.fnArg];
  if (!fn) return undefined;
  const origin = originOf(unbound(fn), model.types(), 0);
  const fact = findMatch(model.knowledge.outboundCalls, origin);
  if (!fact || !origin) return undefined;
  const callerOptions = retry.signalOptionArg !== undefined ? args[retry.signalOptionArg] : undefined;
  return { call, callee: { ...origin, call }, fact, forwarded: { fn, args: args.slice(retry.forwardsArgsFrom), callerOptions } };
}

/** `generateText({ model: new MockLanguageModelV3(…) })`, or an agent built on such a model: nothing leaves the process. */
function offline(call: CallExpression, callee: CalleeRef, fact: OutboundCallFact, model: ProjectModel): boolean {
  if (!fact.offlineWhen) return false;
  const { option, module } = fact.offlineWhen;
  const index = fact.optionsArgs.find((a): a is number => typeof a === 'number') ?? 0;
  for (const options of [objectLiteralOf(call.getArguments()[index]), callee.clientOptions]) {
    const value = propertyValue(deepPropertyOf(options, option));
    if (!value) continue;
    const origin = originOf(value, model.types(), 0);
    return origin !== undefined && module.includes(origin.module);
  }
  return false;
}

/** The arguments that can hold the call's options, given how the library takes them. */
function optionArguments(outbound: OutboundCall): { present: Node[]; missing: boolean } {
  const { call, fact, callee } = outbound;
  const args = outbound.forwarded?.args ?? call.getArguments();
  const indexes = new Set<number>();
  const member = callee.path[callee.path.length - 1];
  for (const spec of fact.optionsArgs) {
    if (spec !== 'last') {
      indexes.add(spec);
      continue;
    }
    // axios.post(url, data, config); axios.get(url, config); axios(config) / axios(url, config); got/ky(url, options)
    const withBody = fact.label === 'axios' && (member === 'post' || member === 'put' || member === 'patch');
    if (withBody) indexes.add(2);
    else if (member && model_methods.has(member)) indexes.add(1);
    else indexes.add(objectLiteralOf(args[0]) ? 0 : 1);
  }
  const present = [...indexes].map((i) => args[i]).filter((a): a is Node => a !== undefined);
  return { present, missing: present.length === 0 };
}
const model_methods = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);

/** Whether (and how) a deadline reaches this call. */
export function deadlineOf(outbound: OutboundCall, model: ProjectModel, options: RuleOptions): Deadline {
  const { call, fact, callee } = outbound;
  const { present } = optionArguments(outbound);
  let stallOnly: string[] | undefined;
  const context: OptionsContext = { fact, options, model };
  const timeoutNames = [...fact.timeoutOptions, ...(options.timeoutOptionNames ?? [])];
  // AsyncCaller.callWithOptions({ signal }, fn, …) races every attempt with the signal.
  const callerOptions = outbound.forwarded?.callerOptions;
  if (callerOptions && deadlineInValue(callerOptions, { ...context, fact: { ...fact, signalOptions: ['signal'], timeoutOptions: [] } }).kind === 'bounded') {
    return { kind: 'bounded', how: "the retrying caller's `signal`" };
  }
  for (const arg of present) {
    // Options we cannot see into (a parameter, a call result) are followed to where they come from; what stays
    // unknown may carry a signal: never a finding.
    const found = deadlineInValue(arg, context);
    if (found.kind === 'bounded' || found.kind === 'unknown' || found.kind === 'none-explicit') {
      if (found.kind === 'none-explicit') return { kind: 'none' };
      return found;
    }
    if (found.kind === 'stall-only') stallOnly = found.keys;
  }
  // The client the call is made on: new OpenAI({ timeout }), axios.create({ timeout }), new ToolLoopAgent({ timeout }),
  // and the client that made it (`ai.chats.create({ config })` on `new GoogleGenAI({ httpOptions })`).
  for (const client of clientChain(callee, model)) {
    // `new ChatOpenAI(fields, { baseOptions: { signal } })`: a signal or timeout handed to the client in another
    // argument than its options, in a shape the tables do not describe — it may well reach the call: not judged.
    if (client.creation && signalInOtherArguments(client.creation, client.options)) return { kind: 'unknown' };
    // `new OpenAIApi(new Configuration({ baseOptions }))`: a configuration object of the client's own package.
    const configuration = client.options ? undefined : configurationOptions(client.creation, callee, model);
    if (configuration) {
      const found = deadlineInOptions(configuration, context);
      if (found.kind === 'bounded') return { kind: 'bounded', how: `the client's ${found.how}` };
      if (found.kind === 'unknown') return found;
    } else if (client.options) {
      const found = deadlineInOptions(client.options, context);
      if (found.kind === 'bounded') return { kind: 'bounded', how: `the client's ${found.how}` };
      if (found.kind === 'stall-only') stallOnly = found.keys;
      if (found.kind === 'unknown') return found;
    } else if (!client.creation && !client.options && typedClientExports.includes(callee.exportName) && Node.isPropertyDeclaration(callee.clientDeclaration ?? callee.call)) {
      // `private client: AxiosInstance` typed by the package and assigned in the constructor: judged by that creation's
      // options; a field assigned anything else, or anywhere else, may hold a client with a timeout — not judged.
      const made = fieldCreations(callee.clientDeclaration as PropertyDeclaration, callee, model);
      if (!made) return { kind: 'unknown' };
      for (const creation of made) {
        const options = objectLiteralOf(creation.getArguments()[0]);
        if (!options && creation.getArguments().length > 0) return { kind: 'unknown' };
        const found = options ? deadlineInOptions(options, context) : { kind: 'absent' as const };
        if (found.kind === 'bounded') return { kind: 'bounded', how: `the client's ${found.how}` };
        if (found.kind === 'unknown') return found;
      }
    } else if (!client.creation && !client.options && typedClientExports.includes(callee.exportName)) {
      // A value only its written type names (`http: AxiosInstance` handed in): how it was made is not seen — not judged.
      return { kind: 'unknown' };
    } else if (timeoutNames.length && client.creation && returnedCreation(client.creation, callee, model)) {
      // `await this.buildAgent(params)`, a project function whose return makes the client: that creation's options.
      const args = returnedCreation(client.creation, callee, model)!.getArguments();
      const madeOptions = objectLiteralOf(args[0]);
      if (madeOptions) {
        const found = deadlineInOptions(madeOptions, context);
        if (found.kind === 'bounded') return { kind: 'bounded', how: `the client's ${found.how}` };
        if (found.kind === 'unknown') return found;
      } else if (args.some((a) => !isPlainData(a))) {
        return { kind: 'unknown' };
      }
    } else if (timeoutNames.length && client.creation && client.creation.getArguments().some((a, i) => !notOptions(client.creation!, i) && !isPlainData(a) && !objectLiteralOf(a) && !visiblyWithoutDeadline(a, context))) {
      // `new OpenAI(config)`: a client option we cannot see may set its timeout. (A library with no client-level
      // timeout — a fetch wrapper — has none to hide.)
      return { kind: 'unknown' };
    }
  }
  if (callee.module === 'axios' && /\.defaults\.timeout\s*=/.test(call.getSourceFile().getFullText())) return { kind: 'bounded', how: 'axios defaults.timeout' };
  if (racedWithTimer(call, model)) return { kind: 'bounded', how: 'a race with a timer' };
  if (stallOnly) return { kind: 'stall-only', keys: stallOnly };
  if (fact.defaultDeadlineMs !== undefined) return { kind: 'bounded', how: `${fact.label}'s default ${fact.defaultDeadlineMs / 1000} s timeout` };
  if (fact.lenientDefault && !runsOnAiSdkModel(outbound, model)) return { kind: 'lenient-default', why: fact.lenientDefault };
  return { kind: 'none' };
}

const MAX_CLIENT_CHAIN = 3;

/** `new Anthropic(apiKey ? { apiKey } : undefined)`: a choice between options that are all in view, none with a deadline. */
function visiblyWithoutDeadline(arg: Node, context: OptionsContext): boolean {
  return Node.isConditionalExpression(unwrap(arg)) && deadlineInValue(arg, context).kind === 'absent';
}

/**
 * The package creations a class field holds: its initialiser and what the constructor assigns to it, each a call or
 * `new` of the client's own package. Undefined when the field is assigned anything else or outside the constructor.
 */
function fieldCreations(field: PropertyDeclaration, callee: CalleeRef, model: ProjectModel): Array<CallExpression | NewExpression> | undefined {
  return model.memoize('field-creations', field, () => {
    const cls = field.getParent();
    if (!Node.isClassDeclaration(cls) && !Node.isClassExpression(cls)) return undefined;
    const name = field.getName();
    const forms: Node[] = [];
    const init = field.getInitializer();
    if (init) forms.push(init);
    for (const assignment of descendantsOfKind(cls, SyntaxKind.BinaryExpression)) {
      const left = assignment.getLeft();
      if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || !Node.isPropertyAccessExpression(left) || left.getName() !== name || !Node.isThisExpression(left.getExpression())) continue;
      if (!assignment.getFirstAncestor((a) => Node.isConstructorDeclaration(a))) return undefined;
      forms.push(assignment.getRight());
    }
    if (forms.length === 0) return undefined;
    const made: Array<CallExpression | NewExpression> = [];
    for (const form of forms) {
      const value = unwrap(form);
      if (!Node.isCallExpression(value) && !Node.isNewExpression(value)) return undefined;
      const origin = originOf(value, model.types(), 0);
      if (!origin?.instance || origin.module !== callee.module) return undefined;
      made.push(value);
    }
    return made;
  });
}

const DEADLINE_KEY = /^(signal|abortSignal|timeout|timeoutMs)$/;

/** Whether an object literal argument of a client's creation, other than its options, holds a signal or timeout key (two levels deep). */
function signalInOtherArguments(creation: CallExpression | NewExpression, options: ObjectLiteralExpression | undefined): boolean {
  const holds = (object: ObjectLiteralExpression, depth: number): boolean =>
    object.getProperties().some((p) => {
      const name = propertyName(p);
      if (name !== undefined && DEADLINE_KEY.test(name)) return true;
      const inner = depth < 1 ? objectLiteralOf(propertyValue(p)) : undefined;
      return inner !== undefined && holds(inner, depth + 1);
    });
  return creation.getArguments().some((arg) => {
    const object = objectLiteralOf(arg);
    return object !== undefined && object !== options && holds(object, 0);
  });
}

/**
 * The call of the client's own package that a project function returns (`buildAgent() { …; return createDeepAgent({…}) }`),
 * when every return of the function is that one creation.
 */
function returnedCreation(creation: CallExpression | NewExpression, callee: CalleeRef, model: ProjectModel): CallExpression | NewExpression | undefined {
  if (!Node.isCallExpression(creation)) return undefined;
  const found = model.memoize('returned-creation', creation, () => {
    const fn = model.functionCalledBy(creation);
    const body = fn?.getBody();
    if (!fn || !body) return undefined;
    const returned = returnedExpressionsOf(fn);
    const made = returned.map((value) => (value ? unwrap(value) : undefined));
    const [first] = made;
    if (!first || made.length !== 1 || !(Node.isCallExpression(first) || Node.isNewExpression(first))) return undefined;
    const module = originOf(first, model.types(), 0)?.module;
    return module ? { made: first, module } : undefined;
  });
  return found && found.module === callee.module ? found.made : undefined;
}

/**
 * `model.withStructuredOutput(Schema, { name })`, `model.bindTools(tools, kwargs)`, `prompt.pipe(model)`: a model derived
 * from another by a method whose argument there is a schema, tools or a stage, never options (@langchain/core 1.4
 * BaseChatModel) — a name passed there hides no timeout. (`bindTools`' kwargs, `withConfig(config)` and `bind(kwargs)`
 * can carry one.)
 */
const LANGGRAPH_BUILDER = /^(?:addNode|addEdge|addConditionalEdges|addSequence|setEntryPoint|setFinishPoint|compile)$/;

function notOptions(creation: CallExpression | NewExpression, index: number): boolean {
  const callee = creation.getExpression();
  // langchain@0.0.214 agents/initialize.js: initializeAgentExecutor(tools, llm, agentType, verbose, callbackManager) and
  // initializeAgentExecutorWithOptions(tools, llm, options) — tools and the model are no executor options.
  if (Node.isIdentifier(callee) && callee.getText() === 'initializeAgentExecutor') return true;
  if (Node.isIdentifier(callee) && callee.getText() === 'initializeAgentExecutorWithOptions') return index < 2;
  // `new StateGraph(StateAnnotation)`: the graph's state definition (an annotation, a schema, channels), never a deadline.
  if (Node.isNewExpression(creation) && /(?:^|\.)StateGraph$/.test(callee.getText())) return true;
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const name = callee.getName();
  if (name === 'withStructuredOutput') return true;
  // A LangGraph builder's nodes, edges and compile options (checkpointer, store, interrupts): none holds a deadline
  // (@langchain/langgraph graph/state.ts StateGraph.addNode/addEdge/addConditionalEdges/addSequence, compile).
  if (LANGGRAPH_BUILDER.test(name)) return true;
  return index === 0 && /^(?:bindTools|withFallbacks|pipe|asTool)$/.test(name);
}

/** The literal options of a configuration object from the client's own package that the client is made with. */
function configurationOptions(creation: CallExpression | NewExpression | undefined, callee: CalleeRef, model: ProjectModel): ObjectLiteralExpression | undefined {
  const args = creation?.getArguments() ?? [];
  if (args.length === 0 || !args.every((a) => isPlainData(a) || madeInPlace(a))) return undefined;
  for (const arg of args) {
    const value = madeInPlace(arg);
    if (!value) continue;
    const origin = originOf(value, model.types(), 0);
    if (origin?.module !== callee.module) return undefined;
    return objectLiteralOf(value.getArguments()[0]);
  }
  return undefined;
}

/** `new Configuration({…})`, written in the argument or in the const it names (`const configuration = new Configuration({…})`). */
function madeInPlace(arg: Node): NewExpression | undefined {
  const value = unwrap(arg);
  if (Node.isNewExpression(value)) return value;
  if (!Node.isIdentifier(value)) return undefined;
  const init = constInitializer(value);
  const made = init ? unwrap(init) : undefined;
  return made && Node.isNewExpression(made) ? made : undefined;
}

/** The client a call is made on, then the client whose method made that one, and so on (bounded). */
function clientChain(callee: CalleeRef, model: ProjectModel): Array<{ options?: ObjectLiteralExpression; creation?: CallExpression | NewExpression }> {
  const out: Array<{ options?: ObjectLiteralExpression; creation?: CallExpression | NewExpression }> = [];
  let origin: ValueOrigin | undefined = callee;
  const seen = new Set<Node>();
  for (let depth = 0; origin?.instance && depth < MAX_CLIENT_CHAIN; depth++) {
    if (origin.clientOptions && seen.has(origin.clientOptions)) break;
    if (origin.clientOptions) seen.add(origin.clientOptions);
    out.push({ options: origin.clientOptions, creation: origin.clientCreation });
    const creation: CallExpression | NewExpression | undefined = origin.clientCreation;
    origin = creation && Node.isCallExpression(creation) ? model.resolveCall(creation) : undefined;
  }
  return out;
}

/**
 * An Agents SDK run whose agent uses an AI SDK model (`model: aisdk(openai('…'))`) has none of the
 * OpenAI client's defaults: it gets the plain "no deadline" finding.
 */
function runsOnAiSdkModel(outbound: OutboundCall, model: ProjectModel): boolean {
  if (!outbound.fact.module.includes('@openai/agents')) return false;
  const agent = outbound.call.getArguments()[0];
  const origin = agent ? originOf(agent, model.types(), 0) : undefined;
  const value = propertyValue(deepPropertyOf(origin?.clientOptions, 'model'));
  return value !== undefined && /^aisdk\s*\(/.test(unwrap(value).getText());
}

const TIMER_RACE = /^(Promise\.race|Promise\.any|pTimeout|withTimeout|timeout|withDeadline|raceTimeout|promiseTimeout)$/;

/** `Promise.race([call, timer])`, `pTimeout(call, …)`, or a project helper that races its argument with a timer. */
function racedWithTimer(call: CallExpression, model: ProjectModel, depth = 0): boolean {
  const file = call.getSourceFile() as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node };
  let compilerNode: ts.Node | undefined = call.compilerNode.parent;
  for (let up = 0; compilerNode && up < 6; up++, compilerNode = compilerNode.parent) {
    // Only a call or a function on the way up decides: the others are passed over without a ts-morph wrapper.
    if (!RACE_PARENT_KINDS.has(compilerNode.kind)) continue;
    const node = file._getNodeFromCompilerNode(compilerNode);
    if (Node.isCallExpression(node) && node !== call) {
      const text = node.getExpression().getText();
      const inArguments = node.getArguments().some((a) => a.containsRange(call.getPos(), call.getEnd()));
      if (!inArguments) continue;
      if (TIMER_RACE.test(text)) return true;
      const helper = model.functionCalledBy(node);
      const body = helper?.getBody()?.getText() ?? '';
      // A helper that races its argument with a timer. Followed up from a function's callers, a bare `setTimeout`
      // (a sleep between retries) is not evidence enough.
      if ((depth === 0 ? /Promise\.race|AbortSignal\.timeout|setTimeout/ : /Promise\.race|AbortSignal\.timeout/).test(body)) return true;
    }
    if (Node.isFunctionLikeDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
      // `const generate = () => client.models.generateContent(…)`, always called as `withTimeout(() => generate())`:
      // raced wherever it runs.
      return depth < MAX_RACE_FOLLOW && racedAtEveryCall(node as unknown as FunctionNode, model, depth + 1);
    }
  }
  return false;
}

const MAX_RACE_FOLLOW = 2;

const RACE_PARENT_KINDS = new Set<ts.SyntaxKind>([ts.SyntaxKind.CallExpression, ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.Constructor,
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.SetAccessor, ts.SyntaxKind.FunctionExpression]);

function racedAtEveryCall(fn: FunctionNode, model: ProjectModel, depth: number): boolean {
  const parent = fn.getParent();
  // A callback handed straight to a call (`retryWithTimeout(() => …)`) runs where that call runs it.
  if (parent && Node.isCallExpression(parent) && parent.getArguments().includes(fn as Node)) {
    const text = parent.getExpression().getText();
    if (TIMER_RACE.test(text)) return true;
    const helper = model.functionCalledBy(parent);
    if (/Promise\.race|AbortSignal\.timeout/.test(helper?.getBody()?.getText() ?? '')) return true;
    return racedWithTimer(parent, model, depth);
  }
  const callers = callSitesOf(fn, model);
  return callers.length > 0 && callers.every((caller) => racedWithTimer(caller, model, depth));
}

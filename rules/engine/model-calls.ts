// isModelCall / reachesModel: whether a call runs a model — an LLM SDK call, or an HTTP request to a model API
// (`/chat/completions`, `/v1/messages`, `:generateContent`, Ollama's `/api/chat`) or to the app's own route whose
// handler calls one (`fetch('/api/agent')` → `app/api/agent/route.ts`). Bounded and memoised.
import { dirname } from 'node:path';
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import { callsFunctionThat } from './called-functions.js';
import { startsCliAgentRun } from './cli-agent-runs.js';
import { deepPropertyOf, objectLiteralOf, propertyName, propertyOf, propertyValue, unwrap } from './callee.js';
import { outboundCall, type OutboundCall } from './deadlines.js';
import { urlLiteralText } from './http-writes.js';
import { descendantsOfKind } from './kind-index.js';
import type { AgentRunnerFact, FrameworkModelCallFact } from '../knowledge/types.js';
import type { ProjectModel } from './project-model.js';
import { isTestCodePath } from './project-loader.js';
import { calleeMatches, escapeRegExp, moduleMatches } from './match.js';
import { constInitializer, resolveIdentifier, returnedExpressionsOf } from './scope.js';

/** Helpers and routes followed from a call site before giving up. */
const MAX_DEPTH = 6;

export function isModelCall(call: CallExpression, model: ProjectModel, depth = 0): boolean {
  const outbound = outboundCall(call, model);
  if (!outbound) return runsModelCommand(call, model) || runsFrameworkModel(call, model) || handsModelUrlToRequester(call, model);
  if (outbound.fact.kind === 'llm') return true;
  if (outbound.fact.kind !== 'http') return false;
  return model.memoize('model-request', call, () => {
    const url = requestUrl(outbound);
    if (!url) return false;
    const text = urlLiteralText(url);
    if (model.knowledge.modelEndpoints.some((endpoint) => endpoint.path.test(text))) return true;
    if (sendsModelRequest(call, model)) return true;
    if (depth >= MAX_DEPTH) return false;
    const route = ownRouteFile(text, call.getSourceFile(), model);
    return route !== undefined && reachesModel(route, model, depth + 1);
  });
}

/**
 * A command client that runs a model (knowledge `modelCommands`): Bedrock's `client.send(new ConverseCommand(…))`,
 * the command class imported from the client's package, or the aggregated client's `converse(…)`. Not a call
 * `missing-deadline` reports (a vendor SDK's own call): a model call for the loop rules only.
 */
function runsModelCommand(call: CallExpression, model: ProjectModel): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const name = callee.getName();
  const facts = model.knowledge.modelCommands.filter((fact) => fact.path.includes(name) || fact.methods?.path.includes(name));
  if (facts.length === 0) return false;
  const origin = model.resolveCall(call);
  if (!origin) return false;
  return facts.some((fact) => {
    if (fact.methods && calleeMatches({ module: fact.module, export: fact.methods.export, instance: true, path: fact.methods.path }, origin)) return true;
    if (!calleeMatches(fact, origin)) return false;
    const command = commandClass(call.getArguments()[0]);
    return command !== undefined && moduleMatches(fact.module, command.module) && new RegExp(fact.commands).test(command.name);
  });
}

/**
 * `httpClient.request('https://api.anthropic.com/v1/messages', init)`: a model API's URL handed to a project function
 * that makes an HTTP request itself (a project HTTP client's method, a `post(url, body)` helper). The URL it is given
 * is the one it requests; a function that makes no request of its own is not taken as one.
 */
function handsModelUrlToRequester(call: CallExpression, model: ProjectModel): boolean {
  const args = call.getArguments();
  if (args.length === 0 || !args.some((arg) => /['"`]/.test(arg.getText().charAt(0)) || Node.isIdentifier(arg))) return false;
  return model.memoize('hands-model-url', call, () => {
    const url = args.find((arg) => model.knowledge.modelEndpoints.some((endpoint) => endpoint.path.test(urlLiteralText(arg))));
    if (!url) return false;
    const callee = model.functionCalledBy(call);
    const body = callee?.getBody();
    if (!body) return false;
    return descendantsOfKind(body, SyntaxKind.CallExpression).some((inner) => outboundCall(inner, model)?.fact.kind === 'http');
  });
}

/** A framework's own model call (knowledge `frameworkModelCalls`: ElizaOS `generateText`, GAME `agent.step()`): for the loop rules only. */
function runsFrameworkModel(call: CallExpression, model: ProjectModel): boolean {
  return frameworkModelCallOf(call, model) !== undefined;
}

/** A model SDK's completion no outbound-call table holds (knowledge `frameworkModelCalls` `completion`): Groq's, Ollama's. */
export function isFrameworkCompletion(call: CallExpression, model: ProjectModel): boolean {
  return frameworkModelCallOf(call, model)?.completion === true;
}

function frameworkModelCallOf(call: CallExpression, model: ProjectModel): FrameworkModelCallFact | undefined {
  const callee = unwrap(call.getExpression());
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : undefined;
  if (!name) return undefined;
  // By the path's last member (`groq.chat.completions.create`: `create`), or the export a bare call names.
  const facts = model.knowledge.frameworkModelCalls.filter((fact) => fact.path.some((path) => path.split('.').at(-1) === name) || (fact.path.includes('') && fact.export?.includes(name)));
  if (facts.length === 0) return undefined;
  const origin = model.resolveCall(call);
  return origin === undefined ? undefined : facts.find((fact) => calleeMatches(fact, origin));
}

const AGENT_RUN_NAMES = new Map<object, Set<string>>();

/**
 * An SDK agent run (knowledge `agentRunners`: the Claude Agent SDK's `query({ prompt })`, Anthropic's `toolRunner`, a
 * Strands `agent.invoke`, a `DurableAgent#stream`): one run of the SDK's model/tool loop, whatever bound it is given —
 * for the loop rules, a model call (a bounded run re-run forever by a timer is still an unbounded loop). Not a call
 * `missing-deadline` reports.
 */
export function startsAgentRun(call: CallExpression, model: ProjectModel): boolean {
  const runners = model.knowledge.agentRunners;
  let names = AGENT_RUN_NAMES.get(runners);
  if (!names) {
    names = new Set(runners.flatMap((runner) => runner.path.flatMap((path) => (path === '' ? runner.export ?? [] : [path.split('.').at(-1)!]))));
    AGENT_RUN_NAMES.set(runners, names);
  }
  const callee = unwrap(call.getExpression());
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : undefined;
  if (!name) return false;
  if (!names.has(name)) {
    // `import { query as claudeQuery }`: the name imported.
    if (!Node.isIdentifier(callee)) return false;
    const binding = resolveIdentifier(callee);
    if (binding.kind !== 'import' || !names.has(binding.exportName)) return false;
  }
  return model.memoize('starts-agent-run', call, () => {
    const origin = model.resolveCall(call);
    return origin !== undefined && runners.some((runner) => calleeMatches(runner, origin) && !startsNoRun(call, runner));
  });
}

/**
 * `session.prompt({ sessionID, noReply: true, parts })` (or `{ path, body: { noReply: true } }`): the runner's option
 * that stores the message without starting a run (knowledge `agentRunners` `noRun`), written as one of its values.
 */
export function startsNoRun(call: CallExpression, runner: AgentRunnerFact): boolean {
  if (!runner.noRun) return false;
  const { option, values } = runner.noRun;
  const arg = call.getArguments()[runner.optionsArg];
  const options = arg ? objectLiteralOf(unwrap(arg)) : undefined;
  const body = options ? propertyValue(propertyOf(options, 'body')) : undefined;
  return [options, body ? objectLiteralOf(unwrap(body)) : undefined].some((object) => {
    const set = object ? propertyValue(propertyOf(object, option)) : undefined;
    return set !== undefined && values.includes(unwrap(set).getText());
  });
}

/** The class of a command object (`new ConverseCommand({…})`, or a const holding one) and the package it is imported from. */
function commandClass(arg: Node | undefined): { name: string; module: string } | undefined {
  let value = arg ? unwrap(arg) : undefined;
  if (value && Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    value = init ? unwrap(init) : undefined;
  }
  if (!value || !Node.isNewExpression(value)) return undefined;
  const ctor = value.getExpression();
  const root = Node.isPropertyAccessExpression(ctor) ? ctor.getExpression() : ctor;
  if (!Node.isIdentifier(root)) return undefined;
  const binding = resolveIdentifier(root);
  if (binding.kind !== 'import') return undefined;
  const name = Node.isPropertyAccessExpression(ctor) ? ctor.getName() : binding.exportName;
  return { name, module: binding.module };
}

/**
 * Whether a body (a loop's, a function's, a route file) calls a model, directly or through project helpers — up to
 * `maxDepth` calls deep (`SHALLOW_DEPTH` asks whether it does so within three).
 */
export function reachesModel(body: Node, model: ProjectModel, depth = 0, maxDepth = MAX_DEPTH): boolean {
  const calls = Node.isCallExpression(body) ? [body] : [];
  for (const call of [...calls, ...descendantsOfKind(body, SyntaxKind.CallExpression)]) {
    // A coding agent's CLI started headless, or an SDK's agent run (the Claude Agent SDK's `query()`), runs the agent's
    // model loop: a model call of the loop or timer around it, bounded or not.
    if (isModelCall(call, model, depth) || startsCliAgentRun(call, model) || startsAgentRun(call, model)) return true;
    if (depth >= maxDepth) continue;
    // Judged once per function, depth and bound: an answer cut short by the depth bound must not stand for a shallower ask.
    const key = maxDepth === MAX_DEPTH ? `reaches-model@${depth + 1}` : `reaches-model@${depth + 1}/${maxDepth}`;
    if (callsFunctionThat(call, body, model, key, (calleeBody) => reachesModel(calleeBody, model, depth + 1, maxDepth))) return true;
  }
  return false;
}

/** How far `reachesModel` follows helpers by default: a walk asking the same question another way goes as deep. */
export const MODEL_REACH_DEPTH = MAX_DEPTH;

/** Three calls deep: how far a loop whose own condition tests state is followed (see unbounded-agent-loop's judgeLoop). */
export const SHALLOW_DEPTH = 3;

/**
 * A request that runs a model and stores nothing (RULES.md: "a retried pure LLM completion with no side effect"): to the
 * app's own route whose handler calls a model and writes nothing (`routeWrites` answers that: side-effects.ts owns
 * writes), or — where no own route answers — to a model API's endpoint or with a model request body.
 */
export function isModelRequest(call: CallExpression, model: ProjectModel, routeWrites: (route: SourceFile) => boolean): boolean {
  const outbound = outboundCall(call, model);
  if (!outbound || outbound.fact.kind !== 'http') return false;
  const url = requestUrl(outbound);
  if (!url) return false;
  const text = urlLiteralText(url);
  const route = ownRouteFile(text, call.getSourceFile(), model);
  if (route) return reachesModel(route, model, 1) && !routeWrites(route);
  return model.knowledge.modelEndpoints.some((endpoint) => endpoint.path.test(text)) || sendsModelRequest(call, model);
}

/**
 * Whether a call's arguments carry a model request body (`{ model, messages }`, `{ input, temperature }`): as a
 * request's data (`axios.post(url, data)`), as `body: JSON.stringify({…})` in its init, or handed to a helper
 * that makes the request (`fetchWithTimeout(url, { method: 'POST', body: JSON.stringify({ messages, … }) })`).
 * `builtBodies` also follows a body held in a const or built by a project function (jsonPayload) — asked by
 * unkeyed-retry only: recognising more loops as model loops exposed step bounds unbounded-agent-loop does not see.
 */
export function sendsModelRequest(call: CallExpression, model: ProjectModel, builtBodies = false): boolean {
  return model.memoize(builtBodies ? 'sends-model-request-built' : 'sends-model-request', call, () => call.getArguments().some((arg) => {
    // `httpsPost(url, headers, JSON.stringify({ model, messages }))`: the body handed to a helper already serialised.
    const object = objectLiteralOf(arg) ?? jsonPayload(arg, model, builtBodies);
    if (!object) return false;
    const body = propertyValue(deepPropertyOf(object, 'body')) ?? propertyValue(deepPropertyOf(object, 'data')) ?? propertyValue(deepPropertyOf(object, 'json'));
    const payload = body ? jsonPayload(body, model, builtBodies) : object;
    return payload !== undefined && isModelRequestBody(payload, model);
  }));
}

/**
 * The object a request body is made from: `JSON.stringify({ … })`, also held in a const (`const body =
 * JSON.stringify(…)`, sent as `body`) or built by a project function that returns one object (`JSON.stringify(
 * toWireRequest(request))` with `const wire = { model, max_tokens, messages }; …; return wire`).
 */
function jsonPayload(body: Node, model: ProjectModel, builtBodies: boolean): ObjectLiteralExpression | undefined {
  let value = unwrap(body);
  const held = builtBodies && Node.isIdentifier(value) ? constInitializer(value) : undefined;
  if (held) value = unwrap(held);
  if (Node.isCallExpression(value) && /^JSON\.stringify$/.test(value.getExpression().getText())) {
    const data = value.getArguments()[0];
    return objectLiteralOf(data) ?? (builtBodies && data ? builtObject(data, model) : undefined);
  }
  return objectLiteralOf(value);
}

/** `toWireRequest(request)`: the one object a project function returns (every return the same object literal). */
function builtObject(node: Node, model: ProjectModel): ObjectLiteralExpression | undefined {
  const call = unwrap(node);
  const fn = Node.isCallExpression(call) ? model.functionCalledBy(call) : undefined;
  if (!fn) return undefined;
  const objects = returnedExpressionsOf(fn).map((returned) => objectLiteralOf(returned));
  const first = objects[0];
  return first && objects.every((object) => object === first) ? first : undefined;
}

function isModelRequestBody(object: ObjectLiteralExpression, model: ProjectModel): boolean {
  const { prompt, generation, modelWith } = model.knowledge.modelRequestBody;
  const keys = new Set(object.getProperties().map((p) => propertyName(p)).filter((k): k is string => k !== undefined));
  const prompts = prompt.filter((k) => keys.has(k));
  if (prompts.length === 0) return false;
  return generation.some((k) => keys.has(k)) || (keys.has('model') && prompts.some((k) => modelWith.includes(k)));
}

/** The URL a request goes to: its first argument, or the `url` of a config object (`axios({ url })`). */
export function requestUrl(outbound: OutboundCall): Node | undefined {
  const first = outbound.call.getArguments()[0];
  if (!first) return undefined;
  const config = objectLiteralOf(first);
  return config ? propertyValue(deepPropertyOf(config, 'url')) : first;
}

/**
 * The Next.js route handler a same-origin path names: `app/api/x/route.ts` (or under `src/`), or
 * `pages/api/x.ts`, in the nearest folder above the calling file that has one (project-places.ts).
 */
function ownRouteFile(urlText: string, from: SourceFile, model: ProjectModel): SourceFile | undefined {
  const route = urlText.split(/[?#]/)[0]!.replace(/\/$/, '');
  if (!/^\/api(\/[\w.-]+)+$/.test(route)) return undefined;
  const path = model.memoize(`own-route:${route}`, from, () => model.ownRouteFilePath(dirname(from.getFilePath()), route));
  if (!path) return undefined;
  try {
    return model.fileAt(path);
  } catch {
    return undefined;
  }
}

/** At most this many files of a package are read for a route a request to the project's own server names. */
const MAX_ROUTE_FILES = 8;

/** `path` below the deepest folder it shares with `other`, with a leading slash (a checkout under a `test/` folder is no test code). */
export function belowCommonFolder(path: string, other: string): string {
  const a = path.split('/');
  const b = other.split('/');
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length - 1 && a[shared] === b[shared]) shared++;
  return `/${a.slice(shared).join('/')}`;
}

/**
 * The handler of the route a request to the project's own server reaches: a URL (its literal text, urlLiteralText) on a
 * local host (`http://localhost:3000/create`) or on a base the code does not spell (`${SERVER_URL}/api/emit-event`), and
 * a route the package of `from` registers for that literal path and method in an Express-style router
 * (`app.post('/create', handler)`, the last argument after any middleware). Undefined when no such route is found.
 */
export function ownServerRouteHandler(urlText: string, method: string, from: Node, model: ProjectModel): Node | undefined {
  const local = /^(?:https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?|\u0000)((?:\/[\w.-]+)+)\/?$/.exec(urlText.split(/[?#]/)[0]!);
  if (!local) return undefined;
  const path = local[1]!;
  const verb = method.toLowerCase();
  const registration = new RegExp(`\\.(?:${verb}|all)\\s*\\(\\s*['"\`]${escapeRegExp(path)}['"\`]`);
  // A test's mock server registers the real service's paths: its routes are not the project's own server.
  for (const found of model.filesMatching(from.getSourceFile().getFilePath(), registration).filter((path) => !isTestCodePath(belowCommonFolder(path, from.getSourceFile().getFilePath()))).slice(0, MAX_ROUTE_FILES)) {
    const file = model.fileAt(found);
    if (!file) continue;
    for (const registered of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callee = registered.getExpression();
      if (!Node.isPropertyAccessExpression(callee) || (callee.getName() !== verb && callee.getName() !== 'all')) continue;
      const [first, ...rest] = registered.getArguments();
      if (!first || !(Node.isStringLiteral(first) || Node.isNoSubstitutionTemplateLiteral(first)) || first.getLiteralValue() !== path) continue;
      const last = rest[rest.length - 1];
      const inline = last ? unwrap(last) : undefined;
      const handler = inline && (Node.isArrowFunction(inline) || Node.isFunctionExpression(inline)) ? inline : last ? model.functionOfValue(last) : undefined;
      if (handler) return handler;
    }
  }
  return undefined;
}

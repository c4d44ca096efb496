// unbounded-agent-loop: an agent loop that calls an LLM with no step, turn or budget bound — a
// hand-written `while (true)`, recursion, or an SDK loop configured to never stop.
import { Node, SyntaxKind, type ObjectLiteralExpression, type BinaryExpression, type BindingElement, type CallExpression, type ParameterDeclaration, type VariableDeclaration, type Identifier, type NewExpression, type PropertyAccessExpression } from 'ts-morph';
import { constBindingInitializer, enclosingFunctionOf, functionReturning, localDeclarationWithin, resolveIdentifier, variableInitializer } from './engine/scope.js';
import { escapeRegExp } from './engine/match.js';
import { outboundCall } from './engine/deadlines.js';
import { MODEL_REACH_DEPTH, SHALLOW_DEPTH, isFrameworkCompletion, isModelCall, reachesModel, startsAgentRun, startsNoRun } from './engine/model-calls.js';
import { callsFunctionThat } from './engine/called-functions.js';
import { defineRule, type RuleContext } from './engine/define-rule.js';
import { knowledge } from './knowledge/index.js';
import type { FunctionNode, ProjectModel } from './engine/project-model.js';
import { descendantsOfKind, descendantsOfKinds } from './engine/kind-index.js';
import { calleeMatches, moduleMatches } from './engine/match.js';
import { timerEndsWithItsCall } from './engine/timer-lifetime.js';
import { classOfThis, valueOf } from './engine/values.js';
import { callSitesOf } from './engine/call-sites.js';
import { abortedOnWallClock, callTargets, callerTimedRun, mayStartCliAgent, setsRunDelay, startsCliAgentRun, unboundedCliAgentRun } from './engine/cli-agent-runs.js';
import { deepPropertyOf, objectLiteralOf, propertyName, propertyOf, propertyValue, type CalleeRef } from './engine/callee.js';
import type { AgentRunnerFact, TimerSchedulerFact } from './knowledge/types.js';
import { mayInstallOsSchedule, osScheduleInstalledBy, osScheduleInstalledThrough } from './engine/os-schedules.js';

const STEP_OPTIONS = new Set([...knowledge.vercelAiLoops.stepOptions, knowledge.agentLoopDefaults.openaiAgents.option, knowledge.agentLoopDefaults.mastra.option]);
const STEP_COUNT = new RegExp(`^(${knowledge.vercelAiLoops.stepCountHelpers.join('|')})\\((Infinity|Number\\.POSITIVE_INFINITY|Number\\.MAX_SAFE_INTEGER)\\)$`);
/** A person answers every turn: readline `question`, a prompt call, lines from stdin. */
const HUMAN_INPUT = /\b(question|prompt|getUserInput|askUser|waitForUser|readLine|readline|input)\s*\(|process\.stdin|\bfor\s+await\s*\(\s*const\s+\w+\s+of\s+(rl|readline|lines|input|terminal)\b/;
/** The model's requests for tools, as an answer names them, or a local holding them: `toolCalls`, `tool_calls`, `functionCalls`. */
const TOOL_CALL_LIST = /^(?:tool_?calls|function_?calls|tool_?uses)$/i;
const RELATIONAL = new Set([SyntaxKind.LessThanToken, SyntaxKind.LessThanEqualsToken, SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken]);

export default defineRule({
  id: 'unbounded-agent-loop',
  meta: {
    description: 'An agent loop that calls an LLM with no step, turn or budget bound.',
    defaultSeverity: 'error',
    hasSuggestions: false,
    fixable: false,
  },
  create(context) {
    checkLoops(context);
    checkRecursion(context);
    checkSdkOptions(context);
    checkAgentRunners(context);
    checkAgentRunWrappers(context);
    checkCliAgentRuns(context);
    checkCliRunsTimedByCallers(context);
    checkTimers(context);
    checkOsSchedules(context);
  },
});

/**
 * `execa('launchctl', ['load', plistPath])` of a plist whose job runs `claude -p …` on a calendar interval, a crontab
 * line or a `schtasks /Create` task that runs a headless agent CLI: a timer the code arms in the operating system, each
 * firing running the agent again on what its earlier runs left (corpus README questions 58, 116, 154). Reported at the
 * call that installs it — or, when a project function takes the job's text as a parameter (`setCrontab(content)`), at
 * the call handing it a job that runs the agent.
 */
function checkOsSchedules(context: RuleContext): void {
  const { sourceFile, model } = context;
  if (!mayInstallOsSchedule(sourceFile.getFullText(), model)) return;
  for (const call of descendantsOfKind(sourceFile, SyntaxKind.CallExpression)) {
    const install = osScheduleInstalledBy(call, model) ?? osScheduleInstalledThrough(call, model);
    if (!install) continue;
    context.report({
      node: call,
      message: `This call installs ${install.scheduler.label} whose job starts ${install.agent.label.replace(/^This /, 'a ')} on every firing: the agent runs again and again on what its earlier runs left, with no count or end date, and only removing the job stops it. Give the job an end (a run count or an end date it checks), or have a person confirm each run.`,
      confidence: 'high',
    });
  }
}

/**
 * `setInterval(async () => { await agent.run(goal) }, ms)`: an autonomous loop on a timer (corpus README question 22)
 * — every tick runs the model again on what the previous runs did, and only the process's end stops it. A tick that
 * calls the model only for what it found (new messages, a due digest: a branch or a loop over them) is question 18's
 * event daemon: clean.
 */
function checkTimers(context: RuleContext): void {
  const { sourceFile, model } = context;
  const text = sourceFile.getFullText();
  const schedulers = schedulersIn(sourceFile);
  // A project helper that starts the timer (`startHeartbeat(onBeat)`) may be called from a file with no timer word.
  if (!/setInterval|setTimeout|every|periodic|interval|repeat|cron|schedul|heartbeat|tick|timer|poll|loop/i.test(text) && schedulers.length === 0) return;
  for (const call of model.nodesOfKinds<CallExpression | NewExpression>(sourceFile, [SyntaxKind.CallExpression, SyntaxKind.NewExpression])) {
    const timer = timerOf(call, schedulers, model);
    if (!timer) continue;
    const fn = model.functionOfValue(timer.tick);
    const body = fn?.getBody();
    if (!body || !reachesModel(body, model)) continue;
    if (!timer.label.includes('which runs it with') && inGenericTimerHelper(call, model)) continue;
    const passes = Node.isBlock(body) ? beforeTakenItemGuard(tickStatements(body, fn!)) : [body];
    // Through the helpers it calls too: a tick that calls the model only in its helper's loop over what it fetched (new
    // mentions, fresh articles) answers outside events (question 18), as a poller's pass does.
    if (!passes.some((statement) => { const part = everyPassPart(statement); return part !== undefined && reachesModelEveryPass(part, model, 0, fn, true); }) && !runsDueJobs(body, model, 0)) continue;
    if (waitsOnPersonEveryTurn(body, model)) continue;
    if (makesStatelessCompletions(body, model)) continue;
    // A timer cleared when the call, connection or session it serves ends (question 48): not the process's loop.
    if (timer.label === 'setInterval' && Node.isCallExpression(call) && timerEndsWithItsCall(call, model)) continue;
    context.report({
      node: call,
      message: `This timer (${timer.label}) runs the model on every tick with no outside event and no bound: each run acts on what the previous ones did, and only the process's end stops it. Count the runs and stop at a maximum (or track a token/cost budget).`,
      confidence: 'high',
    });
  }
}

/**
 * The statements every tick runs (topLevelStatements), with those under a test of the job the timer was made for taken
 * as unconditional: `if (job.payload?.kind === 'agentTurn')` where `job` is a parameter of the function that schedules
 * the timer, or the element of the loop over jobs that does — the answer is the same on every tick, the job's
 * configuration, not something the tick found (question 18's branch reads what the pass fetched).
 */
function tickStatements(body: import('ts-morph').Block, tick: Node): Node[] {
  const out: Node[] = [];
  for (const statement of topLevelStatements(body)) {
    const branch = Node.isIfStatement(statement) && testsJobSettings(statement.getExpression(), tick) ? statement.getThenStatement() : undefined;
    if (!branch) out.push(statement);
    else if (Node.isBlock(branch)) out.push(...tickStatements(branch, tick));
    else out.push(branch);
  }
  return out;
}

/** A test that calls nothing and counts nothing, reading only parameters and `for … of` elements from outside the tick. */
function testsJobSettings(condition: Node, tick: Node): boolean {
  if (Node.isCallExpression(condition) || descendantsOfKind(condition, SyntaxKind.CallExpression).length > 0 || /\.(?:length|size)\b/.test(condition.getText())) return false;
  const names = (Node.isIdentifier(condition) ? [condition] : descendantsOfKind(condition, SyntaxKind.Identifier)).filter((id) => {
    const parent = id.getParent();
    return !(parent && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === id);
  });
  return names.length > 0 && names.every((id) => {
    const binding = resolveIdentifier(id);
    const declaration = binding.kind === 'local' ? binding.declaration : undefined;
    if (!declaration || declaration.getSourceFile() !== tick.getSourceFile() || tick.containsRange(declaration.getPos(), declaration.getEnd())) return false;
    if (Node.isParameterDeclaration(declaration)) return true;
    const list = declaration.getParent();
    return Node.isVariableDeclaration(declaration) && list !== undefined && Node.isForOfStatement(list.getParent());
  });
}

/** Options that hand a completion tools or let it run steps: an agent, not one completion. */
const AGENT_OPTIONS = ['tools', 'functions', 'tool_choice', 'toolChoice', 'toolsets', 'maxSteps', 'stopWhen', 'mcpServers'];
const MUTATOR_NAMES = 'push|unshift|splice|set|add|append|concat|assign';
const MUTATORS = new RegExp(`^(${MUTATOR_NAMES})$`);
const STATELESS_DEPTH = 4;

/**
 * `cron.schedule('0 9 * * *', async () => { const text = await createPost(); await twitter.tweet(text) })`: a tick whose
 * model calls — directly or through the project functions it calls — are all plain completions (no agent run, no
 * `tools`, no step options), built from nothing a tick leaves behind (no `this.` field, no outer `let` or collection
 * in their arguments), and which stores nothing in process state a later tick reads (no assignment to, or `push`/`set`
 * on, a field or a variable declared outside the function): the model decides nothing about the schedule and sees
 * nothing earlier ticks did — question 68's timer making stateless completions, question 18's `clean`.
 */
function makesStatelessCompletions(tick: Node, model: ProjectModel): boolean {
  return model.memoize('stateless-completions', tick, () => statelessPass(tick, model, new Set([tick]), 0));
}

function statelessPass(body: Node, model: ProjectModel, seen: Set<Node>, depth: number): boolean {
  if (writesOuterState(body, model)) return false;
  const calls = descendantsOfKind(body, SyntaxKind.CallExpression);
  for (const call of Node.isCallExpression(body) ? [body, ...calls] : calls) {
    if (startsAgentRun(call, model) || startsCliAgentRun(call, model)) return false;
    if (call.getArguments().some((arg) => readsOuterState(arg, body))) return false;
    if (isModelCall(call, model)) {
      // A framework's own model call (a pi agent's `prompt`, GAME's `agent.step()`) or a model command line may keep
      // the conversation in the agent it runs: only an SDK or HTTP completion is known to start from nothing.
      if (!(outboundCall(call, model) || isFrameworkCompletion(call, model)) || !plainCompletion(call)) return false;
      continue;
    }
    const callee = model.functionCalledBy(call);
    const calleeBody = callee?.getBody();
    if ((callee && !calleeBody) || opaqueProjectCall(call)) return false;
    if (!calleeBody) {
      if (callsFunctionThat(call, body, model, 'reaches-model@1', (inner) => reachesModel(inner, model, 1))) return false;
      continue;
    }
    if (seen.has(calleeBody) || (calleeBody.getSourceFile() === body.getSourceFile() && calleeBody.containsRange(body.getPos(), body.getEnd()))) continue;
    seen.add(calleeBody);
    if (depth >= STATELESS_DEPTH) {
      if (reachesModel(calleeBody, model)) return false;
      continue;
    }
    if (!statelessPass(calleeBody, model, seen, depth + 1)) return false;
  }
  return true;
}

/**
 * `recordTrade(decision)` for `declare function recordTrade(…)`, `journal.append(entry)` for `declare const journal`:
 * a project function or object whose work the code does not show — it may keep what the tick made.
 */
function opaqueProjectCall(call: CallExpression): boolean {
  let root: Node = unparen(call.getExpression());
  while (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root)) root = unparen(root.getExpression());
  if (!Node.isIdentifier(root)) return false;
  const binding = resolveIdentifier(root);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  return (Node.isFunctionDeclaration(declaration) && !declaration.getBody()) || (Node.isVariableDeclaration(declaration) && !declaration.getInitializer() && Node.isVariableStatement(declaration.getVariableStatement() ?? declaration) && declaration.getVariableStatement()?.hasDeclareKeyword() === true);
}

function storesFile(call: CallExpression, model: ProjectModel): boolean {
  const origin = model.resolveCall(call);
  if (!origin) return false;
  // As model-output.ts's sinkCall reads a namespace import (`import * as fs`): the export is the path's first name.
  const [exportName, path] = origin.exportName === '*' && origin.path.length ? [origin.path[0]!, origin.path.slice(1)] : [origin.exportName, origin.path];
  return model.knowledge.wholeTextSinks.some((sink) => sink.what === 'store' && sink.module === origin.module && sink.export === exportName && sink.path === path.join('.'));
}

/** A model call given no tools or step options, on a client not bound to tools (`llm.bindTools([…])`). */
function plainCompletion(call: CallExpression): boolean {
  const callee = unparen(call.getExpression());
  const receiver = Node.isPropertyAccessExpression(callee) ? unparen(callee.getExpression()) : undefined;
  if (receiver && /bindTools|bind_tools|withTools/.test(receiver.getText())) return false;
  if (receiver && Node.isIdentifier(receiver)) {
    const init = variableInitializer(receiver);
    if (init && /bindTools|bind_tools|withTools|\btools\s*:/.test(init.getText())) return false;
  }
  return call.getArguments().every((arg) => argumentObjects(arg).every((object) =>
    AGENT_OPTIONS.every((name) => propertyOf(object, name) === undefined && !object.getProperties().some((property) => Node.isSpreadAssignment(property) && !objectLiteralOf(property.getExpression())))));
}

/** The options an argument carries: its object literal, or those of the instance it names (`run(agent, …)` for `const agent = new Agent({ tools })`). */
function argumentObjects(arg: Node): ObjectLiteralExpression[] {
  const object = objectLiteralOf(arg);
  if (object) return [object];
  const value = unparen(arg);
  const init = Node.isIdentifier(value) ? variableInitializer(value) : undefined;
  const made = init ? unparen(init) : undefined;
  return made && Node.isNewExpression(made) ? made.getArguments().flatMap((inner) => objectLiteralOf(inner) ?? []) : [];
}

/** The variable or field a name or `this.x` stands for is declared outside `body` and can change between ticks. */
function outerState(node: Node, body: Node): boolean {
  const value = unparen(node);
  if (Node.isPropertyAccessExpression(value) || Node.isElementAccessExpression(value)) {
    let root: Node = value;
    while (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root)) root = unparen(root.getExpression());
    if (Node.isThisExpression(root)) return true;
    return Node.isIdentifier(root) && outerState(root, body);
  }
  if (!Node.isIdentifier(value)) return false;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  if (body.containsRange(declaration.getPos(), declaration.getEnd()) || !Node.isVariableDeclaration(declaration)) return false;
  const list = declaration.getParent();
  if (Node.isVariableDeclarationList(list) && list.getDeclarationKind() !== 'const') return true;
  // `declare const journal: Journal`: a store the code does not show, as a collection or an instance made here is one.
  const init = declaration.getInitializer();
  if (init === undefined) return true;
  const made = unparen(init);
  if (!Node.isArrayLiteralExpression(made) && !Node.isObjectLiteralExpression(made) && !Node.isNewExpression(made)) return false;
  // A collection only read (`const TOPICS = ['rust', …]`) is a constant; one the file adds to or sets keeps state.
  const name = escapeRegExp(declaration.getName());
  return new RegExp(`\\b${name}\\s*(\\.\\s*(${MUTATOR_NAMES})\\s*\\(|\\[[^\\]]*\\]\\s*=[^=])`).test(declaration.getSourceFile().getFullText());
}

/** `history`, `this.lastPost`, `state.posts`: an argument naming state that outlives the tick. */
function readsOuterState(arg: Node, body: Node): boolean {
  return [arg, ...arg.getDescendants()].some((node) => {
    if (Node.isThisExpression(node)) return Node.isPropertyAccessExpression(node.getParent());
    if (!Node.isIdentifier(node)) return false;
    const parent = node.getParent();
    return !(Node.isPropertyAccessExpression(parent) && parent.getNameNode() === node) && outerState(node, body);
  });
}

/**
 * `lastPost = text`, `this.history.push(reply)`, `seen.add(id)`, `writeFileSync(statePath, …)` (knowledge
 * `wholeTextSinks` that store): the pass keeps something for a later tick.
 */
function writesOuterState(body: Node, model: ProjectModel): boolean {
  for (const binary of descendantsOfKind(body, SyntaxKind.BinaryExpression)) {
    const kind = binary.getOperatorToken().getKind();
    if (kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment && outerState(binary.getLeft(), body)) return true;
  }
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (Node.isPropertyAccessExpression(callee) && MUTATORS.test(callee.getName()) && outerState(callee.getExpression(), body)) return true;
    if (/write|append/i.test(callee.getText()) && storesFile(call, model)) return true;
  }
  return false;
}

/** `dueTasks`, `getDueJobs()`, `isDue(job)`, `getMatchingCronJobs()`: a name for the scheduled jobs whose time has come. */
const DUE = /(?:^|[^A-Za-z])due|Due|DUE|[Cc]ron(?:Jobs|Tasks|Entries)\b/;

/**
 * `for (const task of getDueTasks()) await runAgent(task.prompt)`: a tick that runs the agent for each scheduled job whose
 * time has come — a schedule the user or the agent made at run time, re-run on every due time (questions 58 and 89): the
 * schedule, not an outside event, starts each run, so the loop over what the tick found is no question 18 poller. Through
 * the project functions the tick calls (two levels); the items are due ones when the iterated value — or the local it is
 * read from — is named for it.
 */
function runsDueJobs(body: Node, model: ProjectModel, depth: number): boolean {
  return model.memoize(`runs-due-jobs@${depth}`, body, () => {
    for (const iteration of [...descendantsOfKind(body, SyntaxKind.ForOfStatement), ...descendantsOfKind(body, SyntaxKind.CallExpression)]) {
      let items: Node | undefined;
      let each: Node | undefined;
      if (Node.isForOfStatement(iteration)) {
        items = iteration.getExpression();
        each = iteration.getStatement();
      } else {
        const callee = iteration.getExpression();
        if (!Node.isPropertyAccessExpression(callee) || !/^(map|forEach|flatMap)$/.test(callee.getName())) continue;
        items = callee.getExpression();
        each = iteration.getArguments()[0];
      }
      if (!items || !each || !namesDueItems(items)) continue;
      if (reachesModel(each, model, 0, MODEL_REACH_DEPTH) || (model.functionOfValue(each)?.getBody() !== undefined && reachesModel(model.functionOfValue(each)!.getBody()!, model))) return true;
    }
    if (depth >= 2) return false;
    const calls = descendantsOfKind(body, SyntaxKind.CallExpression);
    if (Node.isCallExpression(body)) calls.unshift(body);
    return calls.some((call) => {
      const callee = model.functionCalledBy(call)?.getBody();
      return callee !== undefined && !(callee.getSourceFile() === body.getSourceFile() && callee.containsRange(body.getPos(), body.getEnd())) && runsDueJobs(callee, model, depth + 1);
    });
  });
}

/**
 * The iterated value is named for due items: `dueJobs`, `store.getDueJobs(now)`, or a local initialised so (`const tasks
 * = getDueTasks()`, or the element of `const [jobs, lastRun] = await Promise.all([loadCronJobs(), loadLastRun()])` it names).
 */
function namesDueItems(items: Node): boolean {
  const value = unparen(items);
  if (DUE.test(value.getText())) return true;
  if (!Node.isIdentifier(value)) return false;
  const binding = resolveIdentifier(value);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  const init = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : declaration && Node.isBindingElement(declaration) ? destructuredElement(declaration) : undefined;
  return init !== undefined && DUE.test(init.getText());
}

/** `jobs` in `const [jobs, …] = [a, b]` or `= await Promise.all([a, b])`: the array element it takes (`a`). */
function destructuredElement(element: BindingElement): Node | undefined {
  const pattern = element.getParent();
  const holder = pattern.getParent();
  if (!Node.isArrayBindingPattern(pattern) || !Node.isVariableDeclaration(holder)) return undefined;
  const written = holder.getInitializer();
  let init = written && unparen(written);
  if (init && Node.isAwaitExpression(init)) init = unparen(init.getExpression());
  if (init && Node.isCallExpression(init) && /^Promise\.(all|allSettled)$/.test(init.getExpression().getText())) init = init.getArguments()[0];
  init = init && unparen(init);
  return init && Node.isArrayLiteralExpression(init) ? init.getElements()[pattern.getElements().indexOf(element)] : undefined;
}

/** The schedulers (knowledge `timerSchedulers`) whose package a file names: only those can start a timer there. */
function schedulersIn(sourceFile: import('ts-morph').SourceFile): ReadonlyArray<TimerSchedulerFact> {
  const text = sourceFile.getFullText();
  return knowledge.timerSchedulers.filter((fact) => fact.module.some((module) => text.includes(module)));
}

/**
 * `taskQueue.runPeriodically(() => this.takeAction(), ms)`, `startHeartbeat(onBeat)`: a project function that hands one
 * of its function parameters to a timer it starts (`setInterval`, a scheduler's `cron.schedule` or `new Cron`, a
 * `setTimeout` that reschedules itself) — a tick that calls it or passes it on. The caller's function is the tick,
 * and the finding is at the caller's call (questions 41, 76). One level: the helper's own timer.
 */
function timerHelperTick(call: CallExpression, model: ProjectModel): { label: string; tick: Node } | undefined {
  if (!Node.isIdentifier(call.getExpression()) && !Node.isPropertyAccessExpression(call.getExpression())) return undefined;
  if (call.getArguments().every((arg) => model.functionOfValue(arg) === undefined)) return undefined;
  const helper = model.functionCalledBy(call);
  if (!helper || helper.getFirstAncestor((a) => a === call) || call.getFirstAncestor((a) => a === helper)) return undefined;
  const started = model.memoize('timer-helper-parameter', helper, () => timerParameterOf(helper, model));
  const tick = started === undefined ? undefined : call.getArguments()[started.index];
  return tick ? { label: `${calledName(call) ?? 'a helper'}(), which runs it with ${started!.label}`, tick } : undefined;
}

/** The index of the parameter a function's own timer tick runs, when it has one, and the timer's name. */
function timerParameterOf(fn: Node, model: ProjectModel): { index: number; label: string } | undefined {
  const body = (fn as FunctionLike).getBody?.();
  if (!body || !('getParameters' in fn) || !/setInterval|setTimeout|Cron|schedule/.test(body.getText())) return undefined;
  const parameters = (fn as import('ts-morph').FunctionDeclaration).getParameters();
  if (parameters.length === 0) return undefined;
  const schedulers = schedulersIn(body.getSourceFile());
  for (const timer of descendantsOfKinds<CallExpression | NewExpression>(body, [SyntaxKind.CallExpression, SyntaxKind.NewExpression])) {
    const started = ownTimerOf(timer, schedulers, model);
    if (!started) continue;
    if (Node.isCallExpression(timer) && started.label === 'setInterval' && timerEndsWithItsCall(timer, model)) continue;
    const names = Node.isIdentifier(started.tick) ? [started.tick] : descendantsOfKind(started.tick, SyntaxKind.Identifier);
    for (const name of names) {
      const binding = resolveIdentifier(name);
      const index = binding.kind === 'local' ? parameters.findIndex((p) => p === binding.declaration) : -1;
      if (index < 0) continue;
      // A tick that reads what the run it is handed answers is the agent code (question 130): its own timer is reported.
      if (readsRunAnswer(started.tick, parameters[index]!, model)) return undefined;
      return { index, label: started.label };
    }
  }
  return undefined;
}

/**
 * `const response = await askClaude(chatId, \`[CRON] ${job.prompt}\`); await send(chatId, response)`: a tick that calls the
 * function parameter it was handed and uses the answer — builds the run's prompt and posts or stores what it says. The
 * helper holding it is the agent's code, not question 41's generic timer helper (`every(ms, fn)`, a tick that only calls
 * `fn()`), and it is labelled at its own timer, once, not at each caller (question 130).
 */
function readsRunAnswer(tick: Node, parameter: ParameterDeclaration, model: ProjectModel): boolean {
  const fn = model.functionOfValue(tick);
  const body = fn?.getBody();
  if (!body) return false;
  return descendantsOfKind(body, SyntaxKind.CallExpression).some((call) => {
    const callee = unwrapped(call.getExpression());
    if (!Node.isIdentifier(callee)) return false;
    const binding = resolveIdentifier(callee);
    if (binding.kind !== 'local' || binding.declaration !== parameter) return false;
    let node: Node = call;
    while (Node.isAwaitExpression(node.getParent()) || Node.isParenthesizedExpression(node.getParent())) node = node.getParent()!;
    const parent = node.getParent();
    return parent !== undefined && Node.isVariableDeclaration(parent) && parent.getInitializer() === node;
  });
}

/**
 * A timer started inside question 41's generic helper (`startHeartbeat(onBeat)` handing its parameter to the timer):
 * the helper's callers carry the finding, each with what it hands over — not the timer inside the helper.
 */
function inGenericTimerHelper(timer: Node, model: ProjectModel): boolean {
  for (let fn = enclosingFunctionOf(timer); fn; fn = enclosingFunctionOf(fn)) {
    if (!('getParameters' in fn)) continue;
    const helper = fn;
    const started = model.memoize('timer-helper-parameter', helper, () => timerParameterOf(helper, model));
    const parameter = started && (helper as import('ts-morph').FunctionDeclaration).getParameters()[started.index];
    // The parameter is a function the helper runs (called, or handed on as the tick), not an object whose methods it calls.
    if (parameter && descendantsOfKind(helper, SyntaxKind.Identifier).some((name) => {
      const parent = name.getParent();
      const handedToTimer = Node.isCallExpression(parent) && parent.getArguments().includes(name) && /^(?:setInterval|setTimeout)$|schedule|[Cc]ron/.test(parent.getExpression().getText());
      if (!Node.isCallExpression(parent) || (parent.getExpression() !== name && !handedToTimer)) return false;
      const binding = resolveIdentifier(name);
      return binding.kind === 'local' && binding.declaration === parameter;
    })) return true;
  }
  return false;
}

/**
 * A timer a call starts by itself: a global `setInterval(tick, ms)`; a scheduler's `cron.schedule(expression, tick)` or
 * `new Cron(pattern, tick)` (knowledge `timerSchedulers`); or, inside a helper, `setTimeout(tick, ms)` written in the
 * very function it schedules (the tick reschedules itself). Its tick: the function (or the code naming it) it runs.
 */
function ownTimerOf(call: CallExpression | NewExpression, schedulers: ReadonlyArray<TimerSchedulerFact>, model: ProjectModel): { label: string; tick: Node } | undefined {
  const callee = call.getExpression();
  if (Node.isNewExpression(call)) {
    const fact = Node.isIdentifier(callee) ? constructedScheduler(callee, schedulers) : undefined;
    // Croner's function comes after its pattern and options; CronJob's onTick right after its time.
    const tick = fact && call.getArguments().slice(1).find((arg) => model.functionOfValue(arg) !== undefined);
    return fact && tick ? { label: fact.label, tick } : undefined;
  }
  if (Node.isIdentifier(callee) && /^set(Interval|Timeout)$/.test(callee.getText())) {
    const tick = call.getArguments()[0];
    if (!tick || resolveIdentifier(callee).kind !== 'global') return undefined;
    if (callee.getText() === 'setInterval') return { label: 'setInterval', tick };
    // Rescheduled from a `catch`: another try after a failure, a retry — not a clock.
    if (call.getFirstAncestor((a) => Node.isCatchClause(a))) return undefined;
    const scheduled = model.functionOfValue(tick);
    return scheduled && scheduled !== call.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)) ? undefined
      : scheduled ? { label: 'a setTimeout that reschedules itself', tick: scheduled } : undefined;
  }
  if (schedulers.length === 0 || !Node.isCallExpression(call)) return undefined;
  const name = calledName(call);
  if (!name || !schedulers.some((fact) => !fact.construct && (fact.path.includes(name) || fact.export?.includes(name)))) return undefined;
  const origin = model.resolveCall(call);
  const fact = origin && schedulers.find((candidate) => !candidate.construct && calleeMatches(candidate, origin));
  if (!fact) return undefined;
  // The function it runs: its last argument that is (or names) a function.
  const tick = [...call.getArguments()].reverse().find((arg) => model.functionOfValue(arg) !== undefined);
  return tick ? { label: fact.label, tick } : undefined;
}

/** `new Cron(…)` with `Cron` imported from croner: the scheduler fact whose class it constructs. */
function constructedScheduler(callee: Identifier, schedulers: ReadonlyArray<TimerSchedulerFact>): TimerSchedulerFact | undefined {
  const binding = resolveIdentifier(callee);
  if (binding.kind !== 'import') return undefined;
  return schedulers.find((fact) => fact.construct && moduleMatches(fact.module, binding.module) && (fact.export ?? []).includes(binding.exportName));
}

/** A timer a call starts at this line (`ownTimerOf`, not a `setTimeout`: one pass), or through a project helper. */
function timerOf(call: CallExpression | NewExpression, schedulers: ReadonlyArray<TimerSchedulerFact>, model: ProjectModel): { label: string; tick: Node } | undefined {
  const callee = call.getExpression();
  if (Node.isIdentifier(callee) && callee.getText() === 'setTimeout') return undefined;
  const own = ownTimerOf(call, schedulers, model);
  if (own) return own;
  return Node.isCallExpression(call) ? timerHelperTick(call, model) : undefined;
}

function checkLoops(context: RuleContext): void {
  const { sourceFile, model } = context;
  for (const node of model.nodesOfKinds(sourceFile, [SyntaxKind.WhileStatement, SyntaxKind.DoStatement, SyntaxKind.ForStatement])) {
    if (!isUnboundedAgentLoop(node, model)) continue;
    const head = Node.isDoStatement(node) ? 'do … while' : node.getText().split('{')[0]!.trim();
    context.report({
      node,
      message: `This agent loop (${head.slice(0, 40)}) calls an LLM with no step, turn or budget bound: the model decides when it ends, so a confused model loops — and spends — without limit. Count iterations and stop at a maximum (or track a token/cost budget).`,
      confidence: 'high',
    });
  }
}

/** Whether a `while`/`do`/`for` statement is an agent loop with no bound (memoised: recursion asks it too). */
function isUnboundedAgentLoop(node: Node, model: ProjectModel): boolean {
  if (!Node.isWhileStatement(node) && !Node.isDoStatement(node) && !Node.isForStatement(node)) return false;
  // Loops whose calls lead back to one another: the one asked again is not taken as covering the other.
  if (judgingLoops.has(node)) return false;
  judgingLoops.add(node);
  try {
    return judgeLoop(node, model);
  } finally {
    judgingLoops.delete(node);
  }
}

const judgingLoops = new Set<Node>();

function judgeLoop(node: import('ts-morph').WhileStatement | import('ts-morph').DoStatement | import('ts-morph').ForStatement, model: ProjectModel): boolean {
  return model.memoize('unbounded-agent-loop', node, () => {
    const condition = Node.isForStatement(node) ? node.getCondition() : node.getExpression();
    // A comparison, or a queue/list that drains, bounds the loop — unless the code makes the bound optional.
    const body = node.getStatement();
    if (condition && (hasRelational(condition, 'continue') || drainsList(condition, body, model) || settlesFiniteList(condition, body))) return false;
    if (Node.isForStatement(node) && condition && !isConstantTrue(condition) && !hasRelational(condition)) return false;
    if (hasBoundedExit(body, node, undefined, [], model) || loopsBackOnlyUnderBound(node, body)) return false;
    if (!reachesModel(body, model)) return false;
    // Polling an Assistants run and handing back its tool outputs: the server ends the run (it expires), not the model.
    if (!reachesModelBesideRunContinuations(body, model)) return false;
    // A loop testing state of its own (`while (!this.state.answer)`, `while (phase !== DONE)`) keeps its bound near the
    // model call it makes (a counter a helper decrements, a throw past a maximum): one whose model call is more than
    // three calls down is not judged. A run loop (`while (true)`, `while (this.running)`) is followed all the way.
    if (condition && !isConstantTrue(condition) && !isStopFlag(condition) && !reachesModel(body, model, 0, SHALLOW_DEPTH)) return false;
    if (condition && !isConstantTrue(condition) && !isStopFlag(condition) && stepCapsCount(body, model)) return false;
    if (endsOnModelAnswer(node, body, model)) return false;
    if (waitsOnPersonEveryTurn(body, model) || waitsOnOutsideEventEveryTurn(body, model) || drainsOutsideQueue(node, body)) return false;
    if (pollsForEvents(node, condition, body, model)) return false;
    return !modelReachedOnlyThroughInnerLoops(node, body, model);
  });
}

/** As deep as `reachesModel` goes: the same question, with run continuations left out. */
const MAX_CONTINUATION_DEPTH = MODEL_REACH_DEPTH;

/** A model call, or a coding agent's CLI or an SDK's agent run (its own model loop: one run of the agent, as `reachesModel` counts it). */
function runsModel(call: CallExpression, model: ProjectModel): boolean {
  return isModelCall(call, model) || startsCliAgentRun(call, model) || startsAgentRun(call, model);
}
const RUN_CONTINUATION_NAMES = new Set(knowledge.serverExpiringRunCalls.flatMap((fact) => fact.path.map((path) => path.split('.').pop()!)));

/**
 * Whether the body reaches a model by another way than carrying on a run the server bounds (knowledge
 * `serverExpiringRunCalls`: `runs.submitToolOutputs` on a run made before the loop). A loop that starts a run, or calls a
 * model of its own, still reaches one.
 */
function reachesModelBesideRunContinuations(body: Node, model: ProjectModel, depth = 0): boolean {
  const calls = Node.isCallExpression(body) ? [body] : [];
  for (const call of [...calls, ...descendantsOfKind(body, SyntaxKind.CallExpression)]) {
    if (continuesServerBoundedRun(call, model)) continue;
    if (runsModel(call, model)) return true;
    if (depth >= MAX_CONTINUATION_DEPTH) continue;
    if (callsFunctionThat(call, body, model, `reaches-model-beside-runs@${depth + 1}`, (calleeBody) => reachesModelBesideRunContinuations(calleeBody, model, depth + 1))) return true;
  }
  return false;
}

function continuesServerBoundedRun(call: CallExpression, model: ProjectModel): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !RUN_CONTINUATION_NAMES.has(callee.getName())) return false;
  const origin = model.resolveCall(call);
  return origin !== undefined && knowledge.serverExpiringRunCalls.some((fact) => calleeMatches(fact, origin));
}

/**
 * `while (true) { try { return await openai.chat.completions.create(…) } catch { await sleep(backoff(count++)) } }`:
 * every model call of the loop is returned as it comes, so the first answer ends the loop — a retry loop (another
 * rule's business), not a loop the model's output keeps going.
 */
function endsOnModelAnswer(loop: Node, body: Node, model: ProjectModel): boolean {
  const owner = (node: Node) => node.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  const loopOwner = owner(loop);
  let returned = 0;
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    if (owner(call) !== loopOwner) continue;
    let node: Node = call;
    let parent = node.getParent();
    while (parent && (Node.isAwaitExpression(parent) || Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent))) {
      node = parent;
      parent = parent.getParent();
    }
    const isReturned = parent !== undefined && Node.isReturnStatement(parent);
    if (!reachesModel(call, model)) continue;
    if (!isReturned) return false;
    returned++;
  }
  return returned > 0;
}

/**
 * A loop whose every way to the model is a call of a project function that holds an unbounded agent loop of its own
 * (`while (true) { for await (const e of streamAgent(state)) … }`): the inner loop is the one the model drives, and
 * it is reported there — the outer loop is not reported a second time.
 */
function modelReachedOnlyThroughInnerLoops(loop: Node, body: Node, model: ProjectModel): boolean {
  let covered = false;
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    if (runsModel(call, model)) return false;
    const callee = model.functionCalledBy(call);
    const calleeBody = callee?.getBody();
    if (!callee || !calleeBody) {
      if (reachesModel(call, model)) return false;
      continue;
    }
    if (calleeBody.getSourceFile() === loop.getSourceFile() && calleeBody.containsRange(loop.getPos(), loop.getEnd())) return false;
    if (!reachesModel(calleeBody, model)) continue;
    const inner = [...descendantsOfKind(calleeBody, SyntaxKind.WhileStatement), ...descendantsOfKind(calleeBody, SyntaxKind.DoStatement), ...descendantsOfKind(calleeBody, SyntaxKind.ForStatement)];
    if (!inner.some((statement) => isUnboundedAgentLoop(statement, model))) return false;
    covered = true;
  }
  return covered;
}

/** A self-call inside an agent loop of the same function that is reported: one loop, reported once, at the loop. */
function insideReportedLoop(self: Node, fn: Node, model: ProjectModel): boolean {
  for (const ancestor of self.getAncestors()) {
    if (ancestor === fn) return false;
    if ((Node.isWhileStatement(ancestor) || Node.isDoStatement(ancestor) || Node.isForStatement(ancestor)) && isUnboundedAgentLoop(ancestor, model)) return true;
  }
  return false;
}

/**
 * `prepareStep` beside the never-ending `stopWhen` returns `{ toolChoice: 'none' }` or `{ activeTools: [] }` on some
 * path (a time or token budget spent): the next step cannot call a tool, so the loop ends there — the budget bounds it.
 */
function prepareStepSwitchesToolsOff(property: Node): boolean {
  const options = property.getParent();
  if (!options || !Node.isObjectLiteralExpression(options)) return false;
  const prepare = options.getProperty('prepareStep');
  const fn = prepare && Node.isPropertyAssignment(prepare) ? prepare.getInitializer() : prepare;
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return false;
  return fn.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression).some((returned) => {
    const choice = returned.getProperty('toolChoice');
    const choiceValue = choice && Node.isPropertyAssignment(choice) ? choice.getInitializer()?.getText() : undefined;
    const active = returned.getProperty('activeTools');
    const activeValue = active && Node.isPropertyAssignment(active) ? active.getInitializer()?.getText().replace(/\s+/g, '') : undefined;
    return choiceValue === "'none'" || choiceValue === '"none"' || activeValue === '[]';
  });
}

/**
 * A daemon that polls (corpus README question 18): it never leaves the loop (only a stop flag or the process
 * ends it), waits a fixed interval on every pass, and calls a model only for what the pass found — inside a
 * loop over new items or under a condition — never unconditionally on every pass. The model's output does not
 * decide whether it goes on. An autonomous loop that asks the model on every pass is still reported.
 */
function pollsForEvents(loop: Node, condition: Node | undefined, body: Node, model: ProjectModel): boolean {
  if (condition && !isConstantTrue(condition) && !isStopFlag(condition)) return false;
  if (!Node.isBlock(body)) return false;
  const passes = topLevelStatements(body);
  if (!passes.some(isIntervalWait)) return false;
  if (leavesLoop(loop, body, true)) return false;
  return passes.every((statement) => isBranchOrLoop(statement) ? !testsCarriedState(statement, loop, body) || !reachesModel(statement, model) : !reachesModelEveryPass(statement, model, 0));
}

/**
 * Whether a statement of a poller's pass calls the model unconditionally: itself, or through a project function
 * (`await runOneCycle()`) that does so at its own top level — a helper that calls the model only in its loop over
 * what it fetched, or under a condition, answers events like the poller itself (question 18).
 */
function reachesModelEveryPass(statement: Node, model: ProjectModel, depth: number, self?: Node, clockTests = false): boolean {
  if (!reachesModel(statement, model)) return false;
  if (depth >= 2) return true;
  const calls = descendantsOfKind(statement, SyntaxKind.CallExpression);
  if (Node.isCallExpression(statement)) calls.unshift(statement);
  for (const call of calls) {
    // `items.map(async (item) => reply(item))`: a call made per item found is a loop over them, like `for … of`.
    if (insideIteration(call, statement) || insideEventHandler(call, statement)) continue;
    if (!reachesModel(call, model)) continue;
    if (runsModel(call, model)) return true;
    const fn = model.functionCalledBy(call);
    // A timer loop's call of itself is the next pass, not this one's model call.
    if (self && fn === self) continue;
    const body = fn?.getBody();
    // `this.poll().catch(log)`: a call that reaches the model only through a call written inside it is judged there.
    if (!fn && descendantsOfKind(call, SyntaxKind.CallExpression).some((inner) => reachesModel(inner, model))) continue;
    if (!body || !Node.isBlock(body) || body.containsRange(statement.getPos(), statement.getEnd())) return true;
    // With `clockTests`, a helper's test of the clock (`if (Date.now() - lastPost > interval)`) runs its branch every pass.
    const passes = beforeTakenItemGuard(clockTests ? passStatements(body) : topLevelStatements(body));
    if (passes.some((inner) => {
      const part = everyPassPart(inner);
      return part !== undefined && reachesModelEveryPass(part, model, depth + 1, self, clockTests);
    })) return true;
  }
  return false;
}

const ITERATION = /^(map|forEach|flatMap|filter|reduce|some|every|find)$/;

/** A call written in a callback handed to an array's iteration method (`found.map((m) => …)`), inside `statement`. */
function insideIteration(call: Node, statement: Node): boolean {
  for (let node = call.getParent(); node && node !== statement; node = node.getParent()) {
    if (!(Node.isArrowFunction(node) || Node.isFunctionExpression(node))) continue;
    const holder = node.getParent();
    if (!holder || !Node.isCallExpression(holder)) continue;
    const callee = holder.getExpression();
    if (Node.isPropertyAccessExpression(callee) && ITERATION.test(callee.getName())) return true;
  }
  return false;
}

const SUBSCRIPTION = /^(on|once|addListener|prependListener|addEventListener)$/;

/**
 * A call written in a listener handed to an event subscription (`worker.on('message', (msg) => prompt(msg))`), inside
 * `statement`: made once per event the emitter delivers, not once per pass (question 18's daemon answering events).
 */
function insideEventHandler(call: Node, statement: Node): boolean {
  for (let node = call.getParent(); node && node !== statement; node = node.getParent()) {
    if (!(Node.isArrowFunction(node) || Node.isFunctionExpression(node))) continue;
    const holder = node.getParent();
    if (!holder || !Node.isCallExpression(holder) || !holder.getArguments().includes(node)) continue;
    const callee = holder.getExpression();
    if (Node.isPropertyAccessExpression(callee) && SUBSCRIPTION.test(callee.getName())) return true;
  }
  return false;
}

/**
 * A branch whose test reads state the loop carries from pass to pass and writes itself (`if (taskList.length > 0)` with
 * `taskList.push(…)` of the tasks a model made: BabyAGI): the model's output feeds the next pass — not a poller's event.
 */
function testsCarriedState(statement: Node, loop: Node, body: Node): boolean {
  const test = Node.isIfStatement(statement) || Node.isWhileStatement(statement) || Node.isDoStatement(statement) ? statement.getExpression()
    : Node.isForOfStatement(statement) || Node.isForInStatement(statement) ? statement.getExpression()
    : Node.isForStatement(statement) ? statement.getCondition() : Node.isSwitchStatement(statement) ? statement.getExpression() : undefined;
  if (!test) return false;
  const identifiers = Node.isIdentifier(test) ? [test] : descendantsOfKind(test, SyntaxKind.Identifier);
  return identifiers.some((id) => {
    const binding = resolveIdentifier(id);
    const declaration = binding.kind === 'local' ? binding.declaration : undefined;
    if (!declaration || loop.containsRange(declaration.getPos(), declaration.getEnd())) return false;
    const name = id.getText();
    const mutated = descendantsOfKind(body, SyntaxKind.CallExpression).some((call) => {
      const callee = call.getExpression();
      return Node.isPropertyAccessExpression(callee) && callee.getExpression().getText() === name && /^(?:push|unshift|splice|set|add)$/.test(callee.getName());
    });
    return mutated || descendantsOfKind(body, SyntaxKind.BinaryExpression).some((b) =>
      b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && b.getLeft().getText() === name);
  });
}

/** `!state.running`, `this.stopped`, `shouldStop`: a flag, named for it, that another part of the program flips to stop the daemon. */
function isNamedStopFlag(condition: Node): boolean {
  let node = condition;
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) node = node.getOperand();
  const name = Node.isIdentifier(node) ? node.getText() : Node.isPropertyAccessExpression(node) ? node.getName() : undefined;
  return name !== undefined && /^(is)?(running|active|enabled|stopp?ed|stop|shouldStop|stopRequested|shutdown|shuttingDown|cancell?ed|aborted)$/i.test(name);
}

/** `!this.stopped`, `this.running`, `!stopRequested`: a flag another part of the program flips to stop the daemon. */
function isStopFlag(condition: Node): boolean {
  let node = condition;
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) node = node.getOperand();
  return Node.isIdentifier(node) || (Node.isPropertyAccessExpression(node) && Node.isThisExpression(node.getExpression()));
}

/** The statements every pass runs: the body's own, and those of a `try` block at its top level. */
/**
 * A pass's statements up to `if (!task) return` where `task` is what an earlier statement took from a store
 * (`const task = this.store.nextPending()`) and a later one marks in the same store (`this.store.update(task.id, …)`):
 * the rest runs once per queued item the pass found, as in a loop over them (question 18's poller, question 144) — the
 * queue's content, not the tick, decides how often. The next due job of a schedule (`nextDue()`) is question 108's
 * due-task tick: not cut.
 */
function beforeTakenItemGuard(statements: Node[]): Node[] {
  const guard = statements.findIndex((statement, index) => {
    if (!Node.isIfStatement(statement) || statement.getElseStatement() || !endsInExit(statement.getThenStatement())) return false;
    const tested = unparen(statement.getExpression());
    const item = Node.isPrefixUnaryExpression(tested) && tested.getOperatorToken() === SyntaxKind.ExclamationToken ? unparen(tested.getOperand()) : undefined;
    const declaration = item && Node.isIdentifier(item) ? localDeclarationWithin(item, statement.getParentOrThrow()) : undefined;
    if (!declaration || !statements.slice(0, index).some((earlier) => earlier.containsRange(declaration.getPos(), declaration.getEnd()))) return false;
    let taken = declaration.getInitializer();
    while (taken && (Node.isAwaitExpression(taken) || Node.isParenthesizedExpression(taken))) taken = taken.getExpression();
    const getter = taken && Node.isCallExpression(taken) ? taken.getExpression() : undefined;
    if (!getter || !Node.isPropertyAccessExpression(getter) || DUE.test(getter.getName())) return false;
    const store = getter.getExpression().getText();
    const name = item!.getText();
    return statements.slice(index + 1).some((later) => [later, ...descendantsOfKind(later, SyntaxKind.CallExpression)].some((call) => {
      if (!Node.isCallExpression(call)) return false;
      const callee = call.getExpression();
      return Node.isPropertyAccessExpression(callee) && callee.getExpression().getText() === store && callee !== getter &&
        call.getArguments().some((arg) => arg.getText() === name || arg.getText() === `${name}.id`);
    }));
  });
  return guard < 0 ? statements : statements.slice(0, guard);
}

function topLevelStatements(body: Node): Node[] {
  const out: Node[] = [];
  for (const statement of (body as import('ts-morph').Block).getStatements()) {
    if (Node.isTryStatement(statement)) out.push(...statement.getTryBlock().getStatements());
    else out.push(statement);
  }
  return out;
}

const INTERVAL_WAIT = /^await\s+(?:new\s+Promise\b[\s\S]*\bsetTimeout\b|(?:this\.)?(?:sleep|delay|wait|setTimeout|pause|(?!(?:get|compute|calc|calculate|next|resolve|read|load|fetch|parse|to)[A-Z])[a-z]\w*(?:Sleep|Delay))\s*\()/;

/**
 * `await new Promise((r) => setTimeout(r, POLL_MS))`, `await sleep(interval)`, `await interruptibleSleep(ms)` (a name
 * compounded with Sleep or Delay): the pass waits its interval. A name that works the delay out (`getRetryDelay`,
 * `computeDelay`) answers a number and waits for nothing.
 */
function isIntervalWait(statement: Node): boolean {
  return Node.isExpressionStatement(statement) && INTERVAL_WAIT.test(statement.getExpression().getText());
}

/**
 * `for (let attempt = 0; attempt < this.maxRetries; attempt++) { try { return await client.create(…) } catch { … } }`: a
 * counted loop that returns from a `try` — a retry of one call, which runs on every pass like the call itself, not a
 * loop over items found (no `.length`/`.size` in its count).
 */
function retriesUntilAnswer(statement: Node): boolean {
  if (!Node.isForStatement(statement) && !Node.isWhileStatement(statement) && !Node.isDoStatement(statement)) return false;
  const condition = Node.isForStatement(statement) ? statement.getCondition() : statement.getExpression();
  if (!condition || !hasRelational(condition) || /\.(?:length|size)\b/.test(condition.getText())) return false;
  const fn = enclosingFunctionOf(statement);
  return descendantsOfKind(statement.getStatement(), SyntaxKind.ReturnStatement).some((exit) =>
    enclosingFunctionOf(exit) === fn && exit.getAncestors().some((a) => Node.isTryStatement(a) && statement.containsRange(a.getPos(), a.getEnd()) && a.getTryBlock().containsRange(exit.getPos(), exit.getEnd())));
}

/**
 * What of a pass's statement runs on every pass: the statement itself — a retry of one call (retriesUntilAnswer) too —,
 * or for a `for … of` its iterable, made once each pass (`for await (const message of query({ prompt }))` starts an
 * agent run every pass; the loop over what it yields is not a loop over items found). Nothing else of a branch or loop.
 */
function everyPassPart(statement: Node): Node | undefined {
  if (!isBranchOrLoop(statement) || retriesUntilAnswer(statement)) return statement;
  return Node.isForOfStatement(statement) ? statement.getExpression() : undefined;
}

function isBranchOrLoop(statement: Node): boolean {
  return Node.isIfStatement(statement) || Node.isForOfStatement(statement) || Node.isForInStatement(statement) || Node.isForStatement(statement) ||
    Node.isWhileStatement(statement) || Node.isDoStatement(statement) || Node.isSwitchStatement(statement);
}

/**
 * A `break` of this loop or a `return` from its function inside the body; with `exceptStopFlag`, not one taken only
 * when a stop flag says so (`if (!state.running) return`): that is how a daemon is stopped, not the model's decision.
 */
function leavesLoop(loop: Node, body: Node, exceptStopFlag = false): boolean {
  const fn = loop.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  for (const exit of [...body.getDescendantsOfKind(SyntaxKind.BreakStatement), ...body.getDescendantsOfKind(SyntaxKind.ReturnStatement)]) {
    const owner = exit.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
    if (owner !== fn) continue;
    if (exceptStopFlag && exit.getAncestors().some((a) => Node.isIfStatement(a) && body.containsRange(a.getPos(), a.getEnd()) && a.getThenStatement().containsRange(exit.getPos(), exit.getEnd()) && isNamedStopFlag(a.getExpression()))) continue;
    if (Node.isReturnStatement(exit) || ownLoop(exit) === loop) return true;
  }
  return false;
}

/** `async function* runner() { … yield* runner() }`: a function expression called by its own name, inside itself. */
function namesItself(call: CallExpression, fn: Node): boolean {
  if (!Node.isFunctionExpression(fn)) return false;
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee)) return false;
  const binding = resolveIdentifier(callee);
  return binding.kind === 'local' && binding.declaration === fn;
}

function checkRecursion(context: RuleContext): void {
  const { sourceFile, model } = context;
  const kinds = [SyntaxKind.FunctionDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.ArrowFunction, SyntaxKind.FunctionExpression];
  let armers: Map<string, Set<string>> | undefined;
  for (const fn of model.nodesOfKinds<FunctionLike>(sourceFile, kinds)) {
    const body = fn.getBody();
    if (!body) continue;
    const name = functionName(fn);
    if (!name) continue;
    // Calls by the function's own name first (text only), then resolved: a recursion is rare, resolving is not free.
    const direct = descendantsOfKind(body, SyntaxKind.CallExpression).find((call) => calledName(call) === name && (model.functionCalledBy(call) === fn || namesItself(call, fn)))
      ?? timerReference(fn, body, name);
    armers ??= timerArmers(sourceFile);
    const rearms = direct ? [] : rearmCalls(fn, body, name, armers, model);
    const self = direct ?? rearms[0] ?? callThroughSibling(fn, body, name, model);
    if (!self) continue;
    // The model call may be in the function or in the helpers it calls (`complete()` → `tooledComplete()` → SDK).
    if (!reachesModel(body, model)) continue;
    const onTimer = rearms.length > 0 || reschedulesOnTimer(self, body);
    // An agent that reschedules itself on a timer is question 22's timer loop: one whose pass calls the model only for
    // what it found (new mentions, a loop over fetched items) is question 18's event daemon.
    if (onTimer && !passRunsModel(fn, body, model) && !runsDueJobs(body, model, 0)) continue;
    // Question 41's generic helper rescheduling the function it was handed: reported at its callers. A reschedule made
    // only from a `catch` is another try after a failure — a retry, not a clock (as for `ownTimerOf`).
    if (onTimer && (inGenericTimerHelper(self, model) || (direct !== undefined && self.getFirstAncestor((a) => Node.isCatchClause(a) && body.containsRange(a.getPos(), a.getEnd())) !== undefined))) continue;
    if (rearms.length > 0) {
      // `check()` re-arms the timer that runs it (`this.arm()` → `setTimeout(() => this.check())`) from each early
      // return and from `finally`: a way out that re-arms on its way stops nothing; one finding per re-arm that no
      // bound guards (questions 53, 96 and 123).
      // A probability gate (`if (Math.random() > p) { this.arm(); return }`) skips one run, it bounds nothing.
      const found = rearms.filter((call) => !hasBoundedExit(body, undefined, call, rearms) && (!guardedByComparison(call, body) || underRandomDraw(call, body)));
      if (found.length === 0 || waitsOnPersonEveryTurn(body, model)) continue;
      for (const call of found) {
        context.report({
          node: call,
          message: `${name}() calls an LLM and then arms the timer that runs it again (${calledName(call)}()), with no bound: each run acts on what the previous ones did, and only the process's end stops it. Count the runs and stop at a maximum (or track a token/cost budget).`,
          confidence: 'high',
        });
      }
      continue;
    }
    if (hasBoundedExit(body, undefined, self) || guardedByComparison(self, body) ||
      (Node.isCallExpression(self) && (recursesOnceByFlag(self, fn, body) || countsDepthDown(self, fn, body)))) continue;
    if (guardedByThrowingCall(self, body, model)) continue;
    if (waitsOnPersonEveryTurn(body, model)) continue;
    if (insideReportedLoop(self, fn, model)) continue;
    // An agent that reschedules itself on a timer from two places (after a step, and after a failure) runs on from
    // each: one finding per rescheduling call (test/corpus/README.md question 53).
    const rescheduled = !onTimer ? [] : timerSelfCalls(fn, body, name, model)
      .filter((call) => call !== self && !hasBoundedExit(body, undefined, call) && !guardedByComparison(call, body));
    for (const call of [self, ...rescheduled]) {
      context.report({
        node: call,
        message: reschedulesOnTimer(call, body)
          ? `${name}() calls an LLM and then schedules itself again on a timer, with no bound: each run acts on what the previous ones did, and only the process's end stops it. Count the runs and stop at a maximum (or track a token/cost budget).`
          : `${name}() calls an LLM and then itself${!Node.isCallExpression(call) || calledName(call) === name ? '' : ` (through ${calledName(call as CallExpression)}())`} with no depth or budget bound: the model decides how deep it goes. Pass a depth (or remaining budget) and stop at a maximum.`,
        confidence: 'high',
      });
    }
  }
}

/**
 * The functions of a file that start a timer running another function by name (`arm() { setTimeout(() => this.check(),
 * ms) }`): the name each timer callback calls, to the names of the functions arming it. Text only.
 */
function timerArmers(sourceFile: Node): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!/\bset(?:Timeout|Immediate)\s*\(/.test(sourceFile.getFullText())) return out;
  for (const timer of descendantsOfKind(sourceFile, SyntaxKind.CallExpression)) {
    if (!isGlobalTimer(timer)) continue;
    const callback = timer.getArguments()[0];
    if (!callback || !(Node.isArrowFunction(callback) || Node.isFunctionExpression(callback))) continue;
    const armer = timer.getFirstAncestor((a) => a !== callback && (Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)));
    const armerName = armer && functionName(armer);
    if (!armerName) continue;
    for (const call of descendantsOfKind(callback, SyntaxKind.CallExpression)) {
      const runs = calledName(call);
      if (!runs || runs === armerName || !handedToTimer(call, armer)) continue;
      const names = out.get(runs) ?? new Set<string>();
      names.add(armerName);
      out.set(runs, names);
    }
  }
  return out;
}

/**
 * `check()` calls `this.arm()`, whose `setTimeout(() => this.check(), ms)` runs it again: the calls by which a function
 * re-arms the timer that runs it, through another function of its file that arms it (names first, then resolved).
 */
function rearmCalls(fn: FunctionLike, body: Node, name: string, armers: Map<string, Set<string>>, model: ProjectModel): CallExpression[] {
  const names = armers.get(name);
  if (!names) return [];
  const arms = new Map<Node, boolean>();
  return descendantsOfKind(body, SyntaxKind.CallExpression).filter((call) => {
    const armName = calledName(call);
    if (!armName || !names.has(armName)) return false;
    const arm = model.functionCalledBy(call);
    const armBody = arm?.getBody();
    if (!arm || arm === fn || !armBody || arm.getSourceFile() !== fn.getSourceFile()) return false;
    let rearms = arms.get(arm);
    if (rearms === undefined) {
      rearms = descendantsOfKind(armBody, SyntaxKind.CallExpression).some((inner) => calledName(inner) === name && handedToTimer(inner, armBody) && model.functionCalledBy(inner) === fn);
      arms.set(arm, rearms);
    }
    return rearms;
  });
}

/** `if (Math.random() > config.probability) { … }`: a call in a branch a random draw decides. */
function underRandomDraw(call: Node, body: Node): boolean {
  for (let node = call.getParent(); node && node !== body; node = node.getParent()) {
    if (Node.isIfStatement(node) && /\bMath\.random\(\)/.test(node.getExpression().getText())) return true;
  }
  return false;
}

/** `setTimeout(loop, ms)` inside `loop`: the function handed to a timer by its own name. */
function timerReference(fn: Node, body: Node, name: string): Identifier | undefined {
  return timerReferences(fn, body, name)[0];
}

function timerReferences(fn: Node, body: Node, name: string): Identifier[] {
  if (!body.getText().includes(name)) return [];
  return descendantsOfKind(body, SyntaxKind.Identifier).filter((id) => {
    if (id.getText() !== name) return false;
    const holder = id.getParent();
    if (!Node.isCallExpression(holder) || holder.getArguments()[0] !== id || !isGlobalTimer(holder)) return false;
    const binding = resolveIdentifier(id);
    if (binding.kind !== 'local') return false;
    const declaration = binding.declaration;
    return declaration === fn || (Node.isVariableDeclaration(declaration) && declaration.getInitializer() === fn);
  });
}

/** The calls and references by which a function hands itself to a timer (question 53: one finding each). */
function timerSelfCalls(fn: FunctionLike, body: Node, name: string, model: ProjectModel): Node[] {
  const calls = descendantsOfKind(body, SyntaxKind.CallExpression)
    .filter((call) => calledName(call) === name && handedToTimer(call, body) && (model.functionCalledBy(call) === fn || namesItself(call, fn)));
  return [...calls, ...timerReferences(fn, body, name)].sort((a, b) => a.getPos() - b.getPos());
}

function isGlobalTimer(call: CallExpression): boolean {
  const callee = call.getExpression();
  return Node.isIdentifier(callee) && /^(setTimeout|setImmediate)$/.test(callee.getText()) && resolveIdentifier(callee).kind === 'global';
}

/** A self-call made from a timer callback, or the function handed to a timer by name. */
function reschedulesOnTimer(self: Node, body: Node): boolean {
  if (Node.isIdentifier(self)) return true;
  return handedToTimer(self, body);
}

/**
 * Whether each pass of a timer loop runs the model on its own initiative: a statement of the pass that reaches the model
 * unconditionally (also through the project functions it calls), or under a test of the clock (`if (Date.now() >
 * lastPost + delay)`: the schedule, not an outside event). A pass that calls the model only in a branch or loop over
 * what it fetched (new mentions) answers events (question 18).
 */
function passRunsModel(fn: Node, body: Node, model: ProjectModel): boolean {
  if (!Node.isBlock(body)) return reachesModel(body, model);
  return passStatements(body).some((statement) => !isBranchOrLoop(statement) && reachesModelEveryPass(statement, model, 0, fn));
}

/** The statements of a pass, with those under a schedule check (a test of the clock) taken as unconditional. */
function passStatements(body: import('ts-morph').Block): Node[] {
  const out: Node[] = [];
  for (const statement of topLevelStatements(body)) {
    if (Node.isIfStatement(statement) && isScheduleCheck(statement.getExpression())) {
      for (const branch of [statement.getThenStatement(), statement.getElseStatement()]) {
        if (!branch) continue;
        if (Node.isBlock(branch)) out.push(...passStatements(branch));
        else out.push(branch);
      }
      continue;
    }
    out.push(statement);
  }
  return out;
}

/**
 * `Date.now() > lastPost + delay`, `timeElapsed >= targetInterval`: a test of the clock against the time since the last
 * run — when to act next, not how many times (a budget names its maximum: `elapsed > maxDurationMs` is a bound).
 */
function isScheduleCheck(condition: Node): boolean {
  const text = condition.getText();
  return /last|Last|interval|Interval|delay|Delay|cooldown|Cooldown|elapsed|Elapsed|Date\.now\(\)|getTime\(\)/.test(text) && !/max|Max|MAX|limit|Limit|LIMIT|budget|Budget|deadline|Deadline|timeout|Timeout|TIMEOUT/.test(text);
}

/**
 * `setTimeout(() => run(0), ms)`: a call made from a callback handed to a timer, written in `body` — also from a promise
 * continuation the timer's callback starts (`setTimeout(() => poll().then(() => next()), ms)`).
 */
function handedToTimer(call: Node, body: Node): boolean {
  for (let node = call.getParent(); node && node !== body; node = node.getParent()) {
    if (!(Node.isArrowFunction(node) || Node.isFunctionExpression(node))) continue;
    const holder = node.getParent();
    if (!Node.isCallExpression(holder)) return false;
    const callee = holder.getExpression();
    if (Node.isPropertyAccessExpression(callee) && /^(then|catch|finally)$/.test(callee.getName())) continue;
    return Node.isIdentifier(callee) && /^(setTimeout|setImmediate)$/.test(callee.getText()) && resolveIdentifier(callee).kind === 'global';
  }
  return false;
}

/**
 * `this.errorCounter.use(err); return this.runIteration(request)`: a call made on the way to the self-call whose
 * project function throws once a count passes its limit (`if (this.remaining < 0) throw …`) bounds the recursion.
 */
function guardedByThrowingCall(self: Node, body: Node, model: ProjectModel): boolean {
  for (let node: Node = self; node !== body; ) {
    const parent = node.getParent();
    if (!parent) return false;
    if (Node.isBlock(parent)) {
      for (const statement of parent.getStatements()) {
        if (statement === node || statement.getPos() >= node.getPos()) break;
        if (!Node.isExpressionStatement(statement)) continue;
        const call = unparen(statement.getExpression());
        const made = Node.isAwaitExpression(call) ? unparen(call.getExpression()) : call;
        if (!Node.isCallExpression(made)) continue;
        const callee = model.functionCalledBy(made)?.getBody();
        if (callee && throwsAtBound(callee)) return true;
      }
    }
    node = parent;
  }
  return false;
}

/**
 * `while (state.phase === 'review' || state.phase === 'plan') { state = await runPhase(state) }` where `runPhase` stops the
 * machine once a count passes its maximum (`if (state.revisions >= config.maxRevisions) { state.phase = 'complete';
 * return state }`): a loop testing its own state whose step function, called every pass, caps a count — the bound kept
 * beside the model call, one call down.
 */
function stepCapsCount(body: Node, model: ProjectModel): boolean {
  const statements = Node.isBlock(body) ? topLevelStatements(body) : [body];
  return statements.some((statement) => {
    const expression = Node.isExpressionStatement(statement) ? unparen(statement.getExpression())
      : Node.isVariableStatement(statement) && statement.getDeclarations().length === 1 ? statement.getDeclarations()[0]!.getInitializer() : undefined;
    if (!expression) return false;
    let made = Node.isBinaryExpression(expression) && expression.getOperatorToken().getKind() === SyntaxKind.EqualsToken ? unparen(expression.getRight()) : unparen(expression);
    if (Node.isAwaitExpression(made)) made = unparen(made.getExpression());
    if (!Node.isCallExpression(made)) return false;
    const step = model.functionCalledBy(made)?.getBody();
    return step !== undefined && model.memoize('step-caps-count', step, () => descendantsOfKind(step, SyntaxKind.IfStatement).some((branch) => {
      const test = branch.getExpression();
      if (!hasRelational(test, 'exit') || !/max|limit/i.test(test.getText())) return false;
      const then = branch.getThenStatement();
      return Node.isReturnStatement(then) || Node.isThrowStatement(then) || descendantsOfKind(then, SyntaxKind.ReturnStatement).length > 0 || descendantsOfKind(then, SyntaxKind.ThrowStatement).length > 0;
    }));
  });
}

/** `if (remaining < 0) { …; throw error }` in a function's body (not in a function nested in it). */
function throwsAtBound(body: Node): boolean {
  return descendantsOfKind(body, SyntaxKind.IfStatement).some((statement) => {
    const then = statement.getThenStatement();
    const throws = Node.isThrowStatement(then) || descendantsOfKind(then, SyntaxKind.ThrowStatement).length > 0;
    return throws && hasRelational(statement.getExpression(), 'exit');
  });
}

/**
 * Recursion one step removed, within a file: `handleStream()` calls `runRequest()`, which calls `handleStream()`
 * again. The call in `fn` that leads back to it, or undefined. Names first (text), then resolved.
 */
function callThroughSibling(fn: FunctionLike, body: Node, name: string, model: ProjectModel): CallExpression | undefined {
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    const other = calledName(call);
    if (!other || other === name) continue;
    const sibling = model.functionCalledBy(call);
    const siblingBody = sibling?.getBody();
    if (!sibling || sibling === fn || !siblingBody || sibling.getSourceFile() !== fn.getSourceFile() || body.containsRange(siblingBody.getPos(), siblingBody.getEnd())) continue;
    // `arm() { setTimeout(() => this.check()) }`: a timer cycle, judged at the re-arm calls in the function it runs.
    if (handedToTimer(call, body)) continue;
    // One cycle, one finding: at the call in the function written first.
    if (sibling.getPos() < fn.getPos()) continue;
    if (!siblingBody.getText().includes(name)) continue;
    const back = descendantsOfKind(siblingBody, SyntaxKind.CallExpression).find((inner) => calledName(inner) === name && model.functionCalledBy(inner) === fn);
    // A way back that the sibling bounds (`if (attempt < MAX) return handle(…)`) is a bounded recursion.
    if (back && !guardedByComparison(back, siblingBody) && !hasBoundedExit(siblingBody, undefined, back) && !recursesOnceByFlag(back, sibling as FunctionLike, siblingBody)) return call;
  }
  return undefined;
}

/** `import { query as claudeQuery }`: a call of an import renamed from one of `names`. */
function importedAs(call: CallExpression, names: Set<string>): boolean {
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee)) return false;
  const binding = resolveIdentifier(callee);
  return binding.kind === 'import' && names.has(binding.exportName);
}

function calledName(call: CallExpression): string | undefined {
  const callee = call.getExpression();
  if (Node.isIdentifier(callee)) return callee.getText();
  if (Node.isPropertyAccessExpression(callee)) return callee.getName();
  return undefined;
}

function checkSdkOptions(context: RuleContext): void {
  const { sourceFile } = context;
  for (const property of descendantsOfKind(sourceFile, SyntaxKind.PropertyAssignment)) {
    const name = property.getName();
    if (!STEP_OPTIONS.has(name)) continue;
    const value = property.getInitializer();
    if (!value || !isUnbounded(value, name)) continue;
    if (!isAgentOptionsObject(property, context.model)) continue;
    if (prepareStepSwitchesToolsOff(property)) continue;
    context.report({
      node: property,
      message: Node.isBinaryExpression(value)
        ? `\`${name}\` falls back to no bound when the setting is not given (${value.getText().slice(0, 40)}): unless a caller sets it, the model decides when the agent loop ends, with no step limit. Fall back to a finite bound, e.g. \`?? 10\`.`
        : `\`${name}\` is set so the agent loop never stops (${value.getText().slice(0, 40)}): the model decides when it ends, with no step limit. Use a finite bound, e.g. \`stopWhen: stepCountIs(10)\` / \`maxTurns: 10\`.`,
      confidence: 'high',
    });
  }
}

/**
 * An SDK agent run whose loop stops on a bound only when the caller sets one (knowledge `agentRunners`): Anthropic's
 * `toolRunner({…})` without `max_iterations`, a Strands `agent.invoke(prompt)` without `limits`, a Workflow DevKit
 * `DurableAgent#stream({…})` without `maxSteps` or `stopWhen`. Reported at the call; an agent made, where we can see
 * it, without tools answers once and is not a loop.
 */
function checkAgentRunners(context: RuleContext): void {
  const { sourceFile, model } = context;
  // The method called, or for a package function (`query(…)`, path '') the function's export name.
  const methods = new Set(knowledge.agentRunners.flatMap((runner) => runner.path.flatMap((path) => (path === '' ? runner.export ?? [] : [path.split('.').at(-1)!]))));
  const text = sourceFile.getFullText();
  if (![...methods].some((method) => text.includes(method))) return;
  for (const call of descendantsOfKind(sourceFile, SyntaxKind.CallExpression)) {
    const method = calledName(call);
    if (!method || !(methods.has(method) || importedAs(call, methods))) continue;
    const callee = model.resolveCall(call);
    const runner = callee && knowledge.agentRunners.find((fact) => calleeMatches(fact, callee));
    if (!callee || !runner || startsNoRun(call, runner)) continue;
    const bound = runBound(call, runner, model);
    if (bound !== 'unset') continue;
    if (runner.needsTools && madeWithoutTools(callee, runner.needsTools)) continue;
    if (abortedOnTimer(call, runner) || receiverAbortedOnTimer(call, runner)) continue;
    // The project's generic runner: reported at each call that configures it (checkAgentRunWrappers).
    if (genericRunnerOf(call, runner, model)) continue;
    const options = runner.bounds.map((b) => `\`${b}\``).join(' or ');
    context.report({
      node: call,
      message: runner.boundedBySignal
        ? `${runner.label} has no turn bound (the SDK offers none) and no \`signal\` that stops it: the agent calls the model and runs the tools it asks for until the model stops, so a confused model loops — and spends — without limit. Stop it on a timer: pass \`signal: AbortSignal.timeout(…)\`.`
        : runner.boundElsewhere
        ? `${runner.label} takes no step bound (${runner.boundElsewhere}): the agent calls the model and runs the tools it asks for until the model stops, so a confused model loops — and spends — without limit. Set a finite \`steps\` on the agent it runs, or stop the run on a timer.`
        : runner.abortedThroughReceiver
        ? `${runner.label} has no step bound (the SDK offers none) and no timer that aborts it: the agent calls the model and runs the tools it asks for until the model stops, so a confused model loops — and spends — without limit. Stop it on a timer: call its \`abort()\` from a \`setTimeout\` armed for the run.`
        : runner.bounds.length === 0
        ? `${runner.label} has no step bound to set: it calls the model and runs what it asks for until the model stops, so a confused model loops — and spends — without limit. Run its steps yourself in a counted loop.`
        : `${runner.label} has no ${options}: it calls the model and runs the tools it asks for until the model stops asking, with no step bound, so a confused model loops — and spends — without limit. Set ${options} (e.g. 10 steps).`,
      confidence: 'high',
    });
  }
}

/**
 * A coding agent's command line started headless with no turn bound (`spawn('claude', ['-p', task])`, `codex exec`,
 * `gemini -p`, knowledge `cliAgentRuns`): the process runs the agent's loop until the model stops. Reported at the call
 * that starts it.
 */
function checkCliAgentRuns(context: RuleContext): void {
  const { sourceFile, model } = context;
  if (!mayStartCliAgent(sourceFile.getFullText(), model)) return;
  for (const call of descendantsOfKind(sourceFile, SyntaxKind.CallExpression)) {
    const run = unboundedCliAgentRun(call, model);
    if (!run) continue;
    const bounds = run.fact.bounds.map((b) => `\`${b}\``).join(' or ');
    context.report({
      node: call,
      message: run.fact.bounds.length === 0
        ? `${run.fact.label} (\`${run.command}\`) has no turn bound (the CLI offers none) and no timer that kills it: the agent calls the model and runs the tools it asks for until the model stops, so a confused model loops — and spends — without limit. Kill the process on a timer (a spawn \`timeout\` or an \`AbortSignal\`).`
        : `${run.fact.label} (\`${run.command}\`) has no ${bounds}: the agent calls the model and runs the tools it asks for until the model stops, so a confused model loops — and spends — without limit. Pass ${bounds} (e.g. \`--max-turns 20\`), or kill the process on a timer.`,
      confidence: 'medium',
    });
  }
}

/**
 * `adapter.execute({ prompt, cwd, timeout: 0 })` where the function it runs (also a class's method reached through the
 * interface `adapter` is written with) spawns a headless agent CLI with no turn bound and kills it on a timer only when
 * the call sets that delay (cli-agent-runs.ts `callerTimedRun`): the call leaves the offered bound out, so the run has
 * none — reported here, not at the spawn (test/corpus/README.md question 117).
 */
function checkCliRunsTimedByCallers(context: RuleContext): void {
  const { sourceFile, model } = context;
  for (const call of descendantsOfKind(sourceFile, SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (!Node.isIdentifier(callee) && !Node.isPropertyAccessExpression(callee)) continue;
    const targets = call.getArguments().length > 0 ? callTargets(call, model) : [];
    const fn = targets.find((target) => callerTimedRun(target, model) !== undefined && !(target.getSourceFile() === sourceFile && target.containsRange(call.getPos(), call.getEnd())));
    const timed = fn && callerTimedRun(fn, model);
    if (!timed || setsRunDelay(call, timed)) continue;
    const setting = timed.property ?? (fn as unknown as ParameterHolder).getParameters()[timed.parameter]?.getName() ?? 'delay';
    context.report({
      node: call,
      message: `${calledName(call) ?? 'This call'}() runs ${timed.run.fact.label.replace(/^This /, 'a ')} (\`${timed.run.command}\`) with no turn bound, and kills it on a timer only when its \`${setting}\` is set — this call sets none: the agent calls the model and runs the tools it asks for until the model stops, so a confused model loops — and spends — without limit. Pass a positive \`${setting}\` here.`,
      confidence: 'medium',
    });
  }
}

/**
 * `query({ prompt, options: { abortController: controller } })` in a function that aborts `controller` on a wall-clock
 * timer (knowledge `abortOption`; cli-agent-runs.ts `abortedOnWallClock`): a time budget, question 76.
 */
function abortedOnTimer(call: CallExpression, runner: AgentRunnerFact): boolean {
  if (!runner.abortOption) return false;
  let options = objectLiteralOf(call.getArguments()[runner.optionsArg]);
  if (options && runner.optionsProperty) options = objectLiteralOf(propertyValue(propertyOf(options, runner.optionsProperty)));
  const controller = propertyValue(deepPropertyOf(options, runner.abortOption));
  const name = controller && unwrapped(controller).getText();
  const within = enclosingFunctionOf(call);
  return name !== undefined && /^[\w$.]+$/.test(name) && within !== undefined && abortedOnWallClock(name, within);
}

/**
 * `await session.prompt(task)` in a function that calls `session.abort()` on a wall-clock timer (knowledge
 * `abortedThroughReceiver`: pi's AgentSession, whose run only its own `abort()` stops): a time budget, question 76.
 */
function receiverAbortedOnTimer(call: CallExpression, runner: AgentRunnerFact): boolean {
  const callee = call.getExpression();
  if (!runner.abortedThroughReceiver || !Node.isPropertyAccessExpression(callee)) return false;
  const name = unwrapped(callee.getExpression()).getText();
  const within = runFunctionOf(call);
  return /^[\w$.]+$/.test(name) && within !== undefined && abortedOnWallClock(name, within);
}

/**
 * The function a run is made in, past async arrows called where they are written (`const run = (async () => { await
 * session.prompt(task) })()` raced against the timer beside it).
 */
function runFunctionOf(call: CallExpression): Node | undefined {
  let fn = enclosingFunctionOf(call);
  while (fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) {
    let holder: Node | undefined = fn.getParent();
    while (holder && Node.isParenthesizedExpression(holder)) holder = holder.getParent();
    if (!holder || !Node.isCallExpression(holder) || unwrapped(holder.getExpression()) !== fn) break;
    fn = enclosingFunctionOf(holder);
  }
  return fn;
}

/** Whether the run's options set a bound: `unset` (absent, or a value that switches it off), `set`, or `unknown` (options we cannot see into). */
function runBound(call: CallExpression, runner: AgentRunnerFact, model: ProjectModel): 'set' | 'unset' | 'unknown' {
  // A run with no bound to set (GAME's GameAgent#run): whatever its options hold.
  if (runner.bounds.length === 0) return 'unset';
  return boundIn(call.getArguments()[runner.optionsArg], runner, model, runner.optionsProperty, 0);
}

type Bound = 'set' | 'unset' | 'unknown';

/** Either of two paths: a bound on one of them is a bound (not a finding); one we cannot see into is unknown. */
function eitherBound(a: Bound, b: Bound): Bound {
  if (a === 'set' || b === 'set') return 'set';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'unset';
}

/**
 * Whether an options value sets a bound: an object literal (or a variable holding one, not given the bound later),
 * through its spreads and the branches of a conditional (`...(bypass ? { permissionMode } : {})`); `nested`: the
 * property holding the options one level down (`query({ prompt, options })`). Options we cannot see into (a
 * parameter, a call's result) are `unknown`, never a finding.
 */
function boundIn(node: Node | undefined, runner: AgentRunnerFact, model: ProjectModel, nested: string | undefined, depth: number, caller?: CallerArguments): Bound {
  if (!node) return 'unset';
  if (depth > 6) return 'unknown';
  const value = unwrapped(node);
  if (/^(undefined|null)$/.test(value.getText())) return 'unset';
  if (caller) {
    const given = passedByCaller(value, caller);
    if (given !== undefined) return given === 'absent' ? 'unset' : given === 'unseen' ? 'unknown' : boundIn(given, runner, model, nested, depth + 1);
    // `params.options || {}`: what the caller passes, or nothing.
    if (Node.isBinaryExpression(value) && ['||', '??'].includes(value.getOperatorToken().getText())) {
      return eitherBound(boundIn(value.getLeft(), runner, model, nested, depth + 1, caller), boundIn(value.getRight(), runner, model, nested, depth + 1, caller));
    }
  }
  // `const options = resume ? { ...base, resume } : base`: what the constant holds, unless it is given a bound later.
  const held = Node.isIdentifier(value) ? constBindingInitializer(resolveIdentifier(value)) : undefined;
  if (held && (Node.isConditionalExpression(unwrapped(held)) || Node.isBinaryExpression(unwrapped(held)))) {
    return boundAssignedLater(held, nested ? [nested, ...runner.bounds] : runner.bounds) ? 'unknown' : boundIn(held, runner, model, nested, depth + 1, caller);
  }
  if (Node.isConditionalExpression(value)) {
    if (configuredOnly(value.getCondition(), value.getWhenTrue(), runner) && boundIn(value.getWhenFalse(), runner, model, nested, depth + 1, caller) === 'unset') return 'unset';
    return eitherBound(boundIn(value.getWhenTrue(), runner, model, nested, depth + 1, caller), boundIn(value.getWhenFalse(), runner, model, nested, depth + 1, caller));
  }
  // `...(flag && { maxTurns })`: the object or nothing.
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken) {
    if (configuredOnly(value.getLeft(), value.getRight(), runner)) return 'unset';
    return eitherBound('unset', boundIn(value.getRight(), runner, model, nested, depth + 1, caller));
  }
  const object = objectLiteralOf(value) ?? fieldOptions(value, nested ? [nested, ...runner.bounds] : runner.bounds, model);
  if (!object) return 'unknown';
  // `const options = { … }; if (limit) options.maxTurns = limit`: a bound set later, maybe.
  if (object !== value && boundAssignedLater(object, nested ? [nested, ...runner.bounds] : runner.bounds)) return 'unknown';
  let state = 'unset' as Bound;
  for (const property of object.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      const spread = boundIn(property.getExpression(), runner, model, nested, depth + 1, caller);
      state = spread === 'set' || state === 'set' ? 'set' : spread === 'unknown' || state === 'unknown' ? 'unknown' : 'unset';
      continue;
    }
    const name = propertyName(property) ?? '';
    if (nested !== undefined) {
      if (name !== nested) continue;
      const inner = Node.isPropertyAssignment(property) ? property.getInitializer() : Node.isShorthandPropertyAssignment(property) ? property.getNameNode() : undefined;
      // The last `options` written wins.
      state = inner ? boundIn(inner, runner, model, undefined, depth + 1, caller) : 'unknown';
      continue;
    }
    if (!runner.bounds.includes(name)) continue;
    const bound = Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
    if (!bound || !runner.unboundedValues.includes(bound.getText().replace(/\s+/g, ''))) return 'set';
  }
  return state;
}

/**
 * `...this.options` where the field holds the object a project function builds (`new Bridge(…, createQueryOptions(…))`,
 * the argument every caller passes, `values.ts`): that object's options — unless the class writes a bound into the field
 * (`this.options.maxTurns = n`), or any member by a computed key or `Object.assign`, which may be one. A field typed
 * `Record<string, unknown>` holds what is put in it, not every option there is.
 */
function fieldOptions(value: Node, bounds: string[], model: ProjectModel): ObjectLiteralExpression | undefined {
  if (!Node.isPropertyAccessExpression(value) || !Node.isThisExpression(value.getExpression())) return undefined;
  const cls = classOfThis(value);
  const held = cls && valueOf(value, model);
  const object = held?.kind === 'node' ? objectLiteralOf(held.node) : undefined;
  if (!cls || !object) return undefined;
  const field = value.getText();
  const writesBound = descendantsOfKind(cls, SyntaxKind.BinaryExpression).some((binary) => {
    if (binary.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) return false;
    const left = unwrapped(binary.getLeft());
    return (Node.isPropertyAccessExpression(left) && bounds.includes(left.getName()) && left.getExpression().getText() === field)
      || (Node.isElementAccessExpression(left) && left.getExpression().getText() === field);
  });
  const assigns = descendantsOfKind(cls, SyntaxKind.CallExpression).some((call) => call.getExpression().getText() === 'Object.assign' && call.getArguments()[0]?.getText() === field);
  return writesBound || assigns ? undefined : object;
}

/** A project function whose SDK agent run takes its options from the function's parameters, and one call of it. */
interface CallerArguments { fn: ParameterHolder; call: CallExpression }

type ParameterHolder = FunctionLike & { getParameters(): ParameterDeclaration[] };

/**
 * What the caller gives for a parameter of the function (`params`) or for a member of one (`params.options`): the
 * argument or the member's value in the caller's object literal, `absent` when it gives none, `unseen` when it cannot
 * be read (a spread argument, a member of an object we cannot see into); undefined for any other expression.
 */
function passedByCaller(value: Node, caller: CallerArguments): Node | 'absent' | 'unseen' | undefined {
  const base = Node.isPropertyAccessExpression(value) ? unwrapped(value.getExpression()) : value;
  if (!Node.isIdentifier(base)) return undefined;
  const binding = resolveIdentifier(base);
  const parameter = binding.kind === 'local' ? binding.declaration : undefined;
  if (!parameter || !Node.isParameterDeclaration(parameter) || !Node.isIdentifier(parameter.getNameNode())) return undefined;
  const index = caller.fn.getParameters().indexOf(parameter);
  if (index < 0) return undefined;
  const args = caller.call.getArguments();
  if (args.slice(0, index + 1).some((arg) => Node.isSpreadElement(arg))) return 'unseen';
  const arg = args[index];
  if (!arg) return 'absent';
  if (!Node.isPropertyAccessExpression(value)) return arg;
  const object = objectLiteralOf(unwrapped(arg));
  if (!object) return 'unseen';
  const member = propertyValue(propertyOf(object, value.getName()));
  if (member) return member;
  return object.getProperties().some((p) => Node.isSpreadAssignment(p) || !Node.isPropertyAssignment(p) && !Node.isShorthandPropertyAssignment(p)) ? 'unseen' : 'absent';
}

/**
 * `query({ prompt, options: { allowedTools } })` where the project's `query(params)` hands its `params` (or
 * `params.options`) on to the Claude Agent SDK's `query()`: the wrapper's run has a bound only if its caller gives one
 * (test/corpus/README.md question 83), so it is judged at each call of the wrapper — reported there when that call's
 * arguments leave it unbounded. The wrapper's own run, whose options we cannot see into, is not reported.
 */
function checkAgentRunWrappers(context: RuleContext): void {
  const { sourceFile, model } = context;
  for (const call of descendantsOfKind(sourceFile, SyntaxKind.CallExpression)) {
    if (call.getArguments().length === 0) continue;
    const called = model.functionCalledBy(call);
    const fn = called && 'getParameters' in called ? called as ParameterHolder : undefined;
    const runs = fn && !call.getFirstAncestor((a) => a === fn) ? wrappedAgentRuns(fn, model) : [];
    for (const { run, runner } of runs) {
      if (boundIn(run.getArguments()[runner.optionsArg], runner, model, runner.optionsProperty, 0, { fn: fn!, call }) !== 'unset') continue;
      if (runner.needsTools) continue;
      const options = runner.bounds.map((b) => `\`${b}\``).join(' or ');
      context.report({
        node: call,
        message: `${calledName(call) ?? 'This call'}() runs ${runner.label.replace(/^This /, 'a ')} with the options given here, and they set no ${options}: it calls the model and runs the tools it asks for until the model stops asking, with no step bound, so a confused model loops — and spends — without limit. Pass ${options} (e.g. 10 steps).`,
        confidence: 'high',
      });
      break;
    }
  }
}

/** The SDK agent runs in a project function whose bound depends on what its callers pass (`unknown` inside it). */
function wrappedAgentRuns(fn: ParameterHolder, model: ProjectModel): ReadonlyArray<{ run: CallExpression; runner: AgentRunnerFact }> {
  return model.memoize('wrapped-agent-runs', fn, () => {
    const body = fn.getBody();
    if (!body || fn.getParameters().length === 0) return [];
    // Cheap first: the file names the runner's package.
    const text = fn.getSourceFile().getFullText();
    const runs: Array<{ run: CallExpression; runner: AgentRunnerFact }> = [];
    if (!knowledge.agentRunners.some((runner) => runner.bounds.length > 0 && runner.module.some((m) => text.includes(m.replace(/\/\*$/, ''))))) return runs;
    for (const run of descendantsOfKind(body, SyntaxKind.CallExpression)) {
      if (enclosingFunctionOf(run) !== fn || !startsAgentRun(run, model)) continue;
      const origin = model.resolveCall(run);
      const runner = origin && knowledge.agentRunners.find((fact) => fact.bounds.length > 0 && calleeMatches(fact, origin));
      if (!runner) continue;
      const bound = runBound(run, runner, model);
      if (bound === 'unknown' || bound === 'unset' && genericRunnerOf(run, runner, model) === fn) runs.push({ run, runner });
    }
    return runs;
  });
}

/**
 * `spawnAgent(opts)` whose run's options read `opts` (`model: opts.model ?? …`, `...(opts.resume ? { resume } : {})`)
 * from settings its callers write out (`spawnAgent({ prompt, model })`), and which several calls in the project use
 * (call-sites.ts): the project's generic runner, whose unbounded run is reported at each
 * call that configures it rather than inside it (test/corpus/README.md questions 83 and 108: not in the factory). A
 * helper one call uses, or whose options read none of its parameters, is where its run is reported.
 */
function genericRunnerOf(run: CallExpression, runner: AgentRunnerFact, model: ProjectModel): ParameterHolder | undefined {
  const fn = enclosingFunctionOf(run);
  if (!fn || !('getParameters' in fn)) return undefined;
  const holder = fn as ParameterHolder;
  const parameters = new Set<Node>(holder.getParameters());
  const arg = run.getArguments()[runner.optionsArg];
  const object = arg && runner.optionsProperty ? objectLiteralOf(unwrapped(arg)) : undefined;
  const options = object ? propertyValue(propertyOf(object, runner.optionsProperty!)) : arg;
  if (!options || parameters.size === 0) return undefined;
  // A bag of settings the caller fills (`opts.model`, `...opts`): a scalar it hands on (`resume`) configures nothing.
  const bags = new Set<number>();
  for (const id of [options, ...descendantsOfKind(options, SyntaxKind.Identifier)]) {
    if (!Node.isIdentifier(id)) continue;
    const parent = id.getParent();
    const asBag = parent && (Node.isPropertyAccessExpression(parent) && parent.getExpression() === id || Node.isSpreadAssignment(parent));
    const binding = resolveIdentifier(id);
    if (asBag && binding.kind === 'local' && parameters.has(binding.declaration)) bags.add(holder.getParameters().indexOf(binding.declaration as ParameterDeclaration));
  }
  if (bags.size === 0) return undefined;
  // …which the callers write out as settings (`spawnAgent({ prompt, model })`), not an object they hand on (a channel),
  // in files the run analyses: callers found only by the package search (the runner's file linted alone) report nothing,
  // so the run keeps its finding.
  const sites = callSitesOf(holder, model);
  const configuring = sites.filter((site) => [...bags].some((index) => { const arg = site.getArguments()[index]; return arg !== undefined && Node.isObjectLiteralExpression(unwrapped(arg)); }));
  return sites.length >= 2 && configuring.some((site) => model.isRunFile(site.getSourceFile().getFilePath())) ? holder : undefined;
}

/**
 * `...(opts.maxTurns && { maxTurns: opts.maxTurns })`, `...(typeof cfg.maxTurns === 'number' ? { maxTurns: cfg.maxTurns } : {})`:
 * the bound is there only when a setting carries it, and the test is on that very setting — with none configured the
 * run has no bound (corpus README question 3, as question 14 reads a deadline added only when configured).
 */
function configuredOnly(condition: Node, branch: Node, runner: AgentRunnerFact): boolean {
  const object = objectLiteralOf(unwrapped(branch));
  if (!object) return false;
  const tested = condition.getText().replace(/\?\./g, '.');
  return object.getProperties().some((property) => {
    if (!runner.bounds.includes(propertyName(property) ?? '')) return false;
    const bound = Node.isPropertyAssignment(property) ? property.getInitializer() : Node.isShorthandPropertyAssignment(property) ? property.getNameNode() : undefined;
    const setting = bound ? unwrapped(bound).getText().replace(/\?\./g, '.') : '';
    return setting !== '' && /^[\w$.]+$/.test(setting) && new RegExp(`(^|[^\\w$.])${escapeRegExp(setting)}($|[^\\w$])`).test(tested);
  });
}

function unwrapped(node: Node): Node {
  let current = node;
  while (Node.isParenthesizedExpression(current) || Node.isAsExpression(current) || Node.isSatisfiesExpression(current)) current = current.getExpression();
  return current;
}

/** `options.maxTurns = …` (or `options['maxTurns'] = …`) anywhere after the object is made. */
function boundAssignedLater(object: Node, bounds: string[]): boolean {
  const holder = object.getParent();
  if (!holder || !Node.isVariableDeclaration(holder)) return false;
  const name = holder.getName();
  const scope = holder.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a)) ?? holder.getSourceFile();
  return descendantsOfKind(scope, SyntaxKind.BinaryExpression).some((binary) => {
    if (binary.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) return false;
    const left = binary.getLeft();
    return (Node.isPropertyAccessExpression(left) && bounds.includes(left.getName()) && left.getExpression().getText() === name)
      || (Node.isElementAccessExpression(left) && left.getExpression().getText() === name && bounds.some((b) => left.getArgumentExpression()?.getText().slice(1, -1) === b));
  });
}

/** The agent was made where we can see it (`new Agent()`, `new Agent({ model })`) and given no tools. */
function madeWithoutTools(callee: CalleeRef, toolsOption: string): boolean {
  const creation = callee.clientCreation;
  if (!creation) return false;
  const args = creation.getArguments();
  if (args.length === 0) return true;
  const options = callee.clientOptions ?? objectLiteralOf(args[0]);
  if (!options || options.getProperties().some((p) => Node.isSpreadAssignment(p) || Node.isShorthandPropertyAssignment(p) && propertyName(p) === toolsOption)) return false;
  const tools = options.getProperties().find((p) => propertyName(p) === toolsOption);
  if (!tools) return true;
  const value = Node.isPropertyAssignment(tools) ? tools.getInitializer() : undefined;
  return value !== undefined && Node.isArrayLiteralExpression(value) && value.getElements().length === 0;
}

/**
 * The options object belongs to a known agent/LLM call or constructor: written in its arguments, or returned by a
 * function (a private `buildQueryOptions()`) whose result a caller hands to one, directly or through a const
 * (`const opts = this.buildQueryOptions(); query({ prompt, options: opts })`).
 */
function isAgentOptionsObject(property: Node, model: ProjectModel): boolean {
  const object = property.getParent();
  if (!object) return false;
  const call = object.getParent();
  if (call && (Node.isCallExpression(call) || Node.isNewExpression(call))) return isAgentCall(call, model);
  const fn = returningFunction(object);
  return fn !== undefined && callSitesOf(fn, model).some((site) => callReceiving(site, model) !== undefined);
}

function isAgentCall(call: CallExpression | NewExpression, model: ProjectModel): boolean {
  const text = call.getSourceFile().getFullText();
  return /from\s+['"](ai|@openai\/agents|@mastra\/[^'"]*|@langchain\/[^'"]*|langchain)['"]/.test(text) || (Node.isCallExpression(call) && outboundCall(call, model) !== undefined);
}

/** The function an object literal is the value of (`return { … }`, `() => ({ … })`). */
function returningFunction(object: Node): FunctionNode | undefined {
  let node = object;
  for (let parent = node.getParent(); parent && (Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isSatisfiesExpression(parent)); parent = node.getParent()) node = parent;
  return functionReturning(node) as FunctionNode | undefined;
}

/** The agent call or run (knowledge `agentRunners`) a value reaches: as an argument, a property of one (`{ options: value }`), or through a const. */
function callReceiving(value: Node, model: ProjectModel, depth = 0): Node | undefined {
  if (depth > 3) return undefined;
  let node: Node = value;
  for (let parent = node.getParent(); parent && (Node.isAwaitExpression(parent) || Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isSatisfiesExpression(parent) || Node.isPropertyAssignment(parent) && parent.getInitializer() === node || Node.isObjectLiteralExpression(parent)); parent = node.getParent()) node = parent;
  const holder = node.getParent();
  if (holder && (Node.isCallExpression(holder) || Node.isNewExpression(holder)) && holder.getArguments().includes(node)) return isAgentCall(holder, model) || Node.isCallExpression(holder) && startsAgentRun(holder, model) ? holder : undefined;
  if (!holder || !Node.isVariableDeclaration(holder) || holder.getInitializer() !== node || holder.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  const name = holder.getNameNode();
  if (!Node.isIdentifier(name)) return undefined;
  const scope = holder.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a)) ?? holder.getSourceFile();
  for (const use of descendantsOfKind(scope, SyntaxKind.Identifier)) {
    if (use === name || use.getText() !== name.getText()) continue;
    const binding = resolveIdentifier(use);
    if (binding.kind !== 'local' || binding.declaration !== holder) continue;
    const reached = callReceiving(use, model, depth + 1);
    if (reached) return reached;
  }
  return undefined;
}

function isUnbounded(value: Node, option: string): boolean {
  const text = value.getText().replace(/\s+/g, '');
  if (/^(Infinity|Number\.POSITIVE_INFINITY|Number\.MAX_SAFE_INTEGER|Number\.MAX_VALUE|1e\d{3,})$/.test(text)) return true;
  if (option === 'maxTurns' && text === 'null') return true;
  if (STEP_COUNT.test(text)) return true;
  // ai 7's isLoopFinished() never returns true: the loop runs until the model stops calling tools.
  if (option === 'stopWhen' && /^isLoopFinished\(\)$/.test(text)) return true;
  // `maxTurns: options.maxTurns ?? Infinity`: unset, the bound is infinite (corpus README question 58).
  if (Node.isBinaryExpression(value) && [SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken].includes(value.getOperatorToken().getKind())) {
    return isUnbounded(unparen(value.getRight()), option);
  }
  if (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) {
    const body = value.getBody();
    if (Node.isFalseLiteral(body)) return true;
    if (Node.isBlock(body)) {
      const returns = descendantsOfKind(body, SyntaxKind.ReturnStatement);
      return returns.length > 0 && returns.every((r) => r.getExpression() && Node.isFalseLiteral(r.getExpression()!));
    }
  }
  return false;
}

/**
 * A comparison that can bound a loop: `turns < MAX_TURNS`, `usage.totalTokens >= budget` — not an emptiness test
 * (`calls.length > 0`). With a polarity, not one the code makes optional: in a condition to go on (`continue`),
 * `max === undefined || turns < max` goes on forever when the maximum is unset; in a condition to stop (`exit`),
 * `max >= 0 && turns > max` never stops when it is unset.
 */
function hasRelational(node: Node, polarity?: Polarity, loopBody?: Node, model?: ProjectModel): boolean {
  const check = (n: Node) => Node.isBinaryExpression(n) && RELATIONAL.has(n.getOperatorToken().getKind()) && !isEmptinessTest(n) &&
    !(polarity && (isOptionalBound(n, node, polarity) || isGuardOfBound(n) || boundDefaultsToInfinity(n))) && !(loopBody && countsOnlyARun(n, loopBody)) &&
    !(loopBody && model && countsAgentOutput(n, loopBody, model)) && !(loopBody && polarity === 'exit' && testsPassOutcome(n, loopBody));
  return check(node) || descendantsOfKind(node, SyntaxKind.BinaryExpression).some(check);
}

/**
 * `if (consecutiveFailures >= MAX) break` where the loop sets `consecutiveFailures = 0` on success and goes on: the
 * counter counts a run of failures, not the loop's turns, so it bounds nothing while the turns succeed. (A reset
 * right before leaving the loop — `retries = 0; break;` — is no such reset.)
 */
function countsOnlyARun(comparison: BinaryExpression, loopBody: Node): boolean {
  const counters = [comparison.getLeft(), comparison.getRight()].map(unparen).filter((side) => Node.isIdentifier(side) && !isConstantNumber(side)).map((side) => side.getText());
  if (counters.length === 0) return false;
  return descendantsOfKind(loopBody, SyntaxKind.BinaryExpression).some((assignment) => {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || !counters.includes(assignment.getLeft().getText())) return false;
    if (unparen(assignment.getRight()).getText() !== '0') return false;
    const statement = assignment.getParent();
    if (!statement || !Node.isExpressionStatement(statement)) return false;
    const next = statement.getNextSibling();
    return !(next && (Node.isBreakStatement(next) || Node.isReturnStatement(next) || Node.isThrowStatement(next)));
  });
}

/**
 * `const newCommits = commitCount() - before; if (newCommits > 0) return`: a value worked out afresh on each pass from
 * names of the pass alone, tested for being above zero — whether the pass did something (the agent's run made commits),
 * like `if (out.includes('DONE')) break`, not a count reaching a limit. A value read from state that outlives the pass
 * (`const over = spent - budget` with `let spent` declared before the loop, `this.cost`) may count toward a limit: not this.
 */
function testsPassOutcome(comparison: BinaryExpression, loopBody: Node): boolean {
  const [left, right] = [unparen(comparison.getLeft()), unparen(comparison.getRight())];
  const operator = comparison.getOperatorToken().getKind();
  const subject = right.getText() === '0' && operator === SyntaxKind.GreaterThanToken || right.getText() === '1' && operator === SyntaxKind.GreaterThanEqualsToken ? left
    : left.getText() === '0' && operator === SyntaxKind.LessThanToken || left.getText() === '1' && operator === SyntaxKind.LessThanEqualsToken ? right : undefined;
  const init = subject && localDeclarationWithin(subject, loopBody)?.getInitializer();
  return init !== undefined && !readsOuterState(init, loopBody);
}

/**
 * `const attempt = (state?.attempt ?? 0) + 1; if (attempt > MAX) return` where the loop sets `state = await runAgent(…)`:
 * the count is one more than a number the agent's last run handed back (the state file it writes), so the program
 * counts nothing — the agent's output decides whether the cap is reached. A count the loop keeps itself, or reads from
 * a store no model call fills, is a bound.
 */
function countsAgentOutput(comparison: BinaryExpression, loopBody: Node, model: ProjectModel): boolean {
  return [comparison.getLeft(), comparison.getRight()].some((side) => {
    const init = localDeclarationWithin(unparen(side), loopBody)?.getInitializer();
    const next = init && unparen(init);
    if (!next || !Node.isBinaryExpression(next) || next.getOperatorToken().getKind() !== SyntaxKind.PlusToken) return false;
    const operands = [next.getLeft(), next.getRight()].map(unparen);
    const one = operands.findIndex((operand) => operand.getText() === '1');
    if (one < 0) return false;
    let root = operands[1 - one]!;
    while (true) {
      if (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root) || Node.isNonNullExpression(root)) root = unparen(root.getExpression());
      else if (Node.isBinaryExpression(root) && [SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken].includes(root.getOperatorToken().getKind())) root = unparen(root.getLeft());
      else break;
    }
    if (!Node.isIdentifier(root) || localDeclarationWithin(root, loopBody)) return false;
    const carried = root.getText();
    return descendantsOfKind(loopBody, SyntaxKind.BinaryExpression).some((b) =>
      b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && b.getLeft().getText() === carried && madeByModel(b.getRight(), loopBody, model));
  });
}

/**
 * `while (true) { try { …model…; retries = 0; break; } catch (e) { if (overflow && retries < MAX) { retries++; continue } return } }`:
 * the body never falls through to its end, and every `continue` of the loop sits under a comparison that must hold
 * to go on — the loop goes round only while a bounded counter allows, so it is a bounded retry, not an agent loop.
 */
function loopsBackOnlyUnderBound(loop: Node, body: Node): boolean {
  if (!Node.isBlock(body) || !endsInExit(body)) return false;
  const continues = descendantsOfKind(body, SyntaxKind.ContinueStatement).filter((c) => ownLoop(c) === loop);
  if (continues.length === 0) return false;
  return continues.every((statement) => {
    for (let node: Node | undefined = statement.getParent(); node && node !== body; node = node.getParent()) {
      if (Node.isIfStatement(node) && node.getThenStatement().containsRange(statement.getPos(), statement.getEnd()) && hasRelational(node.getExpression(), 'continue', body)) return true;
    }
    return false;
  });
}

/** The loop a `continue` belongs to (the nearest enclosing loop, not crossing a function). */
function ownLoop(statement: Node): Node | undefined {
  return statement.getFirstAncestor((a) => Node.isWhileStatement(a) || Node.isDoStatement(a) || Node.isForStatement(a) || Node.isForOfStatement(a) || Node.isForInStatement(a) ||
    Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
}

/** Whether a block never reaches its end: it ends in `break`/`return`/`throw`, or in a `try`/`if` whose every branch does. */
function endsInExit(node: Node): boolean {
  if (Node.isBreakStatement(node) || Node.isReturnStatement(node) || Node.isThrowStatement(node)) return true;
  if (Node.isBlock(node)) {
    const statements = node.getStatements();
    const last = statements[statements.length - 1];
    return last !== undefined && endsInExit(last);
  }
  if (Node.isTryStatement(node)) {
    const handler = node.getCatchClause()?.getBlock();
    return endsInExit(node.getTryBlock()) && (handler === undefined || endsInExit(handler));
  }
  if (Node.isIfStatement(node)) {
    const otherwise = node.getElseStatement();
    return otherwise !== undefined && endsInExit(node.getThenStatement()) && endsInExit(otherwise);
  }
  return false;
}

type Polarity = 'continue' | 'exit';

/** `max === undefined || i < max` (continue) or `max >= 0 && i > max` (exit): the comparison holds only when a maximum is set. */
const INFINITE = /^(?:Infinity|Number\.POSITIVE_INFINITY|Number\.MAX_SAFE_INTEGER|Number\.MAX_VALUE)$/;

/**
 * `iteration < maxIterations` with `const maxIterations = options.maxIterations ?? Number.POSITIVE_INFINITY`, or a
 * default `{ maxTurns = Infinity }` / `(task, maxTurns = Infinity)` in a const destructuring or a parameter: the bound is
 * optional and, unset, infinite — the loop explicitly runs without limit (corpus README questions 3 and 58).
 */
function boundDefaultsToInfinity(comparison: BinaryExpression): boolean {
  return [comparison.getLeft(), comparison.getRight()].some((side) => {
    const operand = unparen(side);
    if (!Node.isIdentifier(operand)) return false;
    const binding = resolveIdentifier(operand);
    const declaration = binding.kind === 'local' ? binding.declaration : undefined;
    if (!declaration || !defaultHolder(declaration, operand.getText())) return false;
    const init = (declaration as VariableDeclaration | ParameterDeclaration | BindingElement).getInitializer();
    return init !== undefined && mayBeInfinite(unparen(init));
  });
}

/**
 * `Infinity`, `options.max ?? Infinity`, or a choice with an infinite branch (`yolo ? Infinity : 25`,
 * `iterations === 0 ? Infinity : iterations`): a maximum that, on some setting, is none (question 3).
 */
function mayBeInfinite(value: Node): boolean {
  if (INFINITE.test(value.getText())) return true;
  if (Node.isConditionalExpression(value)) return [value.getWhenTrue(), value.getWhenFalse()].some((branch) => INFINITE.test(unparen(branch).getText()));
  if (!Node.isBinaryExpression(value)) return false;
  const operator = value.getOperatorToken().getKind();
  return (operator === SyntaxKind.QuestionQuestionToken || operator === SyntaxKind.BarBarToken) && INFINITE.test(unparen(value.getRight()).getText());
}

/** A const declaration, or a parameter or destructured default (of a parameter or a const) the function never reassigns. */
function defaultHolder(declaration: Node, name: string): boolean {
  if (Node.isVariableDeclaration(declaration)) return declaration.getVariableStatement()?.getDeclarationKind() === 'const';
  if (!Node.isParameterDeclaration(declaration) && !Node.isBindingElement(declaration)) return false;
  let holder: Node | undefined = declaration.getParent();
  while (holder && (Node.isObjectBindingPattern(holder) || Node.isArrayBindingPattern(holder) || Node.isBindingElement(holder))) holder = holder.getParent();
  if (holder && Node.isVariableDeclaration(holder)) return holder.getVariableStatement()?.getDeclarationKind() === 'const';
  const fn = Node.isParameterDeclaration(declaration) ? declaration.getParent() : holder?.getParent();
  if (!fn || !(holder === fn || Node.isParameterDeclaration(holder)) || !Node.isFunctionLikeDeclaration(fn)) return false;
  return !descendantsOfKind(fn, SyntaxKind.BinaryExpression).some((b) => {
    const kind = b.getOperatorToken().getKind();
    return (kind === SyntaxKind.EqualsToken || kind === SyntaxKind.QuestionQuestionEqualsToken || kind === SyntaxKind.BarBarEqualsToken) && b.getLeft().getText() === name;
  });
}

function isOptionalBound(comparison: BinaryExpression, root: Node, polarity: Polarity): boolean {
  const operands = [comparison.getLeft(), comparison.getRight()].filter((side) => !isConstantNumber(side)).map(textOf);
  if (operands.length === 0) return false;
  let child: Node = comparison;
  for (let parent = child.getParent(); parent && child !== root; child = parent, parent = parent.getParent()) {
    if (Node.isParenthesizedExpression(parent)) continue;
    if (!Node.isBinaryExpression(parent)) return false;
    const operator = parent.getOperatorToken().getKind();
    const other = parent.getLeft() === child ? parent.getRight() : parent.getLeft();
    // `mode && max > 0 && turns > max`: any conjunct (disjunct) of the other side that asks whether the maximum is set.
    if (polarity === 'continue' && operator === SyntaxKind.BarBarToken && disjuncts(other).some((test) => testsBound(test, operands, 'absent'))) return true;
    if (polarity === 'exit' && operator === SyntaxKind.AmpersandAmpersandToken && conjuncts(other).some((test) => testsBound(test, operands, 'present'))) return true;
    if (operator !== SyntaxKind.BarBarToken && operator !== SyntaxKind.AmpersandAmpersandToken) return false;
  }
  return false;
}

/** `max < 0` in `max < 0 || i < max`: the test whether the maximum is set, not a bound of its own. */
function isGuardOfBound(test: BinaryExpression): boolean {
  const parent = test.getParentWhile((p) => Node.isParenthesizedExpression(p)) ?? test;
  const holder = Node.isParenthesizedExpression(test.getParent()) ? parent.getParent() : test.getParent();
  if (!holder || !Node.isBinaryExpression(holder)) return false;
  const operator = holder.getOperatorToken().getKind();
  if (operator !== SyntaxKind.BarBarToken && operator !== SyntaxKind.AmpersandAmpersandToken) return false;
  const sides = [test.getLeft(), test.getRight()];
  const subject = sides.find((side) => !Node.isNumericLiteral(side) && !Node.isPrefixUnaryExpression(side));
  if (!subject || sides.every((side) => side === subject)) return false;
  const limit = sides.find((side) => side !== subject)!;
  if (!/^-?[01]$/.test(limit.getText())) return false;
  // The whole chain of the same operator (`mode && max > 0 && turns > max`), not only the sibling.
  let chain: Node = holder;
  for (let up = chain.getParent(); up && (Node.isParenthesizedExpression(up) || (Node.isBinaryExpression(up) && up.getOperatorToken().getKind() === operator)); up = up.getParent()) {
    if (Node.isBinaryExpression(up)) chain = up;
  }
  const name = textOf(subject);
  const comparisons = descendantsOfKind(chain, SyntaxKind.BinaryExpression).filter((n): n is BinaryExpression =>
    n !== test && RELATIONAL.has(n.getOperatorToken().getKind()));
  return comparisons.some((c) => textOf(c.getLeft()) === name || textOf(c.getRight()) === name);
}

const ABSENT = /^(?:(?<a>.+?)\s*={2,3}\s*(?:undefined|null|-1|0|Infinity|Number\.POSITIVE_INFINITY)|(?:undefined|null)\s*={2,3}\s*(?<b>.+)|(?<c>.+?)\s*<\s*0|(?<d>.+?)\s*<=\s*0|!\s*(?<e>[\w.$()]+)|typeof\s+(?<f>.+?)\s*!==?\s*['"]number['"]|typeof\s+(?<g>.+?)\s*===?\s*['"]undefined['"]|!\s*Number\.isFinite\((?<h>.+)\))$/;
const PRESENT = /^(?:(?<a>.+?)\s*!==?\s*(?:undefined|null|-1|0|Infinity|Number\.POSITIVE_INFINITY)|(?:undefined|null)\s*!==?\s*(?<b>.+)|(?<c>.+?)\s*>=?\s*0|(?<d>.+?)\s*>\s*-1|!!\s*(?<e>[\w.$()]+)|(?<f>[\w.$]+(?:\(\))?)|typeof\s+(?<g>.+?)\s*===?\s*['"]number['"]|Number\.isFinite\((?<h>.+)\))$/;

/** Whether `test` only asks whether one of `operands` (the maximum) is set (`present`) or unset (`absent`). */
function testsBound(test: Node, operands: string[], asks: 'absent' | 'present'): boolean {
  const match = (asks === 'absent' ? ABSENT : PRESENT).exec(textOf(test));
  const subject = match && Object.values(match.groups ?? {}).find((value) => value !== undefined);
  return subject !== undefined && subject !== null && operands.includes(subject.trim());
}

function textOf(node: Node): string {
  let inner = node;
  while (Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
  return inner.getText().replace(/\s+/g, ' ').replace(/\?\./g, '.').trim();
}

/** A numeric literal, or a const initialised with one (`MAX_TURNS = 10`): "is it set" is always yes. */
function isConstantNumber(node: Node): boolean {
  let inner = node;
  while (Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
  if (Node.isNumericLiteral(inner) || Node.isPrefixUnaryExpression(inner) && Node.isNumericLiteral(inner.getOperand())) return true;
  if (!Node.isIdentifier(inner)) return false;
  const binding = resolveIdentifier(inner);
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return false;
  const init = binding.declaration.getInitializer();
  return binding.declaration.getVariableStatement()?.getDeclarationKind() === 'const' && init !== undefined && Node.isNumericLiteral(init);
}

function isEmptinessTest(comparison: Node): boolean {
  if (!Node.isBinaryExpression(comparison)) return false;
  const sides = [comparison.getLeft(), comparison.getRight()];
  const zeroOrOne = sides.some((side) => Node.isNumericLiteral(side) && ['0', '1'].includes(side.getText()));
  const size = sides.some((side) => /\.(length|size)$/.test(side.getText()));
  return zeroOrOne && size;
}

function isConstantTrue(node: Node): boolean {
  return Node.isTrueLiteral(node) || node.getText() === '1';
}

/** An `if` whose condition compares a counter or budget and that breaks, returns or throws. */
function hasBoundedExit(body: Node, loop: Node | undefined, selfCall?: Node, rearms: Node[] = [], model?: ProjectModel): boolean {
  for (const statement of descendantsOfKind(body, SyntaxKind.IfStatement)) {
    if (loop && statement.getFirstAncestor((a) => a !== loop && (Node.isWhileStatement(a) || Node.isForStatement(a) || Node.isDoStatement(a)) && loop.containsRange(a.getPos(), a.getEnd())) ) continue;
    // `if (turns >= MAX) break` (the condition says when to stop), or `if (retries > 0) { retries--; … } else throw …`
    // (it says when to go on).
    // `return recurse(depth + 1)` goes on, it does not stop.
    // A recursion's way out taken only when a step failed (a `return` in a catch) stops nothing while the steps succeed;
    // a test of the clock against the last run is when to act next, not how many times.
    const inCatch = (exit: Node, branch: Node) => selfCall !== undefined && exit.getAncestors().some((a) => Node.isCatchClause(a) && branch.containsRange(a.getPos(), a.getEnd()));
    if (selfCall && isScheduleCheck(statement.getExpression())) continue;
    const stops = (exit: Node) => (!selfCall || !exit.containsRange(selfCall.getPos(), selfCall.getEnd())) && !rearmsOnTheWay(exit, rearms);
    const exits = (branch: Node | undefined) => branch !== undefined && !rearms.some((call) => branch.containsRange(call.getPos(), call.getEnd())) && [branch, ...[SyntaxKind.BreakStatement, SyntaxKind.ReturnStatement, SyntaxKind.ThrowStatement]
      .flatMap((kind) => descendantsOfKind(branch, kind))].some((exit) => (Node.isBreakStatement(exit) || Node.isReturnStatement(exit) || Node.isThrowStatement(exit)) && stops(exit) && !inCatch(exit, branch));
    const condition = statement.getExpression();
    const bounds = (exits(statement.getThenStatement()) && hasRelational(condition, 'exit', loop ? body : undefined, model)) ||
      (exits(statement.getElseStatement()) && hasRelational(condition, 'continue', loop ? body : undefined, model));
    if (bounds && onEveryPathOn(statement, body, exits)) return true;
  }
  return false;
}

/** A `return` inside a `try` whose `finally` re-arms the timer (one of `rearms`): the cycle goes on on its way out. */
function rearmsOnTheWay(exit: Node, rearms: Node[]): boolean {
  return rearms.length > 0 && exit.getAncestors().some((a) => {
    if (!Node.isTryStatement(a) || !a.getTryBlock().containsRange(exit.getPos(), exit.getEnd())) return false;
    const last = a.getFinallyBlock();
    return last !== undefined && rearms.some((call) => last.containsRange(call.getPos(), call.getEnd()));
  });
}

/**
 * Whether the bound is checked on every path that goes on looping: not when it sits in one branch of an `if`
 * whose other branch goes on without it (`if (toolCalls.length) { runTools() } else if (done || count > 8) break`:
 * while the model keeps calling tools, the count is never looked at).
 */
function onEveryPathOn(statement: Node, body: Node, exits: (branch: Node | undefined) => boolean): boolean {
  let child: Node = statement;
  for (let parent = child.getParent(); parent && child !== body; child = parent, parent = parent.getParent()) {
    if (!Node.isIfStatement(parent) || parent.getExpression() === child) continue;
    const other = parent.getThenStatement() === child ? parent.getElseStatement() : parent.getThenStatement();
    if (other && !exits(other)) return false;
  }
  return true;
}

/**
 * A loop condition on a list's size (`while (queue.length > 0)`) is bounded by the list draining — unless the
 * loop refills the list (`turnInput = []` … `turnInput.push(...toolResults)`: the model's tool calls make the next
 * turn's work), or the condition also carries an iteration bound the code makes optional (`stack.length > 0 &&
 * (maxIter === 0 || counter < maxIter)`: the author bounded the loop with the counter, and switched it off).
 */
function drainsList(condition: Node, body: Node, model: ProjectModel): boolean {
  if (!/\.(length|size)\b/.test(condition.getText())) return false;
  if (hasRelational(condition) && !hasRelational(condition, 'continue') && !hasOnlyEmptinessTests(condition)) return false;
  const sizes = [condition, ...descendantsOfKind(condition, SyntaxKind.PropertyAccessExpression)]
    .filter((n) => Node.isPropertyAccessExpression(n) && (n.getName() === 'length' || n.getName() === 'size'));
  return sizes.length === 0 || sizes.some((size) => {
    const list = (size as PropertyAccessExpression).getExpression();
    return !isRefilled(list, body) && !isReplacedByCall(list, body) && !refilledFromModel(list, body, model) && !reassignedFromModelAnswer(list, body, model);
  });
}

/**
 * `while (madeProgress) { madeProgress = false; for (const task of tasks) { if (done.has(task.id)) continue; …;
 * madeProgress = true; …; done.add(task.id) } }`: passes over a list read before the loop and never added to in it,
 * where the flag is set only in the pass over it, beside marking the task handled in a set the pass skips handled tasks
 * by — every pass that goes on handles one more task of a finite list (a dependency scheduler, question 154).
 */
function settlesFiniteList(condition: Node, body: Node): boolean {
  const flag = unparen(condition);
  if (!Node.isIdentifier(flag) || !Node.isBlock(body) || localDeclarationWithin(flag, body)) return false;
  const first = body.getStatements()[0];
  if (!first || first.getText().replace(/\s+/g, '') !== `${flag.getText()}=false;`) return false;
  const raises = descendantsOfKind(body, SyntaxKind.BinaryExpression).filter((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && b.getLeft().getText() === flag.getText() && b.getRight().getText() !== 'false');
  return raises.length > 0 && raises.every((raise) => {
    const pass = raise.getFirstAncestor((a) => Node.isForOfStatement(a) || a === body);
    if (!pass || !Node.isForOfStatement(pass)) return false;
    const list = unparen(pass.getExpression());
    if (!Node.isIdentifier(list) || localDeclarationWithin(list, body) || isRefilled(list, body) || descendantsOfKind(body, SyntaxKind.CallExpression).some((call) => {
      const callee = call.getExpression();
      return Node.isPropertyAccessExpression(callee) && textOf(callee.getExpression()) === list.getText() && /^(?:push|unshift|splice)$/.test(callee.getName());
    })) return false;
    const skipped = descendantsOfKind(pass.getStatement(), SyntaxKind.IfStatement).filter((test) => endsInContinue(test.getThenStatement()))
      .flatMap((test) => descendantsOfKind(test.getExpression(), SyntaxKind.PropertyAccessExpression).filter((access) => access.getName() === 'has').map((access) => textOf(access.getExpression())));
    return descendantsOfKind(pass.getStatement(), SyntaxKind.PropertyAccessExpression).some((access) => access.getName() === 'add' && skipped.includes(textOf(access.getExpression())));
  });
}

/**
 * BabyAGI's task list: `while (tasks.length > 0) { const task = tasks.shift(); …; const newTasks = await
 * createTasks(result); tasks.push(...newTasks) }` (or `tasks = prioritized.map(…)`, `storage.add(t)` for each new
 * task): the loop takes work from the list and puts back what a model call made — the model decides whether the list
 * ever empties, so the list's size bounds nothing. Work added from a page fetched or a directory read is not this.
 */
function refilledFromModel(list: Node, body: Node, model: ProjectModel): boolean {
  const name = textOf(list);
  const fromModel = (value: Node) => madeByModel(value, body, model);
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !/^(?:push|unshift|add|enqueue)$/.test(callee.getName()) || textOf(callee.getExpression()) !== name) continue;
    if (call.getArguments().some(fromModel)) return true;
    // `for (const t of newTasks) storage.add(t)`: the items of a list a model call made.
    const each = call.getFirstAncestor((a) => Node.isForOfStatement(a) && body.containsRange(a.getPos(), a.getEnd()));
    if (each && Node.isForOfStatement(each) && fromModel(each.getExpression())) return true;
  }
  return descendantsOfKind(body, SyntaxKind.BinaryExpression).some((b) =>
    b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && textOf(b.getLeft()) === name && fromModel(b.getRight()));
}

/**
 * A value a model call in the loop made: the call itself (`await createTasks(…)`), or a local it initialised, read
 * (`reply.choices[0].message.tool_calls`) or mapped — also one destructured from the pair `Promise.all`/`allSettled`
 * settles (`const [, settled] = await Promise.allSettled([save(), create()])`: the element at its place).
 */
function madeByModel(value: Node, body: Node, model: ProjectModel): boolean {
  let root = unparen(Node.isSpreadElement(value) ? value.getExpression() : value);
  while (true) {
    if (Node.isAwaitExpression(root) || Node.isNonNullExpression(root)) root = unparen(root.getExpression());
    else if (Node.isCallExpression(root) && Node.isPropertyAccessExpression(root.getExpression()) && /^(?:map|filter|slice|concat|flat|flatMap)$/.test((root.getExpression() as PropertyAccessExpression).getName())) root = unparen((root.getExpression() as PropertyAccessExpression).getExpression());
    else if (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root)) root = unparen(root.getExpression());
    else break;
  }
  if (Node.isCallExpression(root)) return reachesModel(root, model);
  if (!Node.isIdentifier(root)) return false;
  const binding = resolveIdentifier(root);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  if (!declaration || !body.containsRange(declaration.getPos(), declaration.getEnd())) return false;
  if (Node.isBindingElement(declaration)) {
    const settled = settledElement(declaration);
    return settled !== undefined && madeByModel(settled, body, model);
  }
  if (!Node.isVariableDeclaration(declaration)) return false;
  const init = declaration.getInitializer();
  return init !== undefined && madeByModel(init, body, model);
}

/** `const [, settled] = await Promise.allSettled([a, b])`: the promise at the binding's place (`b`). */
function settledElement(element: BindingElement): Node | undefined {
  const pattern = element.getParent();
  const declaration = pattern?.getParent();
  if (!pattern || !Node.isArrayBindingPattern(pattern) || !declaration || !Node.isVariableDeclaration(declaration)) return undefined;
  let init = declaration.getInitializer();
  while (init && (Node.isAwaitExpression(init) || Node.isParenthesizedExpression(init))) init = init.getExpression();
  if (!init || !Node.isCallExpression(init) || !/^Promise\.(?:all|allSettled)$/.test(init.getExpression().getText())) return undefined;
  const list = init.getArguments()[0];
  return list && Node.isArrayLiteralExpression(list) ? list.getElements()[pattern.getElements().indexOf(element)] : undefined;
}

/**
 * `while (response.toolCalls.length > 0) { …; response = await response.resume(outputs) }`: the model's tool calls,
 * read from a value the body replaces with what a call returns — nothing drains them, the next answer decides
 * whether there are any. (A list of approvals to give, `result.interruptions`, is a person's business: not this.)
 */
function isReplacedByCall(list: Node, body: Node): boolean {
  // The model's requests for tools (`toolCalls`, `tool_calls`, `functionCalls`): not a list of approvals a person answers.
  if (!Node.isPropertyAccessExpression(unparen(list)) || !TOOL_CALL_LIST.test((unparen(list) as PropertyAccessExpression).getName())) return false;
  let root = unparen(list);
  while (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root) || Node.isNonNullExpression(root)) root = unparen(root.getExpression());
  if (!Node.isIdentifier(root) || root === unparen(list)) return false;
  const name = root.getText();
  return descendantsOfKind(body, SyntaxKind.BinaryExpression).some((b) => {
    if (b.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || !Node.isIdentifier(b.getLeft()) || b.getLeft().getText() !== name) return false;
    let value = unparen(b.getRight());
    if (Node.isAwaitExpression(value)) value = unparen(value.getExpression());
    return Node.isCallExpression(value);
  });
}

/**
 * `while (functionCalls && functionCalls.length > 0) { …; const next = await chat.sendMessage(results); response =
 * next.response; functionCalls = response.functionCalls() }`: a local holding the model's tool calls that the body sets
 * again from the next answer of a model call it makes — read off the answer directly or through locals the body sets
 * from it. The loop goes on while the model keeps asking for tools; nothing drains the list.
 */
function reassignedFromModelAnswer(list: Node, body: Node, model: ProjectModel): boolean {
  const name = unparen(list);
  return Node.isIdentifier(name) && TOOL_CALL_LIST.test(name.getText()) && assignedModelAnswer(name.getText(), body, model, new Set());
}

function assignedModelAnswer(name: string, body: Node, model: ProjectModel, seen: Set<string>): boolean {
  if (seen.has(name)) return false;
  seen.add(name);
  return descendantsOfKind(body, SyntaxKind.BinaryExpression).some((b) =>
    b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isIdentifier(b.getLeft()) && b.getLeft().getText() === name &&
    readsModelAnswer(b.getRight(), body, model, seen));
}

/** A value read off a model call's answer (`(await chat.send(…)).functionCalls ?? []`, `response.functionCalls()`), or a local the body sets from one. */
function readsModelAnswer(value: Node, body: Node, model: ProjectModel, seen: Set<string>): boolean {
  let root = unparen(value);
  while (true) {
    if (Node.isAwaitExpression(root) || Node.isNonNullExpression(root) || Node.isPropertyAccessExpression(root)) root = unparen(root.getExpression());
    else if (Node.isBinaryExpression(root) && [SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken].includes(root.getOperatorToken().getKind())) root = unparen(root.getLeft());
    // `response.functionCalls()`: the legacy Google SDK reads the answer's tool calls through a method.
    else if (Node.isCallExpression(root) && Node.isPropertyAccessExpression(root.getExpression()) && TOOL_CALL_LIST.test((root.getExpression() as PropertyAccessExpression).getName())) root = unparen((root.getExpression() as PropertyAccessExpression).getExpression());
    else break;
  }
  if (Node.isCallExpression(root)) return reachesModel(root, model);
  return Node.isIdentifier(root) && (madeByModel(root, body, model) || assignedModelAnswer(root.getText(), body, model, seen));
}

function hasOnlyEmptinessTests(condition: Node): boolean {
  const comparisons = [condition, ...descendantsOfKind(condition, SyntaxKind.BinaryExpression)]
    .filter((n) => Node.isBinaryExpression(n) && RELATIONAL.has(n.getOperatorToken().getKind()));
  return comparisons.every((c) => isEmptinessTest(c));
}

/**
 * A local list the loop body empties and fills again (`list = []` … `list.push(…)`) and never takes items from
 * (`shift`/`pop`/`splice`). A list drained by reassignment (`[first, ...queue] = queue`, `queue = rest`) is not.
 */
function isRefilled(list: Node, body: Node): boolean {
  if (!Node.isIdentifier(list)) return false;
  const name = list.getText();
  const emptied = descendantsOfKind(body, SyntaxKind.BinaryExpression).some((b) => {
    if (b.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || !Node.isIdentifier(b.getLeft()) || b.getLeft().getText() !== name) return false;
    const value = unparen(b.getRight());
    return Node.isArrayLiteralExpression(value) && value.getElements().length === 0;
  });
  if (!emptied) return false;
  const calls = descendantsOfKind(body, SyntaxKind.CallExpression).map((call) => call.getExpression())
    .filter((callee): callee is PropertyAccessExpression => Node.isPropertyAccessExpression(callee) && callee.getExpression().getText() === name);
  return calls.some((callee) => /^(push|unshift)$/.test(callee.getName())) && !calls.some((callee) => /^(shift|pop|splice)$/.test(callee.getName()));
}

function guardedByComparison(call: Node, body: Node): boolean {
  for (const ancestor of call.getAncestors()) {
    if (ancestor === body) break;
    if (Node.isIfStatement(ancestor) && hasRelational(ancestor.getExpression(), 'continue') && !isScheduleCheck(ancestor.getExpression())) return true;
    if (Node.isConditionalExpression(ancestor) && hasRelational(ancestor.getCondition(), 'continue')) return true;
  }
  return false;
}

/**
 * `if (!switchedTab) { … return loop(page, true) }`: the self-call is guarded by a flag parameter it sets so the
 * guard fails one level down — the recursion goes at most one level deep.
 */
/**
 * A flag destructured from an options parameter (`const { skipTools = false } = params`, `({ skipTools })`): the
 * value the self-call's options object sets for it (`handleChat({ ...params, skipTools: true })`).
 */
function flagPassedInOptions(flag: import('ts-morph').Identifier, fn: FunctionLike, args: Node[]): Node | undefined {
  const binding = resolveIdentifier(flag);
  const element = binding.kind === 'local' ? binding.declaration : undefined;
  if (!element || !Node.isBindingElement(element)) return undefined;
  const property = element.getPropertyNameNode()?.getText() ?? element.getName();
  const holder = element.getParent()?.getParent();
  const parameters = (fn as import('ts-morph').FunctionDeclaration).getParameters();
  let index = -1;
  if (holder && Node.isParameterDeclaration(holder)) index = parameters.indexOf(holder);
  else if (holder && Node.isVariableDeclaration(holder)) {
    const init = holder.getInitializer();
    index = init && Node.isIdentifier(init) ? parameters.findIndex((p) => p.getName() === init.getText()) : -1;
  }
  const object = index >= 0 ? args[index] : undefined;
  if (!object || !Node.isObjectLiteralExpression(object)) return undefined;
  const set = object.getProperty(property);
  return set && Node.isPropertyAssignment(set) ? set.getInitializer() : undefined;
}

function recursesOnceByFlag(self: CallExpression, fn: FunctionLike, body: Node): boolean {
  if (!Node.isFunctionDeclaration(fn) && !Node.isMethodDeclaration(fn) && !Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return false;
  const parameters = fn.getParameters().map((p) => p.getName());
  const args = self.getArguments();
  for (const ancestor of self.getAncestors()) {
    if (ancestor === body) break;
    if (Node.isIfStatement(ancestor) && switchesBranchOff(ancestor, self, parameters, args)) return true;
    const condition = Node.isIfStatement(ancestor) && ancestor.getThenStatement().containsRange(self.getPos(), self.getEnd()) ? ancestor.getExpression()
      : Node.isConditionalExpression(ancestor) && ancestor.getWhenTrue().containsRange(self.getPos(), self.getEnd()) ? ancestor.getCondition() : undefined;
    if (!condition) continue;
    for (const conjunct of conjuncts(condition)) {
      const negated = Node.isPrefixUnaryExpression(conjunct) && conjunct.getOperatorToken() === SyntaxKind.ExclamationToken;
      const flag = negated ? unparen(conjunct.getOperand()) : conjunct;
      const index = Node.isIdentifier(flag) ? parameters.indexOf(flag.getText()) : -1;
      const passed = index >= 0 ? args[index] : Node.isIdentifier(flag) ? flagPassedInOptions(flag, fn, args) : undefined;
      if (passed && (negated ? knownTruthy(passed, self, body) : Node.isFalseLiteral(passed))) return true;
    }
  }
  return false;
}

/**
 * A value the self-call passes that is truthy on that path: `true`, a non-empty string, a non-zero number, an object or
 * array literal, or an expression an earlier `if (!value) return …` (or `throw`) of the function has ruled out as falsy
 * — `if (!object.code) return undefined; … return retry(name, object.code)` under `if (!previousCode)`.
 */
function knownTruthy(passed: Node, self: Node, body: Node): boolean {
  const value = unparen(passed);
  if (Node.isTrueLiteral(value) || Node.isObjectLiteralExpression(value) || Node.isArrayLiteralExpression(value)) return true;
  if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) return value.getLiteralText() !== '';
  if (Node.isNumericLiteral(value)) return value.getLiteralValue() !== 0;
  const text = value.getText();
  return descendantsOfKind(body, SyntaxKind.IfStatement).some((guard) => {
    if (guard.getEnd() > self.getStart() || guard.getElseStatement()) return false;
    const test = unparen(guard.getExpression());
    if (!Node.isPrefixUnaryExpression(test) || test.getOperatorToken() !== SyntaxKind.ExclamationToken || unparen(test.getOperand()).getText() !== text) return false;
    const exit = guard.getThenStatement();
    const last = Node.isBlock(exit) ? exit.getStatements().at(-1) : exit;
    // The guard's block encloses the self-call's block (a `return` in a nested function or a sibling branch guards nothing).
    const block = guard.getParent();
    return last !== undefined && (Node.isReturnStatement(last) || Node.isThrowStatement(last)) && enclosingFunctionOf(guard) === enclosingFunctionOf(self)
      && block !== undefined && block.containsRange(self.getPos(), self.getEnd());
  });
}

/**
 * `if (input.format?.type === 'json') { … } else { …; this.process({ ...input, format: { type: 'json' } }) }`: the
 * self-call sits on the branch a parameter (or a field of one) decides, and passes the value that takes the other
 * branch — the recursion goes one level deep. Also the gate of a first attempt: `if (attempt === 0) { … return
 * run(task, 1) }` passes a value that fails the test the self-call sits under.
 */
function switchesBranchOff(branch: import('ts-morph').IfStatement, self: CallExpression, parameters: string[], args: Node[]): boolean {
  const test = unparen(branch.getExpression());
  if (!Node.isBinaryExpression(test)) return false;
  const operator = test.getOperatorToken().getKind();
  const equal = operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken;
  const unequal = operator === SyntaxKind.ExclamationEqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken;
  if (!equal && !unequal) return false;
  const inElse = branch.getElseStatement()?.containsRange(self.getPos(), self.getEnd()) ?? false;
  const inThen = branch.getThenStatement().containsRange(self.getPos(), self.getEnd());
  if (!inElse && !inThen) return false;
  // Whether the self-call's branch is the one taken when the tested value equals the literal: then of `===`, else of `!==`.
  const takenWhenEqual = equal ? inThen : inElse;
  const [left, right] = [unparen(test.getLeft()), unparen(test.getRight())];
  const literal = Node.isStringLiteral(right) || Node.isNumericLiteral(right) ? right : Node.isStringLiteral(left) || Node.isNumericLiteral(left) ? left : undefined;
  const access = literal === right ? left : right;
  if (!literal) return false;
  const path: string[] = [];
  let root: Node = access;
  while (Node.isPropertyAccessExpression(root)) {
    path.unshift(root.getName());
    root = unparen(root.getExpression());
  }
  const index = Node.isIdentifier(root) ? parameters.indexOf(root.getText()) : -1;
  let passed: Node | undefined = index >= 0 ? args[index] : undefined;
  for (const name of path) {
    const object = passed ? unparen(passed) : undefined;
    const property = object && Node.isObjectLiteralExpression(object) ? object.getProperty(name) : undefined;
    passed = property && Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
  }
  const value = passed ? unparen(passed) : undefined;
  if (value === undefined || !(Node.isStringLiteral(value) || Node.isNumericLiteral(value))) return false;
  const same = value.getLiteralValue() === (literal as import('ts-morph').StringLiteral | import('ts-morph').NumericLiteral).getLiteralValue();
  return takenWhenEqual !== same;
}

/**
 * `deepResearch(query, depth - 1)` with `if (depth === 0) return` (or `depth <= 0`, `depth < 1`, `!depth`): a depth
 * parameter the self-call counts down, and the function stops when it reaches zero — the recursion is bounded by
 * the depth the first caller passes.
 */
function countsDepthDown(self: CallExpression, fn: FunctionLike, body: Node): boolean {
  if (!Node.isFunctionDeclaration(fn) && !Node.isMethodDeclaration(fn) && !Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return false;
  const args = self.getArguments();
  const counted = fn.getParameters().map((p) => p.getName()).filter((name, index) => {
    const arg = args[index] ? unparen(args[index]!) : undefined;
    return arg !== undefined && Node.isBinaryExpression(arg) && arg.getOperatorToken().getKind() === SyntaxKind.MinusToken &&
      arg.getLeft().getText() === name && Node.isNumericLiteral(arg.getRight()) && Number(arg.getRight().getText()) > 0;
  });
  if (counted.length === 0) return false;
  return descendantsOfKind(body, SyntaxKind.IfStatement).some((statement) => {
    const then = statement.getThenStatement();
    if (then.containsRange(self.getPos(), self.getEnd())) return false;
    const stops = [then, ...descendantsOfKind(then, SyntaxKind.ReturnStatement), ...descendantsOfKind(then, SyntaxKind.ThrowStatement)]
      .some((exit) => Node.isReturnStatement(exit) || Node.isThrowStatement(exit));
    const tests = [unparen(statement.getExpression()), ...descendantsOfKind(statement.getExpression(), SyntaxKind.BinaryExpression), ...descendantsOfKind(statement.getExpression(), SyntaxKind.PrefixUnaryExpression)];
    return stops && tests.some((test) => counted.some((name) => reachesZero(test, name)));
  });
}

/** `depth === 0`, `depth == 0`, `depth <= 0`, `depth < 1`, `0 >= depth`, `!depth`. */
function reachesZero(test: Node, name: string): boolean {
  if (Node.isPrefixUnaryExpression(test)) return test.getOperatorToken() === SyntaxKind.ExclamationToken && unparen(test.getOperand()).getText() === name;
  if (!Node.isBinaryExpression(test)) return false;
  const operator = test.getOperatorToken().getText();
  const [left, right] = [unparen(test.getLeft()).getText(), unparen(test.getRight()).getText()];
  if (left === name) return (/^={2,3}$|^<=$/.test(operator) && right === '0') || (operator === '<' && right === '1');
  if (right === name) return (/^={2,3}$|^>=$/.test(operator) && left === '0') || (operator === '>' && left === '1');
  return false;
}

function conjuncts(condition: Node): Node[] {
  return chainOperands(condition, SyntaxKind.AmpersandAmpersandToken);
}

function disjuncts(condition: Node): Node[] {
  return chainOperands(condition, SyntaxKind.BarBarToken);
}

/** The operands of a chain of one logical operator (`a && b && c`: a, b, c), parentheses taken off. */
function chainOperands(condition: Node, operator: SyntaxKind): Node[] {
  const inner = unparen(condition);
  if (Node.isBinaryExpression(inner) && inner.getOperatorToken().getKind() === operator) {
    return [...chainOperands(inner.getLeft(), operator), ...chainOperands(inner.getRight(), operator)];
  }
  return [inner];
}

function unparen(node: Node): Node {
  let inner = node;
  while (Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
  return inner;
}

/**
 * Whether a loop's body waits on a person every turn. A prompt under `if (askUser) {…}` where the loop itself
 * sets `askUser` (false after a tool call, so the next model request goes out straight away) waits only on some
 * turns: a chain of tool calls runs with nobody in the loop.
 */
function waitsOnPersonEveryTurn(body: Node, model: ProjectModel): boolean {
  const skippable = descendantsOfKind(body, SyntaxKind.IfStatement).filter((statement) => {
    if (asksOnlyWithoutToolCalls(statement, model)) return true;
    const test = unparen(statement.getExpression());
    const flag = Node.isPrefixUnaryExpression(test) && test.getOperatorToken() === SyntaxKind.ExclamationToken ? unparen(test.getOperand()) : test;
    if (!Node.isIdentifier(flag) || statement.getElseStatement() || !waitsOnPerson(statement.getThenStatement(), model, 0)) return false;
    return descendantsOfKind(body, SyntaxKind.BinaryExpression).some((b) =>
      b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && b.getLeft().getText() === flag.getText() && !statement.containsRange(b.getPos(), b.getEnd()));
  });
  if (skippable.length === 0) return waitsOnPerson(body, model, 0);
  const outside = (node: Node) => !skippable.some((statement) => statement.containsRange(node.getPos(), node.getEnd()));
  let text = personInputText(body, model);
  const start = body.getPos();
  for (const statement of skippable) {
    text = text.slice(0, statement.getPos() - start) + ' '.repeat(statement.getEnd() - statement.getPos()) + text.slice(statement.getEnd() - start);
  }
  if (HUMAN_INPUT.test(text)) return true;
  const calls = descendantsOfKind(body, SyntaxKind.CallExpression).filter(outside);
  return calls.some(asksInTerminal)
    || calls.some((call) => callsFunctionThat(call, body, model, 'waits-on-person@1', (calleeBody) => waitsOnPerson(calleeBody, model, 1)));
}

/** `toolCalls.length === 0`, `!reply.tool_calls`, `stop_reason !== 'tool_use'`: a test of whether the model asked for tools. */
const TOOL_CALL_TEST = /tool_?calls?\b|toolCalls?|tool_?uses?\b|toolUses?|function_?calls?\b|functionCalls?|['"](?:tool_use|tool_calls|tool-calls|function_call)['"]/;

/**
 * `if (toolCalls.length === 0) { const line = await rl.question('> '); …; continue }` (or the person asked in one branch
 * of `if (toolCalls.length > 0) { runTools() } else { ask() }`): the person is asked only when the model makes no tool
 * call; while it keeps calling tools, the loop calls it again with nobody answering (question 22). Not when the branch
 * without the question leaves the loop (`else break`): then every turn that goes on waits on the person.
 */
function asksOnlyWithoutToolCalls(statement: import('ts-morph').IfStatement, model: ProjectModel): boolean {
  if (!TOOL_CALL_TEST.test(codeText(statement.getExpression()))) return false;
  const then = statement.getThenStatement();
  const otherwise = statement.getElseStatement();
  const asksInThen = waitsOnPerson(then, model, 0);
  const asksInElse = otherwise !== undefined && waitsOnPerson(otherwise, model, 0);
  if (asksInThen === asksInElse) return false;
  if (otherwise === undefined) return endsInContinue(then);
  return !endsInExit(asksInThen ? otherwise : then);
}

/** A block whose last statement is `continue` (of the loop around it). */
function endsInContinue(node: Node): boolean {
  if (Node.isContinueStatement(node)) return true;
  if (!Node.isBlock(node)) return false;
  const statements = node.getStatements();
  const last = statements[statements.length - 1];
  return last !== undefined && Node.isContinueStatement(last);
}

/**
 * `while (…) { await condition(() => inbox.length > 0); … }` in a Temporal workflow (knowledge `outsideEventWaits`), or
 * `const { message } = await hook` on a Workflow DevKit hook (knowledge `outsideEventHandles`): each turn waits for a
 * message from outside (a signal, a payload a route resumes the hook with), so the loop goes round once per message —
 * the outside's pace, as with a person at a prompt. Only a wait every turn counts: one under a branch (`if (answered)
 * await condition(…)`) lets the model's turns run on between messages.
 */
function waitsOnOutsideEventEveryTurn(body: Node, model: ProjectModel): boolean {
  if (!Node.isBlock(body)) return false;
  return topLevelStatements(body).some((statement) => {
    const awaited = Node.isExpressionStatement(statement) ? unparen(statement.getExpression())
      : Node.isVariableStatement(statement) && statement.getDeclarations().length === 1 ? unparen(statement.getDeclarations()[0]!.getInitializer() ?? statement) : undefined;
    if (!awaited || !Node.isAwaitExpression(awaited)) return false;
    const value = unparen(awaited.getExpression());
    if (Node.isIdentifier(value)) return isOutsideEventHandle(value, model);
    const callee = Node.isCallExpression(value) ? value.getExpression() : undefined;
    if (callee && Node.isCallExpression(value) && readsStreamChunk(value)) return true;
    if (!callee || !Node.isIdentifier(callee)) return false;
    const binding = resolveIdentifier(callee);
    return binding.kind === 'import' && knowledge.outsideEventWaits.some((fact) => fact.module.includes(binding.module) && fact.exports.includes(binding.exportName));
  });
}

/**
 * `const { value, done } = await reader.read()` for `const reader = response.body!.getReader()`: the next chunk of a
 * stream — each turn handles what arrived (question 18); the stream's end, not the model, ends the loop.
 */
function readsStreamChunk(call: CallExpression): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'read' || call.getArguments().length > 0) return false;
  const receiver = unparen(callee.getExpression());
  const init = Node.isIdentifier(receiver) ? variableInitializer(receiver) : undefined;
  const made = init ? unparen(init) : undefined;
  const maker = made && Node.isCallExpression(made) ? made.getExpression() : undefined;
  return maker !== undefined && Node.isPropertyAccessExpression(maker) && maker.getName() === 'getReader';
}

/** `hook` in `await hook`: a local made by a call that creates an outside-event handle (`createHook()`, `chatHook.create(…)`). */
function isOutsideEventHandle(name: Identifier, model: ProjectModel): boolean {
  const init = variableInitializer(name);
  const made = init ? unparen(init) : undefined;
  if (!made || !Node.isCallExpression(made)) return false;
  const origin = model.resolveCall(made);
  return origin !== undefined && knowledge.outsideEventHandles.some((fact) => calleeMatches(fact, origin));
}

/**
 * `while (true) { if (queue.length === 0) { await new Promise((resolve) => { wake = resolve }); continue } const job =
 * queue.shift(); … }`: a worker that takes its work from a queue it never fills itself and, when the queue is empty,
 * parks on a promise whose resolver it hands out (a listener for outside input calls it) — it goes round once per item
 * the outside queues: question 18's event loop, not one the model's output keeps going.
 */
function drainsOutsideQueue(loop: Node, body: Node): boolean {
  if (!Node.isBlock(body)) return false;
  const parks = descendantsOfKind(body, SyntaxKind.NewExpression).some((made) => {
    if (made.getExpression().getText() !== 'Promise') return false;
    const await_ = made.getParent();
    if (!await_ || !Node.isAwaitExpression(await_)) return false;
    const executor = made.getArguments()[0];
    if (!executor || !(Node.isArrowFunction(executor) || Node.isFunctionExpression(executor))) return false;
    const resolve = executor.getParameters()[0]?.getName();
    if (!resolve) return false;
    // The resolver stored where code outside the loop reaches it, and nothing else started (no timer: a sleep).
    if (descendantsOfKind(executor, SyntaxKind.CallExpression).length > 0) return false;
    return descendantsOfKind(executor, SyntaxKind.BinaryExpression).some((assignment) => {
      if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || unparen(assignment.getRight()).getText() !== resolve) return false;
      const target = assignment.getLeft();
      if (Node.isPropertyAccessExpression(target)) return Node.isThisExpression(target.getExpression());
      if (!Node.isIdentifier(target)) return false;
      const binding = resolveIdentifier(target);
      return binding.kind === 'local' && !loop.containsRange(binding.declaration.getPos(), binding.declaration.getEnd());
    });
  });
  if (!parks) return false;
  const calls = descendantsOfKind(body, SyntaxKind.CallExpression).map((call) => call.getExpression()).filter((callee): callee is PropertyAccessExpression => Node.isPropertyAccessExpression(callee));
  const taken = new Set(calls.filter((callee) => callee.getName() === 'shift').map((callee) => callee.getExpression().getText()));
  if (taken.size === 0) return false;
  return !calls.some((callee) => /^(push|unshift|splice)$/.test(callee.getName()) && taken.has(callee.getExpression().getText()));
}

/** Whether a body waits on a person (readline `question`, stdin), directly or through project helpers. */
function waitsOnPerson(body: Node, model: ProjectModel, depth: number): boolean {
  if (HUMAN_INPUT.test(personInputText(body, model))) return true;
  const calls = descendantsOfKind(body, SyntaxKind.CallExpression);
  if (calls.some(asksInTerminal)) return true;
  if (depth >= 3) return false;
  return calls.some((call) => callsFunctionThat(call, body, model, `waits-on-person@${depth + 1}`, (calleeBody) => waitsOnPerson(calleeBody, model, depth + 1)));
}

/**
 * A call of a terminal prompt package's asking export (knowledge/terminal-prompts.ts), imported or required:
 * `const { action } = await prompts({ type: 'select', … })` waits for the person's answer.
 */
function asksInTerminal(call: CallExpression): boolean {
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee)) return false;
  const binding = resolveIdentifier(callee);
  if (binding.kind !== 'import') return false;
  return knowledge.terminalPrompts.some((fact) => moduleMatches([fact.module], binding.module) && fact.exports.includes(binding.exportName));
}

/**
 * A body's code text (`codeText`) with the name of each `prompt(…)` that runs the model blanked: pi-agent-core's
 * `agent.prompt(text)` is a turn of the agent, not a question put to a person.
 */
function personInputText(body: Node, model: ProjectModel): string {
  let text = codeText(body);
  if (!/\bprompt\s*\(/.test(text)) return text;
  const start = body.getPos();
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'prompt' || !isModelCall(call, model)) continue;
    const name = callee.getNameNode();
    text = text.slice(0, name.getStart() - start) + ' '.repeat(name.getWidth()) + text.slice(name.getEnd() - start);
  }
  return text;
}

type FunctionLike = Node & { getBody(): Node | undefined };

const STRING_KINDS = [SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral, SyntaxKind.TemplateHead, SyntaxKind.TemplateMiddle, SyntaxKind.TemplateTail];

/**
 * A body's full text with the contents of its strings, templates and comments blanked: `\`input (${n})\`` in a
 * message, or `// the turn's input (if any)` above a line, asks nobody. Lengths are kept (callers slice by position).
 */
function codeText(body: Node): string {
  const text = body.getFullText();
  if (!/['"`]/.test(text)) return blankComments(text);
  const start = body.getPos();
  const pieces: string[] = [];
  let at = 0;
  // In source order, and never nested: a template's head, middles and tail sit between its expressions.
  for (const literal of descendantsOfKinds(body, STRING_KINDS)) {
    const from = literal.getStart() - start;
    if (from < at) continue;
    const to = literal.getEnd() - start;
    pieces.push(text.slice(at, from), ' '.repeat(to - from));
    at = to;
  }
  pieces.push(text.slice(at));
  return blankComments(pieces.join(''));
}

/** `// …` and `/* … *\/` replaced by spaces (strings already blanked, so no `//` of a URL is left to mistake). */
function blankComments(text: string): string {
  if (!text.includes('/')) return text;
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function functionName(fn: Node): string | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isFunctionExpression(fn)) return fn.getName();
  const parent = fn.getParent();
  return parent && Node.isVariableDeclaration(parent) ? parent.getName() : undefined;
}

// osScheduleInstall: a call that installs a job in the operating system's scheduler (knowledge `osSchedulers`:
// `launchctl load` of a plist, a table written with `crontab`, `schtasks /Create`) whose job runs a coding agent's CLI
// headless (knowledge `cliAgentRuns`) — a timer armed outside the process that runs the agent on every firing
// (test/corpus/README.md questions 58, 116, 154). The job's text is followed through locals, templates, joined and
// pushed-onto lists, the file a plist path is written with and the returns of project functions; a function that takes
// the job's text as a parameter (`setCrontab(content)`) is judged at each call, with what that call hands it.
import { Node, SyntaxKind, type CallExpression, type ParameterDeclaration } from 'ts-morph';
import type { CliAgentRunFact, OsSchedulerFact } from '../knowledge/types.js';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { escapeRegExp, findMatch } from './match.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { enclosingFunctionOf, resolveIdentifier, resolvesTo, returnedExpressionsOf } from './scope.js';
import { conditionalTakenFor, literalArguments, reachedFor, type KnownValue } from './known-arguments.js';
import { stringValue } from './write-keys.js';

export interface OsScheduleInstall {
  scheduler: OsSchedulerFact;
  agent: CliAgentRunFact;
}

/** Cheap, on the text alone: a file that may run a scheduler's program. */
export function mayInstallOsSchedule(text: string, model: ProjectModel): boolean {
  return model.knowledge.osSchedulers.some((fact) => text.includes(fact.program));
}

/** The schedule a call installs by running the scheduler's program itself, when its job runs an agent CLI. */
export function osScheduleInstalledBy(call: CallExpression, model: ProjectModel): OsScheduleInstall | undefined {
  const install = installOf(call, model);
  if (!install) return undefined;
  const job = jobText(call, model);
  return judged(install.scheduler, install.words, job.texts, model);
}

/**
 * `this.setCrontab(newCrontab)` where `setCrontab(content)` runs `crontab -` with `content` as its input: the schedule
 * the call installs, judged with the text it hands over — a call handing the table with the agent's line added installs
 * the agent's job, one handing it with the line filtered out does not.
 */
export function osScheduleInstalledThrough(call: CallExpression, model: ProjectModel): OsScheduleInstall | undefined {
  if (call.getArguments().length === 0) return undefined;
  const fn = model.functionCalledBy(call);
  if (!fn || fn.getFirstAncestor((a) => a === call) || call.getFirstAncestor((a) => a === fn)) return undefined;
  for (const inner of model.memoize('os-schedule-parameters', fn, () => installsTakingParameters(fn, model))) {
    const arg = call.getArguments()[inner.index];
    if (!arg || Node.isSpreadElement(arg)) continue;
    const found = judged(inner.scheduler, inner.words, [...inner.texts, ...fragments(arg, model).texts], model);
    if (found) return found;
  }
  return undefined;
}

interface ParameterInstall { scheduler: OsSchedulerFact; words: string[]; texts: string[]; index: number }

/** The installs in a function whose job text takes in one of its parameters, and do not run an agent without it. */
function installsTakingParameters(fn: FunctionNode, model: ProjectModel): ParameterInstall[] {
  const body = fn.getBody();
  if (!body || !('getParameters' in fn) || !mayInstallOsSchedule(body.getText(), model)) return [];
  const parameters = (fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters();
  const out: ParameterInstall[] = [];
  for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
    if (enclosingFunctionOf(call) !== fn) continue;
    const install = installOf(call, model);
    if (!install) continue;
    const job = jobText(call, model);
    if (judged(install.scheduler, install.words, job.texts, model)) continue;
    for (const parameter of job.parameters) {
      const index = parameters.indexOf(parameter as ParameterDeclaration);
      if (index >= 0) out.push({ scheduler: install.scheduler, words: install.words, texts: job.texts, index });
    }
  }
  return out;
}

/** A recurring job whose text starts an agent CLI headless: the scheduler and the agent. */
function judged(scheduler: OsSchedulerFact, words: string[], texts: string[], model: ProjectModel): OsScheduleInstall | undefined {
  if (scheduler.once && words.some((word) => scheduler.once!.includes(word.toUpperCase()))) return undefined;
  if (scheduler.recurring && !texts.some((text) => scheduler.recurring!.some((word) => text.includes(word)))) return undefined;
  const agent = model.knowledge.cliAgentRuns.find((fact) => {
    const headless = new RegExp(`(?:^|[\\s'"\`/;&|(])${escapeRegExp(fact.program)}(?:\\.exe|\\.cmd)?['"]?\\s+(?:${fact.headless.map(escapeRegExp).join('|')})(?=$|[\\s'"=\`])`);
    return texts.some((text) => headless.test(text));
  });
  return agent ? { scheduler, agent } : undefined;
}

/** The scheduler whose program a call runs with an installing word, and the command's literal words. */
function installOf(call: CallExpression, model: ProjectModel): { scheduler: OsSchedulerFact; words: string[] } | undefined {
  const args = call.getArguments();
  if (args.length === 0) return undefined;
  const callee = model.resolveCall(call);
  const spawner = callee ? findMatch(model.knowledge.shellCommandFunctions, callee) : undefined;
  // A program run on this machine: a remote sandbox's command (`instance` clients) installs nothing here.
  if (!spawner || spawner.instance) return undefined;
  const words = spawner.form === 'shell' ? shellWords(args[0]!)
    : spawner.form === 'argv' ? listWords(args[0]!)
    : [...(stringValue(args[0]!) !== undefined ? [stringValue(args[0]!)!] : []), ...(args[1] ? listWords(args[1]) : [])];
  for (const scheduler of model.knowledge.osSchedulers) {
    const installs = words.some((word, i) => {
      if (word.split(/[\\/]/).pop()!.replace(/\.exe$/i, '') !== scheduler.program) return false;
      const next = words[i + 1];
      return scheduler.installs ? next !== undefined && scheduler.installs.includes(next.toLowerCase()) : !(next !== undefined && scheduler.except?.includes(next));
    });
    if (installs) return { scheduler, words };
  }
  return undefined;
}

/** The literal words of a command line: a string, or a template's literal parts. */
function shellWords(arg: Node): string[] {
  const value = unwrap(arg);
  const text = Node.isTemplateExpression(value)
    ? [value.getHead().getLiteralText(), ...value.getTemplateSpans().map((span) => ` \u0000 ${span.getLiteral().getLiteralText()}`)].join('')
    : stringValue(value) ?? '';
  return text.split(/[\s|;&()"']+/).filter((word) => word && word !== '\u0000');
}

/** The literal elements of a list written inline or held by a local (`const args = ['/Create', …]`). */
function listWords(arg: Node): string[] {
  let value = unwrap(arg);
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    value = init ? unwrap(init) : value;
  }
  if (!Node.isArrayLiteralExpression(value)) return [];
  return value.getElements().flatMap((element) => stringValue(element) ?? []);
}

/**
 * The text of the job a call installs: its arguments (the command line, `/TR`'s command, the `input` a crontab reads),
 * and what the function writes to a file an argument names (`fs.writeFile(plistPath, plist)` before `launchctl load
 * plistPath`). The parameters of the function around the call that the text takes in are listed apart.
 */
function jobText(call: CallExpression, model: ProjectModel): Fragments {
  const out: Fragments = { texts: [], parameters: new Set() };
  const seen = new Set<Node>();
  const args = call.getArguments();
  for (const arg of args) collect(arg, out, 0, seen, model);
  const fn = enclosingFunctionOf(call);
  const named = new Set(args.flatMap((arg) => {
    const value = unwrap(arg);
    return Node.isArrayLiteralExpression(value) ? value.getElements().map((element) => unwrap(element).getText()) : [value.getText()];
  }));
  for (const write of fn ? descendantsOfKind(fn, SyntaxKind.CallExpression) : []) {
    const callee = unwrap(write.getExpression());
    const name = Node.isIdentifier(callee) ? callee.getText() : Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
    const [path, content] = write.getArguments();
    if (WRITES_FILE.test(name) && path && content && named.has(unwrap(path).getText())) collect(content, out, 0, seen, model);
  }
  const own = new Set<Node>(fn && 'getParameters' in fn ? (fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters() : []);
  out.parameters = new Set([...out.parameters].filter((parameter) => own.has(parameter)));
  return out;
}

const WRITES_FILE = /^(?:writeFile|writeFileSync|outputFile|outputFileSync|write)$/;

interface Fragments { texts: string[]; parameters: Set<Node> }

function fragments(node: Node, model: ProjectModel): Fragments {
  const out: Fragments = { texts: [], parameters: new Set() };
  collect(node, out, 0, new Set(), model);
  return out;
}

// A job's text is often built several helpers away (a plist template holding a command a base class's method builds).
const MAX_DEPTH = 14;
const MAX_NODES = 600;
const NOTHING_KNOWN: Map<Node, KnownValue> = new Map();
const MAX_TEXTS = 200;
/** String and list methods whose result is made of their receiver's text (and, for some, their arguments'). */
const TEXT_METHODS = /^(?:join|filter|map|concat|replace|replaceAll|trim|trimEnd|trimStart|split|slice|toString|padEnd|padStart|flat)$/;

/** The literal texts an expression may be built from (bounded by depth and count; each node read once). */
function collect(node: Node, out: Fragments, depth: number, seen: Set<Node>, model: ProjectModel, known: Map<Node, KnownValue> = NOTHING_KNOWN): void {
  if (depth > MAX_DEPTH || out.texts.length > MAX_TEXTS || seen.size > MAX_NODES || seen.has(node)) return;
  seen.add(node);
  const value = unwrap(node);
  const next = (child: Node) => collect(child, out, depth + 1, seen, model, known);
  if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) out.texts.push(value.getLiteralValue());
  else if (Node.isTemplateExpression(value)) {
    out.texts.push(value.getHead().getLiteralText(), ...value.getTemplateSpans().map((span) => span.getLiteral().getLiteralText()));
    value.getTemplateSpans().forEach((span) => next(span.getExpression()));
  } else if (Node.isBinaryExpression(value)) {
    next(value.getLeft());
    next(value.getRight());
  } else if (Node.isConditionalExpression(value)) {
    // `interval ? '<key>StartCalendarInterval</key>…' : '<key>RunAtLoad</key>…'`: the branch the caller's literal picks.
    const taken = conditionalTakenFor(value, known);
    if (taken) next(taken);
    else {
      next(value.getWhenTrue());
      next(value.getWhenFalse());
    }
  } else if (Node.isArrayLiteralExpression(value)) value.getElements().forEach((element) => next(Node.isSpreadElement(element) ? element.getExpression() : element));
  else if (Node.isObjectLiteralExpression(value)) {
    for (const property of value.getProperties()) {
      if (Node.isPropertyAssignment(property)) next(property.getInitializer() ?? property);
      else if (Node.isShorthandPropertyAssignment(property)) next(property.getNameNode());
      else if (Node.isSpreadAssignment(property)) next(property.getExpression());
    }
  } else if (Node.isIdentifier(value)) collectBinding(value, out, depth, seen, model, known);
  else if (Node.isCallExpression(value)) {
    const callee = unwrap(value.getExpression());
    if (Node.isPropertyAccessExpression(callee) && TEXT_METHODS.test(callee.getName())) next(callee.getExpression());
    else {
      // A project function's returns (`this.getExecutionCommand(task)`); an escaping helper's text is its argument's.
      const fn = model.functionCalledBy(value);
      const fixed = fn && literalArguments(value, fn, known);
      const inner = fixed ? new Map([...known, ...fixed]) : known;
      for (const returned of fn ? returnedExpressionsOf(fn) : []) {
        if (returned && reachedFor(returned, inner)) collect(returned, out, depth + 1, seen, model, inner);
      }
    }
    value.getArguments().forEach(next);
  }
}

/** A local's initialiser, what is assigned or appended to it and pushed onto it; a parameter is noted, not followed. */
function collectBinding(name: import('ts-morph').Identifier, out: Fragments, depth: number, seen: Set<Node>, model: ProjectModel, known: Map<Node, KnownValue>): void {
  const binding = resolveIdentifier(name);
  if (binding.kind !== 'local') return;
  const declaration = binding.declaration;
  if (Node.isParameterDeclaration(declaration)) {
    out.parameters.add(declaration);
    return;
  }
  if (!Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) return;
  const next = (child: Node) => collect(child, out, depth + 1, seen, model, known);
  const init = declaration.getInitializer();
  if (init) next(init);
  const scope = enclosingFunctionOf(declaration) ?? declaration.getSourceFile();
  const text = declaration.getName();
  for (const assignment of descendantsOfKind(scope, SyntaxKind.BinaryExpression)) {
    const operator = assignment.getOperatorToken().getKind();
    if (operator !== SyntaxKind.EqualsToken && operator !== SyntaxKind.PlusEqualsToken) continue;
    const target = assignment.getLeft();
    if (Node.isIdentifier(target) && target.getText() === text && resolvesTo(target, declaration)) next(assignment.getRight());
  }
  for (const push of descendantsOfKind(scope, SyntaxKind.CallExpression)) {
    const callee = push.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !/^(?:push|unshift)$/.test(callee.getName())) continue;
    const list = callee.getExpression();
    if (Node.isIdentifier(list) && list.getText() === text && resolvesTo(list, declaration)) push.getArguments().forEach(next);
  }
}

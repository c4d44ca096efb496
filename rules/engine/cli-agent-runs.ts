// unboundedCliAgentRun: a coding agent's command line started headless with no turn bound (`spawn('claude', ['-p', task])`),
// from the command and arguments the code writes. A run the code kills on a wall-clock timer, or whose arguments it
// cannot see, is not reported.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type ParameterDeclaration, type SourceFile, type VariableDeclaration } from 'ts-morph';
import { implementationsCalledBy, implementationsThroughMaker } from './interface-implementations.js';
import type { CliAgentRunFact } from '../knowledge/types.js';
import { deepPropertyOf, objectLiteralOf, propertyName, propertyOf, propertyValue, unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { findMatch, identifierWords } from './match.js';
import { callSitesOf, namedCallsReaching } from './call-sites.js';
import { belowCommonFolder } from './model-calls.js';
import { isTestCodePath } from './project-loader.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { conditionalTakenFor, literalArguments, reachedFor, type KnownValue } from './known-arguments.js';
import { resolveIdentifier, returnedExpressionsOf, variableInitializer } from './scope.js';
import { assignedLater } from './shell-commands.js';
import { valueOf } from './values.js';
import { stringValue } from './write-keys.js';

export interface CliAgentRun {
  fact: CliAgentRunFact;
  /** The command as the code writes it, shortened, for the message. */
  command: string;
  /** Its literal words, program first (the parts the code computes are left out). */
  words: ReadonlyArray<string>;
}

/** Cheap, on the text alone: a file that may start such a program. */
export function mayStartCliAgent(text: string, model: ProjectModel): boolean {
  // `claude`, `CLAUDE_BIN`, `Claude`: the spellings a name holding the program's path uses.
  return model.knowledge.cliAgentRuns.some((fact) => text.includes(fact.program) || text.includes(fact.program.toUpperCase())
    || text.includes(fact.program[0]!.toUpperCase() + fact.program.slice(1)));
}

export function unboundedCliAgentRun(call: CallExpression, model: ProjectModel): CliAgentRun | undefined {
  return cliAgentRun(call, model, true);
}

/**
 * Whether a call starts a coding agent's CLI headless, bounded or not: one run of an agent's own model/tool loop — for
 * `unbounded-agent-loop`, a model call of the loop or timer around it (a bounded run re-run forever is still unbounded).
 */
export function startsCliAgentRun(call: CallExpression, model: ProjectModel): boolean {
  return cliAgentRunOf(call, model) !== undefined;
}

/**
 * The coding agent's CLI run a call starts, bounded or not; with `known`, the values the calls leading to it fix for the
 * parameters of the function it sits in (known-arguments.ts `knownAtEndOf`): `runCodexExec({ mode: 'judge' })` reaching
 * `spawn('codex', [...modeArgs(args.mode)])` reads only the list `modeArgs` returns for 'judge'.
 */
export function cliAgentRunOf(call: CallExpression, model: ProjectModel, known: Map<Node, KnownValue> = NOTHING_KNOWN): CliAgentRun | undefined {
  if (call.getArguments().length === 0) return undefined;
  if (known.size > 0) return cliAgentRun(call, model, false, known);
  return model.memoize('starts-cli-agent-run', call, () => cliAgentRun(call, model, false));
}

const NOTHING_KNOWN: Map<Node, KnownValue> = new Map();

function cliAgentRun(call: CallExpression, model: ProjectModel, judgeBounds: boolean, known = NOTHING_KNOWN): CliAgentRun | undefined {
  const deno = denoCommandStarted(call);
  if (deno) {
    const facts = model.knowledge.cliAgentRuns;
    const words = withoutRunner(programWords(deno.program, deno.args, call, facts, model, known), facts);
    return judgedRun(words, call, () => judgeBounds && timeBounded(deno.options, call), facts, judgeBounds);
  }
  const callee = model.resolveCall(call);
  const spawner = callee ? findMatch(model.knowledge.shellCommandFunctions, callee) : undefined;
  if (!spawner) return runThroughProjectSpawner(call, model, false, judgeBounds, known);
  const args = call.getArguments();
  const facts = model.knowledge.cliAgentRuns;
  const helper = spawner.form === 'program' ? ownCaller(call, model) : undefined;
  if (helper) return runThroughProjectSpawner(helper, model, true, judgeBounds, known);
  const table = spawner.form === 'program' ? tableRuns(args[0], args[1], call, facts, model) : undefined;
  if (table) {
    // One spawn, a run per entry: the first entry that starts an agent CLI with no bound (or, not judging bounds, any agent CLI).
    for (const { words, entry } of table) {
      const run = judgedRun(withoutRunner(words, facts), call, () => judgeBounds && (entryTimed(entry) || timeBounded(args[2], call)), facts, judgeBounds);
      if (run) return judgeBounds && timedByCallers(call, model) ? undefined : run;
    }
    return undefined;
  }
  const argv = spawner.form === 'argv' ? argvList(args[0]) : undefined;
  const words = withoutRunner(spawner.form === 'shell' ? shellWords(args[0])
    : spawner.form === 'argv' ? (argv ? programWords(argv.program, argv.rest, call, facts, model, known) : undefined)
    : programWords(args[0], args[1], call, facts, model, known), facts);
  const options = spawner.form === 'shell' ? args[1] : spawner.form === 'argv' ? argv?.options ?? args[1] : args[2];
  const run = judgedRun(words, call, () => judgeBounds && timeBounded(options, call), facts, judgeBounds);
  // A kill timer the function offers its callers: judged at each call that leaves it out (callerTimedRunAt).
  return run && judgeBounds && timedByCallers(call, model) ? undefined : run;
}

/** The run the words describe, unless the file writes a turn bound or the process is killed on a timer. */
function judgedRun(words: string[] | undefined, call: CallExpression, killedOnTimer: () => boolean, facts: ReadonlyArray<CliAgentRunFact>, judgeBounds: boolean): CliAgentRun | undefined {
  if (!words || words.length === 0) return undefined;
  const program = words[0]!.split(/[\\/]/).pop();
  const fact = facts.find((f) => f.program === program);
  if (!fact || !words.some((w) => fact.headless.includes(w))) return undefined;
  // A bound anywhere the file's strings hold it (also one added only when configured, which this does not tell apart: quiet).
  if (judgeBounds && writesBound(call, fact, words)) return undefined;
  if (killedOnTimer()) return undefined;
  const command = words.join(' ');
  return { fact, command: command.length > 60 ? `${command.slice(0, 57)}...` : command, words };
}

/**
 * `runCommand('claude', args, { cwd })` where the project's `runCommand(command, args, options)` hands its first two
 * parameters to `spawn`: the project's generic spawner (test/corpus/README.md question 83). The run is judged from the
 * caller's arguments and reported at the caller's call; the spawner's timer bounds it only when armed on every call.
 */
function runThroughProjectSpawner(call: CallExpression, model: ProjectModel, atSpawn: boolean, judgeBounds: boolean, known = NOTHING_KNOWN): CliAgentRun | undefined {
  if (call.getArguments().length < 2) return undefined;
  const fn = model.functionCalledBy(call);
  const shape = fn ? projectSpawner(fn, model) : undefined;
  if (!shape) return undefined;
  // A helper with one caller is where that one run is started: reported at its spawn (ownCaller), not at the call.
  if (!atSpawn && singleCaller(fn!, model)) return undefined;
  const args = call.getArguments();
  const program = args[shape.program];
  const list = shape.args === undefined ? undefined : args[shape.args];
  if (!program || Node.isSpreadElement(program) || (list && Node.isSpreadElement(list))) return undefined;
  const facts = model.knowledge.cliAgentRuns;
  const words = withoutRunner(programWords(program, list, call, facts, model, known), facts);
  return judgedRun(words, call, () => judgeBounds && (passesTimeout(call) || timeBounded(shape.options, shape.spawn)), facts, judgeBounds);
}

/** `runProgram(cmd, args, { cwd, timeoutMs: 600_000 })`: the caller hands the runner a timeout or a signal. */
function passesTimeout(call: CallExpression): boolean {
  return call.getArguments().some((arg) => {
    const object = objectLiteralOf(unwrap(arg));
    return object !== undefined && object.getProperties().some((p) => /timeout|deadline|signal/i.test(propertyName(p) ?? ''));
  });
}

/**
 * `spawn(command, args)` in a helper `runSpawnedProcess(command, args)` that one call in the project uses: that call,
 * whose arguments say what the spawn starts. A helper several calls use is the project's generic spawner, judged at
 * each call (runThroughProjectSpawner).
 */
function ownCaller(spawn: CallExpression, model: ProjectModel): CallExpression | undefined {
  // The function whose parameters the spawn is given (also around a `new Promise((resolve) => { spawn(…) })`).
  const fn = spawn.getAncestors().find((a) => (Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)) &&
    projectSpawner(a, model)?.spawn === spawn);
  return fn ? singleCaller(fn, model) : undefined;
}

function singleCaller(fn: Node, model: ProjectModel): CallExpression | undefined {
  const sites = model.packageCallSitesOf(fn);
  return sites.length === 1 && Node.isCallExpression(sites[0]) ? sites[0] : undefined;
}

function mayHoldSpawn(file: SourceFile, model: ProjectModel): boolean {
  return model.memoize('cli-agent-may-spawn', file, () => /\b(?:spawn|exec|execa|execFile)/.test(file.getFullText()));
}

interface SpawnerShape { spawn: CallExpression; program: number; args: number | undefined; options: Node | undefined }

/** A project function that passes its parameters to `spawn`/`execa`/`execFile` as the program and its arguments. */
function projectSpawner(fn: Node, model: ProjectModel): SpawnerShape | undefined {
  return model.memoize('cli-agent-project-spawner', fn, () => {
    // Cheap first: a file that names no spawning function holds no spawner.
    if (!mayHoldSpawn(fn.getSourceFile(), model)) return undefined;
    const body = (fn as FunctionNode).getBody?.();
    const parameters = 'getParameters' in fn && typeof fn.getParameters === 'function' ? (fn.getParameters() as ParameterDeclaration[]).map((p) => p.getName()) : [];
    if (!body || parameters.length < 2) return undefined;
    for (const spawn of descendantsOfKind(body, SyntaxKind.CallExpression)) {
      const callee = model.resolveCall(spawn);
      const fact = callee ? findMatch(model.knowledge.shellCommandFunctions, callee) : undefined;
      if (!fact || fact.form !== 'program') continue;
      const [programArg, argsArg, options] = spawn.getArguments();
      const program = programArg ? parameters.indexOf(unwrap(programArg).getText()) : -1;
      const args = argsArg ? parameters.indexOf(unwrap(argsArg).getText()) : -1;
      if (program < 0 || args < 0 || !Node.isIdentifier(unwrap(programArg!)) || !Node.isIdentifier(unwrap(argsArg!))) continue;
      return { spawn, program, args, options };
    }
    return undefined;
  });
}

function writesBound(call: CallExpression, fact: CliAgentRunFact, words: string[]): boolean {
  if (words.some((word) => fact.bounds.some((bound) => word.startsWith(bound)))) return true;
  const file = call.getSourceFile();
  return fact.bounds.some((bound) => literalsHold(file, bound));
}

const LITERAL_KINDS = [SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral, SyntaxKind.TemplateHead, SyntaxKind.TemplateMiddle, SyntaxKind.TemplateTail];

function literalsHold(file: SourceFile, text: string): boolean {
  if (!file.getFullText().includes(text)) return false;
  return LITERAL_KINDS.some((kind) => descendantsOfKind(file, kind).some((literal) => literal.getText().includes(text)));
}

/** `exec('claude -p "…"')`: the literal words of a command line (a template's literal text; unknown parts dropped). */
function shellWords(arg: Node | undefined): string[] | undefined {
  if (!arg) return undefined;
  const value = unwrap(arg);
  const text = Node.isTemplateExpression(value)
    ? [value.getHead().getLiteralText(), ...value.getTemplateSpans().map((s) => ` \u0000 ${s.getLiteral().getLiteralText()}`)].join('')
    : stringValue(value);
  if (text === undefined) return undefined;
  return text.split(/\s+/).filter((w) => w && w !== '\u0000');
}

/**
 * `spawn('claude', ['-p', task])`: the program and the literal arguments — of an array literal, a const array (with the
 * literals later `push`ed onto it in the same function) and the const arrays spread into them.
 */
function programWords(programArg: Node | undefined, argsArg: Node | ReadonlyArray<Node> | undefined, call: CallExpression, facts: ReadonlyArray<CliAgentRunFact>, model: ProjectModel, known = NOTHING_KNOWN): string[] | undefined {
  const program = programArg ? programName(programArg, facts, 0, model) : undefined;
  if (program === undefined) return undefined;
  const rest = argsArg === undefined ? [] : Array.isArray(argsArg) ? argsArg.flatMap((arg) => elementWords(arg, call, 0, model, known))
    : arrayWords(argsArg as Node, call, 0, model, known);
  return [program, ...rest];
}

/**
 * `const { command, args } = CLI_CONFIGS[target]; spawn(command, args)` (or `config.command` with `const config =
 * CLI_CONFIGS[target]`): the program and its arguments are members of the entry a key picks from a const table of object
 * literals (`{ codex: { command: 'codex', args: ['exec', …] }, gemini: { … } }`) — one possible run per entry, its words
 * read from that entry. Undefined when the program is not read from such a table.
 */
function tableRuns(programArg: Node | undefined, argsArg: Node | undefined, call: CallExpression, facts: ReadonlyArray<CliAgentRunFact>, model: ProjectModel): Array<{ words: string[]; entry: ObjectLiteralExpression }> | undefined {
  const program = programArg && tableMember(programArg);
  if (!program) return undefined;
  // The entry's own member where the arguments read one (`args`, `[...args, prompt]`), else the words written.
  const entryWords = (entry: ObjectLiteralExpression, node: Node): string[] => {
    const member = tableMember(node);
    const listed = member?.table === program.table ? propertyValue(propertyOf(entry, member.name)) : undefined;
    if (listed) return arrayWords(listed, call, 0, model);
    const value = unwrap(node);
    return Node.isArrayLiteralExpression(value)
      ? value.getElements().flatMap((element) => Node.isSpreadElement(element) ? entryWords(entry, element.getExpression()) : elementWords(element, call, 0, model))
      : arrayWords(node, call, 0, model);
  };
  return program.entries.flatMap((entry) => {
    const word = propertyValue(propertyOf(entry, program.name));
    const name = word && programName(word, facts, 0, model);
    return name === undefined ? [] : [{ words: [name, ...(argsArg ? entryWords(entry, argsArg) : [])], entry }];
  });
}

/** The table, its entries and the member read, for a member of the entry a computed key picks (tableRuns). */
function tableMember(node: Node): { table: ObjectLiteralExpression; entries: ObjectLiteralExpression[]; name: string } | undefined {
  const value = unwrap(node);
  let name: string | undefined;
  let source: Node | undefined;
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const element = binding.kind === 'local' && Node.isBindingElement(binding.declaration) ? binding.declaration : undefined;
    const holder = element?.getParent().getParent();
    if (!element || !Node.isObjectBindingPattern(element.getParent()) || !holder || !Node.isVariableDeclaration(holder) || element.getDotDotDotToken()) return undefined;
    name = element.getPropertyNameNode()?.getText() ?? element.getName();
    source = holder.getInitializer();
  } else if (Node.isPropertyAccessExpression(value)) {
    name = value.getName();
    source = value.getExpression();
  }
  let picked = source && unwrap(source);
  if (picked && Node.isIdentifier(picked)) picked = variableInitializer(picked) && unwrap(variableInitializer(picked)!);
  if (!name || !picked || !Node.isElementAccessExpression(picked)) return undefined;
  const key = picked.getArgumentExpression();
  const table = objectLiteralOf(picked.getExpression());
  if (!key || stringValue(unwrap(key)) !== undefined || !table) return undefined;
  const entries = table.getProperties().map((property) => objectLiteralOf(propertyValue(property)));
  return entries.length > 0 && entries.every((entry) => entry !== undefined) ? { table, entries: entries as ObjectLiteralExpression[], name } : undefined;
}

/** A table entry that sets its run a positive timeout (`timeoutMs: 600_000`): its kill timer is armed, whatever the spawn's test of it. */
function entryTimed(entry: ObjectLiteralExpression): boolean {
  return entry.getProperties().some((property) => {
    const value = propertyValue(property);
    return value !== undefined && /timeout/i.test(propertyName(property) ?? '') && positiveByDefault(value, 0);
  });
}

/**
 * `Bun.spawn(['claude', ...args], options)` or `Bun.spawn({ cmd: [...] })`: the program, the rest of the list and the
 * options (the object itself in the second form).
 */
function argvList(arg: Node | undefined): { program: Node; rest: Node[]; options: Node | undefined } | undefined {
  if (!arg) return undefined;
  const value = unwrap(arg);
  const object = Node.isObjectLiteralExpression(value) ? value : undefined;
  const cmd = object ? propertyValue(propertyOf(object, 'cmd')) : undefined;
  const list = cmd ? unwrap(cmd) : value;
  // `const args = [claudePath]; args.push('-p', prompt); spawn(args)`: a local list, with what the block pushes onto it.
  const binding = Node.isIdentifier(list) ? resolveIdentifier(list) : undefined;
  const declared = binding?.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration : undefined;
  const held = declared?.getInitializer();
  const literal = held ? unwrap(held) : list;
  if (!Node.isArrayLiteralExpression(literal)) return undefined;
  const [program, ...rest] = literal.getElements();
  if (!program || Node.isSpreadElement(program)) return undefined;
  return { program, rest: declared ? [...rest, ...pushedOnto(list, declared)] : rest, options: object };
}

/**
 * `command.spawn()` (or `.output()`, `.outputSync()`) of `const command = new Deno.Command('claude', { args: ['-p', task] })`,
 * or of the constructed value itself: Deno starts the process there, with the program, the `args` list and the options
 * (Deno.CommandOptions: `args`, `cwd`, `env`, `signal` — an AbortSignal that sends SIGTERM — and the stdio settings; no
 * timeout. Checked against docs.deno.com Deno.CommandOptions and deno_process 0.60.0 40_process.js spawnChildInner).
 */
function denoCommandStarted(call: CallExpression): { program: Node; args: Node | undefined; options: Node | undefined } | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !/^(spawn|output|outputSync)$/.test(callee.getName())) return undefined;
  let command = unwrap(callee.getExpression());
  if (Node.isIdentifier(command)) {
    const held = variableInitializer(command);
    if (!held) return undefined;
    command = unwrap(held);
  }
  if (!Node.isNewExpression(command) || command.getExpression().getText() !== 'Deno.Command') return undefined;
  const [program, options] = command.getArguments();
  if (!program) return undefined;
  const object = objectLiteralOf(options);
  return { program, args: object ? propertyValue(propertyOf(object, 'args')) : undefined, options };
}

/** Package runners that start the program named after them: `npx codex exec …`, `bunx @openai/codex exec …`, `pnpm dlx …`. */
const RUNNERS = new Set(['npx', 'bunx', 'pnpx']);
const DLX_HOSTS = new Set(['pnpm', 'yarn', 'bun']);

/**
 * The words with a package runner's prefix taken off, and the agent's npm package named by its program (`@openai/codex`
 * is `codex`, knowledge `cliAgentRuns` `packages`).
 */
function withoutRunner(words: string[] | undefined, facts: ReadonlyArray<CliAgentRunFact>): string[] | undefined {
  if (!words || words.length === 0) return words;
  let rest = words;
  const first = rest[0]!.split(/[\\/]/).pop()!;
  if (RUNNERS.has(first)) rest = rest.slice(1);
  else if (DLX_HOSTS.has(first) && rest[1] === 'dlx') rest = rest.slice(2);
  else return words;
  while (rest.length > 0 && /^-/.test(rest[0]!)) rest = rest.slice(1);
  if (rest.length === 0) return rest;
  const named = rest[0]!.replace(/(.)@[^/@]*$/, '$1');
  const fact = facts.find((f) => f.packages?.includes(named));
  return fact ? [fact.program, ...rest.slice(1)] : rest;
}

/**
 * The program a spawn starts: a string (`'claude'`), the fallback of a configured path (`process.env.CLAUDE_PATH ||
 * 'claude'`, `found ?? 'claude'`), through a const holding one of those, or a binary whose name says which agent CLI it
 * is (`env.CLAUDE_BIN`, `this.codexPath`, `GEMINI_CLI`). The headless flag must still be among the arguments.
 */
function programName(node: Node, facts: ReadonlyArray<CliAgentRunFact>, depth: number, model: ProjectModel): string | undefined {
  const value = unwrap(node);
  const literal = stringValue(value);
  if (literal !== undefined || depth > 3) return literal;
  if (Node.isBinaryExpression(value) && [SyntaxKind.BarBarToken, SyntaxKind.QuestionQuestionToken].includes(value.getOperatorToken().getKind())) {
    return programName(value.getRight(), facts, depth + 1, model);
  }
  const name = Node.isIdentifier(value) ? value.getText() : Node.isPropertyAccessExpression(value) ? value.getName() : undefined;
  if (name === undefined) return undefined;
  // `execution.command` with `const execution = buildExecution(…)`: what the builder's returned object holds.
  const built = Node.isPropertyAccessExpression(value) ? builtMembers(value, model) : [];
  for (const member of built) {
    const resolved = programName(member, facts, depth + 1, model);
    if (resolved !== undefined) return resolved;
  }
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    const resolved = init ? programName(init, facts, depth + 1, model) : undefined;
    if (resolved !== undefined) return resolved;
  }
  // `DEFAULT_CONFIG.binaryPath` with `const DEFAULT_CONFIG = { binaryPath: 'claude' }`, an imported const, a field its
  // constructor sets: the string the project's code holds there (values.ts, bounded and memoised).
  const held = valueOf(value, model);
  const heldWord = held?.kind === 'node' && held.node !== value ? stringValue(unwrap(held.node)) : undefined;
  if (heldWord !== undefined) return heldWord;
  // A name made of words (`CLAUDE_BIN`, `claudePath`): one of them is the program's name.
  const nameWords = identifierWords(name);
  return facts.find((fact) => nameWords.includes(fact.program))?.program;
}

function elementWords(element: Node, call: CallExpression, depth: number, model: ProjectModel, known = NOTHING_KNOWN): string[] {
  if (Node.isSpreadElement(element)) return arrayWords(element.getExpression(), call, depth + 1, model, known);
  const word = stringValue(unwrap(element));
  return word === undefined ? [] : [word];
}

function arrayWords(node: Node, call: CallExpression, depth: number, model: ProjectModel, known = NOTHING_KNOWN): string[] {
  if (depth > 4) return [];
  const value = unwrap(node);
  if (Node.isArrayLiteralExpression(value)) return value.getElements().flatMap((element) => elementWords(element, call, depth, model, known));
  // `buildClaudeArgs(options)`: the lists the project function returns (with what it pushes onto them).
  if (Node.isCallExpression(value)) return returnedWords(value, call, depth, model, known);
  // `...(mode === 'interactive' ? [] : ['-p'])`: the words of either branch, or of the one the caller's values pick.
  if (Node.isConditionalExpression(value)) {
    const taken = conditionalTakenFor(value, known);
    return (taken ? [taken] : [value.getWhenTrue(), value.getWhenFalse()]).flatMap((branch) => arrayWords(branch, call, depth + 1, model, known));
  }
  if (Node.isPropertyAccessExpression(value)) return builtMembers(value, model).flatMap((member) => arrayWords(member, call, depth + 1, model));
  if (!Node.isIdentifier(value)) return [];
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return [];
  const init = binding.declaration.getInitializer();
  // `let args: string[]; if (session) args = ['exec', 'resume', …]; else args = ['exec', …]`: the words of each list given it.
  const words = (init ? [init] : assignedLater(binding.declaration)).flatMap((list) => arrayWords(list, call, depth + 1, model, known));
  // `args.push('--verbose')` in the function that spawns (not under an `if (opts.bypass)` the caller's values rule out).
  for (const arg of pushedOnto(value, binding.declaration).filter((pushed) => reachedFor(pushed, known))) {
    const word = stringValue(unwrap(arg));
    if (word !== undefined) words.push(word);
  }
  return words;
}

/** The arguments of every `list.push(…)` in the block declaring the list `list` names. */
function pushedOnto(list: Node, declaration: Node): Node[] {
  const scope = declaration.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a));
  const out: Node[] = [];
  for (const push of scope ? descendantsOfKind(scope, SyntaxKind.CallExpression) : []) {
    const callee = push.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'push' || callee.getExpression().getText() !== list.getText()) continue;
    out.push(...push.getArguments());
  }
  return out;
}

/** The expressions a project function returns (`return args`, `return { command, args }`), not crossing nested functions. */
function returnedExpressions(builder: CallExpression, model: ProjectModel): Node[] {
  const fn = model.functionCalledBy(builder);
  return fn ? returnedExpressionsOf(fn).flatMap((expression) => expression ?? []) : [];
}

/**
 * `execution.args` where `execution` is a const holding a project builder's result (`buildExecution(…)`, awaited or
 * not) or the call itself: the `args` of each object literal the builder returns.
 */
function builtMembers(access: import('ts-morph').PropertyAccessExpression, model: ProjectModel): Node[] {
  let base = unwrap(access.getExpression());
  if (Node.isAwaitExpression(base)) base = unwrap(base.getExpression());
  if (Node.isIdentifier(base)) {
    const binding = resolveIdentifier(base);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration) || binding.declaration.getVariableStatement()?.getDeclarationKind() !== 'const') return [];
    const init = binding.declaration.getInitializer();
    base = init ? unwrap(init) : base;
    if (Node.isAwaitExpression(base)) base = unwrap(base.getExpression());
  }
  if (!Node.isCallExpression(base)) return [];
  return returnedExpressions(base, model).flatMap(branchesOf).flatMap((expression) => {
    const object = objectLiteralOf(expression);
    const member = object ? propertyValue(propertyOf(object, access.getName())) : undefined;
    return member ? [member] : [];
  });
}

/** `cond ? a : b`: both values it may take (nested conditionals too). */
function branchesOf(expression: Node): Node[] {
  const value = unwrap(expression);
  return Node.isConditionalExpression(value) ? [...branchesOf(value.getWhenTrue()), ...branchesOf(value.getWhenFalse())] : [value];
}

/** The words of the lists a project function returns (`return args`, `return ['-p', prompt]`), not an arrow's body expression. */
function returnedWords(builder: CallExpression, call: CallExpression, depth: number, model: ProjectModel, known = NOTHING_KNOWN): string[] {
  const fn = model.functionCalledBy(builder);
  // `modeArgs('judge')`, or `modeArgs(args.mode)` with the caller's `{ mode: 'judge' }`: only the lists returned for it.
  const fixed = fn && literalArguments(builder, fn, known);
  const inner = fixed ? new Map([...known, ...fixed]) : known;
  const returned = returnedExpressions(builder, model).filter((expression) => reachedFor(expression, inner));
  if (returned.length === 0) return [];
  const words = returned.flatMap((expression) => arrayWords(expression, call, depth + 1, model, inner));
  // A bound the builder's file writes anywhere (also one added only when configured): counted as written, as at the spawn.
  const file = returned[0]!.getSourceFile();
  if (file !== call.getSourceFile()) words.push(...model.knowledge.cliAgentRuns.flatMap((fact) => fact.bounds.filter((bound) => literalsHold(file, bound))));
  return words;
}

/**
 * A deadline on the process: a `timeout` or `signal` in the spawn options (or options it cannot see — a spread of a
 * conditional between object literals, `...(cwd ? { cwd } : {})`, is seen), or a timer the function that starts it
 * sets, that kills, stops or aborts something (`setTimeout(() => child.kill(), ms)`, `setTimeout(() => this.stop(id))`):
 * read generously, since a run killed on a wall-clock timer is bounded (test/corpus/README.md question 76). A timer
 * armed only when its delay is set (`if (timeout > 0) setTimeout(kill, timeout)`) bounds nothing by default (questions
 * 14 and 83), and a force-kill grace timer elsewhere (in a `terminate()`) is no budget for the run.
 */
function timeBounded(optionsArg: Node | undefined, call: CallExpression): boolean {
  const given = optionsArg ? unwrap(optionsArg) : undefined;
  if (given && !Node.isArrowFunction(given) && !Node.isFunctionExpression(given) && optionsMayBound(given, 0)) return true;
  const starter = starterOf(call);
  return killTimers(starter ?? call.getSourceFile()).some((timer) => !armedOnlyWhenSet(timer, starter));
}

function starterOf(call: CallExpression): Node | undefined {
  return call.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
}

/** The `setTimeout`s written in `within` that kill, stop or abort something. */
function killTimers(within: Node): CallExpression[] {
  return descendantsOfKind(within, SyntaxKind.CallExpression).filter((timer) => {
    const name = timer.getExpression().getText();
    return (name === 'setTimeout' || name.endsWith('.setTimeout')) && /kill|abort|terminate|stop|cancel/i.test(timer.getText());
  });
}

/** Options that set a `timeout` or `signal`, or that it cannot see into. */
function optionsMayBound(node: Node, depth: number): boolean {
  const value = unwrap(node);
  if (depth > 0 && Node.isConditionalExpression(value)) return optionsMayBound(value.getWhenTrue(), depth + 1) || optionsMayBound(value.getWhenFalse(), depth + 1);
  if (depth > 0 && Node.isBinaryExpression(value) && value.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken) return optionsMayBound(value.getRight(), depth + 1);
  const options = depth > 0 && !Node.isObjectLiteralExpression(value) ? undefined : objectLiteralOf(value);
  if (!options || depth > 4) return true;
  if (deepPropertyOf(options, 'timeout') || deepPropertyOf(options, 'signal')) return true;
  return options.getProperties().some((p) => Node.isSpreadAssignment(p) && optionsMayBound(p.getExpression(), depth + 1));
}

/**
 * `if (timeout) { setTimeout(() => child.kill(), timeout) }`: a kill timer armed only when its delay is configured. Not
 * when the delay is set by default (`const TIMEOUT_MS = parseInt(process.env.TIMEOUT_MS || '2700000')`): the test only
 * lets a setting of 0 switch the timer off, and a setting is judged by its default (question 106).
 */
function armedOnlyWhenSet(timer: CallExpression, starter: Node | undefined): boolean {
  const delay = timer.getArguments()[1];
  const name = delay ? unwrap(delay).getText() : undefined;
  if (!name || !/^[\w$.]+$/.test(name) || /^\d/.test(name) || positiveByDefault(delay!, 0)) return false;
  const names = new RegExp(`(^|[^\\w$.])${name.replace(/[.$]/g, '\\$&')}(?![\\w$])`);
  const holds = (branch: Node) => branch.containsRange(timer.getPos(), timer.getEnd());
  for (let node: Node | undefined = timer.getParent(); node && node !== starter; node = node.getParent()) {
    if (Node.isIfStatement(node) && holds(node.getThenStatement()) && node.getElseStatement() === undefined && names.test(node.getExpression().getText())) return true;
    // `timeout > 0 ? setTimeout(() => proc.kill(), timeout) : null`, `timeout && setTimeout(…)`.
    if (Node.isConditionalExpression(node) && holds(node.getWhenTrue()) && names.test(node.getCondition().getText())) return true;
    if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken && holds(node.getRight()) && names.test(node.getLeft().getText())) return true;
  }
  return false;
}

/**
 * A delay that is set unless a setting unsets it: a positive number, or a const holding one as its default —
 * `parseInt(process.env.TIMEOUT_MS || '2700000')`, `Number(env.LIMIT ?? 60_000)`, `45 * 60 * 1000`.
 */
function positiveByDefault(delay: Node, depth: number): boolean {
  const value = unwrap(delay);
  if (depth > 4) return false;
  if (Node.isNumericLiteral(value) || Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) return Number(value.getLiteralValue()) > 0;
  if (Node.isBinaryExpression(value)) {
    const operator = value.getOperatorToken().getKind();
    if (operator === SyntaxKind.BarBarToken || operator === SyntaxKind.QuestionQuestionToken) return positiveByDefault(value.getRight(), depth + 1);
    return operator === SyntaxKind.AsteriskToken && positiveByDefault(value.getLeft(), depth + 1) && positiveByDefault(value.getRight(), depth + 1);
  }
  if (Node.isCallExpression(value)) {
    const [first] = value.getArguments();
    return /^(?:parseInt|parseFloat|Number|Number\.parseInt|Number\.parseFloat)$/.test(value.getExpression().getText()) && first !== undefined && positiveByDefault(first, depth + 1);
  }
  if (!Node.isIdentifier(value)) return false;
  const binding = resolveIdentifier(value);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  if (!declaration || !Node.isVariableDeclaration(declaration) || declaration.getVariableStatement()?.getDeclarationKind() !== 'const') return false;
  const init = declaration.getInitializer();
  return init !== undefined && positiveByDefault(init, depth + 1);
}

/**
 * `setTimeout(() => controller.abort(), RUN_TIMEOUT_MS)` armed once where the run starts, or a watchdog `setInterval`
 * aborting it when the time since a start the code never moves passes a maximum (`if (Date.now() - startTime >
 * TIMEOUT_MS) controller.abort()`): the run has a wall-clock budget (question 76). A watchdog that aborts after a spell
 * without events (`Date.now() - lastActivity`, moved on every event) bounds a stalled run, not a busy one (question 95);
 * a timer armed only when its delay is configured bounds nothing by default.
 */
export function abortedOnWallClock(controller: string, within: Node): boolean {
  const aborts = new RegExp(`(?:^|[^\\w$.])${controller.replace(/[.$]/g, '\\$&')}\\.abort\\(`);
  return descendantsOfKind(within, SyntaxKind.CallExpression).some((timer) => {
    const name = timer.getExpression().getText();
    const tick = timer.getArguments()[0];
    if (!tick || !aborts.test(tick.getText())) return false;
    if (name === 'setTimeout') {
      // Armed once per run — in the run's function or the executor of a promise it makes there — not from a callback
      // re-arming it on each event (an idle timer).
      const owner = timer.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
      const once = owner === undefined || owner === within || !within.containsRange(owner.getPos(), owner.getEnd()) || Node.isNewExpression(owner.getParent());
      return once && !armedOnlyWhenSet(timer, within);
    }
    if (name !== 'setInterval') return false;
    return descendantsOfKind(tick, SyntaxKind.IfStatement).some((test) =>
      aborts.test(test.getThenStatement().getText()) && descendantsOfKind(test.getExpression(), SyntaxKind.Identifier).some(isFixedStartTime));
  });
}

/** `const startTime = Date.now()`: a start the code never moves. */
function isFixedStartTime(name: Node): boolean {
  const binding = resolveIdentifier(name as import('ts-morph').Identifier);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  if (!declaration || !Node.isVariableDeclaration(declaration) || declaration.getVariableStatement()?.getDeclarationKind() !== 'const') return false;
  return /^(?:Date\.now\(\)|performance\.now\(\)|new Date\(\)(?:\.getTime\(\))?|process\.hrtime\.bigint\(\))$/.test(declaration.getInitializer()?.getText() ?? '');
}

/** Where a function's callers set the delay of the kill timer it offers: a parameter, or one of its properties. */
export interface CallerTimedRun { run: CliAgentRun; spawn: CallExpression; parameter: number; property: string | undefined }

const MAX_TIMER_CALLER_FILES = 12;

/**
 * `execute(opts)` that spawns a headless agent CLI with no turn bound and kills it on a timer only when `opts.timeout`
 * is set (`const timeout = opts.timeout ?? 0; … timeout > 0 ? setTimeout(() => proc.kill(), timeout) : null`): a bound
 * the function offers its callers, so its run is judged at each call — bounded when the call sets a positive delay
 * (test/corpus/README.md question 117). Memoised per function.
 */
export function callerTimedRun(fn: Node, model: ProjectModel): CallerTimedRun | undefined {
  return model.memoize('cli-caller-timed-run', fn, () => {
    const text = fn.getSourceFile().getFullText();
    if (!/setTimeout/.test(text) || !mayStartCliAgent(text, model) || !mayHoldSpawn(fn.getSourceFile(), model)) return undefined;
    const body = (fn as FunctionNode).getBody?.();
    if (!body || !('getParameters' in fn)) return undefined;
    for (const spawn of descendantsOfKind(body, SyntaxKind.CallExpression)) {
      if (spawn.getArguments().length === 0) continue;
      const callee = model.resolveCall(spawn);
      const spawner = callee ? findMatch(model.knowledge.shellCommandFunctions, callee) : undefined;
      if (!spawner) continue;
      const run = cliAgentRunOf(spawn, model);
      if (!run || writesBound(spawn, run.fact, [...run.words])) continue;
      const args = spawn.getArguments();
      const options = spawner.form === 'shell' ? args[1] : spawner.form === 'argv' ? argvList(args[0])?.options ?? args[1] : args[2];
      const given = options ? unwrap(options) : undefined;
      if (given && optionsMayBound(given, 0)) continue;
      const starter = starterOf(spawn);
      const timers = killTimers(starter ?? spawn.getSourceFile());
      if (timers.length === 0 || timers.some((timer) => !armedOnlyWhenSet(timer, starter))) continue;
      const setting = delaySetting(timers[0]!.getArguments()[1], fn as FunctionNode & { getParameters(): ParameterDeclaration[] }, 0);
      if (setting) return { run, spawn, ...setting };
    }
    return undefined;
  });
}

/** `opts.timeout`, `timeout` (a parameter, or `{ timeout }` destructured from one), through consts and `?? 0`. */
function delaySetting(delay: Node | undefined, fn: { getParameters(): ParameterDeclaration[] }, depth: number): { parameter: number; property: string | undefined } | undefined {
  if (!delay || depth > 3) return undefined;
  const value = unwrap(delay);
  if (Node.isBinaryExpression(value) && [SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken].includes(value.getOperatorToken().getKind())) return delaySetting(value.getLeft(), fn, depth + 1);
  const parameters = fn.getParameters();
  if (Node.isPropertyAccessExpression(value)) {
    const base = unwrap(value.getExpression());
    const binding = Node.isIdentifier(base) ? resolveIdentifier(base) : undefined;
    const index = binding?.kind === 'local' ? parameters.indexOf(binding.declaration as ParameterDeclaration) : -1;
    return index >= 0 ? { parameter: index, property: value.getName() } : undefined;
  }
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local') return undefined;
  const declaration = binding.declaration;
  const index = parameters.indexOf(declaration as ParameterDeclaration);
  if (index >= 0) return { parameter: index, property: undefined };
  if (Node.isBindingElement(declaration)) {
    const parameter = declaration.getFirstAncestorByKind(SyntaxKind.Parameter);
    const at = parameter ? parameters.indexOf(parameter) : -1;
    return at >= 0 && declaration.getParent() === parameter!.getNameNode() ? { parameter: at, property: declaration.getPropertyNameNode()?.getText() ?? declaration.getName() } : undefined;
  }
  if (!Node.isVariableDeclaration(declaration) || declaration.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  return delaySetting(declaration.getInitializer(), fn, depth + 1);
}

/** Whether the call sets the delay a caller-timed run's kill timer waits for to a positive value, or one it cannot read. */
export function setsRunDelay(call: CallExpression, timed: CallerTimedRun): boolean {
  const arg = call.getArguments()[timed.parameter];
  if (!arg) return false;
  let value: Node = unwrap(arg);
  if (timed.property !== undefined) {
    const object = Node.isObjectLiteralExpression(value) ? value : undefined;
    if (!object) return true;
    if (object.getProperties().some((p) => Node.isSpreadAssignment(p))) return true;
    const property = propertyOf(object, timed.property);
    if (!property) return false;
    // `{ timeout }`: a shorthand's value is the name it is written with.
    const given = Node.isShorthandPropertyAssignment(property) ? property.getNameNode() : propertyValue(property);
    if (!given) return true;
    value = unwrap(given);
  }
  if (/^(?:0|undefined|null|-1)$/.test(value.getText())) return false;
  return Node.isNumericLiteral(value) ? Number(value.getLiteralValue()) > 0 : true;
}

/** The spawn is a caller-timed run of a function its callers (outside tests) call: reported at them, not here. */
function timedByCallers(spawn: CallExpression, model: ProjectModel): boolean {
  const fns = spawn.getAncestors().filter((a) => Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)).slice(0, 4);
  return fns.some((fn) => callerTimedRun(fn, model)?.spawn === spawn && runCallers(fn, model).length > 0);
}

/**
 * The calls outside tests that run `fn`: by name and resolution (`packageCallSitesOf`), or, for a class's method,
 * through a receiver written with a type the class implements (`adapter.execute(…)`, `adapter: AgentAdapter`).
 */
export function runCallers(fn: Node, model: ProjectModel): CallExpression[] {
  return model.memoize('cli-run-callers', fn, () => {
    const home = fn.getSourceFile().getFilePath();
    // Test code by the path below the folder it shares with the function (a project kept under a `test/` folder is not).
    const outsideTests = (call: Node): call is CallExpression => Node.isCallExpression(call) && !isTestCodePath(belowCommonFolder(call.getSourceFile().getFilePath(), home));
    // The run's callers, and the package's as a lint of the whole project would find them.
    const direct = [...new Set([...callSitesOf(fn as FunctionNode, model), ...model.packageCallSitesOf(fn)])].filter(outsideTests);
    if (direct.length > 0 || !Node.isMethodDeclaration(fn)) return direct;
    return namedCallsReaching(fn.getName(), home, model, (call) => callTargets(call, model).includes(fn as FunctionNode), MAX_TIMER_CALLER_FILES).filter(outsideTests);
  });
}

/**
 * The project functions a call may run: the one value following finds (else the methods its receiver's written type
 * has), and those of the type the function making the receiver is written to return — value following takes one of
 * its `return`s (`return new CustomAdapter(…)`), the type says any implementation may come back.
 */
export function callTargets(call: CallExpression, model: ProjectModel): FunctionNode[] {
  const called = model.functionCalledBy(call);
  if (!Node.isPropertyAccessExpression(unwrap(call.getExpression()))) return called ? [called] : [];
  const found = called ? [called] : implementationsCalledBy(call, model);
  return [...new Set([...found, ...implementationsThroughMaker(call, model)])];
}

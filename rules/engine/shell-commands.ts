// Commands run on this machine (`exec(command)`, `spawn('bash', ['-c', command])`): a tool that runs the command the
// model wrote may write anything, so it is a write (README questions 29 and 38). A command the code fixes (`git
// status`, `rg ${pattern}`) is judged by nothing here: only the whole command line coming from the input counts.
import { Node, SyntaxKind, type CallExpression, type Identifier, type ParameterDeclaration, type TaggedTemplateExpression } from 'ts-morph';
import { containerPrograms, containerValueOptions, shellCommandFlags, shellPrograms, stdinInterpreters, subcommandPrograms, type ShellCommandFact } from '../knowledge/shell-commands.js';
import { deepPropertyOf, objectLiteralOf, originOf, originOfTypeNode, propertyValue, returnedParameter, unwrap, type CalleeRef, type ValueOrigin } from './callee.js';
import { declaredTypeOf } from './declared-types.js';
import { findMatch } from './match.js';
import type { ProjectModel } from './project-model.js';
import type { ProjectLinks } from './values.js';
import { enclosingFunctionOf, resolveIdentifier } from './scope.js';
import { toolCallHoldersAround } from './raw-tool-loops.js';
import type { WriteEffect } from './side-effects.js';

/** Where a command comes from: a parameter (a property of it) of the function it is run in, or of a callback in it. */
export interface CommandInput {
  parameter: ParameterDeclaration;
  property?: string;
  /**
   * The parameter is a whole argument list, program first (`Bun.spawn({ cmd: argv })` in `spawnCollect(argv, …)`): the
   * command is the one a caller's list hands its shell (`spawnCollect(['sh', '-c', opts.command], …)`).
   */
  argv?: true;
}

/** Where a command comes from, while it is followed: no parameter when it is read from the model's tool call in a dispatch branch. */
interface Origin {
  parameter?: ParameterDeclaration;
  property?: string;
}

/** A run of the model's command that no caller decides: read from the tool call of the dispatch branch it sits in. */
export const FROM_TOOL_CALL = 'tool call';

/** Whether `command` at `site` is read from the model's tool call of the dispatch branch around it (`execSync(JSON.parse(func.arguments).command)` under `if (func.name === 'Bash')`). */
function readFromToolCall(command: Node, site: Node, model: ProjectModel): boolean {
  const holders = toolCallHoldersAround(site, model);
  return holders.size > 0 && origin(command, 0, holders, model.types().links) !== undefined;
}

/** The command's origin as a parameter, or undefined (one read from a tool call is not a parameter). */
export function commandInput(node: Node, depth: number, links?: ProjectLinks): CommandInput | undefined {
  const found = origin(node, depth, undefined, links);
  return found?.parameter ? { parameter: found.parameter, property: found.property } : undefined;
}

const MAX_FOLLOW = 8;

/** The command a call runs, when it is a run of a command that comes from the enclosing function's input. */
export function shellCommandWrite(call: CallExpression, callee: CalleeRef, model: ProjectModel): WriteEffect | undefined {
  const fact = shellFact(callee, model);
  if (!fact) return undefined;
  const args = call.getArguments();
  const command = commandArgument(fact, args);
  const input = command ? commandInput(command, 0, model.types().links) : argvInput(fact, args);
  if (input) return { node: call, label: fact.label, kind: 'run', confidence: 'medium', callee, commandFrom: input };
  if (!command) return undefined;
  // Written in the branch of a dispatch on the model's tool name and read from that tool call: the model's command.
  return readFromToolCall(command, call, model) ? { node: call, label: fact.label, kind: 'run', confidence: 'medium', callee } : undefined;
}

/**
 * `session.proc.stdin.write(\`${code}\n\`)`: the input's code written to a child process's standard input, where an
 * interpreter or shell runs it — unless the process is seen started as a program that only reads its input (`wc`).
 * The process is what the call's receiver resolves to, or what `stdin`'s holder does (a field written `ChildProcess`
 * of a value taken from a map).
 */
export function processInputWrite(call: CallExpression, callee: CalleeRef | undefined, model: ProjectModel): WriteEffect | undefined {
  const method = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(method) || method.getName() !== 'write') return undefined;
  const stream = unwrap(method.getExpression());
  if (!Node.isPropertyAccessExpression(stream) || stream.getName() !== 'stdin') return undefined;
  const text = call.getArguments()[0];
  if (!text) return undefined;
  const holder = () => {
    const base = stream.getExpression();
    const found = originOf(base, model.types(), 0);
    const asStdin = (origin: ValueOrigin | undefined) => (origin ? { ...origin, path: [...origin.path, 'stdin', 'write'] } : undefined);
    if (found && findMatch(model.knowledge.processInputWrites, asStdin(found))) return asStdin(found);
    // `session.process` of `const session = this.sessions.get(id)`: the written type (`process: ChildProcess`).
    const written = declaredTypeOf(base, model.types().links);
    return written ? asStdin(originOfTypeNode(written, base, model.types())) : undefined;
  };
  const process = callee && findMatch(model.knowledge.processInputWrites, callee) ? callee : holder();
  const fact = process ? findMatch(model.knowledge.processInputWrites, process) : undefined;
  if (!fact || !process) return undefined;
  const creation = process.clientCreation;
  const program = creation && Node.isCallExpression(creation) ? creation.getArguments()[0] : undefined;
  const programs = program ? literalTexts(program) : [];
  if (programs.length > 0 && !programs.some((name) => stdinInterpreters.pattern.test(name))) return undefined;
  const input = commandInput(text, 0, model.types().links);
  if (input) return { node: call, label: fact.label, kind: 'run', confidence: 'medium', callee, commandFrom: input };
  return readFromToolCall(text, call, model) ? { node: call, label: fact.label, kind: 'run', confidence: 'medium', callee } : undefined;
}

/**
 * A shell's template tag run on a command line from the input (Bun's `$\`bash -c ${command}\``, `$\`git -C ${dir}
 * ${args}\``): the template is read as the command line, as `exec(\`…\`)`'s would be.
 */
export function shellTemplateWrite(node: TaggedTemplateExpression, model: ProjectModel): WriteEffect | undefined {
  const tag = unwrap(node.getTag());
  // Bun's shell is `$` (`Bun.$`, `import { $ } from 'bun'`): a tag of another name (sql`…`, gql`…`) is not asked about.
  if (!/(?:^|\.)\$$/.test(tag.getText())) return undefined;
  const found = originOf(tag, model.types(), 0);
  const fact = found ? findMatch(model.knowledge.shellTemplateTags, found) : undefined;
  if (!fact) return undefined;
  const template = node.getTemplate();
  if (!Node.isTemplateExpression(template)) return undefined;
  const input = commandInput(template, 0, model.types().links);
  if (input) return { node, label: fact.label, kind: 'run', confidence: 'medium', commandFrom: input };
  return readFromToolCall(template, node, model) ? { node, label: fact.label, kind: 'run', confidence: 'medium' } : undefined;
}

/** The fact for a callee: a shell function, or the promisified form of one (`const run = promisify(exec)`). */
function shellFact(callee: CalleeRef, model: ProjectModel): ShellCommandFact | undefined {
  const direct = findMatch(model.knowledge.shellCommandFunctions, callee);
  if (direct) return direct;
  const creation = callee.clientCreation;
  if (!callee.instance || callee.path.length > 0 || !creation || !Node.isCallExpression(creation)) return undefined;
  if (!/^(?:node:)?util$/.test(callee.module) || !['promisify', 'default', '*'].includes(callee.exportName)) return undefined;
  const wrapped = creation.getArguments()[0];
  return wrapped ? findMatch(model.knowledge.shellCommandFunctions, originOf(wrapped, model.types(), 0)) : undefined;
}

/** The expression holding the command line, for the function's form (undefined: the call runs a fixed program). */
function commandArgument(fact: ShellCommandFact, args: Node[]): Node | undefined {
  let [first, second] = args;
  if (!first) return undefined;
  // `runCommand({ cmd: 'sh', args: ['-c', command] })`: the program and its arguments as one object's `cmd` and `args`.
  const request = fact.form === 'program' ? objectLiteralOf(first) : undefined;
  const program = request ? propertyValue(deepPropertyOf(request, 'cmd')) : undefined;
  if (program) [first, second] = [program, propertyValue(deepPropertyOf(request, 'args'))];
  if (fact.form === 'shell') return first;
  if (fact.form === 'argv') {
    const list = Node.isArrayLiteralExpression(unwrap(first)) ? first : propertyValue(deepPropertyOf(objectLiteralOf(first), 'cmd'));
    return list ? commandInArgv(list) ?? subcommandOfArgv(list) : undefined;
  }
  // A program: a shell given `-c <command>`; else the first argument, a command line when the options set `shell`, or
  // a program the input names (`spawn(input.program, input.args)`) — either way the model's command.
  if (programIsShell(first)) return second ? commandInArgv(second, true) : undefined;
  // `execFile('docker', ['exec', container, command, ...args])`: the program the container runs.
  const inContainer = second && literalTexts(first).some((text) => containerPrograms.pattern.test(text)) ? containerCommand(second) : undefined;
  if (inContainer) return inContainer;
  // `execFile('gh', input.args)`, `spawn('kubectl', [input.command, ...])`: the model picks the subcommand.
  if (second && isSubcommandProgram(first)) return subcommandArgument(second);
  return first;
}

/** `Bun.spawn({ cmd: argv })`, `Bun.spawn(argv)`: an argument list that is a parameter of the function as a whole. */
function argvInput(fact: ShellCommandFact, args: Node[]): CommandInput | undefined {
  const [first] = args;
  if (fact.form !== 'argv' || !first || Node.isArrayLiteralExpression(unwrap(first))) return undefined;
  const request = objectLiteralOf(first);
  const list = request ? propertyValue(deepPropertyOf(request, 'cmd')) : first;
  const input = list && !Node.isArrayLiteralExpression(unwrap(list)) ? commandInput(list, 0) : undefined;
  return input ? { ...input, argv: true } : undefined;
}

/** `['-c', command]`, `[...shellArgs, command]`, `['sh', '-c', command]`: the element after a shell's command flag. */
function commandInArgv(list: Node, afterProgram = false): Node | undefined {
  const value = constValue(list);
  if (!value || !Node.isArrayLiteralExpression(value)) return undefined;
  const elements = value.getElements();
  const texts = elements.map((element) => (Node.isSpreadElement(element) ? spreadTexts(element.getExpression()) : literalTexts(element)));
  const start = afterProgram ? 0 : 1;
  if (!afterProgram && !(texts[0] ?? []).some((text) => shellPrograms.test(text))) return undefined;
  for (let i = 0; i < elements.length; i++) {
    // `[...shell, command]` with `shell = ['sh', '-c']`: a spread first element holds the program and its flag.
    if (i < start && !Node.isSpreadElement(elements[i]!)) continue;
    if (!(texts[i] ?? []).some((text) => shellCommandFlags.test(text))) continue;
    const next = elements[i + 1];
    if (next && !Node.isSpreadElement(next)) return next;
  }
  return undefined;
}

/**
 * `['exec', '-i', container, command, ...args]`, `['exec', pod, '--', command]`: the program a container runtime's `exec`
 * runs in the container, after the options and the container's name (undefined when the list is not an `exec`).
 */
function containerCommand(list: Node): Node | undefined {
  const value = constValue(list);
  if (!value || !Node.isArrayLiteralExpression(value)) return undefined;
  const [subcommand, ...rest] = value.getElements();
  if (!subcommand || literalTexts(subcommand)[0] !== 'exec') return undefined;
  const dashes = rest.findIndex((element) => literalTexts(element)[0] === '--');
  let container = dashes >= 0 ? dashes : -1;
  if (dashes < 0) {
    for (let i = 0; i < rest.length && container < 0; i++) {
      const element = rest[i]!;
      if (Node.isSpreadElement(element)) return undefined;
      const option = literalTexts(element)[0];
      // `-i`, `--tty`: a flag; `-w /dir`, `--user root`, `-e K=V`: an option and its value.
      if (option?.startsWith('-')) i += containerValueOptions.pattern.test(option) ? 1 : 0;
      else container = i;
    }
  }
  const run = container >= 0 ? rest.slice(container + 1) : [];
  const [command] = run;
  if (!command) return undefined;
  if (Node.isSpreadElement(command)) return command.getExpression();
  // `docker exec box sh -c ${line}`: the shell's command line.
  if (!programIsShell(command)) return command;
  const flag = run.findIndex((element) => literalTexts(element).some((text) => shellCommandFlags.test(text)));
  const line = flag > 0 ? run[flag + 1] : undefined;
  return line && !Node.isSpreadElement(line) ? line : undefined;
}

/** A program whose first argument is a subcommand that may write (`gh`, `npm`, `kubectl`; knowledge/shell-commands.ts). */
function isSubcommandProgram(program: Node): boolean {
  const texts = literalTexts(program);
  return texts.length > 0 && texts.every((text) => subcommandPrograms.test(text));
}

/** The subcommand's place in an argument list: its first element (a spread list spread there), or the whole list. */
function subcommandArgument(list: Node): Node | undefined {
  const value = constValue(list);
  if (!value || !Node.isArrayLiteralExpression(value)) return list;
  const first = value.getElements()[0];
  if (!first) return undefined;
  return Node.isSpreadElement(first) ? first.getExpression() : first;
}

/** `Bun.spawn(['gh', ...input.args])`: the subcommand after a subcommand program at the head of the list. */
function subcommandOfArgv(list: Node): Node | undefined {
  const value = constValue(list);
  if (!value || !Node.isArrayLiteralExpression(value)) return undefined;
  const [program, next] = value.getElements();
  if (!program || !next || Node.isSpreadElement(program) || !isSubcommandProgram(program)) return undefined;
  return Node.isSpreadElement(next) ? next.getExpression() : next;
}

function programIsShell(program: Node): boolean {
  const value = unwrap(program);
  // process.env.SHELL, process.env.ComSpec: the user's shell.
  if (Node.isPropertyAccessExpression(value) && /^process\.env\.(?:SHELL|ComSpec|COMSPEC)$/.test(value.getText())) return true;
  const texts = literalTexts(program);
  return texts.length > 0 && texts.every((text) => shellPrograms.test(text));
}

/** The string values an expression may hold: a literal, a const holding one, either branch of a conditional. */
function literalTexts(node: Node, depth = 0): string[] {
  if (depth > MAX_FOLLOW) return [];
  const value = constValue(node, depth);
  if (!value) return [];
  if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) return [value.getLiteralValue()];
  if (Node.isConditionalExpression(value)) return [...literalTexts(value.getWhenTrue(), depth + 1), ...literalTexts(value.getWhenFalse(), depth + 1)];
  if (Node.isBinaryExpression(value) && ['||', '??'].includes(value.getOperatorToken().getText())) return [...literalTexts(value.getLeft(), depth + 1), ...literalTexts(value.getRight(), depth + 1)];
  if (Node.isPropertyAccessExpression(value) && /^process\.env\.(?:SHELL|ComSpec|COMSPEC)$/.test(value.getText())) return ['sh'];
  return [];
}

/** The strings a spread list holds (`...shellArgs` with `const shellArgs = isWindows ? ['/c'] : ['-c']`). */
function spreadTexts(node: Node, depth = 0): string[] {
  if (depth > MAX_FOLLOW) return [];
  const value = constValue(node, depth);
  if (!value) return [];
  const later = uninitialisedLocal(value);
  if (later) return assignedLater(later).flatMap((assigned) => spreadTexts(assigned, depth + 1));
  if (Node.isArrayLiteralExpression(value)) return value.getElements().flatMap((element) => literalTexts(element, depth + 1));
  if (Node.isConditionalExpression(value)) return [...spreadTexts(value.getWhenTrue(), depth + 1), ...spreadTexts(value.getWhenFalse(), depth + 1)];
  return [];
}

/**
 * `let shell: string[]; if (windows) shell = ['cmd.exe', '/c']; else shell = ['sh', '-c'];`: the values a `let` declared
 * with no initialiser is assigned in the function (or file) declaring it.
 */
export function assignedLater(declaration: Node): Node[] {
  if (!Node.isVariableDeclaration(declaration) || declaration.getInitializer() || !Node.isIdentifier(declaration.getNameNode())) return [];
  const scope = enclosingFunctionOf(declaration) ?? declaration.getSourceFile();
  const name = declaration.getName();
  const out: Node[] = [];
  for (const assignment of scope.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const target = assignment.getLeft();
    if (!Node.isIdentifier(target) || target.getText() !== name) continue;
    const binding = resolveIdentifier(target);
    if (binding.kind === 'local' && binding.declaration === declaration) out.push(assignment.getRight());
  }
  return out;
}

/** A local `let` with no initialiser that `node` names, or undefined. */
function uninitialisedLocal(node: Node): Node | undefined {
  const value = unwrap(node);
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  return binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) && !binding.declaration.getInitializer() ? binding.declaration : undefined;
}

/** An expression with the initialiser of the const (or never reassigned local) it names, followed. */
function constValue(node: Node, depth = 0): Node | undefined {
  let value = unwrap(node);
  for (let i = depth; i < MAX_FOLLOW && Node.isIdentifier(value); i++) {
    const binding = resolveIdentifier(value);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return value;
    const init = binding.declaration.getInitializer();
    if (!init) return value;
    value = unwrap(init);
  }
  return value;
}

const SAME_TEXT_METHODS = /^(?:trim|trimStart|trimEnd|toString|valueOf|normalize|split|replace|replaceAll)$/;
const PARSE_METHODS = /^(?:parse|safeParse|parseAsync|safeParseAsync)$/;
/** A function named for parsing its input: `parseArgs`, `parseToolArguments`, `safeParseJson`, `argumentsParser`. */
const PARSER_FUNCTION = /^(?:safe)?[pP]arse(?:[A-Z]\w*)?$|[a-z]Parser$/;
/**
 * Where a command line starts inside a template: nothing before it, a shell separator (`cd ${dir} && ${command}`), or a
 * shell's command flag after the shell (`bash -lc "${command}"`, `powershell -NoProfile -Command "${command}"`, `cmd /c
 * ${command}`: the program is fixed, the command line it runs is not).
 */
const COMMAND_START = /(?:^|&&|\|\||;|\||\n|\s-c)\s*["']?$|(?:^|[\s/\\"'])(?:(?:ba|z|da|k|fi|c|tc)?sh|cmd|powershell|pwsh)(?:\.exe)?(?:\s+-[\w-]+)*\s+(?:-[a-z]*c|\/c|\/k|-command)\s*["']?$/i;
/** An interpreter's evaluate flag just written (`node -e "${code}"`, `perl -e`, `deno eval`): what follows is code it runs (question 29). */
const CODE_START = /(?:^|&&|\|\||;|\||\n)\s*(?:node|nodejs|bun|deno|perl|ruby|php|osascript)\s+(?:-e|--eval|-p|--print|eval)\s*["']?$/i;
/**
 * A subcommand program just written at a command start (`gh ${args}`, `cd ${dir} && npm ${args}`), perhaps with options
 * before the subcommand, each given its value or a long flag (`git -C ${dir} ${args}`, `npm --prefix=${dir} ${args}`,
 * `git --no-pager ${args}`): what follows is the subcommand. Just after an option (`git -C ${dir}`) comes its value.
 */
const SUBCOMMAND_START = new RegExp(`(?:^|&&|\\|\\||;|\\||\\n|\\s-c)\\s*["']?(?:${subcommandPrograms.source.replace(/^\^|\$$/g, '')})(?:\\s+(?:-[\\w-]+[\\s=]+\u0000|--[\\w-]+))*\\s+$`, 'i');
/** `git -C ${dir}`: git's directory option (upper case), no shell's command flag. */
const DIRECTORY_OPTION = /\s-C\s*$/;

/**
 * Whether a command comes from the function's input: a parameter, a property of one, a const or destructuring of
 * those, an element of a list that is input (`for (const c of input.commands)`), input run through a schema's parse,
 * or a template whose command starts with input. A literal, a template led by a fixed program (`rg ${pattern}`),
 * configuration and anything computed return undefined.
 */
function origin(node: Node, depth: number, holders?: ReadonlySet<Node>, links?: ProjectLinks): Origin | undefined {
  if (depth > MAX_FOLLOW) return undefined;
  const value = unwrap(node);
  if (Node.isIdentifier(value)) return identifierInput(value, depth, holders, links);
  if (Node.isPropertyAccessExpression(value) || Node.isElementAccessExpression(value)) {
    const base = unwrap(value.getExpression());
    const inner = origin(base, depth + 1, holders, links);
    if (!inner) return undefined;
    const name = Node.isPropertyAccessExpression(value) ? value.getName() : undefined;
    const binding = Node.isIdentifier(base) ? resolveIdentifier(base) : undefined;
    const isParameter = binding?.kind === 'local' && binding.declaration === inner.parameter;
    return !inner.property && isParameter && name ? { ...inner, property: name } : { ...inner, property: undefined };
  }
  if (Node.isBinaryExpression(value)) {
    const operator = value.getOperatorToken().getText();
    if (operator === '+' || operator === '||' || operator === '??') return origin(value.getLeft(), depth + 1, holders, links);
    return undefined;
  }
  if (Node.isConditionalExpression(value)) return origin(value.getWhenTrue(), depth + 1, holders, links) ?? origin(value.getWhenFalse(), depth + 1, holders, links);
  if (Node.isTemplateExpression(value)) {
    // The text before each span, earlier spans as a placeholder: `git diff ${a} ${b}` — `${b}` follows an argument,
    // not a command start, though only a space separates it from `${a}`.
    let before = value.getHead().getLiteralText();
    for (const span of value.getTemplateSpans()) {
      if ((COMMAND_START.test(before) && !DIRECTORY_OPTION.test(before)) || SUBCOMMAND_START.test(before) || CODE_START.test(before)) {
        const expression = AFTER_FLAG.test(before) ? shellQuoted(span.getExpression()) : span.getExpression();
        const inner = origin(expression, depth + 1, holders, links);
        if (inner) return { ...inner, property: undefined };
      }
      before += `\u0000${span.getLiteral().getLiteralText()}`;
    }
    return undefined;
  }
  if (Node.isCallExpression(value)) {
    const callee = value.getExpression();
    // command.trim(), String(command), schema.parse(args).command
    if (Node.isPropertyAccessExpression(callee) && SAME_TEXT_METHODS.test(callee.getName())) return origin(callee.getExpression(), depth + 1, holders, links);
    const first = value.getArguments()[0];
    if (first && Node.isIdentifier(callee) && callee.getText() === 'String') return origin(first, depth + 1, holders, links);
    if (first && Node.isPropertyAccessExpression(callee) && PARSE_METHODS.test(callee.getName())) {
      const inner = origin(first, depth + 1, holders, links);
      return inner ? { ...inner, property: undefined } : undefined;
    }
    // `parseArguments(toolCall.arguments)`, `argumentsParser(toolCall.function)`, `parseArgs('Bash', args)`: a project
    // function named for parsing what it is handed gives that input back, parsed.
    const name = Node.isIdentifier(callee) ? callee.getText() : undefined;
    if (name && PARSER_FUNCTION.test(name)) {
      for (const arg of value.getArguments()) {
        const inner = origin(arg, depth + 1, holders, links);
        if (inner) return { ...inner, property: undefined };
      }
    }
    // `command = validateShellCommand(args.command)`: a project function whose every return hands back the same parameter
    // (checks that throw, then `return cmd`) gives the argument passed there back, as it was.
    const handedBack = links ? handedBackArgument(value, links) : undefined;
    if (handedBack) return origin(handedBack, depth + 1, holders, links);
  }
  return undefined;
}

/** The argument a call of a project function hands back: the one at the parameter every `return` of the function gives back. */
function handedBackArgument(call: CallExpression, links: ProjectLinks): Node | undefined {
  const fn = links.functionCalledBy(call);
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return undefined;
  const parameters = fn.getParameters();
  const index = returnedParameter(fn, parameters);
  const args = call.getArguments();
  return index >= 0 && !parameters[index]!.isRestParameter() && !args.slice(0, index + 1).some((a) => Node.isSpreadElement(a)) ? args[index] : undefined;
}

/** A flag just written (`bash -lc `, `cmd /c `, `node -e `, `deno eval `): the next word is the flag's argument. */
const AFTER_FLAG = /\s(?:-[\w-]+|\/[ck]|eval)\s*$/i;
/**
 * `bash -lc ${JSON.stringify(line)}`: the text quoted as one shell word, which the shell unquotes before running it —
 * the same command line as `bash -lc "${line}"`. After a separator (`&& ${JSON.stringify(line)}`) the quoted line is one
 * program's name, so only a flag's argument is unquoted. Anything else is given back as it is.
 */
function shellQuoted(node: Node): Node {
  const value = unwrap(node);
  if (!Node.isCallExpression(value) || value.getArguments().length !== 1) return node;
  const callee = value.getExpression();
  const isStringify = Node.isPropertyAccessExpression(callee) && callee.getName() === 'stringify' && callee.getExpression().getText() === 'JSON';
  return isStringify ? value.getArguments()[0]! : node;
}

function identifierInput(id: Identifier, depth: number, holders?: ReadonlySet<Node>, links?: ProjectLinks): Origin | undefined {
  const binding = resolveIdentifier(id);
  if (binding.kind !== 'local') return undefined;
  const declaration = binding.declaration;
  // Read from the model's tool call the dispatch branch is for.
  if (holders?.has(declaration)) return {};
  if (Node.isParameterDeclaration(declaration)) {
    // `.map((c) => exec(c))`, `.forEach(…)`: an element of the list the callback walks.
    const walked = walkedList(declaration);
    if (walked) return origin(walked, depth + 1, holders, links);
    return { parameter: declaration };
  }
  if (Node.isBindingElement(declaration)) {
    const parameter = declaration.getFirstAncestorByKind(SyntaxKind.Parameter);
    const name = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
    if (parameter) {
      const direct = declaration.getParent()?.getParent() === parameter;
      return { parameter, property: direct ? name : undefined };
    }
    const holder = declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
    const init = holder?.getInitializer();
    if (!init) return undefined;
    const inner = origin(init, depth + 1, holders, links);
    const direct = declaration.getParent()?.getParent() === holder;
    return inner ? { ...inner, property: !inner.property && direct ? name : undefined } : undefined;
  }
  if (!Node.isVariableDeclaration(declaration)) return undefined;
  // for (const cmd of input.commands)
  const statement = declaration.getParent()?.getParent();
  if (statement && Node.isForOfStatement(statement)) return origin(statement.getExpression(), depth + 1, holders, links);
  const init = declaration.getInitializer();
  if (init) return origin(init, depth + 1, holders, links);
  // `let parsed: any; try { parsed = JSON.parse(call.function.arguments) } catch { … }`: what it is assigned later.
  for (const assigned of assignedLater(declaration)) {
    const found = origin(assigned, depth + 1, holders, links);
    if (found) return found;
  }
  return undefined;
}

/** The list an inline callback walks, when the parameter is its element (`list.map((item) => …)`, first parameter). */
function walkedList(parameter: ParameterDeclaration): Node | undefined {
  const fn = parameter.getParent();
  if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getParameters()[0] !== parameter) return undefined;
  const call = fn.getParent();
  if (!call || !Node.isCallExpression(call) || !call.getArguments().includes(fn as never)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !/^(?:map|forEach|flatMap|filter|some|every|reduce)$/.test(callee.getName())) return undefined;
  return callee.getExpression();
}

/**
 * A helper's command run seen from one call to it: the caller's argument for the parameter decides. A literal or a
 * computed value is not the model's command (undefined); input of the caller passes the question up; a value read from
 * the model's tool call in the dispatch branch the call sits in settles it (FROM_TOOL_CALL).
 */
export function commandAtCallSite(from: CommandInput, call: CallExpression, callee: Node, model: ProjectModel): CommandInput | typeof FROM_TOOL_CALL | undefined {
  const parameters = 'getParameters' in callee && typeof callee.getParameters === 'function' ? (callee.getParameters() as ParameterDeclaration[]) : [];
  const index = parameters.indexOf(from.parameter);
  // A parameter of a function nested in the helper (an event listener's argument): not what the caller passes.
  if (index < 0) return undefined;
  const arg = call.getArguments()[index];
  if (!arg) return undefined;
  if (Node.isSpreadElement(arg)) return undefined;
  const object = from.property ? objectLiteralOf(arg) : undefined;
  const given = object ? propertyValue(deepPropertyOf(object, from.property!)) : arg;
  // A whole argument list: the command the caller's list hands its shell (`['sh', '-c', opts.command]`), or the list
  // passed on whole, still a list.
  const command = given && from.argv ? commandInArgv(given) ?? subcommandOfArgv(given) : given;
  const value = command ?? given;
  if (!value) return undefined;
  const inner = commandInput(value, 0, model.types().links);
  const argv = from.argv && !command ? { argv: true as const } : {};
  if (inner) return from.property && !object ? { parameter: inner.parameter, property: !inner.property ? from.property : undefined, ...argv } : { ...inner, ...argv };
  return readFromToolCall(value, call, model) ? FROM_TOOL_CALL : undefined;
}

// unboundedCliAgentRun: a coding agent's command line started headless with no turn bound (`spawn('claude', ['-p', task])`),
// from the command and arguments the code writes. A run the code kills on a wall-clock timer, or whose arguments it
// cannot see, is not reported.
import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import type { CliAgentRunFact } from '../knowledge/types.js';
import { deepPropertyOf, objectLiteralOf, unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { findMatch } from './match.js';
import type { ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';
import { stringValue } from './write-keys.js';

export interface CliAgentRun {
  fact: CliAgentRunFact;
  /** The command as the code writes it, shortened, for the message. */
  command: string;
}

/** Cheap, on the text alone: a file that may start such a program. */
export function mayStartCliAgent(text: string, model: ProjectModel): boolean {
  // `claude`, `CLAUDE_BIN`, `Claude`: the spellings a name holding the program's path uses.
  return model.knowledge.cliAgentRuns.some((fact) => text.includes(fact.program) || text.includes(fact.program.toUpperCase())
    || text.includes(fact.program[0]!.toUpperCase() + fact.program.slice(1)));
}

export function unboundedCliAgentRun(call: CallExpression, model: ProjectModel): CliAgentRun | undefined {
  const callee = model.resolveCall(call);
  const spawner = callee ? findMatch(model.knowledge.shellCommandFunctions, callee) : undefined;
  if (!spawner || spawner.form === 'argv') return undefined;
  const args = call.getArguments();
  const facts = model.knowledge.cliAgentRuns;
  const words = spawner.form === 'shell' ? shellWords(args[0]) : programWords(args[0], args[1], call, facts);
  if (!words || words.length === 0) return undefined;
  const program = words[0]!.split(/[\\/]/).pop();
  const fact = facts.find((f) => f.program === program);
  if (!fact || !words.some((w) => fact.headless.includes(w))) return undefined;
  // A bound anywhere the file's strings hold it (also one added only when configured, which this does not tell apart: quiet).
  if (writesBound(call, fact)) return undefined;
  if (timeBounded(spawner.form === 'shell' ? args[1] : args[2], call)) return undefined;
  const command = words.join(' ');
  return { fact, command: command.length > 60 ? `${command.slice(0, 57)}...` : command };
}

function writesBound(call: CallExpression, fact: CliAgentRunFact): boolean {
  const file = call.getSourceFile();
  if (!fact.bounds.some((bound) => file.getFullText().includes(bound))) return false;
  const kinds = [SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral, SyntaxKind.TemplateHead, SyntaxKind.TemplateMiddle, SyntaxKind.TemplateTail];
  return kinds.some((kind) => descendantsOfKind(file, kind).some((literal) => fact.bounds.some((bound) => literal.getText().includes(bound))));
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
function programWords(programArg: Node | undefined, argsArg: Node | undefined, call: CallExpression, facts: ReadonlyArray<CliAgentRunFact>): string[] | undefined {
  const program = programArg ? programName(programArg, facts, 0) : undefined;
  if (program === undefined) return undefined;
  return [program, ...(argsArg ? arrayWords(argsArg, call, 0) : [])];
}

/**
 * The program a spawn starts: a string (`'claude'`), the fallback of a configured path (`process.env.CLAUDE_PATH ||
 * 'claude'`, `found ?? 'claude'`), through a const holding one of those, or a binary whose name says which agent CLI it
 * is (`env.CLAUDE_BIN`, `this.codexPath`, `GEMINI_CLI`). The headless flag must still be among the arguments.
 */
function programName(node: Node, facts: ReadonlyArray<CliAgentRunFact>, depth: number): string | undefined {
  const value = unwrap(node);
  const literal = stringValue(value);
  if (literal !== undefined || depth > 3) return literal;
  if (Node.isBinaryExpression(value) && [SyntaxKind.BarBarToken, SyntaxKind.QuestionQuestionToken].includes(value.getOperatorToken().getKind())) {
    return programName(value.getRight(), facts, depth + 1);
  }
  const name = Node.isIdentifier(value) ? value.getText() : Node.isPropertyAccessExpression(value) ? value.getName() : undefined;
  if (name === undefined) return undefined;
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    const resolved = init ? programName(init, facts, depth + 1) : undefined;
    if (resolved !== undefined) return resolved;
  }
  // A name made of words (`CLAUDE_BIN`, `claudePath`): one of them is the program's name.
  const nameWords = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_$]+/);
  return facts.find((fact) => nameWords.includes(fact.program))?.program;
}

function arrayWords(node: Node, call: CallExpression, depth: number): string[] {
  if (depth > 4) return [];
  const value = unwrap(node);
  if (Node.isArrayLiteralExpression(value)) {
    return value.getElements().flatMap((element) => {
      if (Node.isSpreadElement(element)) return arrayWords(element.getExpression(), call, depth + 1);
      const word = stringValue(unwrap(element));
      return word === undefined ? [] : [word];
    });
  }
  if (!Node.isIdentifier(value)) return [];
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return [];
  const init = binding.declaration.getInitializer();
  const words = init ? arrayWords(init, call, depth + 1) : [];
  // `args.push('--verbose')` in the function that spawns.
  const scope = binding.declaration.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a));
  for (const push of scope ? descendantsOfKind(scope, SyntaxKind.CallExpression) : []) {
    const callee = push.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'push' || callee.getExpression().getText() !== value.getText()) continue;
    for (const arg of push.getArguments()) {
      const word = stringValue(unwrap(arg));
      if (word !== undefined) words.push(word);
    }
  }
  return words;
}

/**
 * A deadline on the process: a `timeout` or `signal` in the spawn options (or options it cannot see), or a timer the
 * function that starts it sets, that kills, stops or aborts something (`setTimeout(() => child.kill(), ms)`,
 * `setTimeout(() => this.stop(id))`): read generously, since a run killed on a wall-clock timer is bounded
 * (test/corpus/README.md question 76). A force-kill grace timer elsewhere (in a `terminate()`) is no budget for the run.
 */
function timeBounded(optionsArg: Node | undefined, call: CallExpression): boolean {
  const given = optionsArg ? unwrap(optionsArg) : undefined;
  if (given && !Node.isArrowFunction(given) && !Node.isFunctionExpression(given)) {
    const options = objectLiteralOf(given);
    if (!options || options.getProperties().some((p) => Node.isSpreadAssignment(p))) return true;
    if (deepPropertyOf(options, 'timeout') || deepPropertyOf(options, 'signal')) return true;
  }
  const starter = call.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  return descendantsOfKind(starter ?? call.getSourceFile(), SyntaxKind.CallExpression).some((timer) => {
    const name = timer.getExpression().getText();
    if (name !== 'setTimeout' && !name.endsWith('.setTimeout')) return false;
    return /kill|abort|terminate|stop|cancel/i.test(timer.getText());
  });
}

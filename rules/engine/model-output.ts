// Where a model call's generated text goes inside the function that made the call: the result variable
// (or destructured fields), the expressions that read its text (knowledge/truncation.ts), the variables
// that copy that text (trimmed, cut out of a code fence, defaulted), and the calls that parse, store or
// run it. Also whether the function looks at the SDK's truncation signal on the way.
import { Node, SyntaxKind, type CallExpression, type Identifier, type SourceFile, type TryStatement } from 'ts-morph';
import type { TruncationFact } from '../knowledge/truncation.js';
import { deepPropertyOf, objectLiteralOf } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { findMatch } from './match.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';
import { classifyWrite } from './side-effects.js';

export interface TextUse {
  /** The model call. */
  call: CallExpression;
  fact: TruncationFact;
  /** The expression that reads the generated text (`completion.choices[0].message.content`). */
  text: Node;
  /** The call that parses, stores or runs it, and how. */
  sink: CallExpression;
  what: 'parse' | 'store' | 'run';
  /** For a project helper that does the parsing: the sink inside it. */
  inner?: CallExpression;
  /** The result variable's name, for messages and quick fixes (undefined when the call is used in place). */
  resultName?: string;
  /** The sink sits in a `try` whose `catch` handles the failure. */
  handled: boolean;
}

export interface ModelTextFlow {
  call: CallExpression;
  fact: TruncationFact;
  /** The function reads the SDK's truncation signal somewhere (or hands the whole result to code that may). */
  signalChecked: boolean;
  uses: TextUse[];
}

const MAX_ALIAS_DEPTH = 3;
/** Methods that return (part of) the same text: a cut-off text stays cut off through them. */
const TEXT_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'replace', 'replaceAll', 'slice', 'substring', 'substr', 'toString', 'normalize', 'match', 'split', 'join']);
/** Array steps that pick an element (`.at(-1)`, `.find(…)`) count as one index. */
const ELEMENT_METHODS = new Set(['at', 'find', 'findLast', 'filter']);
/** Calls a whole result may go to without hiding a check (logging). */
const LOGGING = /^(console|logger|log|this\.logger|this\.log)\.\w+$|^(debug|log)$/;

export function modelTextFlows(file: SourceFile, model: ProjectModel): ModelTextFlow[] {
  return model.memoize('model-text-flows', file, () => {
    const out: ModelTextFlow[] = [];
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callee = model.resolveCall(call);
      const fact = findMatch(model.knowledge.truncationFacts, callee);
      if (!fact) continue;
      out.push(flowOf(call, fact, model));
    }
    return out;
  });
}

type Root = { kind: 'variable'; id: Identifier; prefix: string[] } | { kind: 'inline'; node: Node; prefix: string[] };

function flowOf(call: CallExpression, fact: TruncationFact, model: ProjectModel): ModelTextFlow {
  const scope: Node = enclosingFunction(call) ?? call.getSourceFile();
  const scopeText = scope.getText();
  const uses: TextUse[] = [];
  let signalChecked = SIGNAL_WORDS.test(scopeText) && signalReadIn(scope, fact);
  const firstRoots = rootsOf(call, []);
  const resultName = firstRoots.length === 1 && firstRoots[0]!.kind === 'variable' && firstRoots[0]!.prefix.length === 0 ? firstRoots[0]!.id.getText() : undefined;
  // Variables that hold part of the result (`const choice = completion.choices[0]`) are followed too, a few deep.
  const work: Array<{ root: Root; depth: number }> = firstRoots.map((root) => ({ root, depth: 0 }));
  const seen = new Set<Node>();
  while (work.length) {
    const { root, depth } = work.shift()!;
    const references = root.kind === 'inline' ? [root.node] : referencesOf(root.id, scope);
    for (const node of references) {
      if (seen.has(node)) continue;
      seen.add(node);
      const { segments, tops, mapped } = chainFrom(node);
      const path = [...root.prefix, ...segments];
      if (path.some((segment) => fact.signal.properties.includes(segment)) && isCheck(tops[tops.length - 1] ?? node)) signalChecked = true;
      if (root.prefix.length === 0 && segments.length === 0 && handedOn(node)) signalChecked = true;
      const matched = fact.contentPaths.find((pattern) => startsWith(path, pattern));
      if (matched && fact.limitedPaths?.some((p) => p.join('.') === matched.join('.')) && !setsOutputLimit(call, fact)) continue;
      if (matched) {
        const index = matched.length - root.prefix.length - 1;
        const text = index < 0 ? node : tops[index] ?? node;
        for (const found of sinksOf(text, scope, model, 0)) uses.push({ call, fact, text, resultName, ...found });
        continue;
      }
      // msg.content.map((b) => b.text).join(''): the mapped array is the text.
      if (mapped && fact.contentPaths.some((pattern) => pattern.length === path.length + 2 && startsWith(pattern, [...path, '*']) && mapsTo(mapped, pattern[pattern.length - 1]!))) {
        for (const found of sinksOf(mapped, scope, model, 0)) uses.push({ call, fact, text: mapped, resultName, ...found });
        continue;
      }
      if (depth < MAX_ALIAS_DEPTH && !mapped && fact.contentPaths.some((pattern) => startsWith(pattern, path))) {
        const top = tops[tops.length - 1] ?? node;
        for (const next of rootsOf(top, path)) work.push({ root: next, depth: depth + 1 });
      }
    }
  }
  return { call, fact, signalChecked, uses };
}

/** The call's options set an output token limit (written in place or in a const object). */
function setsOutputLimit(call: CallExpression, fact: TruncationFact): boolean {
  const options = objectLiteralOf(call.getArguments()[0]);
  return (fact.limitOptions ?? []).some((name) => deepPropertyOf(options, name) !== undefined);
}

/** Names specific enough that reading one (outside a log line) means the code looks at the signal. */
const SIGNAL_WORDS = /\b(finish_reason|finishReason|stop_reason|stopReason|incomplete_details)\b/;

/** The function reads one of the fact's signal names somewhere other than a log line (`status` only counts on the result itself). */
function signalReadIn(scope: Node, fact: TruncationFact): boolean {
  const names = new Set(fact.signal.properties.filter((p) => p !== 'status'));
  return descendantsOfKind(scope, SyntaxKind.Identifier).some((id) => {
    if (!names.has(id.getText())) return false;
    const parent = id.getParent();
    if (parent && Node.isBindingElement(parent) && parent.getNameNode() === id && !parent.getPropertyNameNode()) {
      // `const { text, finishReason } = …`: the declaration itself is not a read; its uses are.
      return false;
    }
    // `const { finish_reason: reason } = choice`: renamed, its uses go by another name; count it.
    if (parent && Node.isBindingElement(parent)) return true;
    return isCheck(id);
  });
}

/**
 * A read that can decide something: compared (`=== 'length'`), switched on, handed to a call that is not a log
 * line, returned or kept in a variable. Not a check: logging it, a presence test (`r.status ? … : …`, `if
 * (r.finish_reason)`), or copying it into a record or a string (`{ stopReason: r.status }`) next to the text.
 */
function isCheck(node: Node): boolean {
  for (let current: Node | undefined = node.getParent(); current; current = current.getParent()) {
    if (Node.isCallExpression(current) && LOGGING.test(current.getExpression().getText())) return false;
    if (Node.isStatement(current) || Node.isBlock(current)) break;
  }
  let read = node;
  for (let parent = read.getParent(); parent; parent = read.getParent()) {
    const climbs = (Node.isPropertyAccessExpression(parent) && (parent.getExpression() === read || parent.getNameNode() === read)) ||
      (Node.isElementAccessExpression(parent) && parent.getExpression() === read) ||
      Node.isParenthesizedExpression(parent) || Node.isAwaitExpression(parent) || Node.isNonNullExpression(parent) || Node.isAsExpression(parent);
    if (!climbs) break;
    read = parent;
  }
  const parent = read.getParent();
  if (!parent) return true;
  if (Node.isBinaryExpression(parent)) return !/^(&&|\|\||\?\?)$/.test(parent.getOperatorToken().getText());
  if (Node.isPrefixUnaryExpression(parent)) return false;
  if (Node.isConditionalExpression(parent)) return false;
  if (Node.isIfStatement(parent) || Node.isWhileStatement(parent) || Node.isDoStatement(parent)) return false;
  if (Node.isPropertyAssignment(parent) || Node.isShorthandPropertyAssignment(parent) || Node.isPropertySignature(parent) || Node.isTemplateSpan(parent) || Node.isSpreadAssignment(parent)) return false;
  if (Node.isCallExpression(parent) && parent.getArguments().includes(read as never)) return !/^JSON\.stringify$|^String$/.test(parent.getExpression().getText());
  return true;
}

/** A `.map(cb)` whose callback reads `<param>.<field>` (`(b) => b.type === 'text' ? b.text : ''`). */
function mapsTo(mapped: CallExpression, field: string): boolean {
  const callback = mapped.getArguments()[0];
  if (!callback || !(Node.isArrowFunction(callback) || Node.isFunctionExpression(callback))) return false;
  const parameter = callback.getParameters()[0]?.getNameNode();
  if (!parameter) return false;
  if (Node.isObjectBindingPattern(parameter)) return parameter.getElements().some((e) => (e.getPropertyNameNode()?.getText() ?? e.getName()) === field);
  const name = parameter.getText();
  return descendantsOfKind(callback, SyntaxKind.PropertyAccessExpression).some((p) => p.getName() === field && p.getExpression().getText() === name);
}

/** Where a value (the call's result, or part of it) goes: a variable, destructured fields, a `for … of` variable, or nowhere named. */
function rootsOf(value: Node, prefix: string[]): Root[] {
  let node: Node = value;
  while (node.getParent() && (Node.isAwaitExpression(node.getParent()!) || Node.isParenthesizedExpression(node.getParent()!) || Node.isAsExpression(node.getParent()!) || Node.isNonNullExpression(node.getParent()!))) {
    node = node.getParent()!;
  }
  const parent = node.getParent();
  if (parent && Node.isVariableDeclaration(parent) && parent.getInitializer() === node) {
    const grand = parent.getParent()?.getParent();
    // for (const call of message.tool_calls): each element.
    const elementPrefix = grand && Node.isForOfStatement(grand) ? [...prefix, '*'] : prefix;
    return bindingRoots(parent.getNameNode(), elementPrefix);
  }
  if (parent && Node.isForOfStatement(parent) && parent.getExpression() === node) {
    const initializer = parent.getInitializer();
    if (Node.isVariableDeclarationList(initializer)) {
      const declaration = initializer.getDeclarations()[0];
      if (declaration) return bindingRoots(declaration.getNameNode(), [...prefix, '*']);
    }
    return [];
  }
  return prefix.length === 0 ? [{ kind: 'inline', node, prefix }] : [];
}

function bindingRoots(name: Node, prefix: string[]): Root[] {
  if (Node.isIdentifier(name)) return [{ kind: 'variable', id: name, prefix }];
  if (Node.isObjectBindingPattern(name)) {
    return name.getElements().flatMap((element): Root[] => {
      const id = element.getNameNode();
      const key = element.getPropertyNameNode()?.getText() ?? element.getName();
      return Node.isIdentifier(id) ? [{ kind: 'variable', id, prefix: [...prefix, key] }] : [];
    });
  }
  return [];
}

/** Identifiers in `scope` that refer to the declaration `id` names. */
function referencesOf(id: Identifier, scope: Node): Identifier[] {
  const name = id.getText();
  const declaration = resolveIdentifier(id);
  const target = declaration.kind === 'local' ? declaration.declaration : undefined;
  const self = id.getParent();
  return descendantsOfKind(scope, SyntaxKind.Identifier).filter((ref) => {
    if (ref === id || ref.getText() !== name) return false;
    const parent = ref.getParent();
    if (parent && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === ref) return false;
    if (parent && (Node.isPropertyAssignment(parent) && parent.getNameNode() === ref)) return false;
    const binding = resolveIdentifier(ref);
    return binding.kind === 'local' && (binding.declaration === target || binding.declaration === self);
  });
}

/** The member path read from `node` upwards, and the expression after each step. */
function chainFrom(node: Node): { segments: string[]; tops: Node[]; mapped?: CallExpression } {
  const segments: string[] = [];
  const tops: Node[] = [];
  let mapped: CallExpression | undefined;
  let current = node;
  for (;;) {
    const parent = current.getParent();
    if (!parent) break;
    if (Node.isNonNullExpression(parent) || Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isAwaitExpression(parent)) {
      current = parent;
      if (tops.length) tops[tops.length - 1] = parent;
      continue;
    }
    if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === current) {
      const name = parent.getName();
      const grand = parent.getParent();
      if (name === 'map' && grand && Node.isCallExpression(grand) && grand.getExpression() === parent) {
        mapped = grand;
        break;
      }
      if (ELEMENT_METHODS.has(name) && grand && Node.isCallExpression(grand) && grand.getExpression() === parent) {
        if (segments[segments.length - 1] !== '*') {
          segments.push('*');
          tops.push(grand);
        } else tops[tops.length - 1] = grand;
        current = grand;
        continue;
      }
      segments.push(name);
      tops.push(parent);
      current = parent;
      continue;
    }
    if (Node.isElementAccessExpression(parent) && parent.getExpression() === current) {
      const arg = parent.getArgumentExpression();
      const key = arg && (Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg)) ? arg.getLiteralValue() : '*';
      if (key === '*' && segments[segments.length - 1] === '*') tops[tops.length - 1] = parent;
      else {
        segments.push(key);
        tops.push(parent);
      }
      current = parent;
      continue;
    }
    break;
  }
  return { segments, tops, mapped };
}

/** Whether `path` begins with `pattern` (`*` and a numeric key are one array index). */
function startsWith(path: ReadonlyArray<string>, pattern: ReadonlyArray<string>): boolean {
  if (path.length < pattern.length) return false;
  const index = (segment: string) => segment === '*' || /^\d+$/.test(segment);
  return pattern.every((segment, i) => (index(segment) ? index(path[i]!) : segment === path[i]));
}

/** The whole result handed to another call (a validator, a helper that may check the signal), not just logged. */
function handedOn(reference: Node): boolean {
  let node = reference;
  while (node.getParent() && (Node.isAwaitExpression(node.getParent()!) || Node.isParenthesizedExpression(node.getParent()!))) node = node.getParent()!;
  const parent = node.getParent();
  if (parent && Node.isReturnStatement(parent)) return true;
  if (parent && Node.isCallExpression(parent) && parent.getArguments().includes(node as never)) {
    const callee = parent.getExpression().getText();
    return !(LOGGING.test(callee) || /^JSON\.stringify$/.test(callee));
  }
  return false;
}

interface SinkFound {
  sink: CallExpression;
  what: 'parse' | 'store' | 'run';
  inner?: CallExpression;
  handled: boolean;
}

/** The calls a text expression reaches, through text methods, defaults, templates and variables that copy it. */
function sinksOf(text: Node, scope: Node, model: ProjectModel, depth: number): SinkFound[] {
  const out: SinkFound[] = [];
  let node = text;
  for (;;) {
    const parent = node.getParent();
    if (!parent) break;
    if (Node.isParenthesizedExpression(parent) || Node.isNonNullExpression(parent) || Node.isAsExpression(parent) || Node.isAwaitExpression(parent) ||
      Node.isTemplateSpan(parent) || Node.isTemplateExpression(parent) || Node.isConditionalExpression(parent) && parent.getCondition() !== node) {
      node = parent;
      continue;
    }
    if (Node.isBinaryExpression(parent) && /^(\?\?|\|\||\+)$/.test(parent.getOperatorToken().getText())) {
      node = parent;
      continue;
    }
    if (Node.isElementAccessExpression(parent) && parent.getExpression() === node) {
      node = parent;
      continue;
    }
    // The text as a field of a record that is stored (`{ data: { summary: text } }`).
    if ((Node.isPropertyAssignment(parent) && parent.getInitializer() === node) || Node.isShorthandPropertyAssignment(parent)) {
      node = parent.getParentOrThrow();
      continue;
    }
    if (Node.isArrayLiteralExpression(parent)) {
      node = parent;
      continue;
    }
    if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node && TEXT_METHODS.has(parent.getName())) {
      const call = parent.getParent();
      if (call && Node.isCallExpression(call) && call.getExpression() === parent) {
        node = call;
        continue;
      }
      break;
    }
    if (Node.isCallExpression(parent) && parent.getArguments().includes(node as never)) {
      const found = sinkCall(parent, parent.getArguments().indexOf(node as never), scope, model, depth);
      if (found) out.push(found);
      break;
    }
    // content += chunk.choices[0].delta.content; text = text + …: the variable accumulates the text.
    if (Node.isBinaryExpression(parent) && parent.getRight() === node && /^(\+=|=)$/.test(parent.getOperatorToken().getText()) && depth < MAX_ALIAS_DEPTH) {
      const left = parent.getLeft();
      const binding = Node.isIdentifier(left) ? resolveIdentifier(left) : undefined;
      const declaration = binding?.kind === 'local' ? binding.declaration : undefined;
      const name = declaration && Node.isVariableDeclaration(declaration) ? declaration.getNameNode() : undefined;
      if (name && Node.isIdentifier(name)) for (const ref of referencesOf(name, scope)) if (ref !== left) out.push(...sinksOf(ref, scope, model, depth + 1));
      break;
    }
    if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node && depth < MAX_ALIAS_DEPTH) {
      const name = parent.getNameNode();
      if (Node.isIdentifier(name)) for (const ref of referencesOf(name, scope)) out.push(...sinksOf(ref, scope, model, depth + 1));
      break;
    }
    break;
  }
  return out;
}

function sinkCall(call: CallExpression, argIndex: number, scope: Node, model: ProjectModel, depth: number): SinkFound | undefined {
  const callee = model.resolveCall(call);
  if (callee) {
    let exportName = callee.exportName;
    let path = callee.path;
    if (exportName === '*' && path.length) {
      exportName = path[0]!;
      path = path.slice(1);
    }
    const sink = model.knowledge.wholeTextSinks.find((s) => s.module === callee.module && s.export === exportName && s.path === path.join('.'));
    if (sink) return { sink: call, what: sink.what, handled: sink.what === 'parse' && handledByCatch(call, scope) };
  }
  if (classifyWrite(call, model, {}) || builderWrite(call, model)) return { sink: call, what: 'store', handled: false };
  // A project helper that parses what it is given (`extractJson(content)`), one level down.
  if (depth > 1) return undefined;
  const helper = model.functionCalledBy(call);
  const inner = helper ? parsesParameter(helper, argIndex, model) : undefined;
  if (inner) return { sink: call, what: 'parse', inner, handled: handledByCatch(call, scope) };
  return undefined;
}

/** `db.insert(table).values(row)`: the write is recognised at the call the builder chain starts from. */
function builderWrite(call: CallExpression, model: ProjectModel): boolean {
  let node: Node = call.getExpression();
  for (let depth = 0; depth < 3 && Node.isPropertyAccessExpression(node); depth++) {
    const receiver = node.getExpression();
    if (!Node.isCallExpression(receiver)) return false;
    if (classifyWrite(receiver, model, {})) return true;
    node = receiver.getExpression();
  }
  return false;
}

/** A helper whose parameter reaches a parse outside any try/catch (a try inside the helper handles it for its callers). */
function parsesParameter(helper: FunctionNode, argIndex: number, model: ProjectModel): CallExpression | undefined {
  return model.memoize(`parses-parameter:${argIndex}`, helper, () => {
    const parameters = (helper as unknown as { getParameters?(): Node[] }).getParameters?.() ?? [];
    const parameter = parameters[argIndex];
    const body = helper.getBody();
    if (!parameter || !body || !Node.isParameterDeclaration(parameter)) return undefined;
    const name = parameter.getNameNode();
    if (!Node.isIdentifier(name)) return undefined;
    for (const ref of referencesOf(name, body)) {
      for (const found of sinksOf(ref, body, model, 2)) {
        if (found.what === 'parse' && !found.handled) return found.sink;
      }
    }
    return undefined;
  });
}

/** The call sits in a `try` block (within the function) whose `catch` does something other than rethrow at once. */
function handledByCatch(call: Node, scope: Node): boolean {
  for (let node = call.getParent(); node && node !== scope; node = node.getParent()) {
    const parent = node.getParent();
    if (Node.isBlock(node) && parent && Node.isTryStatement(parent) && (parent as TryStatement).getTryBlock() === node) {
      const catchBlock = parent.getCatchClause()?.getBlock();
      if (!catchBlock) continue;
      const statements = catchBlock.getStatements();
      if (statements.length === 1 && Node.isThrowStatement(statements[0]!)) continue;
      return true;
    }
  }
  return false;
}

function enclosingFunction(node: Node): Node | undefined {
  return node.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isMethodDeclaration(a) ||
    Node.isGetAccessorDeclaration(a) || Node.isConstructorDeclaration(a));
}


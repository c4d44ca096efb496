// Writes judged by their effect (README questions 55 and 65): a whole value written back with one more entry than
// the code just read (`set(key, [...await get(key), item])`, a file's text read and written back with a line added),
// or a field stored as what was read plus or minus an amount, is an append or an increment — a repeat applies the
// change twice — even though the call itself only sets a value.
import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import { objectLiteralOf, unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import type { ProjectModel } from './project-model.js';
import { resolveIdentifier, resolvesTo, variableInitializer } from './scope.js';
import { isFreshValue } from './write-keys.js';

const MAX_FOLLOW = 6;

/** Calls that read a stored value: a store's get, a file's text, a record looked up. */
const READ_CALL = /^(?:get|hget|hgetall|lrange|smembers|mget|readFile|readFileSync|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findOne|findById|getItem|getObject|download)$/;
/** A Bun file's contents read (bun-types bun.d.ts BunFile: `text()`, `json()`, `bytes()`, `arrayBuffer()`). */
const BUN_FILE_READ = /^(?:text|json|bytes|arrayBuffer)$/;
/** A project function named for reading what is stored (`getHoldingsData()`, `readDailyLog(d)`, `loadNotes()`). */
const READ_FUNCTION = /^(?:get|read|load|fetch)[A-Z_]/;
/** String and list methods that keep (part of) what was read. */
const KEEPS_READ = /^(?:substring|substr|slice|trim|trimEnd|trimStart|toString|filter|sort|concat|map|replace|split|join)$/;

/** Whether a value written whole is what the enclosing function read, with something added to it. */
export function appendsToRead(value: Node | undefined, call: CallExpression, model: ProjectModel): boolean {
  if (!value) return false;
  const fn = enclosingFunction(call);
  return fn !== undefined && addsToRead(value, fn, 0, model);
}

/** `{ data: { cash: account.cash - cost } }`: a field stored as the value just read of the same field, plus or minus. */
export function incrementsRead(data: Node | undefined, call: CallExpression): boolean {
  const object = objectLiteralOf(data);
  const fn = enclosingFunction(call);
  if (!object || !fn) return false;
  return object.getProperties().some((property) => {
    if (!Node.isPropertyAssignment(property)) return false;
    const init = unwrap(property.getInitializer() ?? property);
    if (!Node.isBinaryExpression(init) || !['+', '-'].includes(init.getOperatorToken().getText())) return false;
    const left = unwrap(init.getLeft());
    return Node.isPropertyAccessExpression(left) && left.getName() === property.getName() && isRead(left.getExpression(), fn, 0);
  });
}

function enclosingFunction(node: Node): Node | undefined {
  return node.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
}

/** The expressions a value may hold: itself, or a local's initialiser and every value assigned to it in `fn`. */
function sources(value: Node, fn: Node, depth: number): Node[] {
  const node = unwrap(value);
  if (!Node.isIdentifier(node) || depth > MAX_FOLLOW) return [node];
  const binding = resolveIdentifier(node);
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return [node];
  const declaration = binding.declaration;
  const out: Node[] = [];
  const init = declaration.getInitializer();
  if (init) out.push(...sources(init, fn, depth + 1));
  for (const assignment of descendantsOfKind(fn, SyntaxKind.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = assignment.getLeft();
    if (Node.isIdentifier(left) && left.getText() === node.getText() && resolvesTo(left, declaration)) out.push(...sources(assignment.getRight(), fn, depth + 1));
  }
  return out.length ? out : [node];
}


/** Whether an entry is pushed onto the list `id` names before `id` is read, on the way to it. */
function pushedOnto(id: Node, declaration: Node, fn: Node): boolean {
  return descendantsOfKind(fn, SyntaxKind.CallExpression).some((call) => {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !/^(?:push|unshift|splice)$/.test(callee.getName())) return false;
    const list = unwrap(callee.getExpression());
    let target = list;
    // `file.jobs.push(job)`: a list the value holds, written back with it — unless the function keeps that list to its
    // last entries (`if (s.history.length > 50) s.history = s.history.slice(-50)`), a rolling history of the calls.
    while (Node.isPropertyAccessExpression(target)) target = unwrap(target.getExpression());
    if (target !== list && cappedIn(list, fn)) return false;
    return Node.isIdentifier(target) && target.getText() === id.getText() && resolvesTo(target, declaration) && (callee.getName() !== 'splice' || call.getArguments().length > 2) &&
      call.getStart() < id.getStart() && onThePathTo(call, id, fn) && !lookedUpBefore(call, id.getText(), fn);
  });
}

/** `list = list.slice(-n)` (or `splice`d from the front) in `fn`: the list is kept to its last entries. */
function cappedIn(list: Node, fn: Node): boolean {
  const text = list.getText();
  return descendantsOfKind(fn, SyntaxKind.BinaryExpression).some((assignment) => {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken || unwrap(assignment.getLeft()).getText() !== text) return false;
    const right = unwrap(assignment.getRight());
    const callee = Node.isCallExpression(right) ? right.getExpression() : undefined;
    return callee !== undefined && Node.isPropertyAccessExpression(callee) && callee.getName() === 'slice' && unwrap(callee.getExpression()).getText() === text;
  });
}

/**
 * A push that only runs when the list was looked at first (`if (!list.includes(tag)) list.push(tag)`, the `else` of
 * `if (index >= 0) list[index] = item`), or onto a list just filtered (`list = list.filter((x) => x.id !== id)`),
 * keeps one entry per value: a repeat adds nothing (a dedupe or an upsert), so it is no append.
 */
function lookedUpBefore(push: Node, name: string, fn: Node): boolean {
  const mentions = (node: Node): boolean => {
    const names = new Set([name]);
    // `const index = list.findIndex(…)`: a local holding a lookup on the list.
    for (const declaration of descendantsOfKind(fn, SyntaxKind.VariableDeclaration)) {
      const init = declaration.getInitializer();
      if (init && init.getDescendantsOfKind(SyntaxKind.Identifier).some((i) => i.getText() === name)) names.add(declaration.getName());
    }
    return (Node.isIdentifier(node) && names.has(node.getText())) || node.getDescendantsOfKind(SyntaxKind.Identifier).some((i) => names.has(i.getText()));
  };
  for (let node: Node | undefined = push.getParent(); node && node !== fn; node = node.getParent()) {
    if (Node.isIfStatement(node) && mentions(node.getExpression())) return true;
    if (Node.isConditionalExpression(node) && mentions(node.getCondition())) return true;
    if (Node.isBinaryExpression(node) && ['&&', '||'].includes(node.getOperatorToken().getText()) && mentions(node.getLeft())) return true;
  }
  return descendantsOfKind(fn, SyntaxKind.CallExpression).some((call) => {
    const callee = call.getExpression();
    return Node.isPropertyAccessExpression(callee) && callee.getName() === 'filter' && unwrap(callee.getExpression()).getText() === name &&
      call.getStart() < push.getStart() && onThePathTo(call, push, fn);
  });
}

/**
 * Whether `node` runs on the way to `target`: no `case` or `if` branch holds it without holding `target` (a filter in
 * the `remove` case does not run before a push in the `add` case).
 */
function onThePathTo(node: Node, target: Node, fn: Node): boolean {
  for (let child: Node = node, parent = node.getParent(); parent && child !== fn; child = parent, parent = parent.getParent()) {
    const branch = Node.isCaseClause(child) || (Node.isIfStatement(parent) && child !== parent.getExpression());
    if (branch && !child.containsRange(target.getPos(), target.getEnd())) return false;
  }
  return true;
}

/** `this.entries.push(entry)` before `field` is read, on the way to it, and under no condition that looks at the field. */
function fieldPushedOnto(field: import('ts-morph').PropertyAccessExpression, fn: Node): boolean {
  return fieldPushedBefore(field.getName(), field, fn);
}

/** Whether `fn` pushes onto `this.<name>` before `site`, on the way to it and not under a look at the field. */
function fieldPushedBefore(name: string, site: Node, fn: Node): boolean {
  const onField = (node: Node) => { const plain = unwrap(node); return Node.isPropertyAccessExpression(plain) && plain.getName() === name && Node.isThisExpression(unwrap(plain.getExpression())); };
  const mentions = (node: Node) => node.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).some(onField);
  return descendantsOfKind(fn, SyntaxKind.CallExpression).some((call) => {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !/^(?:push|unshift)$/.test(callee.getName()) || !onField(callee.getExpression())) return false;
    if (call.getStart() >= site.getStart() || !onThePathTo(call, site, fn)) return false;
    for (let node: Node | undefined = call.getParent(); node && node !== fn; node = node.getParent()) {
      if ((Node.isIfStatement(node) && mentions(node.getExpression())) || (Node.isConditionalExpression(node) && mentions(node.getCondition()))) return false;
    }
    return true;
  });
}

/** Whether the class assigns the field what a function of it read: `this.entries = JSON.parse(readFileSync(path))`. */
function fieldLoadedFromRead(field: import('ts-morph').PropertyAccessExpression): boolean {
  const owner = field.getFirstAncestorByKind(SyntaxKind.ClassDeclaration);
  if (!owner) return false;
  return descendantsOfKind(owner, SyntaxKind.BinaryExpression).some((assignment) => {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) return false;
    const left = unwrap(assignment.getLeft());
    const fn = assignment.getFirstAncestor((a) => Node.isConstructorDeclaration(a) || Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
    return Node.isPropertyAccessExpression(left) && left.getName() === field.getName() && Node.isThisExpression(unwrap(left.getExpression())) &&
      fn !== undefined && derivesFromRead(assignment.getRight(), fn, 0);
  });
}

/** `memory[new Date().toISOString()] = entry`: an entry stored under a key made fresh on each call, one more each run. */
function freshKeyAddedTo(id: Node, declaration: Node, fn: Node, model: ProjectModel): boolean {
  return descendantsOfKind(fn, SyntaxKind.BinaryExpression).some((assignment) => {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) return false;
    const left = unwrap(assignment.getLeft());
    if (!Node.isElementAccessExpression(left)) return false;
    const target = unwrap(left.getExpression());
    const key = left.getArgumentExpression();
    return Node.isIdentifier(target) && target.getText() === id.getText() && resolvesTo(target, declaration) && key !== undefined && isFreshValue(key, model);
  });
}

/**
 * `save() { writeFileSync(tmp, JSON.stringify(this.tasks)) }` in a class that loads `this.tasks` from its file: the
 * field written whole, whose entries the methods calling `save` decide (undefined when the value is no such field).
 */
export function rewrittenField(value: Node | undefined): string | undefined {
  const node = value ? unwrap(value) : undefined;
  return node && Node.isPropertyAccessExpression(node) && Node.isThisExpression(unwrap(node.getExpression())) && fieldLoadedFromRead(node) ? node.getName() : undefined;
}

/** `this.tasks.push(task); this.save()`: the caller pushes onto the field before its call to the method writing it whole. */
export function fieldPushedBeforeCall(name: string, call: CallExpression): boolean {
  const callee = unwrap(call.getExpression());
  const fn = enclosingFunction(call);
  return Node.isPropertyAccessExpression(callee) && Node.isThisExpression(unwrap(callee.getExpression())) && fn !== undefined && fieldPushedBefore(name, call, fn);
}

/** A value built from what was read and something else: `${existing}\n${entry}`, `[...list, item]`, `before + text`. */
function addsToRead(value: Node, fn: Node, depth: number, model: ProjectModel): boolean {
  if (depth > MAX_FOLLOW) return false;
  const node = unwrap(value);
  if (Node.isTemplateExpression(node)) {
    const parts = node.getTemplateSpans().map((span) => span.getExpression());
    const literal = node.getHead().getLiteralText() + node.getTemplateSpans().map((span) => span.getLiteral().getLiteralText()).join('');
    const read = parts.filter((part) => derivesFromRead(part, fn, depth + 1));
    return read.length > 0 && (read.length < parts.length || literal.trim().length > 0);
  }
  if (Node.isBinaryExpression(node) && node.getOperatorToken().getText() === '+') {
    const operands = flattenPlus(node);
    const read = operands.filter((operand) => derivesFromRead(operand, fn, depth + 1));
    return read.length > 0 && read.length < operands.length;
  }
  if (Node.isArrayLiteralExpression(node)) {
    const elements = node.getElements();
    const spreadRead = elements.some((element) => Node.isSpreadElement(element) && derivesFromRead(element.getExpression(), fn, depth + 1));
    return spreadRead && elements.some((element) => !Node.isSpreadElement(element) || !derivesFromRead(element.getExpression(), fn, depth + 1));
  }
  if (Node.isConditionalExpression(node)) return addsToRead(node.getWhenTrue(), fn, depth + 1, model) || addsToRead(node.getWhenFalse(), fn, depth + 1, model);
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    // list.concat(item), [...].sort(): what the inner value is.
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'concat') return derivesFromRead(callee.getExpression(), fn, depth + 1) && node.getArguments().length > 0;
    if (replacesInRead(node, fn, depth)) return true;
    if (Node.isPropertyAccessExpression(callee) && /^(?:sort|slice|map|filter)$/.test(callee.getName())) return sources(callee.getExpression(), fn, depth + 1).some((s) => addsToRead(s, fn, depth + 1, model));
    // JSON.stringify([...existing, item])
    if (Node.isPropertyAccessExpression(callee) && callee.getText() === 'JSON.stringify') {
      const first = node.getArguments()[0];
      return first !== undefined && addsToRead(first, fn, depth + 1, model);
    }
  }
  // `this.entries.push(entry); writeFileSync(path, JSON.stringify(this.entries))` in a class that loads the field from
  // the file it keeps (`this.entries = JSON.parse(readFileSync(path))`): the list written back has one more entry.
  if (Node.isPropertyAccessExpression(node) && Node.isThisExpression(unwrap(node.getExpression()))) return fieldPushedOnto(node, fn) && fieldLoadedFromRead(node);
  if (Node.isIdentifier(node)) {
    // `const list = await get(key); list.push(item); set(key, list)`: the list written back has one more entry, as is
    // `memory = JSON.parse(raw); memory[new Date().toISOString()] = entry` written back whole (README question 65).
    const binding = resolveIdentifier(node);
    if (binding.kind === 'local' && derivesFromRead(node, fn, depth) &&
      (pushedOnto(node, binding.declaration, fn) || freshKeyAddedTo(node, binding.declaration, fn, model))) return true;
    return sources(node, fn, depth + 1).some((s) => s !== node && addsToRead(s, fn, depth + 1, model));
  }
  return false;
}

function flattenPlus(node: Node): Node[] {
  const value = unwrap(node);
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getText() === '+') return [...flattenPlus(value.getLeft()), ...flattenPlus(value.getRight())];
  return [value];
}

/** `Bun.file(path)`, or `file(path)` imported from 'bun', directly or through the local holding it. */
function isBunFile(value: Node): boolean {
  let node = unwrap(value);
  if (Node.isIdentifier(node)) node = unwrap(variableInitializer(node) ?? node);
  if (!Node.isCallExpression(node)) return false;
  const callee = unwrap(node.getExpression());
  if (Node.isPropertyAccessExpression(callee)) return callee.getName() === 'file' && callee.getExpression().getText() === 'Bun';
  if (!Node.isIdentifier(callee)) return false;
  const binding = resolveIdentifier(callee);
  return binding.kind === 'import' && binding.module === 'bun' && binding.exportName === 'file';
}

/**
 * `text.split(oldText).join(newText)`, `text.replaceAll(oldText, newText)`: the text read with the occurrences of a
 * string the caller gives replaced by another it gives. A repeat replaces again, and inserts again when the new text
 * holds the old (README question 139's search-and-replace). Both strings must come from the function's parameters (the
 * tool's input, or what a helper's caller hands it): a pattern or replacement the code makes (a literal, a module
 * constant's `new RegExp(…)`, `os.EOL`, a template, a replacer callback) is an edit the code chose.
 */
function replacesInRead(call: CallExpression, fn: Node, depth: number): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const given = (arg: Node | undefined) => arg !== undefined && fromParameters(arg, fn, depth + 1);
  const [first, second] = call.getArguments();
  // `replace(oldText, newText)` with a string changes the first occurrence only, the edit tool's exact-match replace the
  // corpus keeps `clean` (questions 139, 146: only a replace of every occurrence is a write).
  if (callee.getName() === 'replaceAll') return given(first) && given(second) && derivesFromRead(callee.getExpression(), fn, depth + 1);
  if (callee.getName() !== 'join' || !given(first)) return false;
  const split = unwrap(callee.getExpression());
  const splitCallee = Node.isCallExpression(split) ? split.getExpression() : undefined;
  return splitCallee !== undefined && Node.isPropertyAccessExpression(splitCallee) && splitCallee.getName() === 'split' &&
    given((split as CallExpression).getArguments()[0]) && derivesFromRead(splitCallee.getExpression(), fn, depth + 1);
}

/**
 * Whether a value is a parameter of `fn` or of a function around it, or a member of one, through the locals holding it
 * and the loop variables taking its items (`for (const edit of edits) text = text.replaceAll(edit.from, edit.to)`).
 */
function fromParameters(value: Node, fn: Node, depth: number): boolean {
  const node = unwrap(value);
  if (depth > MAX_FOLLOW) return false;
  if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) return fromParameters(node.getExpression(), fn, depth + 1);
  if (!Node.isIdentifier(node)) return false;
  const binding = resolveIdentifier(node);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  const parameter = Node.isParameterDeclaration(declaration) ? declaration : declaration.getFirstAncestorByKind(SyntaxKind.Parameter);
  if (parameter) {
    const owner = parameter.getParent();
    return owner === fn || owner.containsRange(fn.getPos(), fn.getEnd());
  }
  const loop = declaration.getFirstAncestor((a) => Node.isForOfStatement(a) || Node.isBlock(a));
  if (loop && Node.isForOfStatement(loop) && loop.getInitializer().containsRange(declaration.getPos(), declaration.getEnd())) return fromParameters(loop.getExpression(), fn, depth + 1);
  // `const { find, replaceWith } = args`: a member of what the local destructures.
  const destructured = Node.isBindingElement(declaration) ? declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclaration)?.getInitializer() : undefined;
  if (destructured) return fromParameters(destructured, fn, depth + 1);
  const held = sources(node, fn, depth + 1);
  return held.every((s) => s !== node && fromParameters(s, fn, depth + 1));
}

/** Whether an expression is (part of) a value read in `fn`: a read call's result, through locals, members and slices. */
function derivesFromRead(value: Node, fn: Node, depth: number): boolean {
  if (depth > MAX_FOLLOW) return false;
  const node = unwrap(value);
  if (isRead(node, fn, depth)) return true;
  if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) return derivesFromRead(node.getExpression(), fn, depth + 1);
  if (Node.isBinaryExpression(node) && ['||', '??'].includes(node.getOperatorToken().getText())) return derivesFromRead(node.getLeft(), fn, depth + 1);
  // `raw ? JSON.parse(raw) : []`: the value read when there was one.
  if (Node.isConditionalExpression(node)) return derivesFromRead(node.getWhenTrue(), fn, depth + 1) || derivesFromRead(node.getWhenFalse(), fn, depth + 1);
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    if (Node.isPropertyAccessExpression(callee) && KEEPS_READ.test(callee.getName())) return derivesFromRead(callee.getExpression(), fn, depth + 1);
    if (Node.isPropertyAccessExpression(callee) && callee.getText() === 'JSON.parse') return node.getArguments()[0] !== undefined && derivesFromRead(node.getArguments()[0]!, fn, depth + 1);
  }
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return false;
    return sources(node, fn, depth + 1).some((source) => source !== node && derivesFromRead(source, fn, depth + 1));
  }
  return false;
}

/** A read call's result: `await redis.get(key)`, `await readFile(path)`, `await getHoldings()`, or a local holding one. */
function isRead(value: Node, fn: Node, depth: number): boolean {
  const node = unwrap(value);
  if (Node.isCallExpression(node)) {
    const callee = unwrap(node.getExpression());
    const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : undefined;
    if (!name) return false;
    if (Node.isPropertyAccessExpression(callee) && BUN_FILE_READ.test(name) && isBunFile(callee.getExpression())) return true;
    return READ_CALL.test(name) || (READ_FUNCTION.test(name) && !/^(?:get|read|load|fetch)(?:Env|Config|Settings|Options|Time|Date|Now)/.test(name));
  }
  if (Node.isIdentifier(node) && depth <= MAX_FOLLOW) {
    const binding = resolveIdentifier(node);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return false;
    const init = binding.declaration.getInitializer();
    if (init && isRead(init, fn, depth + 1)) return true;
    // `let text; try { text = await readFile(p) } catch { … }`
    return descendantsOfKind(fn, SyntaxKind.BinaryExpression).some((assignment) => {
      const left = assignment.getLeft();
      return assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isIdentifier(left) && left.getText() === node.getText() &&
        resolvesTo(left, binding.declaration) && isRead(assignment.getRight(), fn, depth + 1);
    });
  }
  return false;
}


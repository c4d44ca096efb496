// hasDedupeGuard: whether a write is skipped when a lookup finds that the work was done — a dedupe
// (RULES.md: "a dedupe skips the write when a lookup finds the record"). A precondition is not one:
// `const p = await getX(); if (!p.ok) return; write()` exits when the lookup found nothing or the
// check failed, and a repeat that passes the check writes again.
import { Node, SyntaxKind, type CallExpression, type IfStatement } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { alwaysLeaves, enclosingFunctionOf, localDeclarationWithin, localFunctionNamed, resolveIdentifier } from './scope.js';

/**
 * Calls that look something up: `findUnique(`, `getOrder(`, `exists(`, `listTeams(`, `isProcessed(`, `readFileSync(`,
 * `checkConflicts(` (the records overlapping the one about to be made: a repeat finds the first call's).
 */
const READ_CALL = /\b(find\w*|get\w*|check\w*(?:Conflict|Overlap|Duplicate|Exist)\w*|read\w*File\w*|select\w*|exists?|lookup\w*|has\w*|count\w*|load\w*|seen\w*|list\w*|search\w*|retrieve\w*|fetch\w+|query\w*|is\w*(?:Processed|Done|Handled|Duplicate|Sent|Paid)\w*|already\w*|was\w+)\s*\(/i;
/** Lookups by member name on a value already read: `teams.some(…)`, `keys.find(…)`, `seen.has(id)`. */
const MEMBER_LOOKUP = /^(some|find|findLast|includes|has|get|filter)$/;
/** Names that carry a failure, not a found record: `if (error) return` is error handling. */
const FAILURE_NAME = /err|fail|invalid|missing|denied|unauthori[sz]ed/i;
/** `query('SELECT …')`, and a statement handed as an object: libsql `execute({ sql: 'SELECT …' })`, pg `query({ text: … })`. */
const SQL_SELECT = /\(\s*(?:\{\s*(?:sql|text)\s*:\s*)?['"`]\s*select\b/i;
/** What a guard returns when it turns the call down rather than returning the earlier result. */
const REJECTION = /\b(error|errors|refus\w*|invalid|cannot|can't|not allowed|forbidden|failed|unsupported|insufficient)\b|success:\s*false|isError:\s*true/i;

/**
 * A refusal that names the record the lookup found: "… already exists", "already has an entry", "a duplicate …", "conflict
 * with existing appointment …" (README question 70: a repeat finds the first call's record and is refused) (Portuguese/Spanish
 * "já/ya existe", Chinese "已存在"/"已经存在", Japanese "既に存在"/"すでに存在").
 */
const ALREADY_THERE = /\balready (?:exists?|has|have|been|registered|scheduled|booked|created|connected)\b|\bduplicate\b|\b(?:conflicts?|overlaps?) with (?:an? |the )?existing\b|\b(?:j\u00e1|ya) existe\b|\u5df2(?:\u7ecf)?\u5b58\u5728|(?:\u65e2\u306b|\u3059\u3067\u306b)\u5b58\u5728/i;

type Found = 'found' | 'not-found' | undefined;

/**
 * Whether a call takes one branch of an `if` whatever else happens (the caller fixed the value it tests,
 * summaries.ts): a guard inside that branch sees that call.
 */
export type BranchTaken = (statement: IfStatement, branch: Node) => boolean;

/**
 * A dedupe before `write` inside `within`: `if (<lookup found it>) return …`, or the write only under `if (<lookup found nothing>)`.
 * `taken`: the branches one call site is known to take (`if (!force) { …lookup… }` when the caller leaves `force` false).
 */
export function hasDedupeGuard(write: Node, within: Node, taken?: BranchTaken): boolean {
  const writeStart = write.getStart();
  for (const node of descendantsOfKind(within, SyntaxKind.IfStatement)) {
    if (node.getStart() < within.getStart() || node.getEnd() > writeStart) continue;
    // A guard that covers only some calls protects none of the others (test/corpus/README.md questions 91, 119): one
    // inside a branch the write is not in (`if (linkedId) { … if (found) throw … }`), or one whose branch runs on to
    // the write on some path (`if (existing) { if (!update) return …; profile = existing }`).
    if (coversSomeCalls(node, write, within, taken)) continue;
    const then = node.getThenStatement();
    if (!alwaysLeaves(then)) continue;
    // A dedupe returns the earlier result; a validation that throws is not one.
    const returns = Node.isReturnStatement(then) ? [then] : descendantsOfKind(then, SyntaxKind.ReturnStatement);
    // A refusal that says the record is there already ("… already exists", thrown or returned as an error) is a
    // dedupe too: a repeat finds the first call's record and writes nothing.
    const throws = Node.isThrowStatement(then) ? [then] : descendantsOfKind(then, SyntaxKind.ThrowStatement);
    const refusesDuplicate = [...returns, ...throws].some((r) => ALREADY_THERE.test(answered(r.getExpression(), within)));
    // A guard that returns an error ("Error: …", { success: false, error }, or such an object held in a const
    // first) rejects the call; it does not dedupe.
    const rejects = !refusesDuplicate && returns.some((r) => REJECTION.test(answered(r.getExpression(), within)));
    if ((returns.length > 0 || refusesDuplicate) && !rejects && existence(node.getExpression(), within, 0) === 'found' && !markedAfter(node, write, within)) return true;
  }
  if (writesOnlyUnseen(write, within)) return true;
  for (let node = write.getParent(); node && node !== within; node = node.getParent()) {
    // `const row = found ?? (await create(…))`: the create runs only when the lookup found nothing.
    if (Node.isBinaryExpression(node) && /^(\?\?|\|\|)$/.test(node.getOperatorToken().getText()) && node.getRight().containsRange(write.getPos(), write.getEnd()) &&
      isLookedUp(node.getLeft(), within, 0)) return true;
    if (!Node.isIfStatement(node)) continue;
    const inThen = node.getThenStatement().containsRange(write.getPos(), write.getEnd());
    const test = existence(node.getExpression(), within, 0);
    // `if (matches.length === 0 && registerData) register(…)`: the write runs only when the lookup found nothing,
    // whatever else its branch asks for.
    const both = conjuncts(node.getExpression());
    const skipsFound = (inThen && test === 'not-found') || (!inThen && test === 'found') ||
      (inThen && both.length > 1 && both.some((c) => existence(c, within, 0) === 'not-found'));
    if (skipsFound && !markedAfter(node, write, within)) return true;
  }
  return false;
}

/**
 * Whether the mark a guard looks up is made only after the write returns (README question 91, question 86's mark that
 * follows the write): `if (ring.findDuplicate(body)) return; await post(body); ring.record(body)`, `if (isDuplicate(k))
 * return; …; markDedup(k)` (a lookup not awaited: what this process keeps), `if (existsSync(path)) return; await
 * register(); writeFileSync(path, …)`. A write that lands
 * but whose answer is lost (a throw, a timeout) leaves no mark, and the repeat writes again. A mark made in a `finally`,
 * or before the write, is made whatever the write's outcome.
 */
function markedAfter(guard: IfStatement, write: Node, within: Node): boolean {
  const lookups = lookupCallsOf(guard.getExpression(), within, 0);
  if (lookups.length === 0) return false;
  // A lookup the code waits for may ask the other system for the record the write makes (`await hasRepliedInThread(uri)`):
  // only a synchronous one surely reads what this process keeps, which the mark after the write fills.
  const kept = lookups.filter((call) => !awaited(call));
  // A receiver the function read by waiting (`const items = await api.list()`) is that read's answer, not a store of marks.
  const receivers = new Set(kept.flatMap((call) => {
    const callee = unwrap(call.getExpression());
    if (!Node.isPropertyAccessExpression(callee)) return [];
    const receiver = unwrap(callee.getExpression());
    const init = localInitializer(receiver, within);
    return init && (Node.isAwaitExpression(unwrap(init)) || init.getDescendantsOfKind(SyntaxKind.AwaitExpression).length > 0) ? [] : [receiver.getText()];
  }));
  const looked = new Set(kept.flatMap((call) => call.getArguments().map((arg) => unwrap(arg).getText())));
  const files = new Set(lookups.filter((call) => FILE_LOOKUP.test(calledName(call) ?? '')).map((call) => call.getArguments()[0]).filter((a): a is Node => a !== undefined).map((a) => unwrap(a).getText()));
  return descendantsOfKind(within, SyntaxKind.CallExpression).some((call) => {
    if (!runsAfter(call, write, within) || inFinally(call, within)) return false;
    const name = calledName(call);
    if (!name) return false;
    const callee = unwrap(call.getExpression());
    const first = call.getArguments()[0];
    if (FILE_MARK.test(name)) return first !== undefined && files.has(unwrap(first).getText());
    if (Node.isPropertyAccessExpression(callee) && receivers.has(unwrap(callee.getExpression()).getText())) return MARK_METHOD.test(name);
    return MARK_FUNCTION.test(name) && call.getArguments().some((arg) => looked.has(unwrap(arg).getText())) &&
      kept.some((lookup) => marksWhatWasLookedUp(call, lookup));
  });
}

/**
 * Whether `mark` runs once `write` has returned, on the same path: in a statement after the write's, in its block or an
 * enclosing one, and not in a function of its own. A mark in the `catch` of the try holding the write, in another branch
 * of the `if` holding it, or in a callback written below it is not made after the write lands.
 */
function runsAfter(mark: Node, write: Node, within: Node): boolean {
  for (let node: Node = write, parent = write.getParent(); parent; node = parent, parent = parent.getParent()) {
    if (Node.isBlock(parent) || Node.isSourceFile(parent) || Node.isCaseClause(parent) || Node.isDefaultClause(parent)) {
      const statement = node;
      const later = parent.getStatements().find((s) => s.getStart() >= statement.getEnd() && s.containsRange(mark.getPos(), mark.getEnd()));
      if (later) return mark.getFirstAncestor((a) => a === later || Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)) === later;
    }
    if (parent === within) break;
  }
  return false;
}

/**
 * Whether a function named for recording (`markDedup(k)`) writes into what the guard's lookup (`isDuplicate(k)`) read: both
 * imported from the same module, or both functions of this file using the same variable declared outside them
 * (`sentKeys.get(k)` … `sentKeys.set(k, …)`). `recordMetric(id)` after `seen.has(id)` records elsewhere.
 */
function marksWhatWasLookedUp(mark: CallExpression, lookup: CallExpression): boolean {
  const markCallee = unwrap(mark.getExpression());
  const lookupCallee = unwrap(lookup.getExpression());
  if (!Node.isIdentifier(markCallee) || !Node.isIdentifier(lookupCallee)) return false;
  const marker = resolveIdentifier(markCallee);
  const looker = resolveIdentifier(lookupCallee);
  if (marker.kind === 'import' && looker.kind === 'import') return marker.module === looker.module;
  const markFn = localFunctionNamed(markCallee);
  const lookupFn = localFunctionNamed(lookupCallee);
  if (!markFn || !lookupFn) return false;
  const outer = (fn: Node) => new Set(fn.getDescendantsOfKind(SyntaxKind.Identifier).flatMap((id) => {
    const binding = resolveIdentifier(id);
    return binding.kind === 'local' && !fn.containsRange(binding.declaration.getPos(), binding.declaration.getEnd()) && Node.isVariableDeclaration(binding.declaration) &&
      !localFunctionNamed(id) ? [binding.declaration] : [];
  }));
  const read = outer(lookupFn);
  return [...outer(markFn)].some((declaration) => read.has(declaration));
}
/** Methods that record on the collection or helper the guard looked in: `ring.record(body)`, `seen.add(key)`, `throttle.record(id)`. */
const MARK_METHOD = /^(?:record\w*|mark\w*|add|set|push|remember\w*|save\w*|commit\w*|track\w*)$/;
/** Functions named for recording what the guard looks up: `markDedup(key)`, `recordSent(id)`, `commitPreKey(key)`. */
const MARK_FUNCTION = /^(?:mark|record|remember|commit)(?:[A-Z_]|$)/;
const FILE_LOOKUP = /^(?:existsSync|exists|pathExists|pathExistsSync|readFileSync|readFile|access|accessSync)$/;
const FILE_MARK = /^(?:writeFileSync|writeFile|appendFileSync|appendFile|outputFile|outputFileSync|writeJson|writeJsonSync)$/;

function awaited(call: CallExpression): boolean {
  let node: Node = call;
  let parent = node.getParent();
  while (parent && (Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isNonNullExpression(parent))) {
    node = parent;
    parent = parent.getParent();
  }
  return parent !== undefined && Node.isAwaitExpression(parent);
}

function calledName(call: CallExpression): string | undefined {
  const callee = unwrap(call.getExpression());
  return Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : undefined;
}

function inFinally(node: Node, within: Node): boolean {
  for (let child: Node = node, parent = node.getParent(); parent && child !== within; child = parent, parent = parent.getParent()) {
    if (Node.isTryStatement(parent) && parent.getFinallyBlock() === child) return true;
  }
  return false;
}

/** The calls a guard's condition makes, in place or in the initialisers of the locals it reads (declared in `within`). */
function lookupCallsOf(condition: Node, within: Node, depth: number): CallExpression[] {
  if (depth > 4) return [];
  const node = unwrap(condition);
  const calls = [...(Node.isCallExpression(node) ? [node] : []), ...node.getDescendantsOfKind(SyntaxKind.CallExpression)];
  const names = [...(Node.isIdentifier(node) ? [node] : []), ...node.getDescendantsOfKind(SyntaxKind.Identifier)];
  const held = names.flatMap((name) => {
    const init = localInitializer(name, within);
    return init ? lookupCallsOf(init, within, depth + 1) : [];
  });
  return [...calls, ...held];
}

/** What a guard answers: the expression returned or thrown, or what the local it names holds (`const result = { success: false, error }; return result`). */
function answered(expression: Node | undefined, within: Node): string {
  if (!expression) return '';
  const held = localInitializer(unwrap(expression), within);
  return (held ?? expression).getText();
}

/**
 * Whether a guard sits in a branch, a `case` or a callback that the write is not in: it runs only on some calls (a
 * branch whose other side leaves, `if (!name) return …; else if (found) return …`, still sees every call that writes).
 */
function coversSomeCalls(guard: Node, write: Node, within: Node, taken?: BranchTaken): boolean {
  for (let node: Node | undefined = guard; node && node !== within; node = node.getParent()) {
    if (node.containsRange(write.getPos(), write.getEnd())) return false;
    const parent = node.getParent();
    if (parent && Node.isIfStatement(parent) && parent.getExpression() !== node && !taken?.(parent, node) && !onlyWhenThereIsSomethingToRead(parent, node)) {
      const other = parent.getThenStatement() === node ? parent.getElseStatement() : parent.getThenStatement();
      if (!alwaysLeaves(other)) return true;
    }
    if (Node.isCaseClause(node) || Node.isDefaultClause(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node)) return true;
  }
  return false;
}

/**
 * `if (existsSync(file)) { const text = readFileSync(file, 'utf8'); if (text.includes(entry)) return … }`: the branch is
 * skipped only when there is nothing to read yet — on the first call, whose write makes what a repeat then reads.
 */
function onlyWhenThereIsSomethingToRead(statement: IfStatement, branch: Node): boolean {
  if (statement.getThenStatement() !== branch) return false;
  const checked = conjuncts(statement.getExpression()).flatMap((c) => {
    const call = unwrap(c);
    const name = Node.isCallExpression(call) ? unwrap(call.getExpression()).getText().split('.').pop() : undefined;
    const target = Node.isCallExpression(call) ? call.getArguments()[0] : undefined;
    return name && EXISTS_CALL.test(name) && target ? [unwrap(target).getText()] : [];
  });
  return checked.length > 0 && descendantsOfKind(branch, SyntaxKind.CallExpression).some((call) => {
    const read = call.getArguments()[0];
    return READ_FILE.test(unwrap(call.getExpression()).getText().split('.').pop()!) && read !== undefined && checked.includes(unwrap(read).getText());
  });
}
const EXISTS_CALL = /^(?:existsSync|exists|pathExists|pathExistsSync)$/;
const READ_FILE = /^(?:readFileSync|readFile)$/;

function conjuncts(condition: Node): Node[] {
  const c = unwrap(condition);
  return Node.isBinaryExpression(c) && c.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken ? [...conjuncts(c.getLeft()), ...conjuncts(c.getRight())] : [c];
}

/** Whether a condition says that a lookup made in `within` found the record: `existing`, `rows.length > 0`, `found.ok`. */
export function saysFound(condition: Node, within: Node): boolean {
  return existence(condition, within, 0) === 'found';
}

/** Whether a condition says a lookup found the record ('found'), found nothing ('not-found'), or neither (a check, a comparison). */
function existence(condition: Node, within: Node, depth: number): Found {
  if (depth > 6) return undefined;
  const c = unwrap(condition);
  if (Node.isPrefixUnaryExpression(c) && c.getOperatorToken() === SyntaxKind.ExclamationToken) return flip(existence(c.getOperand(), within, depth + 1));
  if (Node.isBinaryExpression(c)) {
    const op = c.getOperatorToken().getText();
    const left = c.getLeft();
    const right = c.getRight();
    if (op === '&&') {
      const sides = [existence(left, within, depth + 1), existence(right, within, depth + 1)];
      return sides.includes('found') && !sides.includes('not-found') ? 'found' : sides.every((s) => s === 'not-found') ? 'not-found' : undefined;
    }
    if (op === '||') {
      const sides = [existence(left, within, depth + 1), existence(right, within, depth + 1)];
      return sides[0] === sides[1] ? sides[0] : undefined;
    }
    const nothing = (n: Node) => /^(null|undefined)$/.test(unwrap(n).getText());
    const subject = nothing(right) ? left : nothing(left) ? right : undefined;
    if (subject) {
      if (!isLookedUp(subject, within, depth)) return undefined;
      return op === '===' || op === '==' ? 'not-found' : op === '!==' || op === '!=' ? 'found' : undefined;
    }
    // A count: rows.length > 0, rowCount >= 1, keys.length === 0.
    const count = Node.isNumericLiteral(unwrap(right)) ? { value: Number(unwrap(right).getText()), of: left } : undefined;
    if (count && /(length|count|size|total)$/i.test(count.of.getText()) && isLookedUp(count.of, within, depth)) {
      if ((op === '>' && count.value === 0) || (op === '>=' && count.value === 1) || ((op === '!==' || op === '!=') && count.value === 0)) return 'found';
      if (((op === '===' || op === '==') && count.value === 0) || (op === '<' && count.value === 1) || (op === '<=' && count.value === 0)) return 'not-found';
      return undefined;
    }
    // An index a lookup found: `findIndex(…) >= 0`, `indexOf(…) !== -1` (found), `=== -1`, `< 0` (not found).
    const index = /^-1$/.test(unwrap(right).getText()) ? { value: -1, of: left } : count && count.value === 0 ? count : undefined;
    if (index && isFoundIndex(index.of, within)) {
      if ((op === '>=' && index.value === 0) || ((op === '!==' || op === '!=' || op === '>') && index.value === -1)) return 'found';
      if ((op === '<' && index.value === 0) || ((op === '===' || op === '==') && index.value === -1)) return 'not-found';
      return undefined;
    }
    // existing.status === 'sent': the record says the work was done. A status of work still going
    // (`session.activeCommand?.status === 'running'`) is a busy guard: a repeat once it ends runs again.
    if ((op === '===' || op === '==') && isLiteral(right) && !IN_FLIGHT.test(unwrap(right).getText()) && isLookedUp(left, within, depth)) return 'found';
    return undefined;
  }
  if (Node.isCallExpression(c)) {
    const callee = unwrap(c.getExpression());
    // `if (runningJobIds.has(job.id)) return`: a set of runs in flight, emptied when each run ends, refuses a call
    // only while the first is running; a repeat after it writes again.
    if (Node.isPropertyAccessExpression(callee) && /^(has|get)$/.test(callee.getName()) && emptiedWhenDone(callee.getExpression())) return undefined;
    if (Node.isPropertyAccessExpression(callee) && MEMBER_LOOKUP.test(callee.getName())) return isLookedUp(callee.getExpression(), within, depth) || READ_CALL.test(c.getText()) ? 'found' : undefined;
    const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
    return READ_CALL.test(`${name}(`) && !FAILURE_NAME.test(name) ? 'found' : undefined;
  }
  if (Node.isPropertyAccessExpression(c) && c.getName() === 'ok' && isGetResponse(c.getExpression(), within)) return 'found';
  if (Node.isIdentifier(c) || Node.isPropertyAccessExpression(c)) {
    const name = Node.isPropertyAccessExpression(c) ? c.getName() : c.getText();
    // `const installation = await checkInstallation(…); if (installation.found) return …`: a lookup helper's answer
    // that names what it found, whatever the helper is called.
    if (Node.isPropertyAccessExpression(c) && FOUND_FIELD.test(name) && isCallResult(c.getExpression(), within)) return 'found';
    if (FAILURE_NAME.test(name) || /^(ok|success|succeeded|valid|enabled|available\w*|\w*Available)$/i.test(name)) return undefined;
    // `const isCanonical = active && active.state === 'actual'`: a condition held in a const says what it says in place.
    const held = Node.isIdentifier(c) ? localInitializer(c, within) : undefined;
    const condition = held ? unwrap(held) : undefined;
    if (condition && (Node.isBinaryExpression(condition) || Node.isPrefixUnaryExpression(condition))) {
      const said = existence(condition, within, depth + 1);
      if (said) return said;
    }
    return isLookedUp(c, within, depth) ? 'found' : undefined;
  }
  return undefined;
}

/**
 * `const ref = await fetch(refUrl, { headers })`: the response of a GET of one resource, whose `ok` says the
 * resource exists (`if (ref.ok) return …` before creating it is a get-or-create). A precondition stays one:
 * `if (!ref.ok) return` returns when nothing was found.
 */
function isGetResponse(expression: Node, within: Node): boolean {
  const declaration = localDeclarationWithin(unwrap(expression), within);
  if (!declaration) return false;
  const init = declaration.getInitializer();
  const call = init ? unwrap(init) : undefined;
  if (!call || !Node.isCallExpression(call) || !/^fetch$/.test(unwrap(call.getExpression()).getText())) return false;
  const options = call.getArguments()[1];
  if (!options) return true;
  const object = unwrap(options);
  if (!Node.isObjectLiteralExpression(object) || object.getProperties().some((p) => Node.isSpreadAssignment(p))) return false;
  const method = object.getProperty('method');
  const value = method && Node.isPropertyAssignment(method) ? method.getInitializer() : undefined;
  return !method || (value !== undefined && /^['"`]get['"`]$/i.test(value.getText()));
}

function flip(found: Found): Found {
  return found === 'found' ? 'not-found' : found === 'not-found' ? 'found' : undefined;
}

function isLiteral(node: Node): boolean {
  const n = unwrap(node);
  return Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n) || Node.isTrueLiteral(n);
}

/** Whether an expression reads a value a lookup returned: `existing`, `found.rowCount`, `rows.length`, `await findX(…)`. */
function isLookedUp(expression: Node, within: Node, depth: number): boolean {
  let root = unwrap(expression);
  // `(await listEntries(…)).length`: a field of what the call in place returns is the call's.
  while (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root)) root = unwrap(root.getExpression());
  if (Node.isCallExpression(root)) {
    if (READ_CALL.test(root.getText())) return true;
    // `content.split('\n')`, `text.trim()`: what a method of the value read gives is still that value's; so is what a
    // function of that one value gives (`normalize(existing)`).
    const callee = unwrap(root.getExpression());
    const [only, ...more] = root.getArguments();
    if (Node.isIdentifier(callee) && only && more.length === 0 && depth < 6 && isLookedUp(only, within, depth + 1)) return true;
    return Node.isPropertyAccessExpression(callee) && depth < 6 && isLookedUp(callee.getExpression(), within, depth + 1);
  }
  if (!Node.isIdentifier(root) || FAILURE_NAME.test(root.getText()) || depth > 6) return false;
  const binding = resolveIdentifier(root);
  if (binding.kind !== 'local') return false;
  let declaration: Node = binding.declaration;
  if (Node.isBindingElement(declaration)) {
    const holder = declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
    if (!holder) return false;
    declaration = holder;
  }
  if (!Node.isVariableDeclaration(declaration) || !within.containsRange(declaration.getPos(), declaration.getEnd())) return false;
  // The value it starts with, and what is assigned to it later (`let key; try { key = pick(await list()) } …`).
  const values = [declaration.getInitializer(), ...assignmentsTo(root.getText(), within)].filter((v): v is Node => v !== undefined);
  if (values.some(lookedUpOnSomeCalls)) return false;
  // `const alreadyAssigned = teams.some(…)`: named for what the lookup found.
  if (FOUND_NAME.test(root.getText())) return true;
  return values.some((value) => {
    const text = value.getText();
    if (READ_CALL.test(text) || SQL_SELECT.test(text)) return true;
    // `const id = running?.sandboxId` where `const [running] = await Sandbox.list(…)`, `const row = found.rows[0]`: a
    // field or an element of what a lookup found.
    const plain = unwrap(value);
    if (Node.isPropertyAccessExpression(plain) || Node.isElementAccessExpression(plain) || Node.isIdentifier(plain)) return isLookedUp(plain, within, depth + 1);
    const call = unwrap(value);
    const callee = Node.isCallExpression(call) ? unwrap(call.getExpression()) : undefined;
    return callee !== undefined && Node.isPropertyAccessExpression(callee) && MEMBER_LOOKUP.test(callee.getName()) && isLookedUp(callee.getExpression(), within, depth + 1);
  });
}

/**
 * `hasEmail ? await conn.query(…) : { records: [] }`, `email && await findByEmail(email)`: a value looked up only when a
 * condition holds; the calls that skip the lookup find nothing and write again (test/corpus/README.md question 91).
 */
function lookedUpOnSomeCalls(value: Node): boolean {
  const plain = unwrap(value);
  const reads = (n: Node) => READ_CALL.test(n.getText()) || SQL_SELECT.test(n.getText());
  if (Node.isConditionalExpression(plain)) return reads(plain.getWhenTrue()) !== reads(plain.getWhenFalse());
  return Node.isBinaryExpression(plain) && plain.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken && reads(plain.getRight()) && !reads(plain.getLeft());
}

/** `const at = entries.findIndex((e) => e.hash === hash)`: the position of what a lookup found (-1 when nothing). */
function isFoundIndex(value: Node, within: Node): boolean {
  const held = heldValue(value, within);
  const callee = held && Node.isCallExpression(held) ? unwrap(held.getExpression()) : undefined;
  return callee !== undefined && Node.isPropertyAccessExpression(callee) && /^(findIndex|findLastIndex|indexOf)$/.test(callee.getName());
}

/** A status literal naming work still in progress. */
const IN_FLIGHT = /^['"`](?:running|in[_ -]?progress|processing|executing|busy)['"`]$/i;

/**
 * `runningJobIds`, `this.inFlight`: a collection emptied of an entry in a `finally` block (`finally {
 * runningJobIds.delete(job.id) }`) holds the runs in progress, not what earlier runs left behind. The same collection —
 * the same declaration, or the same field of the same class — emptied in the finally of the function doing the lookup,
 * of a function it calls (`executeJob`'s, after `triggerJob`'s guard), or of one of its callers.
 */
function emptiedWhenDone(collection: Node): boolean {
  const held = collectionIdentity(collection);
  const lookup = enclosingFunctionOf(collection);
  if (!held || !lookup) return false;
  return descendantsOfKind(collection.getSourceFile(), SyntaxKind.TryStatement).some((statement) => {
    const block = statement.getFinallyBlock();
    const emptier = block && enclosingFunctionOf(statement);
    if (!emptier || !(reaches(lookup, emptier, 1) || reaches(emptier, lookup, CALLER_DEPTH))) return false;
    return descendantsOfKind(block, SyntaxKind.CallExpression).some((call) => {
      const callee = unwrap(call.getExpression());
      if (!Node.isPropertyAccessExpression(callee) || !/^(delete|clear)$/.test(callee.getName())) return false;
      const emptied = collectionIdentity(callee.getExpression());
      return emptied !== undefined && emptied.declaration === held.declaration && emptied.field === held.field;
    });
  });
}

/** How many callers up a lookup's function a finally emptying the collection may sit. */
const CALLER_DEPTH = 3;

/** What a collection expression names: a local's declaration (`runningJobIds`), or a field of a class (`this.seen`). */
function collectionIdentity(expression: Node): { declaration: Node; field?: string } | undefined {
  const plain = unwrap(expression);
  if (Node.isIdentifier(plain)) {
    const binding = resolveIdentifier(plain);
    return binding.kind === 'local' ? { declaration: binding.declaration } : undefined;
  }
  if (!Node.isPropertyAccessExpression(plain) || unwrap(plain.getExpression()).getKind() !== SyntaxKind.ThisKeyword) return undefined;
  const cls = plain.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  return cls ? { declaration: cls, field: plain.getName() } : undefined;
}

/** Whether `from` is `to` or calls it, directly or through up to `depth` functions of the file (`f()`, `this.f()`). */
function reaches(from: Node, to: Node, depth: number): boolean {
  if (from === to) return true;
  if (depth === 0) return false;
  return descendantsOfKind(from, SyntaxKind.CallExpression).some((call) => {
    const callee = calledFunctionOf(call);
    return callee !== undefined && callee !== from && reaches(callee, to, depth - 1);
  });
}

/** The function of the file a call runs: a function or const arrow it names, or a method of the caller's class (`this.run()`). */
function calledFunctionOf(call: CallExpression): Node | undefined {
  const callee = unwrap(call.getExpression());
  if (Node.isIdentifier(callee)) return localFunctionNamed(callee);
  if (!Node.isPropertyAccessExpression(callee) || unwrap(callee.getExpression()).getKind() !== SyntaxKind.ThisKeyword) return undefined;
  const cls = callee.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  return cls && (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) ? cls.getMethod(callee.getName()) : undefined;
}

const FOUND_NAME = /^(already|existing|exists|found|duplicate|isDuplicate|wasSent|wasProcessed)/i;
/** A field of a lookup's answer that says the record is there: `{ found: true, id }`, `{ exists: true }`. */
const FOUND_FIELD = /^(found|exists|isFound|alreadyExists|isDuplicate)$/;

/** Whether a value is (a field of) what a call in `within` returned: `const res = await checkThing(…)`. */
function isCallResult(expression: Node, within: Node): boolean {
  let root = unwrap(expression);
  while (Node.isPropertyAccessExpression(root)) root = unwrap(root.getExpression());
  if (Node.isCallExpression(root)) return true;
  if (!Node.isIdentifier(root)) return false;
  const binding = resolveIdentifier(root);
  const declaration = binding.kind === 'local' ? binding.declaration : undefined;
  if (!declaration || !Node.isVariableDeclaration(declaration) || !within.containsRange(declaration.getPos(), declaration.getEnd())) return false;
  const init = declaration.getInitializer();
  return init !== undefined && Node.isCallExpression(unwrap(init));
}

function assignmentsTo(name: string, within: Node): Node[] {
  return descendantsOfKind(within, SyntaxKind.BinaryExpression)
    .filter((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && unwrap(b.getLeft()).getText() === name)
    .map((b) => b.getRight());
}

/**
 * `const toAdd = tags.filter((t) => !current.includes(t)); for (const t of toAdd) post(t)`, `createAll(items.filter((i) =>
 * !existing.some(…)))`: the write sends (or loops over) only the items a lookup did not find — a dedupe item by item.
 * The collection tested must come from a lookup (`await listX(…)`, a GET's response and what is mapped from it): an
 * in-memory set filled during the call dedupes nothing across calls.
 */
function writesOnlyUnseen(write: Node, within: Node): boolean {
  const candidates: Node[] = Node.isCallExpression(write) ? [...write.getArguments()] : [];
  for (let node = write.getParent(); node && node !== within; node = node.getParent()) {
    if (Node.isForOfStatement(node) && !node.getExpression().containsRange(write.getPos(), write.getEnd())) candidates.push(node.getExpression());
  }
  return candidates.some((candidate) => {
    const filter = filterCall(candidate, within);
    const callback = filter?.getArguments()[0];
    if (!callback || !(Node.isArrowFunction(callback) || Node.isFunctionExpression(callback))) return false;
    const body = callback.getBody();
    const returned = Node.isBlock(body) ? descendantsOfKind(body, SyntaxKind.ReturnStatement).map((r) => r.getExpression()) : [body];
    return returned.some((value) => value !== undefined && negatesLookup(value, within));
  });
}

/** The `.filter(cb)` call a value is, or that the const it names holds. */
function filterCall(value: Node, within: Node): import('ts-morph').CallExpression | undefined {
  const plain = heldValue(value, within);
  if (!plain || !Node.isCallExpression(plain)) return undefined;
  const callee = unwrap(plain.getExpression());
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'filter' ? plain : undefined;
}

/** `!current.includes(t)`, `!existing.some(…)`, or `!isDup` where `const isDup = existing.some(…)`. */
function negatesLookup(value: Node, within: Node): boolean {
  const plain = unwrap(value);
  if (!Node.isPrefixUnaryExpression(plain) || plain.getOperatorToken() !== SyntaxKind.ExclamationToken) return false;
  const tested = heldValue(plain.getOperand(), within);
  if (!tested || !Node.isCallExpression(tested)) return false;
  const callee = unwrap(tested.getExpression());
  return Node.isPropertyAccessExpression(callee) && /^(some|find|findIndex|includes|has)$/.test(callee.getName()) && derivesFromLookup(callee.getExpression(), within, 0);
}

/** Whether a value is what a lookup returned, or derived from it: `await listX(…)`, `res.json()`, `data.tags?.map(…) || []`. */
function derivesFromLookup(value: Node, within: Node, depth: number): boolean {
  if (depth > 6) return false;
  const plain = unwrap(value);
  if (Node.isBinaryExpression(plain) && /^(\|\||\?\?)$/.test(plain.getOperatorToken().getText())) return derivesFromLookup(plain.getLeft(), within, depth + 1);
  if (Node.isCallExpression(plain)) {
    if (READ_CALL.test(`${unwrap(plain.getExpression()).getText().split('.').pop()}(`) || SQL_SELECT.test(plain.getText())) return true;
    const callee = unwrap(plain.getExpression());
    return Node.isPropertyAccessExpression(callee) && derivesFromLookup(callee.getExpression(), within, depth + 1);
  }
  if (Node.isPropertyAccessExpression(plain) || Node.isElementAccessExpression(plain)) return derivesFromLookup(plain.getExpression(), within, depth + 1);
  if (!Node.isIdentifier(plain)) return false;
  if (isGetResponse(plain, within)) return true;
  const init = localInitializer(plain, within);
  return init !== undefined && derivesFromLookup(init, within, depth + 1);
}

/** A value as written, or — for a local declared in `within` — the value it was given. */
function heldValue(value: Node, within: Node): Node | undefined {
  const plain = unwrap(value);
  if (!Node.isIdentifier(plain)) return plain;
  const init = localInitializer(plain, within);
  return init ? unwrap(init) : undefined;
}

/** The initializer of a local variable declared in `within` (a destructured one: the whole value it takes apart). */
function localInitializer(name: Node, within: Node): Node | undefined {
  if (!Node.isIdentifier(name)) return undefined;
  const binding = resolveIdentifier(name);
  let declaration: Node | undefined = binding.kind === 'local' ? binding.declaration : undefined;
  if (declaration && Node.isBindingElement(declaration)) declaration = declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
  if (!declaration || !Node.isVariableDeclaration(declaration) || !within.containsRange(declaration.getPos(), declaration.getEnd())) return undefined;
  return declaration.getInitializer();
}

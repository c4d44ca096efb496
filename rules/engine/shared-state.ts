// Parallel tasks and the read-modify-write they do on state they share: the task bodies of
// Promise.all/allSettled over arrays and `.map(async …)`, p-map mappers, and tool handlers of SDKs that
// run a step's tool calls concurrently (knowledge/concurrency.ts); in each, a shared variable, field or
// store read before an `await` and written back after it.
import { Node, SyntaxKind, type AwaitExpression, type CallExpression, type SourceFile } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { calleeMatches } from './match.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { reachesRemote } from './remote-calls.js';
import { alwaysLeaves, insideNestedFunction, resolveIdentifier } from './scope.js';
import { findToolHandlers } from './tool-handlers.js';

export interface ParallelTask {
  /** The function that runs once per task. */
  body: FunctionNode;
  /** The construct that runs the tasks at once (Promise.all, the tool registration). */
  construct: Node;
  label: string;
}

export interface LostUpdate {
  task: ParallelTask;
  /** Where the stale value is written back. */
  write: Node;
  /** Where it was read. */
  read: Node;
  /** The await in between, where other tasks run. */
  suspension: Node;
  /** What is shared, for messages (`state.total`, `cache`). */
  target: string;
}

const MAX_TASKS_PER_CONSTRUCT = 8;

export function parallelTasksIn(file: SourceFile, model: ProjectModel): ParallelTask[] {
  return model.memoize('parallel-tasks', file, () => {
    const out: ParallelTask[] = [];
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callee = model.resolveCall(call);
      if (!callee) continue;
      const fan = model.knowledge.fanOutCalls.find((f) => calleeMatches(f, callee));
      if (!fan) continue;
      const arg = call.getArguments()[fan.tasksArg];
      if (!arg) continue;
      const label = `${call.getExpression().getText()}()`;
      const mapper = fan.kind === 'mapper' ? model.functionOfValue(arg) : undefined;
      const bodies = fan.kind === 'mapper' ? (mapper ? [calledThrough(mapper, model)] : []) : taskBodies(arg, model);
      for (const body of bodies.slice(0, MAX_TASKS_PER_CONSTRUCT)) out.push({ body, construct: call, label });
    }
    const concurrentFrameworks = model.knowledge.concurrentToolFrameworks;
    const text = file.getFullText();
    for (const handler of findToolHandlers(file, model)) {
      const framework = concurrentFrameworks.find((f) => f.framework === handler.framework);
      if (!framework || !handler.fn || framework.sequentialWhen?.test(text)) continue;
      out.push({ body: handler.fn, construct: handler.registration, label: `a ${framework.framework} tool (${framework.note})` });
    }
    return out;
  });
}

/** The task functions of an array of promises: `[a(), b()]`, `items.map(async (x) => …)`, a const holding either. */
function taskBodies(arg: Node, model: ProjectModel, depth = 0): FunctionNode[] {
  const node = unwrap(arg);
  if (depth > 2) return [];
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    if (binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) && binding.declaration.getInitializer()) {
      return taskBodies(binding.declaration.getInitializer()!, model, depth + 1);
    }
    return [];
  }
  if (Node.isArrayLiteralExpression(node)) {
    return node.getElements().flatMap((element) => {
      const value = unwrap(element);
      if (Node.isSpreadElement(value)) return taskBodies(value.getExpression(), model, depth + 1);
      if (!Node.isCallExpression(value)) return [];
      const inline = unwrap(value.getExpression());
      if (Node.isArrowFunction(inline) || Node.isFunctionExpression(inline)) return [inline as FunctionNode];
      const fn = model.functionCalledBy(value);
      return fn ? [fn] : [];
    });
  }
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    if (Node.isPropertyAccessExpression(callee) && /^(map|flatMap)$/.test(callee.getName())) {
      const mapper = node.getArguments()[0];
      const fn = mapper ? model.functionOfValue(mapper) : undefined;
      return fn ? [calledThrough(fn, model)] : [];
    }
  }
  return [];
}

/** `(item) => this.process(item)`: the task is the function the arrow calls. */
function calledThrough(fn: FunctionNode, model: ProjectModel): FunctionNode {
  const body = fn.getBody();
  const call = body ? unwrap(body) : undefined;
  if (call && Node.isCallExpression(call)) return model.functionCalledBy(call) ?? fn;
  return fn;
}

/** Locks, version checks and atomic or merging operations: the update is coordinated. */
const COORDINATED = /\b(lock|unlock|mutex|Mutex|semaphore|Semaphore|runExclusive|acquire|withLock|synchronized|transaction|\$transaction|multi|watch|compareAndSwap|compareAndSet|cas|version|etag|ifMatch|expectedVersion|optimistic|incr|incrBy|incrby|hincrby|\$inc|increment|atomic|Atomics)\b/;
const READ_METHOD = /^(get|getItem|hget|hgetall|read|readFile|load|findOne|findUnique|findFirst)$/;
const WRITE_METHOD = /^(set|setItem|hset|put|save|write|writeFile|update|replaceOne)$/;
const FILE_READ = /^(?:(?:fs|fsp|fs\.promises|promises)\.)?readFile(?:Sync)?$/;
const FILE_WRITE = /^(?:(?:fs|fsp|fs\.promises|promises)\.)?writeFile(?:Sync)?$/;
const COMPOUND = new Set([SyntaxKind.PlusEqualsToken, SyntaxKind.MinusEqualsToken, SyntaxKind.AsteriskEqualsToken, SyntaxKind.SlashEqualsToken,
  SyntaxKind.PercentEqualsToken, SyntaxKind.BarEqualsToken, SyntaxKind.AmpersandEqualsToken, SyntaxKind.AsteriskAsteriskEqualsToken]);

export function lostUpdatesIn(task: ParallelTask, model: ProjectModel): LostUpdate[] {
  return model.memoize('lost-updates', task.body, () => {
    const body = task.body.getBody();
    if (!body || !Node.isBlock(body)) return [];
    if (COORDINATED.test(body.getText())) return [];
    const awaits = descendantsOfKind(body, SyntaxKind.AwaitExpression).filter((a) => !insideNestedFunction(a, body));
    if (awaits.length === 0) return [];
    if (!reachesRemote(body, model, 0)) return [];
    const out: LostUpdate[] = [];
    for (const binary of descendantsOfKind(body, SyntaxKind.BinaryExpression)) {
      if (insideNestedFunction(binary, body)) continue;
      const kind = binary.getOperatorToken().getKind();
      const left = binary.getLeft();
      if (!sharedRoot(left, task.body)) continue;
      const right = binary.getRight();
      const awaitInRight = awaits.find((a) => right.containsRange(a.getPos(), a.getEnd()));
      // total += await count(x): `total` is read before the await and written after it.
      if (COMPOUND.has(kind) && awaitInRight) {
        out.push({ task, write: binary, read: left, suspension: awaitInRight, target: left.getText() });
        continue;
      }
      if (kind !== SyntaxKind.EqualsToken) continue;
      const target = left.getText();
      // results = [...results, await f(x)]: the old value is read before the await.
      const earlyRead = readsOf(right, target).find((read) => awaitInRight && read.getEnd() <= awaitInRight.getStart());
      if (earlyRead && awaitInRight) {
        out.push({ task, write: binary, read: earlyRead, suspension: awaitInRight, target });
        continue;
      }
      // const current = state.items; …await…; state.items = [...current, x]
      for (const local of localsReading(body, target)) {
        if (local.declaration.getEnd() > binary.getStart()) continue;
        if (!readsOf(right, local.name).length) continue;
        const between = awaits.find((a) => a.getStart() > local.declaration.getEnd() && a.getEnd() <= binary.getStart());
        if (between) {
          out.push({ task, write: binary, read: local.declaration, suspension: between, target });
          break;
        }
      }
    }
    out.push(...storeUpdates(task, body, awaits));
    return out;
  });
}

/** `const cart = await kv.get(key)` … `await kv.set(key, …cart…)` on one shared store. */
function storeUpdates(task: ParallelTask, body: Node, awaits: AwaitExpression[]): LostUpdate[] {
  const out: LostUpdate[] = [];
  const calls = descendantsOfKind(body, SyntaxKind.CallExpression).filter((c) => !insideNestedFunction(c, body));
  // A file is a store every task shares: readFile(path) … writeFile(path, …), with or without `fs.`.
  const reads = calls.filter((c) => (isMethod(c, READ_METHOD) && sharedRoot(receiverOf(c)!, task.body)) || FILE_READ.test(c.getExpression().getText()));
  for (const write of calls.filter((c) => isMethod(c, WRITE_METHOD) || FILE_WRITE.test(c.getExpression().getText()))) {
    const receiver = receiverOf(write)?.getText() ?? '';
    const key = write.getArguments()[0]?.getText();
    const read = reads.find((r) => r.getStart() < write.getStart() && (receiverOf(r)?.getText() ?? '') === receiver && r.getArguments()[0]?.getText() === key);
    if (!read || key === undefined) continue;
    if (writesBackSameObject(read, write) || fillsWhenAbsent(read, write)) continue;
    const suspension = awaits.find((a) => a.getStart() <= read.getStart() ? a.getExpression().containsRange(read.getPos(), read.getEnd()) : a.getEnd() <= write.getEnd() && !a.getExpression().containsRange(write.getPos(), write.getEnd()) && a.getStart() < write.getEnd());
    if (!suspension) continue;
    out.push({ task, write, read, suspension, target: receiver ? `${receiver} (${key})` : `the file ${key}` });
  }
  return out;
}

/**
 * `const record = map.get(k); record.x = await …; map.set(k, record)`: an in-memory read hands back the object
 * itself, so every task mutates and re-sets the same one — wasted work, not a lost update. (An awaited read
 * from a store returns a copy: that one does lose updates.)
 */
function writesBackSameObject(read: CallExpression, write: CallExpression): boolean {
  const parent = read.getParent();
  if (!parent || !Node.isVariableDeclaration(parent) || parent.getInitializer() !== read) return false;
  const value = write.getArguments()[1];
  return value !== undefined && unwrap(value).getText() === parent.getName();
}

/**
 * `const cached = await redis.get(key); if (cached) {…} else { …; await redis.set(key, fresh) }`: a cache fill.
 * The value written is not made from the one read (there was none), so tasks racing write the same kind of
 * answer — work done twice, nothing lost.
 */
function fillsWhenAbsent(read: CallExpression, write: CallExpression): boolean {
  let holder: Node | undefined = read.getParent();
  while (holder && (Node.isAwaitExpression(holder) || Node.isParenthesizedExpression(holder) || Node.isAsExpression(holder))) holder = holder.getParent();
  if (!holder || !Node.isVariableDeclaration(holder) || !Node.isIdentifier(holder.getNameNode())) return false;
  const name = holder.getName();
  const present = new RegExp(`^(${name}|${name}(!==|!=)(null|undefined)|(null|undefined)(!==|!=)${name})$`);
  for (let node: Node | undefined = write; node && node !== holder.getParent(); node = node.getParent()) {
    // `if (cached) return JSON.parse(cached);` earlier in a block around the write: the write runs only on a miss.
    const parent = node.getParent();
    if (parent && Node.isBlock(parent)) {
      const earlier = parent.getStatements().filter((statement) => statement.getEnd() <= node!.getStart());
      if (earlier.some((statement) => Node.isIfStatement(statement) && present.test(statement.getExpression().getText().replace(/\s+/g, '')) && alwaysLeaves(statement.getThenStatement()))) return true;
    }
  }
  for (let node = write.getParent(); node; node = node.getParent()) {
    if (!Node.isIfStatement(node)) continue;
    const condition = node.getExpression().getText().replace(/\s+/g, '');
    const inElse = node.getElseStatement()?.containsRange(write.getPos(), write.getEnd()) ?? false;
    if (inElse && condition === name) return true;
    if (!inElse && new RegExp(`^(!${name}|${name}(===|==)(null|undefined)|(null|undefined)(===|==)${name})$`).test(condition)) return true;
  }
  return false;
}

function isMethod(call: CallExpression, names: RegExp): boolean {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) && names.test(callee.getName());
}

function receiverOf(call: CallExpression): Node | undefined {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
}

/** The expression's root names something declared outside the task (a closure variable, a module variable, `this`). */
function sharedRoot(expression: Node, task: FunctionNode): boolean {
  let node = unwrap(expression);
  while (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) node = unwrap(node.getExpression());
  // `this` inside an arrow or a method is the one instance every task shares.
  if (Node.isThisExpression(node)) return Node.isArrowFunction(task) || Node.isMethodDeclaration(task);
  if (!Node.isIdentifier(node)) return false;
  const binding = resolveIdentifier(node);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  if (!(Node.isVariableDeclaration(declaration) || Node.isBindingElement(declaration) || Node.isParameterDeclaration(declaration))) return false;
  return !task.containsRange(declaration.getPos(), declaration.getEnd());
}

function readsOf(expression: Node, text: string): Node[] {
  return [expression, ...expression.getDescendants()].filter((n) => (Node.isIdentifier(n) || Node.isPropertyAccessExpression(n) || Node.isElementAccessExpression(n)) && n.getText() === text &&
    !isMemberName(n));
}

function isMemberName(node: Node): boolean {
  const parent = node.getParent();
  return parent !== undefined && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === node;
}

/** Locals of the task initialised from the shared target (`const current = state.items`). */
function localsReading(body: Node, target: string): Array<{ declaration: Node; name: string }> {
  return descendantsOfKind(body, SyntaxKind.VariableDeclaration).flatMap((declaration) => {
    const init = declaration.getInitializer();
    const name = declaration.getNameNode();
    if (!init || !Node.isIdentifier(name) || !readsOf(init, target).length) return [];
    return [{ declaration, name: name.getText() }];
  });
}

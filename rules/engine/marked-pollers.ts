// Pollers that send before they mark (test/corpus/README.md questions 74 and 141): a timer's poll picks the rows not yet
// marked done (`where: { reminderSentAt: null }`) and, for each, calls a helper that sends and only then marks the row
// (`data: { reminderSentAt: new Date() }`). A failure between the send and the mark — a lost response, a crash, the
// mark's own update failing — leaves the row unmarked, and the next tick sends again: a persisted queue's re-send,
// labelled at the poller's call that leads to the writes.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import type { Retry } from './retries.js';
import { enclosingFunctionOf, resolveIdentifier, variableInitializer } from './scope.js';

/** The pollers of a file that re-send what they sent before marking a row: one retry per helper call in the poll's loop. */
export function markedPollersIn(file: SourceFile, model: ProjectModel): Retry[] {
  return model.memoize('marked-pollers', file, () => {
    if (!file.getFullText().includes('setInterval')) return [];
    const out: Retry[] = [];
    for (const timer of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callback = intervalCallback(timer, model);
      if (!callback) continue;
      for (const poll of [callback, ...calledFunctions(callback, model)]) {
        for (const { call, mark } of sendsBeforeMark(poll, model)) {
          out.push({ region: call, construct: timer, label: 'a poller that sends again on its next tick what it sent before marking the row done', writesBefore: mark });
        }
      }
    }
    return out;
  });
}

/** `setInterval(fn, ms)` (the global): the function it runs. */
function intervalCallback(call: CallExpression, model: ProjectModel): FunctionNode | undefined {
  const callee = unwrap(call.getExpression());
  if (!Node.isIdentifier(callee) || callee.getText() !== 'setInterval' || resolveIdentifier(callee).kind !== 'global') return undefined;
  const handed = call.getArguments()[0];
  return handed ? model.functionOfValue(handed) : undefined;
}

/** The project functions a function calls in its own body (not in functions written inside it). */
function calledFunctions(fn: FunctionNode, model: ProjectModel): FunctionNode[] {
  const body = fn.getBody();
  if (!body) return [];
  const out: FunctionNode[] = [];
  for (const call of [body, ...descendantsOfKind(body, SyntaxKind.CallExpression)].filter(Node.isCallExpression)) {
    if (enclosingFunctionOf(call) !== fn) continue;
    const called = model.functionCalledBy(call);
    if (called && called !== fn && !out.includes(called)) out.push(called);
  }
  return out;
}

/**
 * In a poll: `for (const row of rows)` over what a query returned for rows whose field is unset (`F: null`, `F: false`),
 * each call of the loop to a helper that later sets that field (`F: new Date()`, `F: true`), with the mark.
 */
function sendsBeforeMark(poll: FunctionNode, model: ProjectModel): Array<{ call: CallExpression; mark: CallExpression }> {
  const body = poll.getBody();
  if (!body) return [];
  const out: Array<{ call: CallExpression; mark: CallExpression }> = [];
  for (const loop of descendantsOfKind(body, SyntaxKind.ForOfStatement)) {
    if (enclosingFunctionOf(loop) !== poll) continue;
    const fields = unsetFieldsQueried(loop.getExpression());
    if (fields.size === 0) continue;
    for (const call of descendantsOfKind(loop.getStatement(), SyntaxKind.CallExpression)) {
      if (enclosingFunctionOf(call) !== poll) continue;
      const helper = model.functionCalledBy(call);
      const helperBody = helper?.getBody();
      if (!helper || !helperBody || helper === poll) continue;
      const mark = descendantsOfKind(helperBody, SyntaxKind.CallExpression).find((c) => enclosingFunctionOf(c) === helper && setsField(c, fields));
      if (mark) out.push({ call, mark });
    }
  }
  return out;
}

/**
 * The fields a query picks unset rows by: `rows` held from `await prisma.job.findMany({ where: { sentAt: null } })`, or
 * `await jobs.find({ sent: false })`. Only the query's filter picks rows: a `where` object, else the first argument of a
 * find/select-style call; a `false` elsewhere (`select: { body: false }`, `{ cache: false }`) is an option.
 */
function unsetFieldsQueried(iterated: Node): Set<string> {
  const fields = new Set<string>();
  const list = unwrap(iterated);
  const held = Node.isIdentifier(list) ? variableInitializer(list) : undefined;
  const query = held ? unwrap(held) : undefined;
  const call = query && Node.isAwaitExpression(query) ? unwrap(query.getExpression()) : query;
  if (!call || !Node.isCallExpression(call)) return fields;
  for (const filter of queryFilters(call)) {
    for (const property of descendantsOfKind(filter, SyntaxKind.PropertyAssignment)) {
      const value = property.getInitializer();
      if (value && (value.getKind() === SyntaxKind.NullKeyword || value.getKind() === SyntaxKind.FalseKeyword)) fields.add(property.getName());
    }
  }
  return fields;
}

/** A query call's filters: each argument's `where` object, or else the first argument of `find…`/`select…`/`where`/`filter`. */
function queryFilters(call: CallExpression): Node[] {
  const wheres = call.getArguments().flatMap((argument) => {
    const object = unwrap(argument);
    const where = Node.isObjectLiteralExpression(object) ? object.getProperty('where') : undefined;
    const value = where && Node.isPropertyAssignment(where) ? where.getInitializer() : undefined;
    return value ? [value] : [];
  });
  if (wheres.length > 0) return wheres;
  const callee = unwrap(call.getExpression());
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : Node.isIdentifier(callee) ? callee.getText() : '';
  const first = call.getArguments()[0];
  return first && /^(?:find|select|where$|filter$)/.test(name) ? [first] : [];
}

/** A call whose arguments set one of the fields to something (`data: { sentAt: new Date() }`), not to null or false. */
function setsField(call: CallExpression, fields: ReadonlySet<string>): boolean {
  return call.getArguments().some((argument) => descendantsOfKind(argument, SyntaxKind.PropertyAssignment).some((property) => {
    const value = property.getInitializer();
    return fields.has(property.getName()) && value !== undefined && value.getKind() !== SyntaxKind.NullKeyword && value.getKind() !== SyntaxKind.FalseKeyword;
  }));
}

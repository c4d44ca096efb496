// Following a call into the project function it runs, for questions asked of a body "directly or through
// the helpers it calls" (does it reach a model, does it wait on a person): one answer per function, memoised.
// A call through a typed receiver no value can be followed to (`llmApi.complete(…)`, `llmApi: ChatApi`) runs one
// of the methods its type's implementations have (interface-implementations.ts): the answer holds if one does.
import type { CallExpression, Node } from 'ts-morph';
import { implementationsCalledBy } from './interface-implementations.js';
import type { FunctionNode, ProjectModel } from './project-model.js';

/**
 * Whether `call` (made in `body`) runs a project function, declared outside `body`, whose body passes `test`;
 * each function is judged once per `key`.
 */
export function callsFunctionThat(call: CallExpression, body: Node, model: ProjectModel, key: string, test: (calleeBody: Node) => boolean): boolean {
  const callee = model.functionCalledBy(call);
  if (callee) return judged(callee, body, model, key, test);
  return implementationsCalledBy(call, model).some((method) => judged(method, body, model, key, test));
}

/** Functions being judged right now, per key: meeting one again is a cycle, answered no (and not memoised). */
const judging = new Map<string, Set<Node>>();

function judged(callee: FunctionNode, body: Node, model: ProjectModel, key: string, test: (calleeBody: Node) => boolean): boolean {
  const calleeBody = callee.getBody();
  if (!calleeBody || isInside(calleeBody, body)) return false;
  let open = judging.get(key);
  if (!open) judging.set(key, (open = new Set()));
  if (open.has(callee)) return false;
  open.add(callee);
  try {
    return model.memoize(key, callee, () => test(calleeBody));
  } finally {
    open.delete(callee);
  }
}

/** Positions compare only within one file: a helper in another file is never inside `body`. */
function isInside(node: Node, body: Node): boolean {
  return node.getSourceFile() === body.getSourceFile() && body.containsRange(node.getPos(), node.getEnd());
}

// Following a call into the project function it runs, for questions asked of a body "directly or through
// the helpers it calls" (does it reach a model, does it wait on a person): one answer per function, memoised.
import type { CallExpression, Node } from 'ts-morph';
import type { ProjectModel } from './project-model.js';

/**
 * Whether `call` (made in `body`) runs a project function, declared outside `body`, whose body passes `test`;
 * each function is judged once per `key`.
 */
export function callsFunctionThat(call: CallExpression, body: Node, model: ProjectModel, key: string, test: (calleeBody: Node) => boolean): boolean {
  const callee = model.functionCalledBy(call);
  const calleeBody = callee?.getBody();
  if (!callee || !calleeBody || isInside(calleeBody, body)) return false;
  return model.memoize(key, callee, () => test(calleeBody));
}

/** Positions compare only within one file: a helper in another file is never inside `body`. */
function isInside(node: Node, body: Node): boolean {
  return node.getSourceFile() === body.getSourceFile() && body.containsRange(node.getPos(), node.getEnd());
}

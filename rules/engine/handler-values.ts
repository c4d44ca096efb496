// heldFunction: the function a value handed to a tool registration (or put in a tool table) runs — the value
// itself when it is a function (project-model functionOfValue), or the closure a project factory returns
// (`linear_createIssue: handleCreateIssue(linearService)` with `handleCreateIssue = (svc) => async (args) => …`).
// Read by valueOf (values.ts: a call's value is its function's return), so bounded and memoised there.
import { Node } from 'ts-morph';
import { unwrap } from './callee.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { valueOf } from './values.js';

export function heldFunction(value: Node, model: ProjectModel): FunctionNode | undefined {
  const direct = model.functionOfValue(value);
  if (direct) return direct;
  const node = unwrap(value);
  if (!Node.isCallExpression(node) || !model.functionCalledBy(node)) return undefined;
  const made = valueOf(node, model);
  const fn = made?.kind === 'node' ? made.node : undefined;
  return fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? (fn as FunctionNode) : undefined;
}

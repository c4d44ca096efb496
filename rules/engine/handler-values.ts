// heldFunction: the function a value handed to a tool registration (or put in a tool table) runs — the value
// itself when it is a function (project-model functionOfValue), or the closure a project factory returns
// (`linear_createIssue: handleCreateIssue(linearService)` with `handleCreateIssue = (svc) => async (args) => …`).
// Read by valueOf (values.ts: a call's value is its function's return), so bounded and memoised there.
import { Node, SyntaxKind, type CallExpression, type ParameterDeclaration, type PropertyAssignment } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { enclosingFunctionOf, resolveIdentifier } from './scope.js';
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

/**
 * `export const createRecordHandler = createCreateHandler({ domain, clientAction: async (client, args) => … })`, or
 * `createCustomHandler(options, async (args) => …)`: the function literal handed to a project factory (as an argument,
 * or under a key of an object argument) that the closure the factory makes runs — called inside a function the factory
 * writes, or handed on to another project function that does, however many layers the factory composes
 * (`createBaseHandler(options, clientAction, …)` → `composeMiddleware(baseHandler, [...])`). Corpus README question 105:
 * a closure handed to a project wrapper is the handler. Where an object hands over several functions the closure runs
 * (a `successMessage` formatter beside the action), only one whose key names an action counts.
 */
export function factoryRunFunction(call: CallExpression, model: ProjectModel): FunctionNode | undefined {
  const factory = model.functionCalledBy(call);
  if (!factory) return undefined;
  const args = call.getArguments();
  for (let index = 0; index < args.length; index++) {
    const arg = unwrap(args[index]!);
    if (Node.isArrowFunction(arg) || Node.isFunctionExpression(arg)) {
      if (runsGiven(factory, index, undefined, false, model, 0)) return arg as FunctionNode;
      continue;
    }
    if (!Node.isObjectLiteralExpression(arg)) continue;
    const run: Array<{ key: string; fn: FunctionNode }> = [];
    for (const property of arg.getProperties()) {
      const value = Node.isPropertyAssignment(property) ? unwrap(property.getInitializerOrThrow()) : property;
      if (!(Node.isArrowFunction(value) || Node.isFunctionExpression(value) || Node.isMethodDeclaration(value))) continue;
      const key = (property as PropertyAssignment).getName();
      if (runsGiven(factory, index, key, false, model, 0)) run.push({ key, fn: value as FunctionNode });
    }
    const actions = run.length === 1 ? run : run.filter((r) => ACTION_KEY.test(r.key));
    if (actions.length === 1) return actions[0]!.fn;
  }
  return undefined;
}

const ACTION_KEY = /action|handler|handle|execute|run|invoke|perform|callback|^fn$|^func$/i;
const MAX_FACTORY_DEPTH = 4;

/**
 * Whether a project function runs the function its `index`th parameter holds (or holds under `option`) in a closure it
 * makes: a call of it inside a function written in it (or anywhere, once handed on from such a function), or a hand-off
 * to another project function that does.
 */
function runsGiven(fn: FunctionNode, index: number, option: string | undefined, inClosure: boolean, model: ProjectModel, depth: number): boolean {
  if (depth > MAX_FACTORY_DEPTH || !('getParameters' in fn)) return false;
  return model.memoize(`runs-given:${index}:${option ?? ''}:${inClosure}`, fn, () => {
    const param = (fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters()[index];
    const body = fn.getBody();
    if (!param || !body) return false;
    const nameNode = param.getNameNode();
    // The declarations holding the given function: the parameter, or its `option` destructured in the signature
    // or in the body (`const { clientAction } = options`).
    const holders = new Set<Node>();
    if (option === undefined) holders.add(param);
    else if (Node.isObjectBindingPattern(nameNode)) {
      for (const element of nameNode.getElements()) if ((element.getPropertyNameNode()?.getText() ?? element.getName()) === option) holders.add(element);
    }
    const isParam = (node: Node): boolean => {
      const value = unwrap(node);
      if (!Node.isIdentifier(value)) return false;
      const binding = resolveIdentifier(value);
      return binding.kind === 'local' && binding.declaration === param;
    };
    if (option !== undefined && Node.isIdentifier(nameNode)) {
      for (const element of descendantsOfKind(body, SyntaxKind.BindingElement)) {
        const holder = element.getParent()?.getParent();
        const init = holder && Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
        if (init && isParam(init) && (element.getPropertyNameNode()?.getText() ?? element.getName()) === option) holders.add(element);
      }
    }
    const holdsGiven = (node: Node): boolean => {
      const value = unwrap(node);
      if (Node.isPropertyAccessExpression(value)) return option !== undefined && value.getName() === option && isParam(value.getExpression());
      if (!Node.isIdentifier(value)) return false;
      const binding = resolveIdentifier(value);
      return binding.kind === 'local' && holders.has(binding.declaration);
    };
    for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
      const nested = inClosure || enclosingFunctionOf(call) !== fn;
      if (nested && holdsGiven(call.getExpression())) return true;
      const args = call.getArguments();
      for (let i = 0; i < args.length; i++) {
        const given = holdsGiven(args[i]!);
        const whole = !given && option !== undefined && isParam(args[i]!);
        if (!given && !whole) continue;
        const next = model.functionCalledBy(call);
        if (next && next !== fn && runsGiven(next, i, given ? undefined : option, nested, model, depth + 1)) return true;
      }
    }
    return false;
  });
}

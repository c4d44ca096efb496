// Following a call into the project function it runs, for questions asked of a body "directly or through
// the helpers it calls" (does it reach a model, does it wait on a person): one answer per function, memoised.
// A call through a typed receiver no value can be followed to (`llmApi.complete(…)`, `llmApi: ChatApi`) runs one
// of the methods its type's implementations have (interface-implementations.ts): the answer holds if one does.
import { Node, type CallExpression, type ClassDeclaration } from 'ts-morph';
import { implementationsCalledBy } from './interface-implementations.js';
import type { FunctionNode, ProjectModel } from './project-model.js';

/**
 * Whether `call` (made in `body`) runs a project function, declared outside `body`, whose body passes `test`;
 * each function is judged once per `key`.
 */
export function callsFunctionThat(call: CallExpression, body: Node, model: ProjectModel, key: string, test: (calleeBody: Node) => boolean): boolean {
  const callee = model.functionCalledBy(call);
  // `this.makeRequest(…)` declared abstract: the subclasses' own methods are what runs.
  if (callee && !callee.getBody()) return overridesOf(callee, model).some((method) => judged(method, body, model, key, test));
  if (callee) return judged(callee, body, model, key, test);
  return implementationsCalledBy(call, model).some((method) => judged(method, body, model, key, test));
}

const MAX_OVERRIDES = 12;

/** The methods of the same name in the project classes extending an abstract method's class (two levels down at most). */
function overridesOf(method: FunctionNode, model: ProjectModel): FunctionNode[] {
  if (!Node.isMethodDeclaration(method)) return [];
  const cls = method.getParent();
  if (!Node.isClassDeclaration(cls)) return [];
  const name = method.getName();
  return model.memoize('abstract-overrides', method, () => {
    const out: FunctionNode[] = [];
    const queue: ClassDeclaration[] = [cls];
    for (let i = 0; i < queue.length && i < 3 && out.length < MAX_OVERRIDES; i++) {
      const base = queue[i]!;
      const baseName = base.getName();
      if (!baseName) continue;
      const home = base.getSourceFile().getFilePath();
      // Its own file first: the package's sources are searched for the rest.
      for (const path of [home, ...model.filesImplementing(home, baseName).filter((p) => p !== home)]) {
        for (const sub of model.fileAt(path)?.getClasses() ?? []) {
          if (queue.includes(sub) || model.baseClassOf(sub) !== base) continue;
          queue.push(sub);
          const own = sub.getInstanceMethod(name);
          if (own?.getBody() && out.length < MAX_OVERRIDES) out.push(own as FunctionNode);
        }
      }
    }
    return out;
  });
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

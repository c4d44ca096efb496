// callSitesOf: the calls in the analysed project that reach a given project function — found through a per-file
// index of calls by the name they use, then confirmed by resolving each candidate. Lets a wrapper's options
// parameter be judged by what its callers pass.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import type { FunctionNode, ProjectModel } from './project-model.js';

/** The name a function is called by: its own, the variable or property holding it, or the method's. */
export function functionName(fn: Node): string | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) return fn.getName();
  const holder = fn.getParent();
  if (holder && (Node.isVariableDeclaration(holder) || Node.isPropertyAssignment(holder) || Node.isPropertyDeclaration(holder))) return holder.getName();
  if (Node.isFunctionExpression(fn)) return fn.getName();
  return undefined;
}

export function callSitesOf(fn: FunctionNode, model: ProjectModel): CallExpression[] {
  return model.memoize('call-sites', fn, () => {
    const name = functionName(fn);
    if (!name) return [];
    const out: CallExpression[] = [];
    // The files of the run that name it (the run's, not the ones parsed so far: the answer must not depend on order).
    const home = fn.getSourceFile().getFilePath();
    for (const path of [home, ...model.filesMentioning(name).filter((p) => p !== home)]) {
      const file = model.fileAt(path);
      if (!file) continue;
      for (const call of callsByName(file, model).get(name) ?? []) {
        if (model.functionCalledBy(call) === fn) out.push(call);
      }
    }
    return out;
  });
}

/**
 * The calls named `name` in the files of the run that mention it, nearest `home` first, for which `reaches` holds — a
 * method's calls through receivers of an interface it implements, which no single resolution names.
 */
export function namedCallsReaching(name: string, home: string, model: ProjectModel, reaches: (call: CallExpression) => boolean, maxFiles: number): CallExpression[] {
  const out: CallExpression[] = [];
  const shared = (path: string) => { let n = 0; while (n < path.length && path[n] === home[n]) n++; return n; };
  const paths = model.filesMentioning(name).slice().sort((a, b) => shared(b) - shared(a));
  for (const path of paths.slice(0, maxFiles)) {
    const file = model.fileAt(path);
    for (const call of file ? callsByName(file, model).get(name) ?? [] : []) if (reaches(call)) out.push(call);
  }
  return out;
}

function callsByName(file: SourceFile, model: ProjectModel): Map<string, CallExpression[]> {
  return model.memoize('calls-by-name', file, () => {
    const index = new Map<string, CallExpression[]>();
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callee = unwrap(call.getExpression());
      const name = Node.isIdentifier(callee) ? callee.getText() : Node.isPropertyAccessExpression(callee) ? callee.getName() : undefined;
      if (!name) continue;
      const list = index.get(name);
      if (list) list.push(call);
      else index.set(name, [call]);
    }
    return index;
  });
}

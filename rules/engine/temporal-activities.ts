// Temporal activities (README questions 57, 87, 97): a workflow calls its activities through a proxy
// (`const { sendEmail } = proxyActivities<typeof activities>(options)`), and Temporal runs an activity again after an
// attempt fails or is lost (a worker crash, a start-to-close timeout while its request may have landed) under the
// options' `retry` policy — with no policy, or one without `maximumAttempts`, without limit (knowledge/temporal.ts).
// An exported function of the file being analysed is such a region when some workflow of its package proxies it: the
// proxy's type argument names it (`typeof ns` of the module or of an index forwarding it, a type alias of
// `typeof activities` for an object spreading the modules, `ReturnType<typeof createActivities>`). The workflows are
// found by the text of the package's files, so the answer does not depend on which files a run names.
import { Node, SyntaxKind, type CallExpression, type SourceFile, type TypeNode } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { escapeRegExp, moduleMatches } from './match.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import type { Retry } from './retries.js';
import { memberValue, returnValue, valueOf, type ProjectValue } from './values.js';
import type { ActivityRetryFact } from '../knowledge/temporal.js';

/** At most this many workflow files of a package are read for the proxies of one activity file. */
const MAX_WORKFLOW_FILES = 24;
const MAX_TYPE_DEPTH = 6;

export function activityRetriesIn(file: SourceFile, model: ProjectModel): Retry[] {
  const facts = model.knowledge.activityRetries;
  if (facts.length === 0 || !file.getFullText().includes('export')) return [];
  // The keyword, not ts-morph's isExported(), which asks the binder's symbol and builds a program.
  const proxyText = new RegExp(`\\b(?:${facts.flatMap((fact) => fact.exports).join('|')})\\s*<`);
  if (model.filesMatching(file.getFilePath(), proxyText).length === 0) return [];
  const exported = exportedFunctions(file, model);
  if (exported.size === 0) return [];
  const naming = new RegExp(`\\b(?:${[...exported.keys()].map(escapeRegExp).join('|')})\\b`);
  const attemptsByName = new Map<string, string>();
  for (const path of model.filesMatchingBoth(file.getFilePath(), proxyText, naming).slice(0, MAX_WORKFLOW_FILES)) {
    const workflow = model.fileAt(path);
    if (!workflow) continue;
    for (const call of descendantsOfKind(workflow, SyntaxKind.CallExpression)) {
      const typeArgument = call.getTypeArguments()[0];
      if (!typeArgument) continue;
      const fact = proxyFact(call, facts, model);
      if (!fact) continue;
      const attempts = activityAttempts(call.getArguments()[0], fact, model);
      if (!attempts) continue;
      for (const name of proxiedNames(call, [...exported.keys()])) {
        if (attemptsByName.has(name)) continue;
        const member = typeMember(typeArgument, name, model, 0);
        if (member && isFunction(member, exported.get(name)!, model)) attemptsByName.set(name, attempts);
      }
    }
  }
  const out: Retry[] = [];
  for (const [name, attempts] of attemptsByName) {
    const fn = exported.get(name)!;
    out.push({ region: fn, construct: fn, label: `Temporal activity (a failed or lost attempt runs again: ${attempts})` });
  }
  return out;
}

/** The functions a file exports by its own declarations (`export async function a`, `export const b = async () => …`). */
function exportedFunctions(file: SourceFile, model: ProjectModel): Map<string, FunctionNode> {
  const out = new Map<string, FunctionNode>();
  for (const statement of file.getStatements()) {
    if (Node.isFunctionDeclaration(statement) && statement.hasExportKeyword() && statement.getBody()) {
      const name = statement.getName();
      if (name) out.set(name, statement as FunctionNode);
    } else if (Node.isVariableStatement(statement) && statement.hasExportKeyword()) {
      for (const declaration of statement.getDeclarations()) {
        const init = declaration.getInitializer();
        const value = init ? unwrap(init) : undefined;
        if (value && (Node.isArrowFunction(value) || Node.isFunctionExpression(value))) out.set(declaration.getName(), value as FunctionNode);
        else if (init && Node.isIdentifier(value)) {
          const fn = model.functionOfValue(init);
          if (fn) out.set(declaration.getName(), fn);
        }
      }
    }
  }
  return out;
}

/** The fact of a proxy maker a call makes (`proxyActivities<…>(…)`, `wf.proxyActivities<…>(…)`). */
function proxyFact(call: CallExpression, facts: ReadonlyArray<ActivityRetryFact>, model: ProjectModel): ActivityRetryFact | undefined {
  const callee = unwrap(call.getExpression());
  const name = Node.isIdentifier(callee) ? callee.getText() : Node.isPropertyAccessExpression(callee) ? callee.getName() : undefined;
  if (!name || !facts.some((fact) => fact.exports.includes(name))) return undefined;
  const origin = model.resolveCall(call);
  if (!origin) return undefined;
  const made = [origin.exportName, ...origin.path].filter((part) => part !== '*' && part !== 'default').join('.');
  return facts.find((fact) => moduleMatches(fact.module, origin.module) && fact.exports.includes(made));
}

/** The names a proxy is used under: those a destructuring takes (`const { a, b } = proxyActivities…`), or all for a proxy held whole. */
function proxiedNames(call: CallExpression, candidates: string[]): string[] {
  let holder: Node | undefined = call.getParent();
  while (holder && (Node.isAsExpression(holder) || Node.isParenthesizedExpression(holder) || Node.isSatisfiesExpression(holder))) holder = holder.getParent();
  if (holder && Node.isVariableDeclaration(holder)) {
    const pattern = holder.getNameNode();
    if (Node.isObjectBindingPattern(pattern)) {
      const names: string[] = [];
      for (const element of pattern.getElements()) {
        if (element.getDotDotDotToken()) return candidates;
        names.push((element.getPropertyNameNode() ?? element.getNameNode()).getText());
      }
      return candidates.filter((name) => names.includes(name));
    }
    // A proxy held whole (`const acts = proxyActivities…`): the members its file calls on it, unless it is handed on.
    if (Node.isIdentifier(pattern)) {
      const uses = [...call.getSourceFile().getFullText().matchAll(new RegExp(`(?<![\\w$.])${escapeRegExp(pattern.getText())}(?![\\w$])(\\s*\\??\\.\\s*([\\w$]+))?`, 'g'))].slice(1);
      if (uses.every((use) => use[2] !== undefined)) return candidates.filter((name) => uses.some((use) => use[2] === name));
    }
  }
  return candidates;
}

/**
 * What member `name` of the value a proxy's type argument describes holds: `typeof x` (a module namespace, an object),
 * `typeof import('./m')`, `ReturnType<typeof factory>`, or a type alias of one of these (also imported). A type written
 * out (`{ a(): Promise<void> }`, an interface) names no implementation: undefined.
 */
function typeMember(type: TypeNode, name: string, model: ProjectModel, depth: number): ProjectValue | undefined {
  if (depth > MAX_TYPE_DEPTH) return undefined;
  if (Node.isTypeQuery(type)) {
    const expression = type.getExprName();
    const base = Node.isIdentifier(expression) ? valueOf(expression, model) : undefined;
    return base ? memberValue(base, name, model) : undefined;
  }
  if (Node.isImportTypeNode(type)) {
    const argument = type.getArgument();
    const literal = Node.isLiteralTypeNode(argument) ? argument.getLiteral() : undefined;
    const file = type.compilerNode.isTypeOf && literal && Node.isStringLiteral(literal) ? model.sourceFileForImport(type.getSourceFile(), literal.getLiteralValue()) : undefined;
    return file ? memberValue({ kind: 'module', file }, name, model) : undefined;
  }
  if (Node.isTypeReference(type)) {
    const typeName = type.getTypeName();
    if (!Node.isIdentifier(typeName)) return undefined;
    const [argument] = type.getTypeArguments();
    if (typeName.getText() === 'ReturnType' && argument && Node.isTypeQuery(argument)) {
      const factory = argument.getExprName();
      const fn = Node.isIdentifier(factory) ? model.functionOfValue(factory) : undefined;
      const made = fn ? returnValue(fn, model) : undefined;
      return made ? memberValue(made, name, model) : undefined;
    }
    const declaration = model.declarationOfName(typeName);
    const aliased = declaration && Node.isTypeAliasDeclaration(declaration) ? declaration.getTypeNode() : undefined;
    return aliased ? typeMember(aliased, name, model, depth + 1) : undefined;
  }
  if (Node.isIntersectionTypeNode(type)) {
    for (const part of type.getTypeNodes()) {
      const found = typeMember(part, name, model, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function isFunction(value: ProjectValue, fn: FunctionNode, model: ProjectModel): boolean {
  if (value.kind !== 'node') return false;
  const node = value.node;
  if (node === fn) return true;
  if (Node.isVariableDeclaration(node)) {
    const init = node.getInitializer();
    return init !== undefined && (unwrap(init) === fn || model.functionOfValue(init) === fn);
  }
  return Node.isIdentifier(node) && model.functionOfValue(node) === fn;
}

/**
 * The re-runs a proxy's options allow, described, or undefined when one attempt (`retry: { maximumAttempts: 1 }`) or
 * when the options or their policy cannot be read (a spread or a call syntax cannot follow).
 */
function activityAttempts(options: Node | undefined, fact: ActivityRetryFact, model: ProjectModel): string | undefined {
  const object = options ? objectValue(options, model) : undefined;
  if (!object) return undefined;
  const retry = memberValue({ kind: 'node', node: object }, fact.retryOption, model);
  if (!retry) return hasUnreadSpread(object, model) ? undefined : `no ${fact.retryOption} policy: Temporal's default retries without limit`;
  const policy = retry.kind === 'node' && Node.isObjectLiteralExpression(retry.node) ? retry.node : undefined;
  if (!policy) return undefined;
  const count = memberValue({ kind: 'node', node: policy }, fact.countOption, model);
  if (!count) return hasUnreadSpread(policy, model) ? undefined : `${fact.retryOption} policy without ${fact.countOption}: no attempt limit`;
  if (count.kind !== 'node' || !Node.isNumericLiteral(count.node)) return `${fact.retryOption}.${fact.countOption} set`;
  const attempts = Number(count.node.getLiteralValue());
  if (attempts === 0) return `${fact.retryOption}.${fact.countOption} 0: no attempt limit`;
  return attempts > 1 ? `${fact.retryOption}.${fact.countOption} ${attempts}` : undefined;
}

function objectValue(node: Node, model: ProjectModel): import('ts-morph').ObjectLiteralExpression | undefined {
  const value = valueOf(node, model);
  return value?.kind === 'node' && Node.isObjectLiteralExpression(value.node) ? value.node : undefined;
}

function hasUnreadSpread(object: import('ts-morph').ObjectLiteralExpression, model: ProjectModel): boolean {
  return object.getProperties().some((property) => Node.isSpreadAssignment(property) && !objectValue(property.getExpression(), model));
}

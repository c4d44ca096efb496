// Classes a runtime serves whole as a tool server (knowledge `toolClassFiles`): a Photon's `*.photon.ts` file
// default-exports one class and every public method of it is an MCP tool — no registration call names them. Also the
// runtime's own retry of a method its JSDoc asks for (`@retryable 2 1s`), which retries.ts reports like a framework retry.
import { Node, SyntaxKind, ts, type ClassDeclaration, type ClassExpression, type JSDocTag, type MethodDeclaration } from 'ts-morph';
import type { ToolClassFileFact } from '../knowledge/types.js';
import { unwrap } from './callee.js';
import { moduleMatches } from './match.js';
import type { ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';

type ClassNode = ClassDeclaration | ClassExpression;

/**
 * The fact that makes a class a served tool class: the file's default export, in a file the runtime loads by name, or
 * extending one of the runtime's base classes imported from its package (the runtime loads nothing else, so a class
 * with neither sign — a helper class beside it, a class of another file — is no tool server).
 */
export function toolClassFileOf(cls: ClassNode, model: ProjectModel): ToolClassFileFact | undefined {
  if (model.knowledge.toolClassFiles.length === 0 || !isDefaultExport(cls)) return undefined;
  const path = cls.getSourceFile().getFilePath();
  return model.knowledge.toolClassFiles.find((fact) => fact.fileName.test(path) || extendsBaseOf(cls, fact));
}

/** The methods the runtime offers as tools: public instance methods with a body, not lifecycle hooks or tagged otherwise. */
export function servedMethods(cls: ClassNode, fact: ToolClassFileFact): MethodDeclaration[] {
  return cls.getMethods().filter((method) => {
    if (method.isStatic() || !method.getBody()) return false;
    if (method.hasModifier(SyntaxKind.PrivateKeyword) || method.hasModifier(SyntaxKind.ProtectedKeyword)) return false;
    const name = method.getName();
    if (name.startsWith('_') || name.startsWith('#') || fact.lifecycleMethods.includes(name) || fact.notToolNames?.test(name)) return false;
    return !tagsOf(method).some((tag) => fact.notToolTags.some((t) => t.toLowerCase() === tag.getTagName().toLowerCase()));
  });
}

/**
 * The runtime's retry of a served method, from its retry tag: the tag (where it is reported) and the number of retries,
 * or undefined when the method has none or asks for none (`@retryable 0`).
 */
export function retryTagOf(method: MethodDeclaration, model: ProjectModel): { tag: JSDocTag; count: number; label: string } | undefined {
  const cls = method.getParent();
  if (!Node.isClassDeclaration(cls) && !Node.isClassExpression(cls)) return undefined;
  // The compiler's tags first, unwrapped: a method without the tag (most of them) is never asked for its class.
  const tags = model.knowledge.toolClassFiles.map((f) => f.retryTag?.tag);
  if (!ts.getJSDocTags(method.compilerNode).some((t) => tags.includes(t.tagName.text))) return undefined;
  const tag = tagsOf(method).find((t) => tags.includes(t.getTagName()));
  if (!tag) return undefined;
  const fact = toolClassFileOf(cls, model);
  if (!fact?.retryTag || fact.retryTag.tag !== tag.getTagName() || !servedMethods(cls, fact).includes(method)) return undefined;
  const written = /^\s*(\d+)/.exec(tag.getCommentText() ?? '');
  const count = written ? Number(written[1]) : fact.retryTag.defaultCount;
  return count > 0 ? { tag, count, label: `${fact.retryTag.label} (${count} ${count === 1 ? 'retry' : 'retries'})` } : undefined;
}

function tagsOf(method: MethodDeclaration): JSDocTag[] {
  return method.getJsDocs().flatMap((doc) => doc.getTags());
}

/** `export default class X {}`, or `class X {}` with `export default X` in its file. */
function isDefaultExport(cls: ClassNode): boolean {
  if (cls.hasModifier(SyntaxKind.ExportKeyword) && cls.hasModifier(SyntaxKind.DefaultKeyword)) return true;
  const name = cls.getName();
  if (!name || !Node.isSourceFile(cls.getParent())) return false;
  return cls.getSourceFile().getStatements().some((statement) =>
    Node.isExportAssignment(statement) && !statement.isExportEquals() && unwrap(statement.getExpression()).getText() === name);
}

function extendsBaseOf(cls: ClassNode, fact: ToolClassFileFact): boolean {
  const base = cls.getExtends();
  const name = base && unwrap(base.getExpression());
  if (!name || !Node.isIdentifier(name)) return false;
  const binding = resolveIdentifier(name);
  return binding.kind === 'import' && fact.baseClasses.includes(binding.exportName) && moduleMatches(fact.module, binding.module);
}

// A global the project declares itself for a host runtime (`declare const net: { fetch(url: string, options?: {…}):
// Promise<…> }` in a .d.ts beside its sources): the host's fetch, read from its declared signature — not from its name.
// callee.ts asks here for a global no package or runtime defines.
import { Node, SyntaxKind, ts, type SourceFile, type Statement, type TypeNode } from 'ts-morph';
import { typeDeclaration, withoutNullish } from './declared-types.js';
import type { ProjectLinks } from './values.js';

/** Options of fetch's `init` a declared options type must have to be read as one: a method and what a request carries. */
const INIT_METHOD = 'method';
const INIT_CARRIES = ['headers', 'body'];

/**
 * Whether `name` (or its member `member`) is a fetch the project declares for its runtime: a declared global function, or
 * a method of a declared global object, taking a URL string and an optional init with `method` and `headers` or `body`,
 * and answering with a promise. A global the running Node itself defines is never asked about.
 */
export function isDeclaredFetch(from: Node, name: string, member: string | undefined, links: ProjectLinks | undefined): boolean {
  if (!links?.declaredGlobal || name in globalThis) return false;
  const declaration = links.declaredGlobal(from, name);
  if (!declaration) return false;
  if (member === undefined) return Node.isFunctionDeclaration(declaration) && fetchShaped(declaration);
  if (!Node.isVariableDeclaration(declaration)) return false;
  const type = declaration.getTypeNode();
  const signature = type ? memberSignature(type, member, links) : undefined;
  return signature !== undefined && fetchShaped(signature);
}

type Signature = import('ts-morph').FunctionDeclaration | import('ts-morph').MethodSignature | import('ts-morph').FunctionTypeNode;

/** The signature a declared object type gives a member: a method, or a property written with a function type. */
function memberSignature(type: TypeNode, member: string, links: ProjectLinks): Signature | undefined {
  let real = withoutNullish(type);
  if (real && Node.isTypeReference(real)) {
    const typeName = real.getTypeName();
    const declared = Node.isIdentifier(typeName) ? typeDeclaration(typeName, links) : undefined;
    real = declared && Node.isTypeAliasDeclaration(declared) ? declared.getTypeNode() : undefined;
    if (declared && Node.isInterfaceDeclaration(declared)) return signatureIn(declared.getMethod(member), declared.getProperty(member)?.getTypeNode());
  }
  if (!real || !Node.isTypeLiteral(real)) return undefined;
  return signatureIn(real.getMethod(member), real.getProperty(member)?.getTypeNode());
}

function signatureIn(method: Signature | undefined, propertyType: TypeNode | undefined): Signature | undefined {
  if (method) return method;
  return propertyType && Node.isFunctionTypeNode(propertyType) ? propertyType : undefined;
}

/** `(url: string, init?: { method?, headers?, body? }) => Promise<…>`: fetch's parameters and answer. */
function fetchShaped(signature: Signature): boolean {
  const [url, init, ...rest] = signature.getParameters();
  if (!url || rest.length > 0) return false;
  const urlType = url.getTypeNode();
  if (!urlType || !/^(?:string|URL|RequestInfo)(?:\s*\|\s*(?:string|URL|RequestInfo))*$/.test(urlType.getText())) return false;
  const answer = signature.getReturnTypeNode();
  if (!answer || !Node.isTypeReference(answer) || answer.getTypeName().getText() !== 'Promise') return false;
  const initType = init?.getTypeNode();
  return initType !== undefined && isRequestInit(initType);
}

function isRequestInit(type: TypeNode): boolean {
  const real = withoutNullish(type);
  if (!real) return false;
  if (Node.isTypeReference(real)) {
    const typeName = real.getTypeName();
    if (typeName.getText() === 'RequestInit') return true;
    const declared = Node.isIdentifier(typeName) ? typeDeclaration(typeName, undefined) : undefined;
    if (declared && Node.isInterfaceDeclaration(declared)) return hasInitMembers((name) => declared.getProperty(name) !== undefined);
    const aliased = declared && Node.isTypeAliasDeclaration(declared) ? declared.getTypeNode() : undefined;
    return aliased !== undefined && Node.isTypeLiteral(aliased) && hasInitMembers((name) => aliased.getProperty(name) !== undefined);
  }
  return Node.isTypeLiteral(real) && hasInitMembers((name) => real.getProperty(name) !== undefined);
}

function hasInitMembers(has: (name: string) => boolean): boolean {
  return has(INIT_METHOD) && INIT_CARRIES.some(has);
}

/**
 * The declaration a declaration file writes for a global `name`: a top-level `declare const|let|var|function` (or, for a
 * `type` name, an interface, type alias or class) of a script (a file with no import or export: its names are global),
 * or one inside a module's `declare global { … }`.
 */
export function globalDeclarationIn(file: SourceFile, name: string, space: 'value' | 'type' = 'value'): Node | undefined {
  if (!ts.isExternalModule(file.compilerNode)) return declarationAmong(file.getStatements(), name, space);
  for (const block of file.getDescendantsOfKind(SyntaxKind.ModuleDeclaration)) {
    if (block.getDeclarationKind() !== 'global') continue;
    const found = declarationAmong(block.getStatements(), name, space);
    if (found) return found;
  }
  return undefined;
}

function declarationAmong(statements: Statement[], name: string, space: 'value' | 'type'): Node | undefined {
  for (const statement of statements) {
    if (space === 'type') {
      if ((Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement) || Node.isClassDeclaration(statement)) && statement.getName() === name) return statement;
    } else if (Node.isVariableStatement(statement)) {
      const found = statement.getDeclarations().find((declaration) => declaration.getName() === name);
      if (found) return found;
    } else if (Node.isFunctionDeclaration(statement) && statement.getName() === name) {
      return statement;
    }
  }
  return undefined;
}

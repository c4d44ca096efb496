// isBrowserOwnRouteRequest: a request made by page code to the app's own routes — bounded by the page and the
// person using it (RULES.md, missing-deadline). A relative URL (`/api/chat`) is one: Node's fetch cannot resolve
// it, so only a page makes it. A URL we cannot read is one when the code visibly runs in a page ('use client',
// browser globals, a React hook, browser-only fetch options). A request to another origin never is.
import { Node, SyntaxKind, ts, type CallExpression, type SourceFile } from 'ts-morph';
import { browserCode } from '../knowledge/browser.js';
import { deepPropertyOf, objectLiteralOf, propertyValue, unwrap } from './callee.js';
import type { OutboundCall } from './deadlines.js';
import { urlLiteralText } from './http-writes.js';
import { descendantsOfKind } from './kind-index.js';
import type { ProjectModel } from './project-model.js';
import { constBindingInitializer, resolveIdentifier, resolveNameAt, type Binding } from './scope.js';
import { requestUrl } from './model-calls.js';

export function isBrowserOwnRouteRequest(outbound: OutboundCall, model: ProjectModel): boolean {
  // A client instance (`axios.create({ baseURL })`, `ky.create({ prefixUrl })`) resolves a path against its own base.
  if (outbound.fact.kind !== 'http' || outbound.callee.instance) return false;
  const url = requestUrl(outbound);
  const prefix = url ? writtenPrefix(url, 0) : undefined;
  if (prefix !== undefined && /^\/(?!\/)/.test(prefix)) return true;
  // Whether the code runs in a page first: following the URL's pieces costs more, and most requests are not a page's.
  if (!runsInPage(outbound.call, model)) return false;
  const text = url ? urlLiteralText(url) : '\u0000';
  return !(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith('//'));
}

/**
 * How a URL visibly starts: its own literal text, or a `const` it begins with (`${CACHE_URL_PREFIX}/upload`).
 * Not a field or a parameter: `${this.baseURL}/api/…` may be given an origin however it is initialised.
 */
function writtenPrefix(url: Node, depth: number): string | undefined {
  const value = unwrap(url);
  if (depth > 3) return undefined;
  if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) return value.getLiteralValue();
  if (Node.isTemplateExpression(value)) {
    // Read on the compiler's nodes (getLiteralText is the head's `text`): wrapping the head and spans of every
    // request's URL was most of this check on a file of 60,000 requests; only the first span's expression is wrapped.
    const template = value.compilerNode;
    const head = template.head.text;
    const first = template.templateSpans[0];
    if (head !== '' || !first) return head;
    return isPlainIdentifier(first.expression, value) ? constPrefix(first.expression, value.getSourceFile(), depth + 1) : writtenPrefix(wrapped(value, first.expression), depth + 1);
  }
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getText() === '+') return writtenPrefix(value.getLeft(), depth + 1);
  if (Node.isIdentifier(value)) return bindingPrefix(resolveIdentifier(value), depth);
  return undefined;
}

function bindingPrefix(binding: Binding, depth: number): string | undefined {
  const init = constBindingInitializer(binding);
  return init ? writtenPrefix(init, depth + 1) : undefined;
}

/** An identifier written without escapes (its name is its text), so it can be resolved without a wrapper. */
function isPlainIdentifier(node: ts.Node, inFile: Node): node is ts.Identifier {
  if (node.kind !== ts.SyntaxKind.Identifier) return false;
  const name = (node as ts.Identifier).text;
  return inFile.getSourceFile().getFullText().slice(node.end - name.length, node.end) === name;
}

/** writtenPrefix of an identifier, read on the compiler's node (`${base}/items/${i}` on every request of a file). */
function constPrefix(identifier: ts.Identifier, file: SourceFile, depth: number): string | undefined {
  if (depth > 3) return undefined;
  return bindingPrefix(resolveNameAt(identifier.text, identifier, file), depth);
}

/** The ts-morph node for a compiler node of the same file. */
function wrapped(inFile: Node, node: ts.Node): Node {
  return (inFile.getSourceFile() as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node })._getNodeFromCompilerNode(node);
}

function runsInPage(call: CallExpression, model: ProjectModel): boolean {
  const init = call.getArguments().map((a) => objectLiteralOf(a)).find((o) => o !== undefined);
  if (init && browserCode.fetchOptions.some((name) => isFetchOption(deepPropertyOf(init, name), name))) return true;
  // React hooks run in a page — unless the module renders to a terminal (Ink) or a device (React Native).
  if (insideHook(call) && !rendersOutsidePage(call.getSourceFile())) return true;
  return model.memoize('page-module', call.getSourceFile(), () => isPageModule(call.getSourceFile()));
}

/** A browser-only fetch option: a value RequestInit allows for it, or one not written as a string (`mode: 'BROADCAST_MODE_SYNC'` is a body's). */
function isFetchOption(property: Node | undefined, name: string): boolean {
  if (!property) return false;
  const value = propertyValue(property);
  const plain = value ? unwrap(value) : undefined;
  if (!plain || !(Node.isStringLiteral(plain) || Node.isNoSubstitutionTemplateLiteral(plain))) return true;
  return browserCode.fetchOptionValues[name]?.includes(plain.getLiteralText()) ?? true;
}

const GLOBAL_USE = new RegExp(`(?<![\\w.$])(?:${browserCode.globals.join('|')})\\s*(?:\\.|\\()|\\bnew\\s+(?:${browserCode.globals.join('|')})\\b`);

/** A 'use client' module, or one that uses a page's globals (and does not check for them: isomorphic code does). */
function isPageModule(file: SourceFile): boolean {
  const first = file.getStatements()[0];
  if (first && Node.isExpressionStatement(first)) {
    const expression = first.getExpression();
    if (Node.isStringLiteral(expression) && expression.getLiteralValue() === browserCode.clientDirective) return true;
  }
  const text = file.getFullText();
  // The text is only a cheap first look (it sees comments and strings too); the syntax tree decides.
  if (!GLOBAL_USE.test(text) || /typeof\s+(?:window|document|navigator)\b/.test(text)) return false;
  const globals = new Set(browserCode.globals);
  const usesGlobal = (target: Node) => Node.isIdentifier(target) && globals.has(target.getText()) && resolveIdentifier(target).kind === 'global';
  return descendantsOfKind(file, SyntaxKind.PropertyAccessExpression).some((access) => usesGlobal(access.getExpression())) ||
    descendantsOfKind(file, SyntaxKind.NewExpression).some((created) => usesGlobal(created.getExpression())) ||
    descendantsOfKind(file, SyntaxKind.CallExpression).some((call) => usesGlobal(call.getExpression()));
}

function rendersOutsidePage(file: SourceFile): boolean {
  return file.getImportDeclarations().some((d) => browserCode.nonPageRenderers.includes(d.getModuleSpecifierValue()));
}

/** Inside a React hook (`function useChat()`, `const useChat = () => …`): hooks run only in a page. */
function insideHook(call: CallExpression): boolean {
  // Over the compiler's nodes: wrapping every ancestor of every call cost more than the rest of the check.
  for (let fn = call.compilerNode.parent; fn; fn = fn.parent) {
    if (!(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) continue;
    const holder = fn.parent;
    const name = ts.isFunctionDeclaration(fn) ? fn.name?.text : holder && ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
    if (name && browserCode.hookName.test(name)) return true;
  }
  return false;
}

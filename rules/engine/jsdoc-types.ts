// jsDocParameterType: in a JavaScript file, the package type a JSDoc `@param` gives a parameter or a property of a
// destructured one — `@param {import("@slack/web-api").WebClient} params.client` — the way JS code declares types.
import { Node } from 'ts-morph';

export interface DeclaredPackageType {
  module: string;
  exportName: string;
}

const JS_FILE = /\.(?:js|jsx|mjs|cjs)$/;
const PARAM_TAG = /@param\s+\{\s*import\(\s*["']([^"']+)["']\s*\)\.([A-Za-z_$][\w$]*)(?:<[^}]*>)?\s*\}\s+\[?([\w$.]+)/g;
/** Nodes between a function and the statement its JSDoc comment sits on (`export const f = async ({ say }) => …`). */
const MAX_UP = 4;

/** The JSDoc type of a parameter (`name`) or of a destructured parameter's property (`*.name`). */
export function jsDocParameterType(declaration: Node): DeclaredPackageType | undefined {
  if (!JS_FILE.test(declaration.getSourceFile().getFilePath())) return undefined;
  let parameter: Node | undefined;
  let wanted: (tagName: string) => boolean;
  if (Node.isParameterDeclaration(declaration)) {
    parameter = declaration;
    const name = declaration.getName();
    wanted = (tagName) => tagName === name;
  } else if (Node.isBindingElement(declaration)) {
    parameter = declaration.getParent()?.getParent();
    if (!parameter || !Node.isParameterDeclaration(parameter)) return undefined;
    const key = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
    wanted = (tagName) => tagName.endsWith(`.${key}`) && tagName.split('.').length === 2;
  } else {
    return undefined;
  }
  const fn = parameter.getParent();
  for (const tag of paramTags(fn)) {
    if (wanted(tag.name)) return { module: tag.module, exportName: tag.exportName };
  }
  return undefined;
}

function paramTags(fn: Node | undefined): Array<{ name: string } & DeclaredPackageType> {
  let node: Node | undefined = fn;
  for (let up = 0; node && up < MAX_UP; up++, node = node.getParent()) {
    const text = node.getLeadingCommentRanges().map((range) => range.getText()).join('\n');
    if (!text.includes('@param')) continue;
    return [...text.matchAll(PARAM_TAG)].map((m) => ({ module: m[1]!, exportName: m[2]!, name: m[3]! }));
  }
  return [];
}

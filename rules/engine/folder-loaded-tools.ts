// Tool modules a server loads by listing a folder: `for (const file of readdirSync(toolsDir)) { const m =
// require(path.join(toolsDir, file)); server.tool(m.toolDefinition.name, …, async (input) => m.toolHandler(input)) }`.
// No import names the module, so its exported handler is found from its own file: the package's files that list a
// folder and load what they list, whose folder is this file's, and whose registered handler runs the loaded module's
// export under that name.
import { dirname, join, resolve } from 'node:path';
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { enclosingFunctionOf, resolveIdentifier } from './scope.js';
import { isRegisteredHandler, type ToolHandler } from './tool-handlers.js';

/** A file that lists a folder and loads modules by a path it builds (`require(path.join(dir, file))`, `await import(…)`). */
const LISTING_TEXT = /\breaddir(?:Sync)?\s*\(/;
const LOADING_TEXT = /\b(?:require|import)\s*\(\s*(?:path\.)?(?:join|resolve)\s*\(/;
const MAX_LOADER_FILES = 4;

export function loadedFromFolderElsewhere(file: SourceFile, exported: ReadonlyArray<string>, model: ProjectModel): ToolHandler[] {
  if (exported.length === 0) return [];
  const own = file.getFilePath();
  const folder = dirname(own);
  const out: ToolHandler[] = [];
  for (const path of model.filesMatchingBoth(own, LISTING_TEXT, LOADING_TEXT).filter((p) => p !== own).slice(0, MAX_LOADER_FILES)) {
    const loader = model.fileAt(path);
    for (const load of loader ? moduleLoads(loader) : []) {
      const [target] = load.getArguments();
      if (!target || loadedFolder(target, path) !== folder) continue;
      for (const { name, run } of membersRun(load, exported)) {
        const around = enclosingFunctionOf(run);
        if (!around || !isRegisteredHandler(around, model)) continue;
        const fn = exportedFunction(file, name, model);
        if (fn && !out.some((h) => h.body === fn)) {
          out.push({ framework: 'tool module loaded from its folder', body: fn, fn, registration: around.getParentOrThrow(), annotations: {}, confidence: 'medium' });
        }
      }
    }
  }
  return out;
}

/** `require(…)` and `import(…)` calls whose argument is built (`path.join(dir, file)`), not a written specifier. */
function moduleLoads(loader: SourceFile): CallExpression[] {
  return descendantsOfKind(loader, SyntaxKind.CallExpression).filter((call) => {
    const callee = call.getExpression();
    const loads = callee.getKind() === SyntaxKind.ImportKeyword || (Node.isIdentifier(callee) && callee.getText() === 'require');
    const [target] = call.getArguments();
    return loads && target !== undefined && Node.isCallExpression(unwrap(target));
  });
}

/** The folder `path.join(toolsDir, file)` loads from: its first argument read as a path (`__dirname`, literals, `path.join`). */
function loadedFolder(target: Node, loaderPath: string): string | undefined {
  const built = unwrap(target);
  if (!Node.isCallExpression(built) || !/^(?:path\.)?(?:join|resolve)$/.test(built.getExpression().getText())) return undefined;
  const [dir] = built.getArguments();
  return dir ? pathOf(dir, loaderPath, 0) : undefined;
}

function pathOf(expression: Node, loaderPath: string, depth: number): string | undefined {
  if (depth > 3) return undefined;
  const node = unwrap(expression);
  if (Node.isIdentifier(node) && node.getText() === '__dirname') return dirname(loaderPath);
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  if (Node.isIdentifier(node)) {
    const binding = resolveIdentifier(node);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    return init ? pathOf(init, loaderPath, depth + 1) : undefined;
  }
  if (!Node.isCallExpression(node) || !/^(?:path\.)?(?:join|resolve)$/.test(node.getExpression().getText())) return undefined;
  const parts = node.getArguments().map((arg) => pathOf(arg, loaderPath, depth + 1));
  if (parts.length === 0 || parts.some((part) => part === undefined)) return undefined;
  return node.getExpression().getText().endsWith('resolve') ? resolve(...(parts as string[])) : join(...(parts as string[]));
}

/**
 * The calls that run a member of the loaded module named like one of the file's exports: `toolModule.toolHandler(…)`, or
 * `handler(…)` after `const handler = toolModule.toolHandler`.
 */
function membersRun(load: CallExpression, exported: ReadonlyArray<string>): Array<{ name: string; run: CallExpression }> {
  let holder: Node | undefined = load.getParent();
  while (holder && (Node.isAwaitExpression(holder) || Node.isParenthesizedExpression(holder) || Node.isAsExpression(holder))) holder = holder.getParent();
  if (!holder || !Node.isVariableDeclaration(holder) || !Node.isIdentifier(holder.getNameNode())) return [];
  const module = holder.getName();
  const scope = enclosingFunctionOf(holder) ?? holder.getSourceFile();
  const out: Array<{ name: string; run: CallExpression }> = [];
  for (const access of descendantsOfKind(scope, SyntaxKind.PropertyAccessExpression)) {
    const object = unwrap(access.getExpression());
    if (!Node.isIdentifier(object) || object.getText() !== module || !exported.includes(access.getName())) continue;
    const parent = access.getParent();
    if (parent && Node.isCallExpression(parent) && parent.getExpression() === access) out.push({ name: access.getName(), run: parent });
    if (!parent || !Node.isVariableDeclaration(parent) || !Node.isIdentifier(parent.getNameNode())) continue;
    const local = parent.getName();
    for (const call of descendantsOfKind(scope, SyntaxKind.CallExpression)) {
      const callee = unwrap(call.getExpression());
      if (Node.isIdentifier(callee) && callee.getText() === local) {
        const binding = resolveIdentifier(callee);
        if (binding.kind === 'local' && binding.declaration === parent) out.push({ name: access.getName(), run: call });
      }
    }
  }
  return out;
}

/** The function a file exports under a name (`export const toolHandler = async (…) => …`, `export async function toolHandler`). */
function exportedFunction(file: SourceFile, name: string, model: ProjectModel): FunctionNode | undefined {
  const declared = file.getFunction(name);
  if (declared?.isExported()) return declared as FunctionNode;
  const variable = file.getVariableDeclaration(name);
  const init = variable?.getVariableStatement()?.isExported() ? variable.getInitializer() : undefined;
  return init ? model.functionOfValue(init) : undefined;
}

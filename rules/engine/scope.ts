// Syntactic name resolution: what an identifier refers to, found by walking the enclosing scopes.
// It needs no type checker, so it works without node_modules and costs nothing beyond the parse;
// a local `fetch` is found before the global one because the nearest scope wins.
import { Node, SyntaxKind, type Identifier, type SourceFile } from 'ts-morph';

export type Binding =
  | { kind: 'import'; module: string; exportName: string; declaration: Node }
  | { kind: 'local'; declaration: Node }
  | { kind: 'global'; name: string };

const cache = new WeakMap<Node, Binding>();

/** Resolves an identifier (or `this`-less name) used at `id` to its declaration, import or the global scope. */
export function resolveIdentifier(id: Identifier): Binding {
  const cached = cache.get(id);
  if (cached) return cached;
  const binding = resolveName(id.getText(), id);
  cache.set(id, binding);
  return binding;
}

/** Per scope node, the answer for each name already asked (null: not declared there). */
const scopeCache = new WeakMap<Node, Map<string, Binding | null>>();

export function resolveName(name: string, from: Node): Binding {
  let scope: Node | undefined = from.getParent();
  let previous: Node = from;
  while (scope) {
    let answers = scopeCache.get(scope);
    if (!answers) scopeCache.set(scope, (answers = new Map()));
    let found = answers.get(name);
    if (found === undefined) {
      found = declarationIn(scope, name, previous) ?? null;
      // A class's own name is visible inside it but depends on where we came from: do not cache it.
      if (!Node.isClassDeclaration(scope) && !Node.isClassExpression(scope)) answers.set(name, found);
    }
    if (found) return found;
    previous = scope;
    scope = scope.getParent();
  }
  return { kind: 'global', name };
}

function declarationIn(scope: Node, name: string, child: Node): Binding | undefined {
  if (Node.isSourceFile(scope)) return fromStatements(scope, scope.getStatements(), name) ?? importIn(scope, name);
  if (Node.isBlock(scope) || Node.isModuleBlock(scope) || Node.isCaseClause(scope) || Node.isDefaultClause(scope)) {
    return fromStatements(scope, scope.getStatements(), name);
  }
  if (Node.isFunctionLikeDeclaration(scope) || Node.isArrowFunction(scope) || Node.isFunctionExpression(scope)) {
    for (const parameter of scope.getParameters()) {
      const hit = bindingNameDeclares(parameter.getNameNode(), name);
      if (hit) return { kind: 'local', declaration: hit === true ? parameter : hit };
    }
    // A named function expression can call itself by name.
    if ((Node.isFunctionExpression(scope) || Node.isFunctionDeclaration(scope)) && scope.getName() === name) {
      return { kind: 'local', declaration: scope };
    }
    return undefined;
  }
  if (Node.isCatchClause(scope)) {
    const variable = scope.getVariableDeclaration();
    if (variable) {
      const hit = bindingNameDeclares(variable.getNameNode(), name);
      if (hit) return { kind: 'local', declaration: hit === true ? variable : hit };
    }
    return undefined;
  }
  if (Node.isForStatement(scope) || Node.isForOfStatement(scope) || Node.isForInStatement(scope)) {
    const initializer = scope.getInitializer();
    if (initializer && Node.isVariableDeclarationList(initializer)) {
      for (const declaration of initializer.getDeclarations()) {
        const hit = bindingNameDeclares(declaration.getNameNode(), name);
        if (hit) return { kind: 'local', declaration: hit === true ? declaration : hit };
      }
    }
    return undefined;
  }
  if (Node.isClassDeclaration(scope) || Node.isClassExpression(scope)) {
    if (scope.getName() === name && child !== scope) return { kind: 'local', declaration: scope };
  }
  return undefined;
}

function fromStatements(scope: Node, statements: Node[], name: string): Binding | undefined {
  for (const statement of statements) {
    if (Node.isVariableStatement(statement)) {
      for (const declaration of statement.getDeclarations()) {
        const hit = bindingNameDeclares(declaration.getNameNode(), name);
        if (hit) return { kind: 'local', declaration: hit === true ? declaration : hit };
      }
    } else if (
      (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement) || Node.isEnumDeclaration(statement)) &&
      statement.getName() === name
    ) {
      return { kind: 'local', declaration: statement };
    } else if (Node.isModuleDeclaration(statement) && statement.getName() === name) {
      return { kind: 'local', declaration: statement };
    }
  }
  void scope;
  return undefined;
}

/** true when the name node itself declares `name`; the binding element when a destructuring pattern does. */
function bindingNameDeclares(nameNode: Node, name: string): true | Node | undefined {
  if (Node.isIdentifier(nameNode)) return nameNode.getText() === name ? true : undefined;
  if (Node.isObjectBindingPattern(nameNode) || Node.isArrayBindingPattern(nameNode)) {
    for (const element of nameNode.getElements()) {
      if (Node.isOmittedExpression(element)) continue;
      const inner = bindingNameDeclares(element.getNameNode(), name);
      if (inner === true) return element;
      if (inner) return inner;
    }
  }
  return undefined;
}

function importIn(file: SourceFile, name: string): Binding | undefined {
  for (const declaration of file.getImportDeclarations()) {
    const module = declaration.getModuleSpecifierValue();
    const defaultImport = declaration.getDefaultImport();
    if (defaultImport?.getText() === name) return { kind: 'import', module, exportName: 'default', declaration };
    const namespace = declaration.getNamespaceImport();
    if (namespace?.getText() === name) return { kind: 'import', module, exportName: '*', declaration };
    for (const specifier of declaration.getNamedImports()) {
      const local = specifier.getAliasNode()?.getText() ?? specifier.getName();
      if (local === name) return { kind: 'import', module, exportName: specifier.getName(), declaration: specifier };
    }
  }
  // CommonJS: const x = require('m') / const { a } = require('m') at top level.
  for (const statement of file.getStatements()) {
    if (!Node.isVariableStatement(statement)) continue;
    for (const declaration of statement.getDeclarations()) {
      const init = declaration.getInitializer();
      if (!init || !Node.isCallExpression(init) || init.getExpression().getText() !== 'require') continue;
      const arg = init.getArguments()[0];
      if (!arg || !Node.isStringLiteral(arg)) continue;
      const nameNode = declaration.getNameNode();
      if (Node.isIdentifier(nameNode) && nameNode.getText() === name) {
        return { kind: 'import', module: arg.getLiteralValue(), exportName: 'default', declaration };
      }
      if (Node.isObjectBindingPattern(nameNode)) {
        for (const element of nameNode.getElements()) {
          if (element.getName() === name) {
            const exported = element.getPropertyNameNode()?.getText() ?? element.getName();
            return { kind: 'import', module: arg.getLiteralValue(), exportName: exported, declaration: element };
          }
        }
      }
    }
  }
  return undefined;
}

/** Whether a variable declaration is `const` (its value cannot be rebound). */
export function isConstDeclaration(node: Node): boolean {
  const list = node.getFirstAncestorByKind(SyntaxKind.VariableDeclarationList);
  return list !== undefined && (list.getFlags() & 2) !== 0; // NodeFlags.Const
}

// The project methods a call through a typed receiver may run when no value can be followed to it:
// `llmApi.chatCompletionStream(…)` with `llmApi: BaseLlmApi` runs the method of whichever class implementing
// `BaseLlmApi` the caller was handed. The receiver's written type (declared-types.ts) names a project interface,
// abstract class or class; its implementations are the classes that name it in `implements`/`extends`, found in
// the files of the package that declares it (text first, then parsed). Memoised per type; at most
// MAX_IMPLEMENTATIONS methods.
import { Node, type CallExpression, type TypeNode } from 'ts-morph';
import { unwrap } from './callee.js';
import { aliasedType, declaredTypeOf, typeDeclaration, withoutNullish } from './declared-types.js';
import type { ClassNode, FunctionNode, ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';

const MAX_IMPLEMENTATIONS = 12;

/** The methods `call` may run through its receiver's written type; empty when the type says nothing. */
export function implementationsCalledBy(call: CallExpression, model: ProjectModel): FunctionNode[] {
  return model.memoize('implementations-called', call, () => {
    const callee = unwrap(call.getExpression());
    if (!Node.isPropertyAccessExpression(callee)) return [];
    const type = receiverTypeDeclaration(callee.getExpression(), model);
    if (!type) return [];
    const name = callee.getName();
    const classes = Node.isClassDeclaration(type) && !type.isAbstract() ? [type] : implementingClasses(type, model);
    const out: FunctionNode[] = [];
    for (const cls of classes) {
      const method = model.methodOf(cls, name);
      if (method?.getBody() && !out.includes(method)) out.push(method);
      if (out.length >= MAX_IMPLEMENTATIONS) break;
    }
    return out;
  });
}

/** The project interface, type alias or class the receiver's written type names (through aliases, `Promise<…>`, `| undefined`). */
function receiverTypeDeclaration(receiver: Node, model: ProjectModel): Node | undefined {
  const inner = unwrap(receiver);
  let written;
  if (Node.isCallExpression(inner)) {
    // `config.getContentGenerator().generateContent(…)`: the method's written return type.
    const fn = unwrap(inner.getExpression());
    written = Node.isPropertyAccessExpression(fn) ? declaredTypeOf(fn, model) : undefined;
  } else {
    written = declaredTypeOf(inner, model) ?? lookedUpType(inner, model);
  }
  const real = written ? withoutNullish(aliasedType(written, model)) : undefined;
  if (!real || !Node.isTypeReference(real)) return undefined;
  const typeName = real.getTypeName();
  if (!Node.isIdentifier(typeName)) return undefined;
  const declaration = typeDeclaration(typeName, model);
  return declaration && (Node.isInterfaceDeclaration(declaration) || Node.isClassDeclaration(declaration)) ? declaration : undefined;
}

/**
 * `const service = this.services[model.provider]` (or `services.get(name)`) with `services: Record<string, AgentService>`
 * (a `Map`, an index signature, an array): the type of what the lookup returns.
 */
function lookedUpType(value: Node, model: ProjectModel): TypeNode | undefined {
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
  const lookup = init ? unwrap(init) : undefined;
  let container: Node | undefined;
  if (lookup && Node.isElementAccessExpression(lookup)) container = lookup.getExpression();
  else if (lookup && Node.isCallExpression(lookup)) {
    const callee = unwrap(lookup.getExpression());
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'get') container = callee.getExpression();
  }
  const written = container ? declaredTypeOf(unwrap(container), model) : undefined;
  const real = written ? withoutNullish(aliasedType(written, model)) : undefined;
  if (!real) return undefined;
  if (Node.isArrayTypeNode(real)) return real.getElementTypeNode();
  if (Node.isTypeReference(real) && ['Record', 'Map', 'ReadonlyMap', 'Array', 'ReadonlyArray'].includes(real.getTypeName().getText())) {
    const args = real.getTypeArguments();
    return args[args.length - 1];
  }
  if (Node.isTypeLiteral(real)) return real.getIndexSignatures()[0]?.getReturnTypeNode();
  return undefined;
}

/** Classes of the declaring package that name the type in `implements` or `extends` (one level). */
function implementingClasses(type: Node, model: ProjectModel): ClassNode[] {
  if (!Node.isInterfaceDeclaration(type) && !Node.isClassDeclaration(type)) return [];
  const name = type.getName();
  if (!name) return [];
  return model.memoize('implementing-classes', type, () => {
    const out: ClassNode[] = [];
    const home = type.getSourceFile().getFilePath();
    // Its own file first: the package's sources are searched for the rest.
    for (const path of [home, ...model.filesImplementing(home, name).filter((p) => p !== home)]) {
      const file = model.fileAt(path);
      if (!file) continue;
      for (const cls of file.getClasses()) {
        const heritage = [...cls.getImplements(), ...(cls.getExtends() ? [cls.getExtends()!] : [])];
        const names = heritage.map((clause) => clause.getExpression()).filter((e) => Node.isIdentifier(e) && e.getText() === name);
        if (names.some((id) => Node.isIdentifier(id) && typeDeclaration(id, model) === type)) out.push(cls);
        if (out.length >= MAX_IMPLEMENTATIONS) return out;
      }
    }
    return out;
  });
}

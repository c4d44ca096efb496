// The project methods a call through a typed receiver may run when no value can be followed to it:
// `llmApi.chatCompletionStream(…)` with `llmApi: BaseLlmApi` runs the method of whichever class implementing
// `BaseLlmApi` the caller was handed. The receiver's written type (declared-types.ts) names a project interface,
// abstract class or class; its implementations are the classes that name it in `implements`/`extends`, found in
// the files of the package that declares it (text first, then parsed). Memoised per type; at most
// MAX_IMPLEMENTATIONS methods.
import {
  Node,
  SyntaxKind,
  type ArrowFunction,
  type CallExpression,
  type FunctionDeclaration,
  type MethodDeclaration,
  type PropertyDeclaration,
  type TypeNode,
  type VariableDeclaration,
} from 'ts-morph';
import { descendantsOfKind, descendantsOfKinds } from './kind-index.js';
import { unwrap } from './callee.js';
import { aliasedType, containerValueType, declaredTypeOf, mapCreation, memberTypeOf, typeDeclaration, withoutNullish } from './declared-types.js';
import type { ClassNode, FunctionNode, ProjectModel } from './project-model.js';
import { enclosingFunctionOf, resolveIdentifier } from './scope.js';
import { escapeRegExp } from './match.js';
import { belowCommonFolder } from './model-calls.js';
import { isTestCodePath } from './project-loader.js';
import { valueOf } from './values.js';

const MAX_IMPLEMENTATIONS = 12;

/** The methods `call` may run through its receiver's written type; empty when the type says nothing. */
export function implementationsCalledBy(call: CallExpression, model: ProjectModel): FunctionNode[] {
  return model.memoize('implementations-called', call, () => {
    const callee = unwrap(call.getExpression());
    if (!Node.isPropertyAccessExpression(callee)) return [];
    const type = receiverTypeDeclaration(callee.getExpression(), model);
    return type ? methodsOfType(type, callee.getName(), model) : [];
  });
}

function methodsOfType(type: Node, name: string, model: ProjectModel): FunctionNode[] {
  const classes = Node.isClassDeclaration(type) && !type.isAbstract() ? [type] : [...new Set([...implementingClasses(type, model), ...storedClasses(type, model)])];
  const out: FunctionNode[] = [];
  for (const cls of classes) {
    const method = model.methodOf(cls, name);
    if (method?.getBody() && !out.includes(method)) out.push(method);
    if (out.length >= MAX_IMPLEMENTATIONS) break;
  }
  if (out.length === 0 && (Node.isInterfaceDeclaration(type) || Node.isTypeAliasDeclaration(type))) out.push(...objectImplementations(type, model).flatMap((object) => memberFunction(object, name, model)));
  return out.slice(0, MAX_IMPLEMENTATIONS);
}

/**
 * `const adapter = resolveAdapter(name); adapter.execute(…)` with `resolveAdapter(…): AgentAdapter` (or `Promise<…>`,
 * awaited): the methods of the classes implementing the type the project function making the receiver is written to
 * return. For questions asked of one call's possible targets (cli-agent-runs.ts `runCallers`); the other analyses read a
 * receiver's type where it is written (implementationsCalledBy).
 */
export function implementationsThroughMaker(call: CallExpression, model: ProjectModel): FunctionNode[] {
  return model.memoize('implementations-through-maker', call, () => {
    const callee = unwrap(call.getExpression());
    const receiver = Node.isPropertyAccessExpression(callee) ? unwrap(callee.getExpression()) : undefined;
    if (!receiver || !Node.isIdentifier(receiver)) return [];
    const written = madeConstType(receiver, model);
    const real = written ? withoutNullish(aliasedType(written, model)) : undefined;
    const typeName = real && Node.isTypeReference(real) ? real.getTypeName() : undefined;
    const type = typeName && Node.isIdentifier(typeName) ? typeDeclaration(typeName, model) : undefined;
    return type && (Node.isInterfaceDeclaration(type) || Node.isClassDeclaration(type)) ? methodsOfType(type, callee.getText().split('.').pop()!, model) : [];
  });
}

/**
 * The other methods a call may run when value following found one (`called`) but the receiver is written with a project
 * interface (`client: IApiClient`, a parameter or field): the code is written against the interface, so whichever of its
 * implementations the program hands there may run — a demo client on one path, the real one on another
 * (`const client: IApiClient = demo ? new DemoClient() : new ApiClient(key)`, where value following takes the first).
 */
export function otherImplementationsCalledBy(call: CallExpression, called: FunctionNode, model: ProjectModel): FunctionNode[] {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee)) return [];
  const receiver = unwrap(callee.getExpression());
  if (!Node.isIdentifier(receiver) && !(Node.isPropertyAccessExpression(receiver) && unwrap(receiver.getExpression()).getKind() === SyntaxKind.ThisKeyword)) return [];
  const type = receiverTypeDeclaration(receiver, model);
  if (!type || !Node.isInterfaceDeclaration(type)) return [];
  return implementationsCalledBy(call, model).filter((method) => method !== called);
}

/**
 * Classes the package stores as the interface without naming it in `implements` (structural typing): the `new C(…)` a
 * declaration written with the type is initialised with (`const client: IApiClient = demo ? new Demo() : new Api()`,
 * `private api: IApiClient = new Api()`), or a function written to return the type returns. Found in the files of the
 * package that write the type so (text first), memoised per type.
 */
function storedClasses(type: Node, model: ProjectModel): ClassNode[] {
  if (!Node.isInterfaceDeclaration(type)) return [];
  return model.memoize('stored-classes', type, () => {
    const name = type.getName();
    const named = (typeNode: Node | undefined) => {
      const real = typeNode ? withoutNullish(typeNode as TypeNode) : undefined;
      if (!real || !Node.isTypeReference(real)) return false;
      const typeName = real.getTypeName();
      return Node.isIdentifier(typeName) && typeName.getText() === name && typeDeclaration(typeName, model) === type;
    };
    const out: ClassNode[] = [];
    const add = (value: Node | undefined) => {
      for (const made of createdIn(value)) {
        const cls = model.classOf(made.getExpression());
        if (cls && !out.includes(cls) && out.length < MAX_IMPLEMENTATIONS) out.push(cls);
      }
    };
    const home = type.getSourceFile().getFilePath();
    const mention = new RegExp(`:\\s*${name}\\s*(?:\\|[^=;{]*)?=[^=>]|\\)\\s*:\\s*(?:Promise<\\s*)?${name}\\s*>?\\s*(?:\\{|=>)`);
    // Not a test's stand-in (`scheduleReminder: async () => {}` in a spec's fake context).
    for (const path of [home, ...model.filesMatching(home, mention).filter((p) => p !== home && !isTestCodePath(belowCommonFolder(p, home)))].slice(0, MAX_FILES)) {
      const file = model.fileAt(path);
      if (!file) continue;
      for (const declaration of descendantsOfKinds<VariableDeclaration | PropertyDeclaration>(file, [SyntaxKind.VariableDeclaration, SyntaxKind.PropertyDeclaration])) {
        if (named(declaration.getTypeNode())) add(declaration.getInitializer());
      }
      for (const fn of descendantsOfKinds<FunctionDeclaration | MethodDeclaration | ArrowFunction>(file, [SyntaxKind.FunctionDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.ArrowFunction])) {
        if (!named(fn.getReturnTypeNode())) continue;
        const body = fn.getBody();
        if (body && !Node.isBlock(body)) add(body);
        for (const statement of body && Node.isBlock(body) ? descendantsOfKind(body, SyntaxKind.ReturnStatement) : []) add(statement.getExpression());
      }
      if (out.length >= MAX_IMPLEMENTATIONS) break;
    }
    return out;
  });
}

/** The `new C(…)` a value is: itself, or either side of a conditional, `??` or `||`. */
function createdIn(value: Node | undefined, depth = 0): import('ts-morph').NewExpression[] {
  if (!value || depth > 4) return [];
  const node = unwrap(value);
  if (Node.isNewExpression(node)) return [node];
  if (Node.isConditionalExpression(node)) return [...createdIn(node.getWhenTrue(), depth + 1), ...createdIn(node.getWhenFalse(), depth + 1)];
  if (Node.isBinaryExpression(node) && ['??', '||'].includes(node.getOperatorToken().getText())) return [...createdIn(node.getLeft(), depth + 1), ...createdIn(node.getRight(), depth + 1)];
  return [];
}

/**
 * Object literals the package's functions return as the interface (`async function createAgent(): Promise<Agent> {
 * return { stream(opts) { … } } }`), or variables typed with it: implementations that are not classes. Found in the
 * files of the package that name the type (text first), memoised per type.
 */
function objectImplementations(type: import('ts-morph').InterfaceDeclaration | import('ts-morph').TypeAliasDeclaration, model: ProjectModel): Node[] {
  return model.memoize('object-implementations', type, () => {
    const name = type.getName();
    const named = (typeNode: Node | undefined) => {
      if (!typeNode) return false;
      let real: Node = typeNode;
      if (Node.isTypeReference(real) && real.getTypeName().getText() === 'Promise') real = real.getTypeArguments()[0] ?? real;
      if (!Node.isTypeReference(real)) return false;
      const typeName = real.getTypeName();
      return Node.isIdentifier(typeName) && typeName.getText() === name && typeDeclaration(typeName, model) === type;
    };
    const out: Node[] = [];
    const home = type.getSourceFile().getFilePath();
    // A return type (`): Promise<Agent> {`, `): Agent =>`) or a typed variable (`: Agent = {`).
    const mention = new RegExp(`\\)\\s*:\\s*(?:Promise<\\s*)?${name}\\s*>?\\s*(?:\\{|=>)|:\\s*${name}\\s*=\\s*\\{`);
    // Not a test's stand-in (`scheduleReminder: async () => {}` in a spec's fake context).
    for (const path of [home, ...model.filesMatching(home, mention).filter((p) => p !== home && !isTestCodePath(belowCommonFolder(p, home)))].slice(0, MAX_FILES)) {
      const file = model.fileAt(path);
      if (!file) continue;
      for (const fn of [...file.getFunctions(), ...file.getVariableDeclarations().map((v) => v.getInitializer()).filter((i) => i !== undefined && (Node.isArrowFunction(i) || Node.isFunctionExpression(i))) as Node[]]) {
        if (!named((fn as import('ts-morph').FunctionDeclaration).getReturnTypeNode())) continue;
        const body = (fn as import('ts-morph').FunctionDeclaration).getBody();
        if (!body) continue;
        for (const statement of Node.isBlock(body) ? body.getDescendantsOfKind(SyntaxKind.ReturnStatement) : []) {
          const value = statement.getExpression();
          const object = value ? unwrap(value) : undefined;
          if (object && Node.isObjectLiteralExpression(object) && enclosingFunctionOf(statement) === fn) out.push(object);
        }
      }
      for (const variable of file.getVariableDeclarations()) {
        const init = variable.getInitializer();
        const object = init ? unwrap(init) : undefined;
        if (object && Node.isObjectLiteralExpression(object) && named(variable.getTypeNode())) out.push(object);
      }
      if (out.length >= MAX_IMPLEMENTATIONS) break;
    }
    return out;
  });
}

const MAX_FILES = 40;

/**
 * The function an implementing object literal holds under `name`: a method, a function literal, or the function a value
 * it names holds (`scheduleReminder: input.scheduleReminder`, the closure every caller of the factory hands it).
 */
function memberFunction(object: Node, name: string, model: ProjectModel): FunctionNode[] {
  if (!Node.isObjectLiteralExpression(object)) return [];
  const property = object.getProperty(name);
  if (property && Node.isMethodDeclaration(property)) return [property as FunctionNode];
  const init = property && Node.isPropertyAssignment(property) ? unwrap(property.getInitializer()!) : undefined;
  if (init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))) return [init as FunctionNode];
  const held = init && (Node.isPropertyAccessExpression(init) || Node.isIdentifier(init)) ? valueOf(init, model) : undefined;
  const fn = held?.kind === 'node' ? unwrap(held.node) : undefined;
  return fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn)) ? [fn as FunctionNode] : [];
}

/** The project interface, type alias of an object type, or class the receiver's written type names (through aliases, `Promise<…>`, `| undefined`). */
function receiverTypeDeclaration(receiver: Node, model: ProjectModel): Node | undefined {
  const inner = unwrap(receiver);
  let written;
  if (Node.isCallExpression(inner)) {
    // `config.getContentGenerator().generateContent(…)`: the method's written return type.
    const fn = unwrap(inner.getExpression());
    // `getProvider('telephony').sendSms(…)`: the written return type of the project function called.
    written = Node.isPropertyAccessExpression(fn) ? declaredTypeOf(fn, model) : returnedType(inner, model);
  } else {
    written = declaredTypeOf(inner, model) ?? lookedUpType(inner, model) ?? (Node.isIdentifier(inner) ? madeConstType(inner, model) : undefined);
  }
  const real = written ? withoutNullish(aliasedType(written, model)) : undefined;
  // `type DeskToolEffects = { readonly enqueueCodingTask: (…) => Promise<void>; … }`: the alias names the object type.
  const alias = real?.getParent();
  if (real && Node.isTypeLiteral(real) && alias && Node.isTypeAliasDeclaration(alias)) return alias;
  if (!real || !Node.isTypeReference(real)) return undefined;
  const typeName = real.getTypeName();
  if (!Node.isIdentifier(typeName)) return undefined;
  const declaration = typeDeclaration(typeName, model);
  return declaration && (Node.isInterfaceDeclaration(declaration) || Node.isClassDeclaration(declaration)) ? declaration : undefined;
}

/**
 * `const telephony = getProvider('telephony')` (or `await makeAdapter()`), a `const` written with no type: the type the
 * project function making it is written to return (returnedType).
 */
function madeConstType(receiver: Node, model: ProjectModel): TypeNode | undefined {
  if (!Node.isIdentifier(receiver)) return undefined;
  const binding = resolveIdentifier(receiver);
  const declaration = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration : undefined;
  if (!declaration || declaration.getTypeNode() || declaration.getVariableStatement()?.getDeclarationKind() !== 'const') return undefined;
  let made = declaration.getInitializer() ? unwrap(declaration.getInitializer()!) : undefined;
  if (made && Node.isAwaitExpression(made)) made = unwrap(made.getExpression());
  return made && Node.isCallExpression(made) ? returnedType(made, model) : undefined;
}

/**
 * The type the project function a call runs is written to return (`Promise<…>` is taken off later by withoutNullish). A
 * registry's `getProvider<K extends keyof ProviderMap>(slot: K): ProviderMap[K]` called with `'telephony'` returns the
 * member `telephony` of `ProviderMap`; so does a written `ProviderMap['telephony']`.
 */
function returnedType(call: CallExpression, model: ProjectModel): TypeNode | undefined {
  const maker = model.functionCalledBy(call);
  const written = maker && 'getReturnTypeNode' in maker ? (maker.getReturnTypeNode as () => TypeNode | undefined)() : undefined;
  const real = written ? withoutNullish(written) : undefined;
  if (!real || !Node.isIndexedAccessTypeNode(real)) return written;
  const index = real.getIndexTypeNode();
  let key: string | undefined;
  if (Node.isLiteralTypeNode(index) && Node.isStringLiteral(index.getLiteral())) key = (index.getLiteral() as import('ts-morph').StringLiteral).getLiteralValue();
  else if (Node.isTypeReference(index) && maker) {
    // The argument given for the parameter written with the type parameter that indexes the map.
    const parameters = (maker as FunctionDeclaration).getParameters();
    const at = parameters.findIndex((p) => p.getTypeNode()?.getText() === index.getText());
    const isTypeParameter = (maker as FunctionDeclaration).getTypeParameters().some((t) => t.getName() === index.getText());
    const argument = isTypeParameter && at >= 0 ? call.getArguments()[at] : undefined;
    const literal = argument ? unwrap(argument) : undefined;
    if (literal && (Node.isStringLiteral(literal) || Node.isNoSubstitutionTemplateLiteral(literal))) key = literal.getLiteralValue();
  }
  return key ? memberTypeOf(real.getObjectTypeNode(), key, model, 0) : undefined;
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
  return container ? elementTypeOf(unwrap(container), model) : undefined;
}

/** The type a container's written type gives its elements: `Record<string, T>`, `Map<K, T>`, `T[]`, `{ [k: string]: T }`. */
function elementTypeOf(container: Node, model: ProjectModel): TypeNode | undefined {
  const written = declaredTypeOf(container, model);
  // `private adapters = new Map<string, ChannelAdapter>()`: the type arguments of the map it is made as.
  if (!written) return mapCreation(container)?.creation.getTypeArguments()[1];
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

/**
 * The project classes whose instances a table may hold, by the element type its declaration is written with
 * (`private tools: Map<string, BaseTool>`, `tools: BaseTool[]`): the classes of the declaring package that extend or
 * implement that class or interface, and the class itself when it is not abstract — each only when its package makes or
 * lists it somewhere (madeInPackage). For a registry whose entries are handed in through parameters that no value
 * reaches (`register(tool: BaseTool) { this.tools.set(tool.name, tool) }`).
 */
export function classesHeldBy(table: Node, model: ProjectModel): ClassNode[] {
  const written = elementTypeOf(unwrap(table), model) ?? containerValueType(unwrap(table), model);
  const real = written ? withoutNullish(aliasedType(written, model)) : undefined;
  const typeName = real && Node.isTypeReference(real) ? real.getTypeName() : undefined;
  const type = typeName && Node.isIdentifier(typeName) ? typeDeclaration(typeName, model) : undefined;
  if (!type || !(Node.isInterfaceDeclaration(type) || Node.isClassDeclaration(type))) return [];
  const own = Node.isClassDeclaration(type) && !type.isAbstract() ? [type] : [];
  return [...own, ...implementingClasses(type, model, MAX_HELD_CLASSES)].filter((cls) => madeInPackage(cls, model));
}

/**
 * Whether code of the class's package outside its tests instantiates it (`new BashTool(context)`) or lists it as a value
 * (`[BashTool, ReadTool]`, `register(BashTool)`): a subclass nothing makes (a tool left out of the registry) has no
 * instance for a registry to hold.
 */
function madeInPackage(cls: ClassNode, model: ProjectModel): boolean {
  const name = cls.getName();
  if (!name) return true;
  const home = cls.getSourceFile().getFilePath();
  const escaped = escapeRegExp(name);
  const made = new RegExp(`\\bnew\\s+${escaped}(?![\\w$])|[([,]\\s*${escaped}\\s*[,)\\]]`);
  return model.memoize('made-in-package', cls, () =>
    model.filesMatching(home, made).some((path) => !isTestCodePath(belowCommonFolder(path, home))));
}

/** A registry's tool classes are each a handler to look into: more than the implementations a call is followed into. */
const MAX_HELD_CLASSES = 40;

/** Classes of the declaring package that name the type in `implements` or `extends` (one level). */
function implementingClasses(type: Node, model: ProjectModel, limit = MAX_IMPLEMENTATIONS): ClassNode[] {
  if (!Node.isInterfaceDeclaration(type) && !Node.isClassDeclaration(type)) return [];
  const name = type.getName();
  if (!name) return [];
  return model.memoize(`implementing-classes:${limit}`, type, () => {
    const out: ClassNode[] = [];
    const home = type.getSourceFile().getFilePath();
    // Its own file first: the package's sources are searched for the rest, and for files importing it under another
    // name (`import { GroupChatManager as IGroupChatManager }` … `implements IGroupChatManager`).
    const named = model.filesImplementing(home, name);
    const renamed = model.filesMatching(home, new RegExp(`\\b${escapeRegExp(name)}\\s+as\\s+[\\w$]+\\s*[,}]`));
    for (const path of [...new Set([home, ...named, ...renamed])]) {
      const file = model.fileAt(path);
      if (!file) continue;
      const local = [name, ...aliasesOf(file, name)];
      for (const cls of file.getClasses()) {
        const heritage = [...cls.getImplements(), ...(cls.getExtends() ? [cls.getExtends()!] : [])];
        const names = heritage.map((clause) => clause.getExpression()).filter((e) => Node.isIdentifier(e) && local.includes(e.getText()));
        if (names.some((id) => Node.isIdentifier(id) && typeDeclaration(id, model) === type)) out.push(cls);
        if (out.length >= limit) return out;
      }
    }
    return out;
  });
}

/** The names a file imports `name` under (`import { GroupChatManager as IGroupChatManager }`). */
function aliasesOf(file: import('ts-morph').SourceFile, name: string): string[] {
  return file
    .getImportDeclarations()
    .flatMap((declaration) => declaration.getNamedImports())
    .filter((specifier) => specifier.getName() === name && specifier.getAliasNode())
    .map((specifier) => specifier.getAliasNode()!.getText());
}

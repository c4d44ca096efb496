// findToolHandlers: the functions a model can invoke, in every framework RULES.md lists — SDK tool
// registrations, `tools: {…}` objects, LangChain tool classes, decorated actions, raw tool-use
// dispatch loops — and functions handed to a project's own wrapper around one of those.
import { Node, SyntaxKind, type CallExpression, type NewExpression, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import type { HandlerArg, ToolRegistrationFact } from '../knowledge/types.js';
import { objectLiteralOf, originOf, propertyOf, propertyValue, unwrap } from './callee.js';
import { calleeMatches, findMatch } from './match.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { resolveIdentifier } from './scope.js';
import type { Confidence } from './types.js';

export interface ToolAnnotations {
  readOnlyHint?: boolean;
  idempotentHint?: boolean;
  destructiveHint?: boolean;
}

export interface ToolHandler {
  framework: string;
  /** The handler function; for a raw dispatch loop, the branch that runs the tool. */
  body: Node;
  fn?: FunctionNode;
  /** The registration (call, class, case clause) that exposes it to a model. */
  registration: Node;
  name?: string;
  annotations: ToolAnnotations;
  /** Which parameter (and property of it) carries the call's abort signal. */
  signalFrom?: { param: number; property: string };
  confidence: Confidence;
}

export function findToolHandlers(file: SourceFile, model: ProjectModel): ToolHandler[] {
  return model.memoize('tool-handlers', file, () => {
    const handlers: ToolHandler[] = [];
    const seen = new Set<Node>();
    const add = (handler: ToolHandler | undefined) => {
      if (!handler || seen.has(handler.body)) return;
      seen.add(handler.body);
      handlers.push(handler);
    };
    const kinds = [SyntaxKind.CallExpression, SyntaxKind.NewExpression, SyntaxKind.ClassDeclaration, SyntaxKind.ClassExpression,
      SyntaxKind.MethodDeclaration, SyntaxKind.SwitchStatement, SyntaxKind.IfStatement];
    for (const node of model.nodesOfKinds(file, kinds)) {
      if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
        for (const handler of fromRegistration(node, model)) add(handler);
        if (Node.isCallExpression(node)) {
          for (const handler of fromToolHosts(node, model)) add(handler);
          add(fromWrapperCall(node, model));
          for (const handler of fromDispatchMap(node, model)) add(handler);
        }
      } else if (Node.isClassDeclaration(node) || Node.isClassExpression(node)) {
        add(fromToolClass(node, model));
      } else if (Node.isMethodDeclaration(node)) {
        add(fromDecoratedAction(node));
      } else if (Node.isSwitchStatement(node)) {
        for (const handler of fromDispatchSwitch(node)) add(handler);
      } else if (Node.isIfStatement(node)) {
        add(fromDispatchIf(node));
      }
    }
    return handlers;
  });
}

function handlerExpression(call: CallExpression | NewExpression, how: HandlerArg): Node | undefined {
  const args = call.getArguments();
  if (how === 'last') return args[args.length - 1];
  if (typeof how === 'number') return args[how];
  return propertyValue(propertyOf(objectLiteralOf(args[how.arg]), how.option));
}

function toolName(call: CallExpression | NewExpression): string | undefined {
  const first = call.getArguments()[0];
  if (first && (Node.isStringLiteral(first) || Node.isNoSubstitutionTemplateLiteral(first))) return first.getLiteralValue();
  const name = propertyValue(propertyOf(objectLiteralOf(first), 'name') ?? propertyOf(objectLiteralOf(first), 'id'));
  if (name && Node.isStringLiteral(name)) return name.getLiteralValue();
  // tools: { refund: tool({...}) }  /  const refundTool = tool({...})
  const holder = call.getParent();
  if (holder && (Node.isPropertyAssignment(holder) || Node.isVariableDeclaration(holder))) return holder.getName();
  return undefined;
}

function readAnnotations(object: ObjectLiteralExpression | undefined): ToolAnnotations {
  const out: ToolAnnotations = {};
  for (const key of ['readOnlyHint', 'idempotentHint', 'destructiveHint'] as const) {
    const value = propertyValue(propertyOf(object, key));
    if (value && Node.isTrueLiteral(value)) out[key] = true;
    else if (value && Node.isFalseLiteral(value)) out[key] = false;
  }
  return out;
}

function annotationsOf(call: CallExpression | NewExpression, fact: ToolRegistrationFact, handlerIndex: number): ToolAnnotations {
  if (!fact.annotations) return {};
  const args = call.getArguments();
  if (fact.annotations.arg === 'beforeHandler') {
    // server.tool(name, [description], [schema], [annotations], handler): the object literal with hint keys.
    for (const arg of args.slice(1, handlerIndex)) {
      const annotations = readAnnotations(objectLiteralOf(arg));
      if (Object.keys(annotations).length) return annotations;
    }
    return {};
  }
  const holder = objectLiteralOf(args[fact.annotations.arg]);
  const object = fact.annotations.property ? objectLiteralOf(propertyValue(propertyOf(holder, fact.annotations.property))) : holder;
  return readAnnotations(object);
}

function fromRegistration(call: CallExpression | NewExpression, model: ProjectModel): ToolHandler[] {
  const origin = Node.isCallExpression(call) ? model.resolveCall(call) : originOf(call.getExpression(), model.types(), 0);
  let fact = origin
    ? findMatch(
        model.knowledge.toolRegistrations.filter((f) => (f.construct ?? false) === Node.isNewExpression(call)),
        origin,
      )
    : undefined;
  let confidence: Confidence = origin?.confidence ?? 'medium';
  if (!fact && Node.isCallExpression(call)) {
    // An MCP server we cannot see the type of (a parameter, an export of another module): match by method name.
    const callee = call.getExpression();
    if (Node.isPropertyAccessExpression(callee) && model.knowledge.mcpRegistrationMethods.includes(callee.getName())) {
      const args = call.getArguments();
      const first = args[0];
      const last = args[args.length - 1];
      const receiver = callee.getExpression().getText();
      if (args.length >= 2 && first && Node.isStringLiteral(first) && last && isFunctionLike(last) && /server|mcp/i.test(receiver)) {
        fact = model.knowledge.toolRegistrations.find((f) => f.framework === 'MCP' && f.path.includes(callee.getName()));
        confidence = 'medium';
      }
    }
  }
  if (!fact) return [];
  if (fact.path.includes('setRequestHandler')) {
    const schema = call.getArguments()[0];
    if (!schema || !/CallToolRequestSchema/.test(schema.getText())) return [];
  }
  const expression = handlerExpression(call, fact.handler);
  if (!expression) return [];
  const fn = model.functionOfValue(expression);
  const args = call.getArguments();
  const handlerIndex = args.findIndex((a) => a === expression || a.containsRange(expression.getPos(), expression.getEnd()));
  return [
    {
      framework: fact.framework,
      body: fn ?? expression,
      fn,
      registration: call,
      name: toolName(call),
      annotations: annotationsOf(call, fact, handlerIndex < 0 ? args.length - 1 : handlerIndex),
      signalFrom: fact.signalFrom,
      confidence,
    },
  ];
}

/** `generateText({ tools: { refund: { description, inputSchema, execute } } })`: plain entries are tools too. */
function fromToolHosts(call: CallExpression, model: ProjectModel): ToolHandler[] {
  const origin = model.resolveCall(call);
  const hosts = model.knowledge.vercelAiToolHosts;
  if (!origin || !calleeMatches({ module: hosts.module, export: hosts.export, path: ['', 'generate', 'stream'] }, origin)) return [];
  const tools = objectLiteralOf(propertyValue(propertyOf(objectLiteralOf(call.getArguments()[0]), 'tools')));
  return toolEntries(tools, model, call);
}

function toolEntries(tools: ObjectLiteralExpression | undefined, model: ProjectModel, registration: Node): ToolHandler[] {
  if (!tools) return [];
  const out: ToolHandler[] = [];
  for (const property of tools.getProperties()) {
    const entry = objectLiteralOf(propertyValue(property));
    const execute = propertyValue(propertyOf(entry, 'execute'));
    if (!execute) continue;
    const fn = model.functionOfValue(execute);
    out.push({
      framework: 'Vercel AI SDK',
      body: fn ?? execute,
      fn,
      registration,
      name: Node.isPropertyAssignment(property) ? property.getName() : undefined,
      annotations: {},
      signalFrom: { param: 1, property: 'abortSignal' },
      confidence: 'high',
    });
  }
  return out;
}

/** `class Refund extends StructuredTool { async _call() {…} }` */
function fromToolClass(cls: Node, model: ProjectModel): ToolHandler | undefined {
  if (!Node.isClassDeclaration(cls) && !Node.isClassExpression(cls)) return undefined;
  const base = cls.getExtends()?.getExpression();
  if (!base || !Node.isIdentifier(base)) return undefined;
  const binding = resolveIdentifier(base);
  if (binding.kind !== 'import') return undefined;
  const bases = model.knowledge.langchainToolBaseClasses;
  const fact = { module: bases.module, export: bases.export, path: [''] };
  if (!calleeMatches(fact, { module: binding.module, exportName: binding.exportName, path: [], instance: false, confidence: 'high' })) return undefined;
  const method = cls.getMethod(bases.method);
  if (!method) return undefined;
  return { framework: 'LangChain', body: method, fn: method as FunctionNode, registration: cls, name: cls.getName(), annotations: {}, confidence: 'high' };
}

/** Coinbase AgentKit: `@CreateAction({ name, … }) async refund(…) {…}` */
function fromDecoratedAction(method: Node): ToolHandler | undefined {
  if (!Node.isMethodDeclaration(method)) return undefined;
  const decorator = method.getDecorators().find((d) => d.getName() === 'CreateAction');
  if (!decorator) return undefined;
  return { framework: 'Coinbase AgentKit', body: method, fn: method as FunctionNode, registration: decorator, name: method.getName(), annotations: {}, confidence: 'high' };
}

/** A call to a project function that hands one of its parameters to a tool registration. */
function fromWrapperCall(call: CallExpression, model: ProjectModel): ToolHandler | undefined {
  const callee = model.functionCalledBy(call);
  if (!callee) return undefined;
  const wrapper = wrapperOf(callee, model);
  if (!wrapper) return undefined;
  let expression: Node | undefined = call.getArguments()[wrapper.paramIndex];
  if (expression && wrapper.option) expression = propertyValue(propertyOf(objectLiteralOf(expression), wrapper.option));
  if (!expression) return undefined;
  const fn = model.functionOfValue(expression);
  return {
    framework: `${wrapper.framework} (through ${nameOf(callee) ?? 'a wrapper'})`,
    body: fn ?? expression,
    fn,
    registration: call,
    name: toolName(call),
    annotations: {},
    signalFrom: wrapper.signalFrom,
    confidence: 'medium',
  };
}

interface Wrapper {
  paramIndex: number;
  option?: string;
  framework: string;
  signalFrom?: { param: number; property: string };
}

function wrapperOf(fn: FunctionNode, model: ProjectModel): Wrapper | undefined {
  return model.memoize('tool-wrapper', fn, () => {
    if (!Node.isFunctionLikeDeclaration(fn) && !Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return undefined;
    const params = fn.getParameters();
    if (params.length === 0) return undefined;
    // Only registrations written in the wrapper itself count (not handlers found through other wrappers),
    // which also keeps this from re-entering findToolHandlers for the same file.
    const registrations = model.nodesOfKinds<CallExpression | NewExpression>(fn, [SyntaxKind.CallExpression, SyntaxKind.NewExpression]);
    for (const handler of registrations.flatMap((call) => fromRegistration(call, model))) {
      if (handler.fn) continue;
      // The handler expression is a parameter (or a property of one) of the wrapper.
      const expression = unwrap(handler.body);
      if (Node.isIdentifier(expression)) {
        const binding = resolveIdentifier(expression);
        if (binding.kind === 'local') {
          const index = params.findIndex((p) => p === binding.declaration);
          if (index >= 0) return { paramIndex: index, framework: handler.framework, signalFrom: handler.signalFrom };
          const element = binding.declaration;
          if (Node.isBindingElement(element)) {
            const owner = params.findIndex((p) => p.getNameNode().containsRange(element.getPos(), element.getEnd()));
            if (owner >= 0) {
              return { paramIndex: owner, option: element.getPropertyNameNode()?.getText() ?? element.getName(), framework: handler.framework, signalFrom: handler.signalFrom };
            }
          }
        }
      }
      if (Node.isPropertyAccessExpression(expression)) {
        const base = unwrap(expression.getExpression());
        if (Node.isIdentifier(base)) {
          const binding = resolveIdentifier(base);
          const index = binding.kind === 'local' ? params.findIndex((p) => p === binding.declaration) : -1;
          if (index >= 0) return { paramIndex: index, option: expression.getName(), framework: handler.framework, signalFrom: handler.signalFrom };
        }
      }
    }
    return undefined;
  });
}

function nameOf(fn: Node): string | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) return fn.getName();
  const parent = fn.getParent();
  if (parent && Node.isVariableDeclaration(parent)) return parent.getName();
  return undefined;
}

function isFunctionLike(node: Node): boolean {
  const value = unwrap(node);
  return Node.isArrowFunction(value) || Node.isFunctionExpression(value) || Node.isIdentifier(value);
}

/** `toolCall.function.name`, `block.name` of a tool_use block, `call.toolName`. */
const toolNameAccess = /\b(?:tool|call|fn|func|function|block|use|part|item|request|req|t|c|tc)\w*\.(?:function\.)?(?:name|toolName)$/i;

function isToolNameExpression(node: Node): boolean {
  const text = unwrap(node).getText().replace(/\?\./g, '.').replace(/\s+/g, '');
  return toolNameAccess.test(text) || /^(?:toolName|functionName|tool_name|name)$/.test(text) && looksLikeToolLoop(node);
}

function looksLikeToolLoop(node: Node): boolean {
  const fn = node.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a));
  const text = (fn ?? node.getSourceFile()).getText();
  return /tool_calls|tool_use|toolCalls|function_call/.test(text);
}

/** `switch (toolCall.function.name) { case 'refund': return refund(args); }` */
function fromDispatchSwitch(node: Node): ToolHandler[] {
  if (!Node.isSwitchStatement(node) || !isToolNameExpression(node.getExpression())) return [];
  const out: ToolHandler[] = [];
  for (const clause of node.getClauses()) {
    if (!Node.isCaseClause(clause)) continue;
    const label = clause.getExpression();
    const name = Node.isStringLiteral(label) ? label.getLiteralValue() : undefined;
    if (clause.getStatements().length === 0) continue;
    out.push({ framework: 'raw tool loop', body: clause, registration: clause, name, annotations: {}, confidence: 'medium' });
  }
  return out;
}

/** `if (call.function.name === 'refund') { … }` */
function fromDispatchIf(node: Node): ToolHandler | undefined {
  if (!Node.isIfStatement(node)) return undefined;
  const condition = unwrap(node.getExpression());
  if (!Node.isBinaryExpression(condition)) return undefined;
  const operator = condition.getOperatorToken().getKind();
  if (operator !== SyntaxKind.EqualsEqualsEqualsToken && operator !== SyntaxKind.EqualsEqualsToken) return undefined;
  const [left, right] = [condition.getLeft(), condition.getRight()];
  const literal = Node.isStringLiteral(right) ? right : Node.isStringLiteral(left) ? left : undefined;
  const other = literal === right ? left : right;
  if (!literal || !isToolNameExpression(other)) return undefined;
  return { framework: 'raw tool loop', body: node.getThenStatement(), registration: node, name: literal.getLiteralValue(), annotations: {}, confidence: 'medium' };
}

/** `handlers[toolCall.function.name](args)` — every entry of the handlers object is a tool. */
function fromDispatchMap(call: CallExpression, model: ProjectModel): ToolHandler[] {
  const callee = unwrap(call.getExpression());
  if (!Node.isElementAccessExpression(callee)) return [];
  const key = callee.getArgumentExpression();
  if (!key || !isToolNameExpression(key)) return [];
  const table = objectLiteralOf(callee.getExpression());
  if (!table) return [];
  const out: ToolHandler[] = [];
  for (const property of table.getProperties()) {
    const value = propertyValue(property);
    if (!value) continue;
    const fn = model.functionOfValue(value);
    if (!fn) continue;
    const name = Node.isPropertyAssignment(property) || Node.isMethodDeclaration(property) || Node.isShorthandPropertyAssignment(property) ? property.getName() : undefined;
    out.push({ framework: 'raw tool loop', body: fn, fn, registration: property, name, annotations: {}, confidence: 'medium' });
  }
  return out;
}

// Raw tool-use loops: hand-written OpenAI/Anthropic loops that run a tool per `tool_calls` entry or
// `tool_use` block, by a `switch`/`if` on the tool's name or by looking the name up in a table (an
// object, an array of `{ name, execute }`, a Map). A table counts only when the key is the name the model sent.
import { Node, SyntaxKind, type BinaryExpression, type BindingElement, type CallExpression, type ObjectLiteralExpression, type ParameterDeclaration, type PropertyAccessExpression, type SourceFile, type SwitchStatement } from 'ts-morph';
import { objectLiteralOf, propertyName, propertyOf, propertyValue, unwrap } from './callee.js';
import type { ClassNode, FunctionNode, ProjectModel } from './project-model.js';
import { classesHeldBy } from './interface-implementations.js';
import { COMMONJS_MODULE, enclosingFunctionOf, localDeclarationWithin, resolveIdentifier, returnedExpressionsOf } from './scope.js';
import { reachesModel } from './model-calls.js';
import { factoryRunFunction, heldFunction } from './handler-values.js';
import { descendantsOfKind } from './kind-index.js';
import { returnsResultOf } from './tool-elements.js';
import { isRegisteredHandler, writtenValue, type ToolHandler } from './tool-handlers.js';
import { memberValue, valueOf } from './values.js';
import { classMethod, classProperty } from './class-members.js';

/** `toolCall.function.name`, `block.name` of a tool_use block, `call.toolName`. */
const toolNameAccess = /\b(?:tool|call|fn|func|function|block|use|part|item|request|req|t|c|tc)\w*\.(?:function\.)?(?:name|toolName)$/i;

/** Chat Completions: `tool_calls[i].function.name` says by its shape that it is a tool's name. */
const chatCompletionsToolName = /\.function\.name$/;

/**
 * MCP `CallToolRequest`: `request.params.name`, or `params.name` of a JSON-RPC request taken apart (only where the code
 * handles that request).
 */
const mcpToolName = /(?:^|\.)params\.name$/;

/**
 * Text of code that handles model tool calls (OpenAI, Anthropic, Responses, Gemini, MCP shapes and types, and the
 * `'tools/call'` method of an MCP server written without the SDK, answering JSON-RPC itself).
 */
const toolCallMarkers = /tool_calls|tool_use|toolCalls|function_call|functionCall|ToolUse|ToolCall|CallToolRequest|'tools\/call'|"tools\/call"|`tools\/call`/;

const flatText = (node: Node) => node.getText().replace(/\?\./g, '.').replace(/\s+/g, '');

/** Calls that fold a name's case or trim it: `toolCall.function.name.toLowerCase()` is still the tool's name. */
const NAME_FOLDING = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim']);

/** `call.function.name.toLowerCase()`, `name?.trim()`: the name read, without the calls folding its case. */
function withoutCaseFolding(node: Node): Node {
  let current = unwrap(node);
  for (let step = 0; step < 3 && Node.isCallExpression(current) && current.getArguments().length === 0; step++) {
    const callee = current.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !NAME_FOLDING.has(callee.getName())) break;
    current = unwrap(callee.getExpression());
  }
  return current;
}

function isToolNameExpression(expression: Node, model: ProjectModel): boolean {
  const node = withoutCaseFolding(expression);
  const text = flatText(node);
  if (toolNameAccess.test(text) || (/^(?:toolName|functionName|tool_name|name)$/.test(text) && looksLikeToolLoop(node))) return true;
  // `private async executeTool(name: string, args) { switch (name) { … } }` called with the CallToolRequest's
  // `request.params.name` (or a tool call's name): the parameter is the model's tool name.
  if (Node.isIdentifier(unwrap(node))) return isModelToolName(node, model, 0);
  // `switch (request.params.name)` in a function typed to handle a `CallToolRequest` (a factory's returned handler).
  return readsToolName(text, node, model);
}

/** Whether a `case` belongs to a switch on the model's tool name (the case is then a tool's handler). */
export function isToolCase(clause: Node, model: ProjectModel): boolean {
  const switchStatement = clause.getParent()?.getParent();
  return switchStatement !== undefined && Node.isSwitchStatement(switchStatement) && isToolNameSwitch(switchStatement, model);
}

/** A switch on the model's tool name: by what it switches on, or by its cases naming tools the package declares. */
function isToolNameSwitch(node: SwitchStatement, model: ProjectModel): boolean {
  return model.memoize('tool-name-switch', node, () =>
    isToolNameExpression(node.getExpression(), model) || casesNameDeclaredTools(node, model) || switchesOnRegisteredOperation(node, model) || switchesOnModelAnswer(node, model));
}

/**
 * `switch (decision.action) { case 'airdrop': …; case 'transfer_sol': … }` where `decision` is what a project function
 * returns after asking a model and parsing its answer (`return JSON.parse(text) as Decision`, `return parseDecision(
 * response.text())`): the model named the action from a closed set and the code runs it — RULES.md's raw dispatch on a
 * name the model chose (corpus README question 100), each case a tool's handler. The switch is on an `action`/`operation`
 * member (or a parameter so named that callers fill with one), with two string cases or more; the object comes from a
 * variable assigned such a function's answer, in the switch's function or in a caller handing it over. A switch on an
 * action the code derives itself (a rule, a state machine, a parsed command line) reads no model answer.
 */
function switchesOnModelAnswer(node: SwitchStatement, model: ProjectModel): boolean {
  const cases = node.getClauses().filter((clause) => Node.isCaseClause(clause) && Node.isStringLiteral(unwrap(clause.getExpression())));
  if (cases.length < 2) return false;
  const discriminant = unwrap(withoutCaseFolding(node.getExpression()));
  if (Node.isPropertyAccessExpression(discriminant)) return OPERATION_MEMBER.test(discriminant.getName()) && holdsModelAnswer(discriminant.getExpression(), model, 0);
  if (!Node.isIdentifier(discriminant) || !OPERATION_MEMBER.test(discriminant.getText())) return false;
  const binding = resolveIdentifier(discriminant);
  if (binding.kind !== 'local' || !Node.isParameterDeclaration(binding.declaration)) return false;
  return passedModelAnswer(binding.declaration, model, (arg) => {
    const value = unwrap(arg);
    return Node.isPropertyAccessExpression(value) && OPERATION_MEMBER.test(value.getName()) && holdsModelAnswer(value.getExpression(), model, 1);
  });
}

const MAX_ANSWER_CALLERS = 8;

/** Whether some caller (at most MAX_ANSWER_CALLERS) of a parameter's function hands it a value `passes` accepts. */
function passedModelAnswer(param: ParameterDeclaration, model: ProjectModel, passes: (arg: Node) => boolean): boolean {
  const fn = param.getParent();
  if (!fn || !('getParameters' in fn)) return false;
  const index = (fn as FunctionNode & { getParameters(): ParameterDeclaration[] }).getParameters().indexOf(param);
  const callers = [...new Set([...model.packageCallSitesOf(fn), ...model.callSitesOf(fn)])].slice(0, MAX_ANSWER_CALLERS);
  return callers.some((call) => {
    const arg = Node.isCallExpression(call) ? call.getArguments()[index] : undefined;
    return arg !== undefined && passes(arg);
  });
}

/**
 * Whether an expression holds a parsed model answer: a variable initialised or assigned `await decide(…)` where the
 * project function `decide` asks a model (answersFromModel), or a parameter a caller hands such a variable.
 */
function holdsModelAnswer(expression: Node, model: ProjectModel, depth: number): boolean {
  const root = unwrap(expression);
  if (!Node.isIdentifier(root) || depth > 2) return false;
  const binding = resolveIdentifier(root);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  if (Node.isParameterDeclaration(declaration)) return passedModelAnswer(declaration, model, (arg) => holdsModelAnswer(arg, model, depth + 1));
  if (!Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) return false;
  const scope = enclosingFunctionOf(declaration) ?? declaration.getSourceFile();
  const values = [declaration.getInitializer(), ...assignmentsBefore(declaration, scope, scope.getEnd())];
  return values.some((value) => {
    const call = value ? unwrap(value) : undefined;
    return call !== undefined && Node.isCallExpression(call) && (answersFromModel(call, model) || parsesModelAnswer(call, model));
  });
}

/** `parseDecision(raw)` (or `JSON.parse(raw)`) where `raw` is a local holding what a call that reaches a model returned. */
function parsesModelAnswer(call: CallExpression, model: ProjectModel): boolean {
  if (!parses(call, model)) return false;
  const arg = call.getArguments()[0];
  const root = arg ? unwrap(arg) : undefined;
  if (!root || !Node.isIdentifier(root)) return false;
  const binding = resolveIdentifier(root);
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return false;
  const init = binding.declaration.getInitializer();
  const asked = init ? unwrap(init) : undefined;
  return asked !== undefined && Node.isCallExpression(asked) && reachesModel(asked, model, 0, 1);
}

/** A call of `JSON.parse` or a schema's `parse`, or of a project function (not `within`) whose body runs `JSON.parse`. */
function parses(call: CallExpression, model: ProjectModel, within?: Node): boolean {
  if (PARSE_CALL.test(call.getExpression().getText())) return true;
  const helper = model.functionCalledBy(call);
  return helper !== undefined && helper !== within && /\bJSON\.parse\s*\(/.test(helper.getText());
}

/** A project function that calls a model and returns a parse of what it answers (`JSON.parse`, or a helper that does). */
function answersFromModel(call: CallExpression, model: ProjectModel): boolean {
  const fn = model.functionCalledBy(call);
  if (!fn) return false;
  return model.memoize('answers-from-model', fn, () => {
    const returned = returnedExpressionsOf(fn).filter((e): e is Node => e !== undefined).map((e) => unwrap(e));
    return returned.some((value) => Node.isCallExpression(value) && parses(value, model, fn)) && reachesModel(fn, model, 0, 1);
  });
}

const PARSE_CALL = /^(?:JSON\.parse|[\w$.]*[sS]chema\.parse)$/;

/** Members of a registered tool's input that pick one of the operations the tool offers. */
const OPERATION_MEMBER = /^(?:action|operation)$/;

/**
 * `server.tool('records', { action: z.enum([...]), args }, async ({ action, args }) => { switch (action) { case 'create':
 * return createRecordHandler(args) … } })`: a registered router tool whose input names the operation to run; the switch
 * on it picks a per-operation function and hands it the rest of the input, as a `switch (name)` picks a per-tool one
 * (corpus README questions 84, 105). Only when some case hands the input on like that: a switch on an action that only
 * branches inside the handler leaves the registered function the handler.
 */
function switchesOnRegisteredOperation(node: SwitchStatement, model: ProjectModel): boolean {
  if (!readsRegisteredOperation(node.getExpression(), model, 0)) return false;
  const raw = rawArguments(node.getExpression());
  return raw.length > 0 && node.getClauses().some((clause) => Node.isCaseClause(clause) && forwardedTo(clause, raw, model) !== undefined);
}

/** `action` destructured from (or read off) the input of a registered tool handler, also through `const a = action as Action`. */
function readsRegisteredOperation(expression: Node, model: ProjectModel, depth: number): boolean {
  const node = unwrap(withoutCaseFolding(expression));
  if (Node.isPropertyAccessExpression(node)) return OPERATION_MEMBER.test(node.getName()) && readsRegisteredHandlerParameter(node.getExpression(), model);
  if (!Node.isIdentifier(node) || depth > 3) return false;
  const binding = resolveIdentifier(node);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  if (Node.isVariableDeclaration(declaration)) {
    const init = declaration.getInitializer();
    return init !== undefined && readsRegisteredOperation(init, model, depth + 1);
  }
  if (!Node.isBindingElement(declaration) || !OPERATION_MEMBER.test(declaration.getPropertyNameNode()?.getText() ?? declaration.getName())) return false;
  const holder = declaration.getParent()?.getParent();
  if (holder && Node.isParameterDeclaration(holder)) return isRegisteredHandler(holder.getParent(), model);
  const init = holder && Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
  return init !== undefined && readsRegisteredHandlerParameter(init, model);
}

/** Text of a file that may declare a tool for a model: a name with a description and an input schema. */
const TOOL_DECLARATION_TEXT = /\b(?:inputSchema|input_schema|parameters)\b/;
const MAX_DECLARING_FILES = 12;

/**
 * `switch (name) { case 'discord_send_dm': …; case 'discord_create_channel': … }` where the package declares tools under
 * those names — `{ name: 'discord_send_dm', description, inputSchema }` in the list an MCP server answers ListTools with,
 * an OpenAI/Anthropic/Gemini function declaration —: whatever brought the name there (a JSON-RPC body, a module's
 * `handle(name, args)` a registry loops over, a domain object's `handleCall`), the switch runs the tool the model called.
 * At least two string cases, and at least half of them (or ENOUGH_DECLARED), must be declared tool names: a CLI's
 * commands or a reducer's actions name no declared tool.
 */
function casesNameDeclaredTools(node: SwitchStatement, model: ProjectModel): boolean {
  const labels = new Set<string>();
  for (const clause of node.getClauses()) {
    if (!Node.isCaseClause(clause)) continue;
    const label = unwrap(clause.getExpression());
    if (Node.isStringLiteral(label) || Node.isNoSubstitutionTemplateLiteral(label)) labels.add(label.getLiteralValue());
  }
  const names = [...labels].filter((label) => /^[\w.:-]{2,80}$/.test(label));
  if (names.length < 2) return false;
  const declared = declaredToolNames(node.getSourceFile(), names, model);
  return declared.size >= 2 && (declared.size * 2 >= labels.size || (declared.size >= ENOUGH_DECLARED && switchesOnDispatchedName(node)));
}

/**
 * `executeToolFunction(name, params) { switch (name) … }`: the switch runs on a parameter handed over together with the
 * call's arguments, the shape of a tool dispatch. A command line's switch (`switch (process.argv[2])`, a `command` read
 * from parsed options) is no tool router for naming the server's tools among its commands.
 */
function switchesOnDispatchedName(node: SwitchStatement): boolean {
  const discriminant = unwrap(withoutCaseFolding(node.getExpression()));
  if (!Node.isIdentifier(discriminant)) return false;
  const binding = resolveIdentifier(discriminant);
  if (binding.kind !== 'local' || !Node.isParameterDeclaration(binding.declaration)) return false;
  const owner = binding.declaration.getParent();
  const parameters = Node.isFunctionLikeDeclaration(owner) || Node.isArrowFunction(owner) ? owner.getParameters() : [];
  return parameters.indexOf(binding.declaration) >= 0 && parameters.indexOf(binding.declaration) < parameters.length - 1;
}

/**
 * The files read for declarations are bounded (MAX_DECLARING_FILES), so a switch with more cases than that, each tool
 * declared in a file of its own (33 cases over 33 tool files), can show only so many: this many declared tools under its
 * case names make it a tool router whatever its other cases are, when it switches on a name dispatched with arguments.
 */
const ENOUGH_DECLARED = 8;

/** Which of `names` the package declares as a tool's name (an object literal with the name, a description and an input schema). */
function declaredToolNames(file: SourceFile, names: ReadonlyArray<string>, model: ProjectModel): Set<string> {
  const own = file.getFilePath();
  const quoted = new RegExp(`(['"\`])(?:${names.map((name) => name.replace(/[.]/g, '\\.')).join('|')})\\1`);
  const paths = [own, ...model.filesMatchingBoth(own, TOOL_DECLARATION_TEXT, quoted).filter((path) => path !== own).slice(0, MAX_DECLARING_FILES)];
  const wanted = new Set(names);
  const found = new Set<string>();
  for (const path of paths) {
    const source = path === own ? file : model.fileAt(path);
    if (!source) continue;
    for (const name of toolDeclarationNames(source, model)) if (wanted.has(name)) found.add(name);
  }
  return found;
}

/** The names of the tools a file declares: `{ name: 'x', description, inputSchema | input_schema | parameters }`. */
function toolDeclarationNames(file: SourceFile, model: ProjectModel): Set<string> {
  return model.memoize('tool-declaration-names', file, () => {
    const out = new Set<string>();
    if (!TOOL_DECLARATION_TEXT.test(file.getFullText())) return out;
    for (const object of model.nodesOfKinds<ObjectLiteralExpression>(file, [SyntaxKind.ObjectLiteralExpression])) {
      const name = propertyValue(propertyOf(object, 'name'));
      if (!name || !(Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name))) continue;
      if (!propertyOf(object, 'description') || !DECLARED_SCHEMA_KEYS.some((key) => propertyOf(object, key))) continue;
      out.add(name.getLiteralValue());
    }
    return out;
  });
}

const DECLARED_SCHEMA_KEYS = ['inputSchema', 'input_schema', 'parameters'];

function looksLikeToolLoop(node: Node): boolean {
  const fn = node.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a));
  const text = (fn ?? node.getSourceFile()).getText();
  return /tool_calls|tool_use|toolCalls|function_call/.test(text);
}

/** `switch (toolCall.function.name) { case 'refund': return refund(args); }` */
export function fromDispatchSwitch(node: Node, model: ProjectModel): ToolHandler[] {
  if (!Node.isSwitchStatement(node) || !isToolNameSwitch(node, model)) return [];
  const out: ToolHandler[] = [];
  const clauses = node.getClauses();
  for (const [index, clause] of clauses.entries()) {
    if (!Node.isCaseClause(clause)) continue;
    const label = clause.getExpression();
    const name = Node.isStringLiteral(label) ? label.getLiteralValue() : undefined;
    if (clause.getStatements().length === 0) continue;
    // `case 'send_email': case 'draft_email': return handleEmailAction(action, args)`: a branch several tools fall into
    // runs a function they share, a helper — the branch is the handler (README question 84: per-tool functions only).
    const shared = index > 0 && clauses[index - 1]!.getStatements().length === 0;
    const forwarded = shared ? undefined : forwardedTo(clause, rawArguments(node.getExpression()), model, argumentsReceiver(node.getExpression()));
    const body = forwarded ?? clause;
    out.push({ framework: forwarded ? 'raw tool loop, per-tool function' : 'raw tool loop', body, fn: forwarded, registration: clause, name, annotations: {}, confidence: 'medium' });
  }
  return out;
}

const TOOL_NAME_PARAMETER = /^tool_?name$/i;

const ARGUMENT_NAMES = /^(?:arguments|args|input|params|parameters|toolArgs|toolInput)$/;

/**
 * The declarations holding the tool call's arguments as the model sent them, beside the name a dispatch reads:
 * `const { name, arguments: args } = request.params` → `args`; `function runTool(name, args)` → `args`.
 */
function rawArguments(nameExpression: Node, depth = 0): Node[] {
  const name = unwrap(nameExpression);
  if (!Node.isIdentifier(name)) return [];
  const binding = resolveIdentifier(name);
  if (binding.kind !== 'local') return [];
  const declaration = binding.declaration;
  // `const validAction = action as RecordAction`: the name it copies.
  if (Node.isVariableDeclaration(declaration)) {
    const init = declaration.getInitializer();
    return init && depth < 2 && Node.isIdentifier(unwrap(init)) ? rawArguments(init, depth + 1) : [];
  }
  if (Node.isBindingElement(declaration)) {
    const pattern = declaration.getParent();
    if (!pattern || !Node.isObjectBindingPattern(pattern)) return [];
    return pattern.getElements().filter((e) => e !== declaration && ARGUMENT_NAMES.test(e.getPropertyNameNode()?.getText() ?? e.getName()));
  }
  if (Node.isParameterDeclaration(declaration)) {
    const fn = declaration.getParent();
    if (!fn || !('getParameters' in fn)) return [];
    return (fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters().filter((p) => p !== declaration && ARGUMENT_NAMES.test(p.getNameNode().getText()));
  }
  return [];
}

/**
 * `switch (request.params.name)`: the object whose `arguments` (`args`, `input`) member holds the call's arguments beside
 * the name — `request.params` — as text.
 */
function argumentsReceiver(nameExpression: Node): string | undefined {
  const name = unwrap(nameExpression);
  return Node.isPropertyAccessExpression(name) && name.getName() === 'name' ? flatText(name.getExpression()) : undefined;
}

/**
 * `case 'discord_send': return await sendMessageHandler(args, this.toolContext)`: a branch that hands the call's
 * arguments, as they came, to one project function (a function of its own, not a method of a service several tools
 * share) and returns what it gives — that function is the tool's handler (corpus README question 11), so its writes
 * are the tool's, reported in its body. The arguments are the variables holding them, the member read beside the name
 * (`sendSms(request.params.arguments as any)` in a `switch (request.params.name)`), the whole tool call whose name is
 * switched on (`handlePost(call, config)` in a `switch (call.name)`), or a variable the branch makes of them (`const
 * input = this.validate(args, Schema); return sendMessage(client, input)`), README question 84.
 */
function forwardedTo(branch: Node, raw: ReadonlyArray<Node>, model: ProjectModel, receiver?: string): FunctionNode | undefined {
  if (raw.length === 0 && receiver === undefined) return undefined;
  const isRaw = (node: Node): boolean => {
    const value = unwrap(node);
    if (Node.isPropertyAccessExpression(value)) return receiver !== undefined && ARGUMENT_NAMES.test(value.getName()) && flatText(value.getExpression()) === receiver;
    if (!Node.isIdentifier(value)) return false;
    // `switch (call.name) { case 'post': return handlePost(call, config) }`: the whole tool call, its input with it.
    if (receiver !== undefined && (value.getText() === receiver || `${value.getText()}.function` === receiver)) return true;
    const binding = resolveIdentifier(value);
    return binding.kind === 'local' && raw.includes(binding.declaration);
  };
  // Made in the branch, or before the switch in the function around it (`const validatedArgs = schema.parse(args)`).
  const around = enclosingFunctionOf(branch);
  const switchStart = branch.getParent()?.getParent()?.getStart() ?? branch.getStart();
  const madeOfRaw = (node: Node): boolean => {
    const before = around ? localDeclarationWithin(unwrap(node), around) : undefined;
    const declaration = localDeclarationWithin(unwrap(node), branch) ?? (before && before.getEnd() <= switchStart && enclosingFunctionOf(before) === around ? before : undefined);
    if (!declaration) return false;
    // The input as it came (`const input = args as Input`) or as a call validating it made it (`Schema.parse(args)`,
    // `this.validate(args, Schema, 'send')`), not fields picked out of it (`{ id: args.id }`).
    const isInput = (value: Node | undefined): boolean => {
      const made = value ? unwrap(value) : undefined;
      return made !== undefined && (isRaw(made) || (Node.isCallExpression(made) && made.getArguments().some(isRaw)));
    };
    const init = declaration.getInitializer();
    if (init) return isInput(init);
    // `let validated; try { validated = schema.parse(args) } catch …`: every value assigned before the switch.
    const assigned = around && declaration !== before ? [] : assignmentsBefore(declaration, around, switchStart);
    return assigned.length > 0 && assigned.every(isInput);
  };
  // The same validation written inside the call that hands the input on (`this.handlers.createLabel(CreateLabel.parse(args))`).
  const validatedInPlace = (node: Node): boolean => {
    const made = unwrap(node);
    return Node.isCallExpression(made) && made.getArguments().some(isRaw);
  };
  const candidates = new Map<CallExpression, FunctionNode>();
  for (const call of branch.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    // A field of the input (`params.productData`) only for a method of an object held for this one tool.
    const fieldOfRaw = (arg: Node): boolean => {
      const value = unwrap(arg);
      return Node.isPropertyAccessExpression(value) && isRaw(value.getExpression()) && perToolObjectMethod(call, branch);
    };
    // The input reshaped into a per-tool function's own input: what is left of it after a few fields are picked out,
    // spread into the object handed on (`const { customer_id, ...rest } = args; const input: deals.CreateInput = { ...rest,
    // lead: { id: customer_id } }; deals.createDeal(client, input)`), only for a function of the project's modules.
    const reshapedRaw = (arg: Node): boolean => {
      const value = unwrap(arg);
      const made = Node.isIdentifier(value) ? localDeclarationWithin(value, branch)?.getInitializer() : value;
      const object = made ? unwrap(made) : undefined;
      return object !== undefined && Node.isObjectLiteralExpression(object) && object.getProperties().some((p) => Node.isSpreadAssignment(p) && isRestOfRaw(p.getExpression()));
    };
    const isRestOfRaw = (node: Node): boolean => {
      const value = unwrap(node);
      const binding = Node.isIdentifier(value) ? resolveIdentifier(value) : undefined;
      const element = binding?.kind === 'local' ? binding.declaration : undefined;
      if (!element || !Node.isBindingElement(element) || !element.getDotDotDotToken()) return false;
      const declaration = element.getParent()?.getParent();
      const init = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
      return init !== undefined && isRaw(init);
    };
    const ownModule = ownModuleFunction(call, branch);
    const passes = call.getArguments().some((arg) => isRaw(arg) || madeOfRaw(arg) || validatedInPlace(arg) || fieldOfRaw(arg) || (ownModule && reshapedRaw(arg)));
    // A function of its own (`sendMessageHandler(args, ctx)`), or a method written for this one tool
    // (`this.handlePostTweet(args)`, `handlers.handleAddTicketFeed(args)`), not a method of a service many tools
    // share (`productService.createProduct(args)`, `this.post('/tickets', args)`: a helper, its write reported at the case).
    if (!passes || !(Node.isIdentifier(unwrap(call.getExpression())) || ownModule || ownToolMethod(call, branch, model) || perToolObjectMethod(call, branch))) continue;
    const fn = model.functionCalledBy(call) ?? factoryMadeFunction(call, model);
    if (fn?.getBody() && returnsResultOf(call)) candidates.set(call, fn);
  }
  // `const input = validate(args); return send(client, input)`: a call whose result another candidate is handed makes
  // that one's input, it runs no tool.
  const handedOn = (call: CallExpression): boolean => {
    const declaration = call.getFirstAncestor((a) => Node.isVariableDeclaration(a) || a === branch);
    if (!declaration || !Node.isVariableDeclaration(declaration)) return false;
    const name = declaration.getName();
    return [...candidates.keys()].some((other) => other !== call && other.getArguments().some((arg) => Node.isIdentifier(unwrap(arg)) && unwrap(arg).getText() === name));
  };
  let found: FunctionNode | undefined;
  for (const [call, fn] of candidates) {
    if (handedOn(call)) continue;
    if (found && found !== fn) return undefined;
    found = fn;
  }
  return found;
}

/** The values assigned to a `let` (`x = value`) in the function around it, before `end`. */
function assignmentsBefore(declaration: Node, around: Node | undefined, end: number): Node[] {
  if (!around || !Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) return [];
  const name = declaration.getName();
  const out: Node[] = [];
  for (const binary of descendantsOfKind(around, SyntaxKind.BinaryExpression)) {
    if (binary.getStart() >= end || binary.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = unwrap(binary.getLeft());
    if (!Node.isIdentifier(left) || left.getText() !== name) continue;
    const binding = resolveIdentifier(left);
    if (binding.kind === 'local' && binding.declaration === declaration) out.push(binary.getRight());
  }
  return out;
}

/**
 * `case 'create': return createRecordHandler(args)` where `createRecordHandler = createCreateHandler({ clientAction:
 * async (client, args) => … })`: the function the project factory's product runs (handler-values.ts factoryRunFunction).
 */
function factoryMadeFunction(call: CallExpression, model: ProjectModel): FunctionNode | undefined {
  const callee = unwrap(call.getExpression());
  if (!Node.isIdentifier(callee)) return undefined;
  const made = writtenValue(callee, model);
  return made && Node.isCallExpression(made) ? factoryRunFunction(made, model) : undefined;
}

/**
 * `case 'post_tweet': return await this.handlePostTweet(args)`, `case 'add_feed': return handlers.handleAddFeed(args)`:
 * a method this case alone calls on an object whose other methods other cases call — `this`, or an instance holding one
 * method per tool — and handed nothing written at the call. A method of a service one case uses (`mailService.send(args)`)
 * or that is told at the call what to do (`this.post('/tickets', args)`) is a helper, its write reported at the case.
 * Whether it is a project method with a body is asked by the caller.
 */
/** Distinct objects, one per case, a switch must call the same method on to be a switch over per-tool objects. */
const PER_TOOL_OBJECTS = 3;

/**
 * `case 'create_product': return this.createProductUseCase.execute(params.productData)`: the same method called in each
 * case on an object the class holds for that one case (a use case, a command object) — the object is the tool's, and
 * its method the tool's handler, handed the input or a field of it (README questions 84, 105: the per-tool function the
 * case hands the call to). A member that several cases call (`this.api.execute(…)`) is a shared helper.
 */
function perToolObjectMethod(call: CallExpression, branch: Node): boolean {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const receiver = unwrap(callee.getExpression());
  if (!Node.isPropertyAccessExpression(receiver) || !Node.isThisExpression(unwrap(receiver.getExpression()))) return false;
  const switchStatement = branch.getParent()?.getParent();
  if (!switchStatement || !Node.isSwitchStatement(switchStatement)) return false;
  const method = callee.getName();
  if (!/^[A-Za-z_$][\w$]*$/.test(method)) return false;
  const pattern = new RegExp(`(?<![\\w$.])this\\s*\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\.\\s*${method.replace(/[$]/g, '\\$&')}\\s*\\(`, 'g');
  const clausesByMember = new Map<string, number>();
  for (const clause of switchStatement.getClauses()) {
    for (const member of new Set([...clause.getText().matchAll(pattern)].map((m) => m[1]!))) clausesByMember.set(member, (clausesByMember.get(member) ?? 0) + 1);
  }
  const own = [...clausesByMember.values()].filter((count) => count === 1).length;
  return clausesByMember.get(receiver.getName()) === 1 && own >= PER_TOOL_OBJECTS;
}

/**
 * `calendar.createEvent(client, input)` under `import * as calendar from './tools/calendar.js'`: a function of one of the
 * project's own modules, reached through its namespace like a bare `createEvent(…)` through a named import — the tool's
 * per-tool function when no other case of the switch calls it (README question 84); one several cases share is a helper.
 */
function ownModuleFunction(call: CallExpression, branch: Node): boolean {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const namespace = unwrap(callee.getExpression());
  if (!Node.isIdentifier(namespace)) return false;
  const binding = resolveIdentifier(namespace);
  if (binding.kind !== 'import' || binding.exportName !== '*' || !binding.module.startsWith('.')) return false;
  const switchStatement = branch.getParent()?.getParent();
  if (!switchStatement || !Node.isSwitchStatement(switchStatement)) return false;
  const pattern = new RegExp(`(?<![\\w$.])${namespace.getText().replace(/[$]/g, '\\$&')}\\s*\\.\\s*${callee.getName().replace(/[$]/g, '\\$&')}\\s*\\(`);
  return switchStatement.getClauses().filter((clause) => pattern.test(clause.getText())).length === 1;
}

/** A member holding one method per tool, named for it (`this.textChannelHandlers`, `this.toolHandlers`). */
const HANDLERS_MEMBER = /[hH]andlers$/;

function ownToolMethod(call: CallExpression, branch: Node, model: ProjectModel): boolean {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const receiver = unwrap(callee.getExpression());
  // `this`, `handlers`, or a facade object the class holds (`this.brevoService`).
  const thisMember = Node.isPropertyAccessExpression(receiver) && Node.isThisExpression(unwrap(receiver.getExpression()));
  if (!Node.isThisExpression(receiver) && !Node.isIdentifier(receiver) && !thisMember) return false;
  const written = (arg: Node) => {
    const value = unwrap(arg);
    return Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value) || Node.isTemplateExpression(value) || Node.isNumericLiteral(value);
  };
  if (call.getArguments().some(written)) return false;
  const switchStatement = branch.getParent()?.getParent();
  if (!switchStatement || !Node.isSwitchStatement(switchStatement)) return false;
  // The methods each case calls on the same receiver (by its text: `this`, `handlers`).
  const pattern = new RegExp(`(?<![\\w$.])${receiver.getText().replace(/\s+/g, '').replace(/[$.]/g, '\\$&')}\\s*\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\(`, 'g');
  const clausesByMethod = new Map<string, number>();
  for (const clause of switchStatement.getClauses()) {
    for (const method of new Set([...clause.getText().matchAll(pattern)].map((m) => m[1]!))) clausesByMethod.set(method, (clausesByMethod.get(method) ?? 0) + 1);
  }
  const ownMethods = [...clausesByMethod.values()].filter((count) => count === 1).length;
  if (clausesByMethod.get(callee.getName()) !== 1 || ownMethods < 2) return false;
  // On another object, the method must answer the tool call itself (an MCP result, `{ content: [...] }`): a service's
  // `productService.createProduct(args)` returns its data to the case, which answers the call — a helper.
  if (Node.isThisExpression(receiver)) return true;
  const method = model.functionCalledBy(call);
  // On a facade the class holds (`this.brevoService.createCampaign(args)`), only a one-line facade method: a service
  // object's richer method (an adapter formatting its answer) is a helper the case calls. A handlers object the class
  // holds (`this.textChannelHandlers.handleSendMessage(args)`) is one per tool like `handlers` itself: its method that
  // answers the call is the tool's.
  if (thisMember) return isFacade(method) || (HANDLERS_MEMBER.test(receiver.getName()) && answersToolCall(method));
  return answersToolCall(method) || isFacade(method);
}

/**
 * `async sendEmail(args) { return this.emailService.sendEmail(args); }`: a one-statement method handing its parameters on
 * to one call — a facade with one method per tool, each the tool's per-tool function (README question 84), its label on
 * the delegating call.
 */
function isFacade(fn: FunctionNode | undefined): boolean {
  const body = fn?.getBody();
  if (!fn || !body || !Node.isBlock(body)) return false;
  const statements = body.getStatements();
  if (statements.length !== 1) return false;
  const only = statements[0]!;
  const value = Node.isReturnStatement(only) ? only.getExpression() : Node.isExpressionStatement(only) ? only.getExpression() : undefined;
  const call = value ? unwrap(value) : undefined;
  if (!call || !Node.isCallExpression(call)) return false;
  const parameters = new Set((fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters().map((p) => p.getName()));
  return parameters.size > 0 && call.getArguments().some((arg) => parameters.has(unwrap(arg).getText()));
}

/** Whether a function returns an MCP tool result it builds (`return { content: [{ type: 'text', text }] }`). */
function answersToolCall(fn: FunctionNode | undefined): boolean {
  const body = fn?.getBody();
  if (!body) return false;
  return body.getDescendantsOfKind(SyntaxKind.ReturnStatement).some((statement) => {
    if (enclosingFunctionOf(statement) !== fn) return false;
    const object = objectLiteralOf(statement.getExpression());
    return object !== undefined && propertyOf(object, 'content') !== undefined;
  });
}

/** `if (call.function.name === 'refund') { … }` */
export function fromDispatchIf(node: Node, model: ProjectModel): ToolHandler | undefined {
  if (!Node.isIfStatement(node)) return undefined;
  const condition = unwrap(node.getExpression());
  if (!isEquality(condition)) {
    const name = Node.isCallExpression(condition) ? toolPredicateName(condition, model) : undefined;
    return name === undefined ? undefined : { framework: 'raw tool loop', body: node.getThenStatement(), registration: node, name, annotations: {}, confidence: 'medium' };
  }
  const [left, right] = [condition.getLeft(), condition.getRight()];
  const literal = Node.isStringLiteral(right) ? right : Node.isStringLiteral(left) ? left : undefined;
  const other = literal === right ? left : right;
  if (!literal || !isToolNameExpression(other, model)) return undefined;
  return { framework: 'raw tool loop', body: node.getThenStatement(), registration: node, name: literal.getLiteralValue(), annotations: {}, confidence: 'medium' };
}

/**
 * `if (isCreateTaskToolUseBlock(block)) { … }`: a project predicate handed the block, whose last `return` compares the
 * tool's name with a literal (`return block.name === 'create_task'`, after checking the block's shape) — that literal.
 */
function toolPredicateName(call: CallExpression, model: ProjectModel): string | undefined {
  // Named for what it tells apart (`isCreateTaskToolUseBlock`, `isSendToolCall`): other calls in conditions are not resolved.
  if (call.getArguments().length !== 1 || !/tool/i.test(unwrap(call.getExpression()).getText())) return undefined;
  const predicate = model.functionCalledBy(call);
  const body = predicate?.getBody();
  if (!predicate || !body) return undefined;
  return model.memoize('tool-predicate-name', predicate, () => {
    const statements = Node.isBlock(body) ? body.getStatements() : [];
    const last = statements[statements.length - 1];
    const returned = last && Node.isReturnStatement(last) ? last.getExpression() : Node.isBlock(body) ? undefined : body;
    const comparison = returned ? unwrap(returned) : undefined;
    if (!comparison || !isEquality(comparison)) return undefined;
    const [left, right] = [comparison.getLeft(), comparison.getRight()];
    const literal = Node.isStringLiteral(right) ? right : Node.isStringLiteral(left) ? left : undefined;
    const other = literal === right ? left : right;
    return literal && isToolNameExpression(other, model) ? literal.getLiteralValue() : undefined;
  });
}

function isEquality(node: Node): node is BinaryExpression {
  if (!Node.isBinaryExpression(node)) return false;
  const operator = node.getOperatorToken().getKind();
  return operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken;
}

/**
 * A call that runs what a table holds under the model's tool name — `handlers[call.function.name](args)`,
 * `tools.find((t) => t.name === block.name)?.execute(input)`, `toolMap.get(name)!.run(args)`, directly or
 * through a variable holding the lookup: every function the table holds (or each entry's `execute`/`run`) is a tool.
 */
export function fromDispatchTable(call: CallExpression, model: ProjectModel): ToolHandler[] {
  let invoked = unwrap(call.getExpression());
  let member: string | undefined;
  if (Node.isPropertyAccessExpression(invoked)) {
    member = ['call', 'apply'].includes(invoked.getName()) ? undefined : invoked.getName();
    invoked = unwrap(invoked.getExpression());
  }
  // `entry[1](client, message, args)` over `TOOLS = { kick_member: [schema(…), kickMember] }`: the tuple's function.
  let element: number | undefined;
  if (member === undefined && Node.isElementAccessExpression(invoked)) {
    const key = invoked.getArgumentExpression();
    if (key && Node.isNumericLiteral(key)) {
      element = Number(key.getLiteralValue());
      invoked = unwrap(invoked.getExpression());
    }
  }
  // `const handler = HANDLERS[name]; const run = handler as Handler; run(args)`: a few variables deep at most.
  let table: Node | undefined;
  for (let held: Node | undefined = invoked, step = 0; held && !table && step < 4; held = heldValue(held), step++) table = lookupTable(held, model, call);
  if (!table) return [];
  const registered = registrationNaming(table, call, model);
  const framework = registered ? `MCP ${registered} (handler table)` : 'raw tool loop';
  const out: ToolHandler[] = [];
  for (const entry of tableEntries(table, model, 0)) {
    const fn = element === undefined ? entryHandler(entry, member, model) : tupleElementHandler(entry, element, model);
    if (!fn) continue;
    out.push({ framework, body: fn, fn, registration: entry.registration, name: entry.name ?? entryName(entry.value, model), annotations: {}, confidence: 'medium' });
  }
  if (out.length > 0 || member === undefined || element !== undefined) return out;
  // `register(tool: BaseTool) { this.tools.set(tool.name, tool) }` fed by callers no value reaches: the classes the
  // table's written element type (`Map<string, BaseTool>`) stands for, each instance's method the lookup calls.
  for (const cls of classesHeldBy(table, model)) {
    const fn = dispatchedMethod(cls, member, model);
    if (fn) out.push({ framework, body: fn, fn, registration: cls, name: className(cls), annotations: {}, confidence: 'medium' });
  }
  return out;
}

/**
 * The method a call of `member` on an instance of `cls` runs, followed through the base class into the subclass: when
 * `cls` inherits `member` (a base class's public `execute` that validates and calls the abstract `executeImpl`), the
 * method of `cls`'s own that the inherited one calls on `this` where the base declares it abstract — each tool class's
 * part of the run. A hook the base itself implements and a subclass overrides leaves the inherited method the handler.
 */
export function dispatchedMethod(cls: ClassNode, member: string, model: ProjectModel): FunctionNode | undefined {
  const method = model.methodOf(cls, member);
  const base = method?.getParent();
  if (!method || base === cls || !Node.isMethodDeclaration(method) || !(Node.isClassDeclaration(base) || Node.isClassExpression(base))) return method;
  for (const call of descendantsOfKind(method, SyntaxKind.CallExpression)) {
    const callee = unwrap(call.getExpression());
    if (!Node.isPropertyAccessExpression(callee) || unwrap(callee.getExpression()).getKind() !== SyntaxKind.ThisKeyword) continue;
    if (nonArrowFunctionAround(call) !== method) continue;
    const own = classMethod(cls, callee.getName());
    const declared = own?.getBody() ? classMethod(base, callee.getName()) : undefined;
    if (declared?.isAbstract()) return own as FunctionNode;
  }
  return method.getBody() ? method : undefined;
}

/** The nearest function around a node that has its own `this` (arrow functions take their surroundings'). */
function nonArrowFunctionAround(node: Node): Node | undefined {
  let fn = enclosingFunctionOf(node);
  while (fn && Node.isArrowFunction(fn)) fn = enclosingFunctionOf(fn);
  return fn;
}

/** `readonly name = 'create_invoice'`: the tool name a class declares. */
function className(cls: ClassNode): string | undefined {
  const field = classProperty(cls, 'name')?.getInitializer();
  return field && Node.isStringLiteral(field) ? field.getLiteralValue() : undefined;
}

/** The table looked up by the model's tool name: `T[name]`, `T.get(name)`, `T.find((t) => t.name === name)`. */
function lookupTable(node: Node | undefined, model: ProjectModel, call: CallExpression): Node | undefined {
  if (!node) return undefined;
  const value = unwrap(node);
  if (Node.isElementAccessExpression(value)) {
    const key = value.getArgumentExpression();
    return key && (isModelToolName(key, model, 0) || registrationNaming(value, call, model) !== undefined) ? value.getExpression() : undefined;
  }
  if (!Node.isCallExpression(value)) return undefined;
  const callee = value.getExpression();
  const [arg] = value.getArguments();
  if (!arg) return undefined;
  if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'get' && isModelToolName(arg, model, 0)) return callee.getExpression();
  if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'find' && findsByToolName(arg, model)) return callee.getExpression();
  return tableReturnedFor(value, model);
}

const NAME_ENDING = /name$/i;

/**
 * `const handler = getHandler(name)` where the project function returns what a table holds under its parameter
 * (`function getHandler(name) { const handlers = { create_entry: … }; return handlers[name as keyof typeof handlers] }`,
 * or `this.handlers.get(name)`): the table, when the argument given for that parameter is the model's tool name.
 */
function tableReturnedFor(call: CallExpression, model: ProjectModel): Node | undefined {
  const args = call.getArguments();
  if (args.length === 0 || args.length > 3) return undefined;
  // Asked of every call a dispatch's callee may hold (`const res = await fetch(…)`): resolve only a call handed a name.
  if (!args.some((arg) => NAME_ENDING.test(withoutCaseFolding(arg).getText()))) return undefined;
  const fn = model.functionCalledBy(call);
  const body = fn?.getBody();
  if (!fn || !body) return undefined;
  const params = (fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters();
  const returned = returnedExpressionsOf(fn);
  for (const expression of returned) {
    if (!expression) continue;
    const value = unwrap(expression);
    let table: Node | undefined;
    let key: Node | undefined;
    if (Node.isElementAccessExpression(value)) [table, key] = [value.getExpression(), value.getArgumentExpression()];
    else if (Node.isCallExpression(value)) {
      const getter = value.getExpression();
      if (Node.isPropertyAccessExpression(getter) && getter.getName() === 'get') [table, key] = [getter.getExpression(), value.getArguments()[0]];
    }
    const keyName = key ? withoutCaseFolding(key) : undefined;
    if (!table || !keyName || !Node.isIdentifier(keyName)) continue;
    const binding = resolveIdentifier(keyName);
    const index = binding.kind === 'local' ? params.indexOf(binding.declaration as ParameterDeclaration) : -1;
    const given = index >= 0 ? args[index] : undefined;
    if (given && isModelToolName(given, model, 0)) return table;
  }
  return undefined;
}

/**
 * `tools.forEach((tool) => server.tool(tool.name, …, async (args) => HANDLERS[tool.name](args)))`: a registration
 * whose handler runs what a table holds under the very name it registers (the same expression, the same
 * binding): the registration method's name, when `lookup` (`T[key]`, or anything holding it) is keyed so and
 * `call` runs inside that registration's handler.
 */
function registrationNaming(lookup: Node, call: CallExpression, model: ProjectModel): string | undefined {
  let access: Node | undefined = unwrap(lookup);
  if (!Node.isElementAccessExpression(access)) access = access.getParent();
  if (!access || !Node.isElementAccessExpression(access)) return undefined;
  const key = access.getArgumentExpression();
  if (!key) return undefined;
  const keyText = flatText(unwrap(key));
  for (const ancestor of call.getAncestors()) {
    if (!Node.isCallExpression(ancestor)) continue;
    const callee = ancestor.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !model.knowledge.mcpRegistrationMethods.includes(callee.getName())) continue;
    const [name, ...rest] = ancestor.getArguments();
    if (!name || flatText(unwrap(name)) !== keyText || sameRoot(name, key) === false) continue;
    // the dispatch runs in the handler (a later argument), not in the name or schema
    if (rest.some((arg) => arg.containsRange(call.getPos(), call.getEnd()))) return callee.getName();
  }
  return undefined;
}

/** Whether two accesses (`tool.name`) start from the same binding; undefined when either root is not a name. */
function sameRoot(a: Node, b: Node): boolean | undefined {
  const root = (node: Node): Node | undefined => {
    let current = unwrap(node);
    while (Node.isPropertyAccessExpression(current)) current = unwrap(current.getExpression());
    if (!Node.isIdentifier(current)) return undefined;
    const binding = resolveIdentifier(current);
    return binding.kind === 'local' ? binding.declaration : undefined;
  };
  const [x, y] = [root(a), root(b)];
  return x === undefined || y === undefined ? undefined : x === y;
}

/** `const handler = handlers[name] ?? fallback`: the value a local variable was given. */
function heldValue(node: Node): Node | undefined {
  if (!Node.isIdentifier(node)) return undefined;
  const binding = resolveIdentifier(node);
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return undefined;
  const init = binding.declaration.getInitializer();
  const value = init ? unwrap(init) : undefined;
  if (value && Node.isBinaryExpression(value) && ['??', '||'].includes(value.getOperatorToken().getText())) return value.getLeft();
  return value;
}

/** `(t) => t.name === call.function.name` (or `({ name }) => name === toolName`). */
function findsByToolName(callback: Node, model: ProjectModel): boolean {
  const fn = unwrap(callback);
  if (!Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) return false;
  const param = fn.getParameters()[0];
  let test: Node | undefined = fn.getBody();
  if (test && Node.isBlock(test)) {
    const statements = test.getStatements();
    const only = statements.length === 1 ? statements[0] : undefined;
    test = only && Node.isReturnStatement(only) ? only.getExpression() : undefined;
  }
  test = test ? unwrap(test) : undefined;
  if (!param || !test || !isEquality(test)) return false;
  const [left, right] = [test.getLeft(), test.getRight()];
  return (readsParameter(left, param) && isModelToolName(right, model, 0)) || (readsParameter(right, param) && isModelToolName(left, model, 0));
}

function readsParameter(node: Node, param: ParameterDeclaration): boolean {
  let root = unwrap(node);
  while (Node.isPropertyAccessExpression(root)) root = unwrap(root.getExpression());
  if (!Node.isIdentifier(root)) return false;
  const binding = resolveIdentifier(root);
  return binding.kind === 'local' && param.containsRange(binding.declaration.getPos(), binding.declaration.getEnd());
}

/**
 * Whether a value is the tool name a model sent: `call.function.name` (Chat Completions' shape), or a
 * `.name`/`.toolName` read in code that handles tool calls, also through a const, a destructuring of the
 * call, or a parameter that a caller in the same file passes such a name.
 */
function isModelToolName(key: Node, model: ProjectModel, depth: number): boolean {
  const node = withoutCaseFolding(key);
  if (!Node.isIdentifier(node)) return readsToolName(flatText(node), node, model);
  if (depth > 3) return false;
  const binding = resolveIdentifier(node);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  if (Node.isVariableDeclaration(declaration)) {
    const init = declaration.getInitializer();
    return init !== undefined && isModelToolName(withoutFallback(init), model, depth + 1);
  }
  if (Node.isBindingElement(declaration)) {
    const property = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
    const holder = declaration.getParent()?.getParent();
    const init = holder && Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
    // const { name, arguments: args } = toolCall.function (or `= params || {}`)
    if (init) return readsToolName(`${flatText(withoutFallback(init))}.${property}`, node, model);
    // for (const { name, input } of toolUses) / uses.map(({ name, input }) => …)
    if (!/^(?:name|toolName)$/.test(property)) return false;
    if (handlesToolCalls(node, model)) return true;
    // handleRequest: async ({ name, args }) => …, a function a registration runs for every tool call
    const param = declaration.getFirstAncestor((a) => Node.isParameterDeclaration(a));
    const owner = param?.getParent();
    return owner !== undefined && isRegisteredHandler(owner, model);
  }
  // `function executeToolByName(tool_name, args) { return registry[tool_name](args) }`: a parameter the code itself names
  // the tool's name (a gateway relaying the model's choice over HTTP), or one its callers pass such a name.
  if (Node.isParameterDeclaration(declaration)) return TOOL_NAME_PARAMETER.test(declaration.getName()) || passedToolName(declaration, model, depth);
  return false;
}

/** `params?.name ?? ''`, `params || {}`: the value read, without the default given when it is missing. */
function withoutFallback(node: Node): Node {
  const value = unwrap(node);
  if (!Node.isBinaryExpression(value)) return value;
  const operator = value.getOperatorToken().getKind();
  return operator === SyntaxKind.QuestionQuestionToken || operator === SyntaxKind.BarBarToken ? unwrap(value.getLeft()) : value;
}

/** Whether an access (as text) reads a tool call's name: by its shape, or a `.name` in code that handles tool calls. */
function readsToolName(access: string, at: Node, model: ProjectModel): boolean {
  if (chatCompletionsToolName.test(access)) return true;
  if (!toolNameAccess.test(access) && !mcpToolName.test(access)) return false;
  return handlesToolCalls(at, model) || readsRegisteredHandlerParameter(at, model);
}

/**
 * `req.name` where `req` is a parameter of a function a tool registration runs for every call (a dispatcher handed
 * to the project's own MCP wrapper, `runServer({ handleRequest: async (req) => handlers[req.name](req.args) })`):
 * what the registration passes it is the call, so its name is the tool's.
 */
function readsRegisteredHandlerParameter(at: Node, model: ProjectModel): boolean {
  let root = unwrap(at);
  while (Node.isPropertyAccessExpression(root)) root = unwrap(root.getExpression());
  if (!Node.isIdentifier(root)) return false;
  const binding = resolveIdentifier(root);
  if (binding.kind !== 'local' || !Node.isParameterDeclaration(binding.declaration)) return false;
  return isRegisteredHandler(binding.declaration.getParent(), model);
}

/** The outermost function around `node` (or its file, at top level) handles model tool calls. */
function handlesToolCalls(node: Node, model: ProjectModel): boolean {
  const functions = node.getAncestors().filter((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
  const scope = functions[functions.length - 1] ?? node.getSourceFile();
  return model.memoize('handles-tool-calls', scope, () => {
    // setRequestHandler(CallToolRequestSchema, async (request) => …), message.tool_calls.map(async (call) => …):
    // what the function is handed to says what it handles.
    const parent = scope.getParent();
    return toolCallMarkers.test((parent && Node.isCallExpression(parent) ? parent : scope).getText());
  });
}

/** `async function runTool(name, args) { return handlers[name](args) }` called with `toolCall.function.name` (in its file or an importer). */
function passedToolName(param: ParameterDeclaration, model: ProjectModel, depth: number): boolean {
  return model.memoize('passed-tool-name', param, () => {
    const fn = param.getParent();
    const name = functionName(fn);
    if (!name || !('getParameters' in fn)) return false;
    const index = fn.getParameters().indexOf(param);
    // Its callers in its package's files, analysed by this run or not (`handleTool(toolCall.name, args)` in the chat
    // loop), as a lint of the whole project finds them — not only the run's importers, or the router named with a cron
    // job calling it by a fixed name would be judged by that job alone —, and in the run's files importing it (another
    // package of a workspace); with none, a function handed over as a property of an object (`new Brain({
    // toolCallInterceptor: (name, args) => route(name, args) })`) is called as that member inside what it is handed to
    // (`this.config.toolCallInterceptor(name, args, meta)`).
    // A router that a registered handler calls with the name it was registered under (`this.tool(tool.method, …,
    // async (arg) => api.run(tool.method, arg))`) is that handler's helper, also where another toolkit of the package
    // dispatches it by the model's name: the registered arrow is the handler and its writes are reported there
    // (corpus README questions 84, 125; question 11's helper shared by every tool's handler goes to question 8).
    const callers = [...new Set([...model.packageCallSitesOf(fn), ...model.callSitesOf(fn)])];
    const byName = (call: Node): boolean | undefined => {
      if (!Node.isCallExpression(call)) return undefined;
      const arg = call.getArguments()[index];
      return arg !== undefined && isModelToolName(arg, model, depth + 1);
    };
    if (callers.some((call) => byName(call) === false && registeredHandlerAround(call, model))) return false;
    return (callers.length > 0 ? callers : model.handedObjectMemberCalls(fn)).some((call) => byName(call) === true);
  });
}

/** The call sits in a registered tool handler's own body (`server.tool(name, schema, async (args) => call(…))`). */
function registeredHandlerAround(call: Node, model: ProjectModel): boolean {
  const around = enclosingFunctionOf(call);
  return around !== undefined && isRegisteredHandler(around, model);
}

function functionName(fn: Node): string | undefined {
  if (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) return fn.getName();
  const holder = fn.getParent();
  return holder && (Node.isVariableDeclaration(holder) || Node.isPropertyDeclaration(holder) || Node.isPropertyAssignment(holder)) ? holder.getName() : undefined;
}

export interface TableEntry {
  /** What the table holds under one tool name: a function, or an object/instance with the method called. */
  value: Node;
  /** The member of `value` the table holds instead of `value` itself (`tools.map((t) => [t.definition.name, t.execute])`). */
  member?: string;
  /**
   * The member of the table's entry that `value` is, when the table holds an object built around it (a registry's
   * `tools.set(tool.name, { tool, executor })` with `executor` handed in by each caller): a lookup's `entry.executor` runs it.
   */
  heldAs?: string;
  name?: string;
  /** Where the entry is put in the table (the finding's "tool registered here"). */
  registration: Node;
}

/** The entries of a table: an object's properties, an array's elements, a Map's pairs (and its `.set` calls). */
/** Array methods whose result holds some of the receiver's own elements. */
const LIST_SUBSETS = new Set(['filter', 'slice', 'toSorted', 'toReversed']);

export function tableEntries(table: Node, model: ProjectModel, depth: number): TableEntry[] {
  if (depth > 4) return [];
  const module = wholeModuleImported(table, model);
  if (module) return moduleEntries(module, model);
  const members = eachElementsMember(table, model, depth);
  if (members) return members;
  // for (const category of CATEGORIES) … category: each element of the list the loop walks is a table.
  const elements = loopBoundEntries(table, model, depth);
  if (elements) return elements.flatMap((element) => tableEntries(element.value, model, depth + 1));
  const { value, declaration } = definition(table, model);
  if (!value) return [];
  if (Node.isObjectLiteralExpression(value)) {
    if (value.getProperties().length === 0) return loopFilledEntries(value, model, depth);
    return value.getProperties().flatMap((property): TableEntry[] => {
      if (Node.isSpreadAssignment(property)) return tableEntries(property.getExpression(), model, depth + 1);
      const entry = propertyValue(property);
      return entry ? [{ value: entry, name: propertyName(property), registration: property }] : [];
    });
  }
  if (Node.isArrayLiteralExpression(value)) {
    return value.getElements().flatMap((element): TableEntry[] =>
      Node.isSpreadElement(element) ? tableEntries(element.getExpression(), model, depth + 1) : [{ value: element, registration: element }],
    );
  }
  if (Node.isNewExpression(value) && isGlobal(value.getExpression(), 'Map')) {
    const [pairs] = value.getArguments();
    return [...(pairs ? pairEntries(pairs, model, depth + 1) : []), ...(declaration ? setEntries(declaration, model) : [])];
  }
  if (Node.isCallExpression(value)) {
    // Object.fromEntries(pairs), Object.values(table)
    const callee = value.getExpression();
    const [arg] = value.getArguments();
    // tools.filter((tool) => enabled(tool.name)), tools.slice(): some of the list's own entries.
    if (Node.isPropertyAccessExpression(callee) && LIST_SUBSETS.has(callee.getName()) && !isGlobal(callee.getExpression(), 'Object')) {
      return tableEntries(callee.getExpression(), model, depth + 1);
    }
    // await Promise.all([load('a'), load('b')]): what each promise of the list settles to, in order.
    if (arg && isPromiseAll(value)) return tableEntries(arg, model, depth + 1);
    // { handlers: makeHandlers(client) }: the table the project function returns.
    if (model.functionCalledBy(value)) {
      const made = valueOf(value, model);
      return made?.kind === 'node' && made.node !== value ? tableEntries(made.node, model, depth + 1) : [];
    }
    if (!arg || !Node.isPropertyAccessExpression(callee) || !isGlobal(callee.getExpression(), 'Object')) return [];
    if (callee.getName() === 'fromEntries') return pairEntries(arg, model, depth + 1);
    if (callee.getName() === 'values') return tableEntries(arg, model, depth + 1);
  }
  return [];
}

/**
 * `group.handlers` for each `group` of a list a loop walks (`for (const group of groups)`, each group the `{ tools,
 * handlers }` a tool module's factory returns): the entries that member holds in every element. Undefined when the
 * table is not a member of a loop's element.
 */
function eachElementsMember(table: Node, model: ProjectModel, depth: number): TableEntry[] | undefined {
  const access = unwrap(table);
  if (!Node.isPropertyAccessExpression(access)) return undefined;
  const collection = iteratedCollection(access.getExpression(), access);
  if (!collection) return undefined;
  return tableEntries(collection, model, depth + 1).flatMap((element) => {
    const member = propertyValue(propertyOf(elementObject(element.value, model, 0), access.getName()));
    return member ? tableEntries(member, model, depth + 1) : [];
  });
}

/**
 * The values a name a `for…of` loop binds takes, one per element of the list it walks: the elements themselves, or the
 * member a destructuring takes of each (`for (const { tool, executor } of category)`: each entry's `executor`), each
 * registered where the element is written. Undefined when the name is not bound by such a loop.
 */
function loopBoundEntries(node: Node, model: ProjectModel, depth: number): TableEntry[] | undefined {
  const value = unwrap(node);
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local') return undefined;
  let declaration: Node | undefined = binding.declaration;
  let member: string | undefined;
  if (Node.isBindingElement(declaration)) {
    const pattern = declaration.getParent();
    if (!Node.isObjectBindingPattern(pattern) || declaration.getDotDotDotToken()) return undefined;
    member = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
    declaration = pattern.getParent();
  }
  const loop = declaration?.getParent()?.getParent();
  if (!Node.isVariableDeclaration(declaration) || !loop || !Node.isForOfStatement(loop)) return undefined;
  const elements = tableEntries(loop.getExpression(), model, depth + 1);
  if (member === undefined) return elements;
  const key = member;
  return elements.flatMap((element): TableEntry[] => {
    const held = propertyValue(propertyOf(elementObject(element.value, model, 0), key));
    return held ? [{ value: held, registration: element.registration }] : [];
  });
}

/**
 * The object an element of a list is: written there, held by a name (also the one a destructured list gives it, `const
 * [orders, notes] = await Promise.all([…])`), what a project function returns for it, or what the callback of a `.then`
 * on it returns (`import('./orders.js').then((m) => m.getTools(api))`, settled in the list).
 */
function elementObject(element: Node, model: ProjectModel, depth: number): ObjectLiteralExpression | undefined {
  if (depth > 6) return undefined;
  const value = unwrap(element);
  if (Node.isObjectLiteralExpression(value)) return value;
  if (Node.isIdentifier(value)) {
    const declaration = model.declarationOfName(value);
    if (declaration && Node.isBindingElement(declaration)) {
      const listed = positionalElement(declaration, model);
      return listed ? elementObject(listed, model, depth + 1) : undefined;
    }
    const init = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
    return init ? elementObject(init, model, depth + 1) : undefined;
  }
  if (!Node.isCallExpression(value)) return undefined;
  const callee = unwrap(value.getExpression());
  const callback = value.getArguments()[0];
  if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'then' && callback) {
    const fn = unwrap(callback);
    const returned = Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) ? returnedExpressionsOf(fn) : [];
    return returned.length === 1 && returned[0] ? elementObject(returned[0], model, depth + 1) : undefined;
  }
  if (!model.functionCalledBy(value)) return undefined;
  const made = valueOf(value, model);
  return made?.kind === 'node' && Node.isObjectLiteralExpression(made.node) ? made.node : undefined;
}

/** `const [orders, notes] = await Promise.all([loadOrders(), loadNotes()])`: the element of the list a destructured name takes. */
function positionalElement(binding: BindingElement, model: ProjectModel): Node | undefined {
  const pattern = binding.getParent();
  const holder = pattern.getParent();
  const init = Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
  if (!Node.isArrayBindingPattern(pattern) || !init || binding.getDotDotDotToken()) return undefined;
  const index = pattern.getElements().indexOf(binding);
  let list: Node | undefined = unwrap(init);
  if (Node.isCallExpression(list) && isPromiseAll(list)) list = list.getArguments()[0];
  list = list ? definition(list, model).value : undefined;
  if (!list || !Node.isArrayLiteralExpression(list)) return undefined;
  const elements = list.getElements().slice(0, index + 1);
  return elements.length === index + 1 && !elements.some((e) => Node.isSpreadElement(e)) ? elements[index] : undefined;
}

function isPromiseAll(call: CallExpression): boolean {
  const callee = unwrap(call.getExpression());
  return Node.isPropertyAccessExpression(callee) && callee.getName() === 'all' && isGlobal(callee.getExpression(), 'Promise');
}

/** The collection a loop variable or an iteration callback's parameter walks (`for (const t of tools)`, `tools.forEach((t) => …)`), around `site`. */
export function iteratedCollection(element: Node, site: Node): Node | undefined {
  const value = unwrap(element);
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local') return undefined;
  const declaration = binding.declaration;
  if (Node.isVariableDeclaration(declaration)) {
    const loop = declaration.getParent()?.getParent();
    return loop && Node.isForOfStatement(loop) && loop.getStatement().containsRange(site.getPos(), site.getEnd()) ? loop.getExpression() : undefined;
  }
  if (!Node.isParameterDeclaration(declaration)) return undefined;
  const owner = declaration.getParent();
  const iteration = owner?.getParent();
  if (!owner || !iteration || !Node.isCallExpression(iteration) || !(Node.isArrowFunction(owner) || Node.isFunctionExpression(owner))) return undefined;
  if (iteration.getArguments()[0] !== owner || owner.getParameters()[0] !== declaration || !owner.containsRange(site.getPos(), site.getEnd())) return undefined;
  const method = unwrap(iteration.getExpression());
  return Node.isPropertyAccessExpression(method) && ['forEach', 'map', 'flatMap'].includes(method.getName()) ? method.getExpression() : undefined;
}

/**
 * `const wrapped = {}; for (const [name, handler] of Object.entries(handlers)) wrapped[name] = async (…) => handler(…)`:
 * a table filled in a loop with each entry of another table (itself, or a function calling it) holds that table's
 * entries — the functions a lookup in it runs.
 */
function loopFilledEntries(object: Node, model: ProjectModel, depth: number): TableEntry[] {
  const declaration = object.getParent();
  if (!declaration || !Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) return [];
  const scope = enclosingFunctionOf(declaration) ?? declaration.getSourceFile();
  for (const assignment of model.nodesOfKinds<BinaryExpression>(scope, [SyntaxKind.BinaryExpression])) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const target = unwrap(assignment.getLeft());
    if (!Node.isElementAccessExpression(target)) continue;
    const table = unwrap(target.getExpression());
    if (!Node.isIdentifier(table) || table.getText() !== declaration.getName() || resolveIdentifier(table).kind !== 'local') continue;
    const source = entriesLoopSource(assignment, assignment.getRight());
    if (source) return tableEntries(source, model, depth + 1);
  }
  return [];
}

/** The table `T` of the `for (const [key, value] of Object.entries(T))` around `site` whose `value` `assigned` is or calls. */
function entriesLoopSource(site: Node, assigned: Node): Node | undefined {
  const loop = site.getFirstAncestorByKind(SyntaxKind.ForOfStatement);
  const initializer = loop?.getInitializer();
  const pattern = initializer && Node.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0]?.getNameNode() : undefined;
  const element = pattern && Node.isArrayBindingPattern(pattern) ? pattern.getElements()[1] : undefined;
  if (!loop || !element || !Node.isBindingElement(element)) return undefined;
  const iterated = unwrap(loop.getExpression());
  const callee = Node.isCallExpression(iterated) ? iterated.getExpression() : undefined;
  if (!callee || !Node.isPropertyAccessExpression(callee) || callee.getName() !== 'entries' || !isGlobal(callee.getExpression(), 'Object')) return undefined;
  const isValue = (node: Node) => Node.isIdentifier(node) && (() => {
    const binding = resolveIdentifier(node);
    return binding.kind === 'local' && binding.declaration === element;
  })();
  const value = unwrap(assigned);
  const runsValue = isValue(value) || ((Node.isArrowFunction(value) || Node.isFunctionExpression(value)) &&
    value.getDescendantsOfKind(SyntaxKind.CallExpression).some((call) => isValue(unwrap(call.getExpression()))));
  return runsValue ? (iterated as CallExpression).getArguments()[0] : undefined;
}

/** `[['refund', refundOrder], …]`, `Object.entries(handlers)`, `tools.map((t) => [t.name, t])`. */
function pairEntries(pairs: Node, model: ProjectModel, depth: number): TableEntry[] {
  const value = definition(pairs, model).value;
  if (!value) return [];
  if (Node.isArrayLiteralExpression(value)) {
    return value.getElements().flatMap((pair): TableEntry[] => {
      const tuple = unwrap(pair);
      if (!Node.isArrayLiteralExpression(tuple)) return [];
      const [key, entry] = tuple.getElements();
      return entry ? [{ value: entry, name: key && Node.isStringLiteral(key) ? key.getLiteralValue() : undefined, registration: tuple }] : [];
    });
  }
  if (!Node.isCallExpression(value)) return [];
  const callee = value.getExpression();
  const [arg] = value.getArguments();
  if (!arg || !Node.isPropertyAccessExpression(callee)) return [];
  if (callee.getName() === 'entries' && isGlobal(callee.getExpression(), 'Object')) return tableEntries(arg, model, depth + 1);
  if (callee.getName() === 'map' && mapsToItself(arg)) return tableEntries(callee.getExpression(), model, depth + 1);
  const projected = callee.getName() === 'map' ? mapsToMember(arg) : undefined;
  if (projected) return tableEntries(callee.getExpression(), model, depth + 1).flatMap((entry) => (entry.member ? [] : [{ ...entry, member: projected }]));
  return [];
}

/** `(t) => [t.definition.name, t.execute]`: each pair holds a member of the element (`execute`), keyed by a name read off it. */
function mapsToMember(callback: Node): string | undefined {
  const fn = unwrap(callback);
  if (!Node.isArrowFunction(fn)) return undefined;
  const body = unwrap(fn.getBody());
  const param = fn.getParameters()[0]?.getNameNode();
  if (!param || !Node.isIdentifier(param) || !Node.isArrayLiteralExpression(body) || body.getElements().length !== 2) return undefined;
  const [key, second] = body.getElements().map((e) => unwrap(e));
  const readsElement = (node: Node | undefined): node is PropertyAccessExpression =>
    node !== undefined && Node.isPropertyAccessExpression(node) && rootName(node) === param.getText();
  if (!readsElement(key) || !/^(?:name|toolName|id)$/.test(key.getName())) return undefined;
  if (!second || !Node.isPropertyAccessExpression(second) || !Node.isIdentifier(unwrap(second.getExpression())) || unwrap(second.getExpression()).getText() !== param.getText()) return undefined;
  return second.getName();
}

function rootName(node: Node): string | undefined {
  let root = unwrap(node);
  while (Node.isPropertyAccessExpression(root)) root = unwrap(root.getExpression());
  return Node.isIdentifier(root) ? root.getText() : undefined;
}

/** `(t) => [t.name, t]`: each pair holds the element itself. */
function mapsToItself(callback: Node): boolean {
  const fn = unwrap(callback);
  if (!Node.isArrowFunction(fn)) return false;
  const body = unwrap(fn.getBody());
  const param = fn.getParameters()[0]?.getNameNode();
  const second = Node.isArrayLiteralExpression(body) ? body.getElements()[1] : undefined;
  return param !== undefined && Node.isIdentifier(param) && second !== undefined && unwrap(second).getText() === param.getText();
}

/** `toolMap.set('refund', refundOrder)` calls on a Map declared in a file (or a class, for `this.tools`). */
function setEntries(declaration: Node, model: ProjectModel): TableEntry[] {
  return model.memoize('map-set-entries', declaration, () => {
    const name = Node.isVariableDeclaration(declaration) || Node.isPropertyDeclaration(declaration) ? declaration.getName() : undefined;
    if (!name) return [];
    const scope = Node.isPropertyDeclaration(declaration) ? declaration.getParentOrThrow() : declaration.getSourceFile();
    const out: TableEntry[] = [];
    for (const call of model.nodesOfKinds<CallExpression>(scope, [SyntaxKind.CallExpression])) {
      const callee = call.getExpression();
      const [key, entry] = call.getArguments();
      if (!entry || !Node.isPropertyAccessExpression(callee) || callee.getName() !== 'set') continue;
      const target = unwrap(callee.getExpression());
      const same = Node.isIdentifier(target)
        ? target.getText() === name && definitionOf(target, model)?.declaration === declaration
        : Node.isPropertyAccessExpression(target) && Node.isThisExpression(target.getExpression()) && target.getName() === name;
      if (!same) continue;
      const given = givenByCallers(entry, call, model) ?? membersGivenByCallers(entry, call, model);
      // for (const [name, fn] of Object.entries(group.handlers)) byName.set(name, fn): that table's entries.
      const source = given ? undefined : entriesLoopSource(call, entry);
      if (given) out.push(...given);
      else if (source) out.push(...tableEntries(source, model, 1));
      else out.push({ value: entry, name: key && Node.isStringLiteral(key) ? key.getLiteralValue() : undefined, registration: call });
    }
    return out;
  });
}

/**
 * `function registerTool(tool, handler) { handlers.set(tool.name, handler) }`: a registry's own registration function
 * puts in the Map what its callers hand it, one tool per call (`registerTool(bashTool, runBash)` in the package's init):
 * those arguments, each registered at its call. Undefined when the entry is not a parameter of the function around the `.set`.
 */
function givenByCallers(entry: Node, set: CallExpression, model: ProjectModel, heldAs?: string): TableEntry[] | undefined {
  const value = unwrap(entry);
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  const parameter = binding.kind === 'local' ? binding.declaration : undefined;
  if (!parameter || !Node.isParameterDeclaration(parameter)) return undefined;
  const fn = parameter.getParent();
  if (!set.getFirstAncestor((a) => a === fn) || !('getParameters' in fn)) return undefined;
  const index = (fn as unknown as { getParameters(): ParameterDeclaration[] }).getParameters().indexOf(parameter);
  const out: TableEntry[] = [];
  for (const site of model.packageCallSitesOf(fn, true)) {
    const arg = Node.isCallExpression(site) ? site.getArguments()[index] : undefined;
    // registry.register(tool, executor) in `for (const { tool, executor } of category)`: each entry's executor.
    if (arg) out.push(...(loopBoundEntries(arg, model, 1) ?? [{ value: arg, registration: site }]).map((given) => ({ ...given, heldAs })));
  }
  return out;
}

/**
 * `register(tool, executor) { this.tools.set(tool.name, { tool, executor }) }`: an object a registry builds around what
 * its callers hand it — each member the function's parameter holds is what the callers pass for it, as that member.
 */
function membersGivenByCallers(entry: Node, set: CallExpression, model: ProjectModel): TableEntry[] | undefined {
  const object = unwrap(entry);
  if (!Node.isObjectLiteralExpression(object)) return undefined;
  const out: TableEntry[] = [];
  for (const property of object.getProperties()) {
    const name = Node.isSpreadAssignment(property) ? undefined : propertyName(property);
    const held = propertyValue(property);
    const given = name !== undefined && held ? givenByCallers(held, set, model, name) : undefined;
    if (given) out.push(...given);
  }
  return out.length > 0 ? out : undefined;
}

function isGlobal(node: Node, name: string): boolean {
  return Node.isIdentifier(node) && node.getText() === name && resolveIdentifier(node).kind === 'global';
}

/** What a name stands for: the initializer of a local const, a project module's export, or a class field (`this.tools`). */
/** `const tools = require('./tools')`, `import * as tools from './tools.js'`: the project module a name holds whole. */
function wholeModuleImported(node: Node, model: ProjectModel): SourceFile | undefined {
  const value = unwrap(node);
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'import' || (binding.exportName !== '*' && binding.exportName !== COMMONJS_MODULE)) return undefined;
  return model.sourceFileForImport(value.getSourceFile(), binding.module);
}

/**
 * The functions a CommonJS module exports, as a table (`tools[toolCall.function.name](args)` over `require('./tools')`):
 * `module.exports = { a, b }`, `exports.a = …`. (Found from the module's own file too: tool-handlers.ts' importers by path.)
 */
function moduleEntries(file: SourceFile, model: ProjectModel): TableEntry[] {
  return model.memoize('module-table-entries', file, () => {
    const out: TableEntry[] = [];
    for (const statement of file.getStatements()) {
      if (Node.isExpressionStatement(statement)) {
        const assignment = unwrap(statement.getExpression());
        if (!Node.isBinaryExpression(assignment) || assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
        const target = flatText(assignment.getLeft());
        const assigned = unwrap(assignment.getRight());
        if (target === 'module.exports' && Node.isObjectLiteralExpression(assigned)) {
          for (const property of assigned.getProperties()) {
            const entry = Node.isSpreadAssignment(property) ? undefined : propertyValue(property);
            if (entry) out.push({ value: entry, name: propertyName(property), registration: property });
          }
        }
        const member = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
        if (member) out.push({ value: assigned, name: member[1], registration: statement });
      }
    }
    return out;
  });
}

function definition(node: Node, model: ProjectModel): { value?: Node; declaration?: Node } {
  const value = unwrap(node);
  if (Node.isIdentifier(value) || Node.isPropertyAccessExpression(value)) return definitionOf(value, model) ?? {};
  return { value };
}

function definitionOf(node: Node, model: ProjectModel, depth = 0): { value?: Node; declaration: Node } | undefined {
  if (depth > 4) return undefined;
  let declaration: Node | undefined;
  if (Node.isIdentifier(node)) {
    declaration = model.declarationOfName(node);
  } else if (Node.isPropertyAccessExpression(node) && Node.isThisExpression(unwrap(node.getExpression()))) {
    // `this.functionHandlers` in a subclass: the field a project base class declares.
    const around = node.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
    let cls = around && (Node.isClassDeclaration(around) || Node.isClassExpression(around)) ? around : undefined;
    for (let step = 0; cls && !declaration && step < 4; step++, cls = model.baseClassOf(cls)) declaration = classProperty(cls, node.getName());
  }
  if (!declaration || !(Node.isVariableDeclaration(declaration) || Node.isPropertyDeclaration(declaration))) return undefined;
  const init = declaration.getInitializer();
  let value = init ? unwrap(init) : undefined;
  // `this.functionHandlers = new Map()` in the constructor of a field declared without an initialiser.
  const holder = Node.isPropertyDeclaration(declaration) ? declaration.getParent() : undefined;
  if (!value && holder && (Node.isClassDeclaration(holder) || Node.isClassExpression(holder))) {
    const assigned = memberValue({ kind: 'instance', cls: holder }, declaration.getName(), model);
    if (assigned?.kind === 'node' && assigned.node !== declaration) value = unwrap(assigned.node);
  }
  if (value && Node.isIdentifier(value)) return definitionOf(value, model, depth + 1) ?? { declaration };
  // const tools = createTools(api): the array (or object) the project factory returns.
  if (value && Node.isCallExpression(value) && model.functionCalledBy(value)) {
    const made = valueOf(value, model);
    if (made?.kind === 'node') return { value: made.node, declaration };
  }
  return { value, declaration };
}

/**
 * The handler a table entry holds when the table's lookup is called (`member` undefined) or a member of it is: an entry
 * that already holds a member of its element (`[t.name, t.execute]`) is that member, called as is.
 */
export function entryHandler(entry: TableEntry, member: string | undefined, model: ProjectModel): FunctionNode | undefined {
  if (entry.heldAs !== undefined) return member === entry.heldAs ? entryFunction(entry.value, undefined, model) : undefined;
  if (!entry.member) return entryFunction(entry.value, member, model);
  return member ? undefined : entryFunction(entry.value, entry.member, model);
}

/** The function at `index` of the tuple an entry holds (`[schema('kick_member', …), kickMember]`), written or named. */
function tupleElementHandler(entry: TableEntry, index: number, model: ProjectModel): FunctionNode | undefined {
  if (entry.member) return undefined;
  const { value } = definition(entry.value, model);
  if (!value || !Node.isArrayLiteralExpression(value)) return undefined;
  const held = value.getElements()[index];
  return held && !Node.isSpreadElement(held) ? heldFunction(held, model) : undefined;
}

/** The handler an entry holds: the entry itself when the lookup is called, else its `member` (`execute`, `run`). */
export function entryFunction(entry: Node, member: string | undefined, model: ProjectModel): FunctionNode | undefined {
  if (!member) return heldFunction(entry, model);
  const { value: written, declaration } = definition(entry, model);
  // [createTool('add-app', config, callback)]: the object the project factory returns for this call.
  const made = written && Node.isCallExpression(written) && model.functionCalledBy(written) ? valueOf(written, model) : undefined;
  const value = made?.kind === 'node' ? made.node : written;
  if (!value) return undefined;
  if (Node.isObjectLiteralExpression(value)) {
    const handler = propertyValue(propertyOf(value, member));
    if (!handler) return undefined;
    const init = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
    const site = made ? written : init && Node.isCallExpression(unwrap(init)) ? unwrap(init) : undefined;
    return model.functionOfValue(handler) ?? (site && Node.isCallExpression(site) ? givenFor(handler, site, model) : undefined);
  }
  // [new CreateTicketTool(), …]: the class's method, its own or inherited (followed into the class's own part).
  const cls = Node.isNewExpression(value) ? model.classOf(value.getExpression()) : undefined;
  return cls ? dispatchedMethod(cls, member, model) : undefined;
}

/** `{ name: 'refund', execute }`, or an instance of a class with `name = 'refund'`. */
/**
 * `createTool(name, config, callback)` returning `{ name, config, callback }`: a member the factory fills from one of its
 * parameters holds what this call passes there (the factory's other callers pass other tools' functions).
 */
function givenFor(member: Node, site: CallExpression, model: ProjectModel): FunctionNode | undefined {
  const name = unwrap(member);
  if (!Node.isIdentifier(name)) return undefined;
  const binding = resolveIdentifier(name);
  const factory = model.functionCalledBy(site);
  const parameter = binding.kind === 'local' ? binding.declaration : undefined;
  if (!parameter || !Node.isParameterDeclaration(parameter) || !factory || parameter.getParent() !== factory || !('getParameters' in factory)) return undefined;
  const index = (factory as unknown as { getParameters(): ParameterDeclaration[] }).getParameters().indexOf(parameter);
  const arg = index >= 0 ? site.getArguments()[index] : undefined;
  return arg ? heldFunction(arg, model) : undefined;
}

export function entryName(entry: Node, model: ProjectModel): string | undefined {
  const value = definition(entry, model).value;
  const object = value && Node.isObjectLiteralExpression(value) ? value : objectLiteralOf(entry);
  const literal = propertyValue(propertyOf(object, 'name'));
  if (literal && Node.isStringLiteral(literal)) return literal.getLiteralValue();
  const cls = value && Node.isNewExpression(value) ? model.classOf(value.getExpression()) : undefined;
  const field = cls ? classProperty(cls, 'name')?.getInitializer() : undefined;
  return field && Node.isStringLiteral(field) ? field.getLiteralValue() : undefined;
}

/**
 * The locals (and parameters) the model's tool call is read through in the dispatch branch `node` sits in:
 * `func` (and what `func` was read from: `toolCall`, `message`, …) for `if (func.name === 'Bash') { … }`, `block` for a
 * `case` of `switch (block.name)`. A value read from one of them in the branch (`JSON.parse(func.arguments).command`,
 * `block.input.command`) is what the model wrote for that tool. Empty outside a branch of a dispatch on the tool's name.
 */
export function toolCallHoldersAround(node: Node, model: ProjectModel): Set<Node> {
  const out = new Set<Node>();
  let child = node;
  for (let parent = node.getParent(); parent; child = parent, parent = parent.getParent()) {
    if (Node.isFunctionLikeDeclaration(parent) || Node.isArrowFunction(parent) || Node.isFunctionExpression(parent) || Node.isSourceFile(parent)) break;
    let nameExpression: Node | undefined;
    if (Node.isIfStatement(parent) && parent.getThenStatement() === child) {
      const condition = unwrap(parent.getExpression());
      if (isEquality(condition)) {
        const [left, right] = [condition.getLeft(), condition.getRight()];
        const other = Node.isStringLiteral(right) ? left : Node.isStringLiteral(left) ? right : undefined;
        if (other && isToolNameExpression(other, model)) nameExpression = other;
      }
    } else if (Node.isCaseClause(parent) && isToolCase(parent, model)) {
      const statement = parent.getParent()?.getParent();
      if (statement && Node.isSwitchStatement(statement)) nameExpression = statement.getExpression();
    }
    if (nameExpression) holdersOf(nameExpression, out, 0);
  }
  return out;
}

/** The declarations an expression is read from, followed through local initialisers (`name` ← `toolCall.function.name` ← …). */
function holdersOf(node: Node, out: Set<Node>, depth: number): void {
  if (depth > 8) return;
  let value = withoutCaseFolding(node);
  while (Node.isPropertyAccessExpression(value) || Node.isElementAccessExpression(value) || Node.isNonNullExpression(value)) value = unwrap(value.getExpression());
  if (!Node.isIdentifier(value)) return;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local' || out.has(binding.declaration)) return;
  const declaration = binding.declaration;
  out.add(declaration);
  const holder = Node.isBindingElement(declaration) ? declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclaration) : declaration;
  if (!holder || !Node.isVariableDeclaration(holder)) return;
  const statement = holder.getParent()?.getParent();
  const source = statement && Node.isForOfStatement(statement) ? statement.getExpression() : holder.getInitializer();
  if (source) holdersOf(source, out, depth + 1);
}

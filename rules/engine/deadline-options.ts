// What an options value says about a deadline: a signal or timeout in it, none, or something we cannot see
// into. Options we cannot see into are followed where they visibly come from (bounded, memoised): a wrapper's
// options parameter is judged by what its callers pass, `...this.config()` and `...defaults()` by what the
// function returns, `this.options` by its initialiser.
import { Node, SyntaxKind, type ObjectLiteralExpression } from 'ts-morph';
import type { OutboundCallFact } from '../knowledge/types.js';
import { callSitesOf } from './call-sites.js';
import { deepPropertyOf, objectLiteralOf, propertyValue, unwrap } from './callee.js';
import type { RuleOptions } from './config.js';
import { descendantsOfKind } from './kind-index.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { enclosingFunctionOf, isConstDeclaration, resolveIdentifier } from './scope.js';
import { valueOf } from './values.js';
import { classConstructors, classProperty } from './class-members.js';

export type OptionsVerdict =
  | { kind: 'bounded'; how: string }
  | { kind: 'unknown' }
  | { kind: 'stall-only'; keys: string[] }
  | { kind: 'absent' }
  | { kind: 'none-explicit' };

/** Follows from one options value to where it comes from, at most this deep (callers of callers, returns). */
const MAX_FOLLOW = 3;

export interface OptionsContext {
  fact: OutboundCallFact;
  options: RuleOptions;
  model: ProjectModel;
}

function timeoutNames(fact: OutboundCallFact, options: RuleOptions): string[] {
  return [...fact.timeoutOptions, ...(options.timeoutOptionNames ?? [])];
}

/**
 * The verdict for any options expression. Literals carry no options; a value that may take several forms (each
 * caller's argument, each returned object, both branches of a conditional) has a deadline only when every form does,
 * and none as soon as one form visibly has none.
 */
export function deadlineInValue(expression: Node, context: OptionsContext, depth = 0): OptionsVerdict {
  const value = unwrap(expression);
  const object = objectLiteralOf(value);
  // `const init = { method }; …; init.signal = controller.signal; fetch(url, init)`: set on the options after they are written.
  if (object && Node.isIdentifier(value)) {
    const assigned = assignedOption(value, context);
    if (assigned) return { kind: 'bounded', how: `\`${assigned}\` set on the options` };
  }
  if (object) return deadlineInOptions(object, context, depth);
  if (isUndefined(value) || Node.isNullLiteral(value) || isPlainData(value) || carriesOnlyCallbacks(value, context.fact)) return { kind: 'absent' };
  if (depth >= MAX_FOLLOW) return { kind: 'unknown' };
  if (Node.isConditionalExpression(value)) return anyForm([value.getWhenTrue(), value.getWhenFalse()].map((v) => deadlineInValue(v, context, depth + 1)));
  if (Node.isBinaryExpression(value) && ['??', '||'].includes(value.getOperatorToken().getText())) {
    return anyForm([value.getLeft(), value.getRight()].map((v) => deadlineInValue(v, context, depth + 1)));
  }
  if (Node.isIdentifier(value)) {
    const assigned = assignedOption(value, context);
    if (assigned) return { kind: 'bounded', how: `\`${assigned}\` set on the options` };
    const binding = resolveIdentifier(value);
    if (binding.kind !== 'local') return { kind: 'unknown' };
    const declaration = binding.declaration;
    if (Node.isParameterDeclaration(declaration)) return deadlineFromCallers(declaration, context, depth);
    if (Node.isVariableDeclaration(declaration) && Node.isIdentifier(declaration.getNameNode())) {
      // A `let` takes every value assigned to it: each is a form the options may have at the call.
      const forms = [declaration.getInitializer(), ...reassignments(declaration)].filter((f): f is Node => f !== undefined);
      return forms.length ? anyForm(forms.map((form) => deadlineInValue(form, context, depth + 1))) : { kind: 'unknown' };
    }
    if (Node.isBindingElement(declaration)) {
      // function agent({ maxSteps = 10, ...rest }) { generateText({ ...rest }) }: the rest of what each caller passes,
      // when the names taken out of it are not the deadline's.
      const fromRest = restOfParameter(declaration);
      if (fromRest) {
        const wanted = new Set([...context.fact.signalOptions, ...timeoutNames(context.fact, context.options)].map((n) => n.split('.')[0]!));
        if (!fromRest.named.some((name) => wanted.has(name))) return deadlineFromCallers(fromRest.parameter, context, depth);
        return { kind: 'unknown' };
      }
      // const { agent, config } = await initialize(): the object the factory returns holds it (values.ts follows it).
      const held = valueOf(value, context.model);
      return held?.kind === 'node' && held.node !== value ? deadlineInValue(held.node, context, depth + 1) : { kind: 'unknown' };
    }
    return { kind: 'unknown' };
  }
  if (Node.isCallExpression(value)) {
    const fn = context.model.functionCalledBy(value);
    return fn ? deadlineInReturns(fn, context, depth) : { kind: 'unknown' };
  }
  if (Node.isPropertyAccessExpression(value) && Node.isThisExpression(unwrap(value.getExpression()))) {
    return deadlineInField(value.getName(), value, context, depth);
  }
  return { kind: 'unknown' };
}

/** `options.signal = AbortSignal.timeout(ms)` in the function that makes the call: the option it sets, if any. */
function assignedOption(name: Node, context: OptionsContext): string | undefined {
  const fn = enclosingFunctionOf(name);
  if (!fn) return undefined;
  const wanted = new Set([...context.fact.signalOptions, ...timeoutNames(context.fact, context.options)].filter((n) => !n.includes('.')));
  for (const assignment of descendantsOfKind(fn, SyntaxKind.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = assignment.getLeft();
    if (Node.isPropertyAccessExpression(left) && left.getExpression().getText() === name.getText() && wanted.has(left.getName())) return left.getName();
  }
  return undefined;
}

/** `x = …` assignments to a `let` in the function (or module) that declares it. */
function reassignments(declaration: Node): Node[] {
  if (!Node.isVariableDeclaration(declaration) || isConstDeclaration(declaration)) return [];
  const name = declaration.getName();
  const scope = enclosingFunctionOf(declaration) ?? declaration.getSourceFile();
  return descendantsOfKind(scope, SyntaxKind.BinaryExpression)
    .filter((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isIdentifier(b.getLeft()) && b.getLeft().getText() === name)
    .map((b) => b.getRight());
}

/** Several possible forms of one value: bounded only if all are; none as soon as one visibly has none. */
function anyForm(verdicts: OptionsVerdict[]): OptionsVerdict {
  if (verdicts.length === 0) return { kind: 'unknown' };
  const none = verdicts.find((v) => v.kind === 'absent' || v.kind === 'none-explicit');
  if (none) return none;
  const stall = verdicts.find((v) => v.kind === 'stall-only');
  if (stall && verdicts.every((v) => v.kind === 'stall-only' || v.kind === 'bounded')) return stall;
  if (verdicts.every((v) => v.kind === 'bounded')) return verdicts[0]!;
  return { kind: 'unknown' };
}

/** `a || b || undefined`, `a ?? null`, `cond ? ms : undefined`: a value whose fallback is no value at all. */
function fallsBackToNone(value: Node): boolean {
  const none = (n: Node) => { const v = unwrap(n); return isUndefined(v) || Node.isNullLiteral(v); };
  if (Node.isConditionalExpression(value)) return none(value.getWhenTrue()) || none(value.getWhenFalse());
  if (!Node.isBinaryExpression(value) || !['||', '??'].includes(value.getOperatorToken().getText())) return false;
  return none(value.getRight());
}

/**
 * `...rest` in a parameter's object pattern, or in a `const { redact, ...init } = options` taking a parameter apart in
 * the body: the parameter, and the names the pattern takes out before the rest.
 */
function restOfParameter(element: import('ts-morph').BindingElement): { parameter: import('ts-morph').ParameterDeclaration; named: string[] } | undefined {
  if (!element.getDotDotDotToken()) return undefined;
  const pattern = element.getParent();
  if (!Node.isObjectBindingPattern(pattern)) return undefined;
  const holder = pattern.getParent();
  const named = pattern.getElements().filter((e) => e !== element).map((e) => (e.getPropertyNameNode() ?? e.getNameNode()).getText());
  if (Node.isParameterDeclaration(holder)) return { parameter: holder, named };
  const source = Node.isVariableDeclaration(holder) && holder.getInitializer() ? unwrap(holder.getInitializer()!) : undefined;
  const binding = source && Node.isIdentifier(source) ? resolveIdentifier(source) : undefined;
  return binding?.kind === 'local' && Node.isParameterDeclaration(binding.declaration) ? { parameter: binding.declaration, named } : undefined;
}

/** A parameter holding options: what each caller in the project passes there (no caller seen: unknown). */
function deadlineFromCallers(parameter: Node, context: OptionsContext, depth: number): OptionsVerdict {
  if (!Node.isParameterDeclaration(parameter) || parameter.isRestParameter()) return { kind: 'unknown' };
  if (!Node.isIdentifier(parameter.getNameNode()) && !Node.isObjectBindingPattern(parameter.getNameNode())) return { kind: 'unknown' };
  const fn = parameter.getParent();
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return { kind: 'unknown' };
  const index = fn.getParameters().indexOf(parameter);
  const key = `deadline-from-callers:${context.fact.label}:${timeoutNames(context.fact, context.options).join(',')}:${depth}`;
  return context.model.memoize(key, parameter, () => {
    const callers = callSitesOf(fn as FunctionNode, context.model);
    const verdicts = callers.map((call): OptionsVerdict => {
      const arg = call.getArguments()[index];
      if (!arg) return parameter.getInitializer() ? deadlineInValue(parameter.getInitializer()!, context, depth + 1) : { kind: 'absent' };
      if (call.getArguments().slice(0, index + 1).some((a) => Node.isSpreadElement(a))) return { kind: 'unknown' };
      return deadlineInValue(arg, context, depth + 1);
    });
    return anyForm(verdicts);
  });
}

/** `...this.config()`, `...defaults()`: the objects the project function returns. */
function deadlineInReturns(fn: FunctionNode, context: OptionsContext, depth: number): OptionsVerdict {
  const body = fn.getBody();
  if (!body) return { kind: 'unknown' };
  if (!Node.isBlock(body)) return deadlineInValue(body, context, depth + 1);
  const returns = descendantsOfKind(body, SyntaxKind.ReturnStatement).filter((r) => enclosingFunctionOf(r) === fn);
  return anyForm(returns.map((r) => (r.getExpression() ? deadlineInValue(r.getExpression()!, context, depth + 1) : { kind: 'absent' })));
}

/** `this.options`: the field's initialiser, or what the constructor assigns to it. */
function deadlineInField(name: string, at: Node, context: OptionsContext, depth: number): OptionsVerdict {
  const cls = at.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return { kind: 'unknown' };
  const forms: Node[] = [];
  const init = classProperty(cls, name)?.getInitializer();
  if (init) forms.push(init);
  for (const ctor of classConstructors(cls)) {
    for (const assignment of descendantsOfKind(ctor, SyntaxKind.BinaryExpression)) {
      const left = assignment.getLeft();
      if (assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isPropertyAccessExpression(left) &&
        Node.isThisExpression(left.getExpression()) && left.getName() === name) forms.push(assignment.getRight());
    }
  }
  // Assigned anywhere else too: we cannot see every value it takes.
  const elsewhere = descendantsOfKind(cls, SyntaxKind.BinaryExpression).some((b) => {
    const left = b.getLeft();
    return b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isPropertyAccessExpression(left) && left.getName() === name &&
      Node.isThisExpression(left.getExpression()) && !b.getFirstAncestor((a) => Node.isConstructorDeclaration(a));
  });
  if (elsewhere || forms.length === 0) return { kind: 'unknown' };
  return anyForm(forms.map((f) => deadlineInValue(f, context, depth + 1)));
}

/** The verdict for an object literal of options: its own keys first, then what its spreads carry. */
export function deadlineInOptions(object: ObjectLiteralExpression, context: OptionsContext, depth = 0): OptionsVerdict {
  const { fact, options } = context;
  let opaque = false;
  // `config: await this.getGenerationConfig(model, opts)`: a nested options object a project function builds — what it
  // returns says whether `config.abortSignal` is there.
  const built = builtNestedOptions(object, context, depth);
  if (built?.kind === 'bounded') return built;
  const decided = new Set(built?.kind === 'absent' ? built.names : []);
  for (const name of fact.signalOptions) {
    const value = decided.has(name) ? undefined : optionValue(object, name);
    if (value === 'opaque') opaque = true;
    else if (value && !isUndefined(value)) return { kind: 'bounded', how: `\`${name}\`` };
  }
  for (const name of timeoutNames(fact, options)) {
    const value = decided.has(name) ? undefined : optionValue(object, name);
    if (value === 'opaque') opaque = true;
    if (!value || value === 'opaque') continue;
    const plain = unwrap(value);
    // `timeout: opts?.timeout || config.timeout || undefined`: a deadline only when a setting is configured, none by
    // default (test/corpus/README.md question 14).
    if (Node.isFalseLiteral(plain) || isUndefined(plain) || (Node.isNumericLiteral(plain) && Number(plain.getLiteralValue()) === 0) || fallsBackToNone(plain)) {
      // ky/axios: `timeout: false` / `timeout: 0` turns the deadline off.
      return fact.defaultDeadlineMs !== undefined ? { kind: 'none-explicit' } : { kind: 'absent' };
    }
    const timeoutObject = objectLiteralOf(plain);
    if (timeoutObject && (fact.wholeCallTimeoutKeys || fact.stallOnlyTimeoutKeys)) {
      const keys = timeoutObject.getProperties().map((p) => (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p) ? p.getName() : '*'));
      if (keys.includes('*')) return { kind: 'unknown' };
      if (keys.some((k) => fact.wholeCallTimeoutKeys?.includes(k))) return { kind: 'bounded', how: `\`${name}\`` };
      const stall = keys.filter((k) => fact.stallOnlyTimeoutKeys?.includes(k));
      if (stall.length) return { kind: 'stall-only', keys: stall };
      continue; // { toolMs } and per-tool timeouts bound tool executions, not the model call
    }
    return { kind: 'bounded', how: `\`${name}\`` };
  }
  // `{ ...options, headers }`: a deadline may come in through a spread we can follow.
  for (const property of object.getProperties()) {
    if (!Node.isSpreadAssignment(property) || objectLiteralOf(property.getExpression())) continue;
    const spread = deadlineInSpread(property.getExpression(), context, depth);
    if (spread.kind === 'bounded') return spread;
    if (spread.kind === 'unknown') opaque = true;
  }
  if (opaque) return { kind: 'unknown' };
  return { kind: 'absent' };
}

/**
 * Dotted option names (`config.abortSignal`, `httpOptions.timeout`) whose holder is a call to a project function: judged
 * on what that function returns, with the rest of each name. 'absent' lists the names it visibly leaves out.
 */
function builtNestedOptions(object: ObjectLiteralExpression, context: OptionsContext, depth: number): { kind: 'bounded'; how: string } | { kind: 'absent'; names: string[] } | undefined {
  if (depth >= MAX_FOLLOW) return undefined;
  const names = [...context.fact.signalOptions, ...timeoutNames(context.fact, context.options)].filter((n) => n.includes('.'));
  const heads = [...new Set(names.map((n) => n.split('.')[0]!))];
  const absent: string[] = [];
  for (const head of heads) {
    const holder = propertyValue(deepPropertyOf(object, head));
    const call = holder ? unwrap(holder) : undefined;
    if (!call || !Node.isCallExpression(call) || !context.model.functionCalledBy(call)) continue;
    const rest = (list: ReadonlyArray<string>) => list.filter((n) => n.startsWith(`${head}.`)).map((n) => n.slice(head.length + 1));
    const inner: OptionsContext = { ...context, fact: { ...context.fact, signalOptions: rest(context.fact.signalOptions), timeoutOptions: rest(timeoutNames(context.fact, context.options)) }, options: { ...context.options, timeoutOptionNames: [] } };
    const verdict = deadlineInValue(call, inner, depth + 1);
    if (verdict.kind === 'bounded') return { kind: 'bounded', how: `\`${head}\` built with ${verdict.how}` };
    if (verdict.kind === 'absent') absent.push(...names.filter((n) => n.startsWith(`${head}.`)));
  }
  return { kind: 'absent', names: absent };
}

/**
 * What a spread adds to the options. A conditional one adds an object only on some paths:
 * `...(hasBody && { body })` adds what the object holds or nothing, and `...(signal ? { signal } : {})` forwards an
 * optional signal the way `signal: maybeSignal` does — bounded when a branch carries a deadline, none when no branch
 * can, unknown otherwise.
 */
function deadlineInSpread(expression: Node, context: OptionsContext, depth: number): OptionsVerdict {
  const value = unwrap(expression);
  const branches = Node.isBinaryExpression(value) && value.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken ? [value.getRight()]
    : Node.isConditionalExpression(value) ? [value.getWhenTrue(), value.getWhenFalse()] : undefined;
  if (!branches) return deadlineInValue(expression, context, depth + 1);
  const verdicts = branches.map((branch) => {
    const inner = unwrap(branch);
    // `cond && { body }` spreads `false` when the condition fails: nothing.
    return Node.isFalseLiteral(inner) ? { kind: 'absent' } as const : deadlineInSpread(branch, context, depth + 1);
  });
  const bounded = verdicts.find((v) => v.kind === 'bounded');
  // `...(opts?.timeout ? { timeout: opts.timeout } : {})`, `...(ms && { signal: AbortSignal.timeout(ms) })`: a deadline
  // added only when a setting is configured, with no default — by default the call has none (test/corpus/README.md
  // question 14). A received signal forwarded when present (`...(signal ? { signal } : {})`) is the caller's deadline.
  if (bounded && (Node.isBinaryExpression(value) || verdicts.some((v) => v.kind === 'absent')) && !/signal/i.test(conditionOf(value)?.getText() ?? 'signal')) return { kind: 'absent' };
  if (bounded) return bounded;
  if (verdicts.every((v) => v.kind === 'absent')) return { kind: 'absent' };
  return verdicts.find((v) => v.kind === 'unknown') ?? verdicts[0]!;
}

function conditionOf(value: Node): Node | undefined {
  if (Node.isConditionalExpression(value)) return value.getCondition();
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken) return value.getLeft();
  return undefined;
}

/**
 * The value of an option, `config.abortSignal` meaning a property of a property. 'opaque' when the way there
 * passes through something we cannot see into (`config: cfg` from a parameter, a spread).
 */
function optionValue(object: ObjectLiteralExpression, name: string): Node | 'opaque' | undefined {
  const [first, ...rest] = name.split('.');
  let value = propertyValue(deepPropertyOf(object, first!));
  for (const key of rest) {
    if (!value) return undefined;
    const inner = objectLiteralOf(value);
    if (!inner) return isUndefined(unwrap(value)) ? undefined : 'opaque';
    value = propertyValue(deepPropertyOf(inner, key));
    if (!value && spreadMayHold(inner, key)) return 'opaque';
  }
  return value;
}

/**
 * Whether a spread in an object may bring `key` in: a spread of something we cannot see, or a visible branch holding it
 * (`...(tools.length > 0 && { tools })`, `...(cond ? { a } : {})` are seen through).
 */
function spreadMayHold(object: ObjectLiteralExpression, key: string, depth = 0): boolean {
  return object.getProperties().some((p) => Node.isSpreadAssignment(p) && branchMayHold(p.getExpression(), key, depth));
}

function branchMayHold(expression: Node, key: string, depth: number): boolean {
  if (depth > 3) return true;
  const value = unwrap(expression);
  const literal = objectLiteralOf(value);
  if (literal) return deepPropertyOf(literal, key) !== undefined || spreadMayHold(literal, key, depth + 1);
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken) return branchMayHold(value.getRight(), key, depth + 1);
  if (Node.isConditionalExpression(value)) return branchMayHold(value.getWhenTrue(), key, depth + 1) || branchMayHold(value.getWhenFalse(), key, depth + 1);
  if (Node.isFalseLiteral(value) || Node.isNullLiteral(value) || isUndefined(value)) return false;
  return true;
}

function isUndefined(node: Node): boolean {
  return Node.isIdentifier(node) && node.getText() === 'undefined';
}

/** `runManager?.getChild()`: a callback manager, never a signal or a timeout. */
export function carriesOnlyCallbacks(node: Node, fact: OutboundCallFact): boolean {
  const value = unwrap(node);
  if (!fact.callbackOnlyMethods || !Node.isCallExpression(value)) return false;
  const callee = unwrap(value.getExpression());
  return Node.isPropertyAccessExpression(callee) && fact.callbackOnlyMethods.includes(callee.getName());
}

/** Literals and templates carry no options; anything else might. */
export function isPlainData(node: Node): boolean {
  const value = unwrap(node);
  if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value) || Node.isTemplateExpression(value) || Node.isNumericLiteral(value)) return true;
  if (Node.isArrayLiteralExpression(value)) return true;
  if (Node.isNewExpression(value) && /^(URL|Request)$/.test(value.getExpression().getText())) return true;
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    if (binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration)) {
      const init = binding.declaration.getInitializer();
      return init ? isPlainData(init) : false;
    }
    if (binding.kind === 'local' && Node.isParameterDeclaration(binding.declaration)) {
      const typeNode = binding.declaration.getTypeNode();
      const type = typeNode?.getText();
      // Strings and arrays (a list of tools, stop sequences) carry no options.
      return type === 'string' || type === 'URL' || (typeNode !== undefined && (Node.isArrayTypeNode(typeNode) || /^(Readonly)?Array</.test(type!)));
    }
  }
  if (Node.isPropertyAccessExpression(value) && /(url|href|endpoint|path)$/i.test(value.getName())) return true;
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getKind() === SyntaxKind.PlusToken) return true;
  return false;
}

// Catches around model and tool work, and what they hand back: `try { … model call … } catch { … }`
// and `modelCall().catch(() => …)`, with the value the handler falls back to and whether it leaves any
// trace (a log, a rethrow, an error marker in the value).
import { Node, SyntaxKind, type ArrowFunction, type Block, type CallExpression, type CatchClause, type FunctionExpression, type SourceFile } from 'ts-morph';
import { outboundCall } from './deadlines.js';
import { descendantsOfKind } from './kind-index.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import { constInitializer, insideNestedFunction, resolveIdentifier, resolvesTo } from './scope.js';
import { findToolHandlers } from './tool-handlers.js';

export type Handler =
  | { kind: 'catch'; clause: CatchClause; body: Block }
  | { kind: 'promise-catch'; call: CallExpression; fn: ArrowFunction | FunctionExpression; body: Node };

export interface GuardedWork {
  handler: Handler;
  /** The model or tool call the handler guards. */
  work: CallExpression;
  kind: 'model' | 'tool';
  /** What it is, for messages: "the OpenAI model call", "summarise() (which calls a model)". */
  what: string;
}

export interface Fallback {
  how: string;
  value: string;
}

const MAX_HELPER_DEPTH = 2;

export function guardedModelWork(file: SourceFile, model: ProjectModel): GuardedWork[] {
  return model.memoize('guarded-model-work', file, () => {
    const out: GuardedWork[] = [];
    for (const statement of descendantsOfKind(file, SyntaxKind.TryStatement)) {
      const clause = statement.getCatchClause();
      if (!clause) continue;
      const work = firstModelWork(statement.getTryBlock(), model);
      if (work) out.push({ handler: { kind: 'catch', clause, body: clause.getBlock() }, ...work });
    }
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'catch') continue;
      const fn = call.getArguments()[0];
      if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) continue;
      const work = promiseWork(callee.getExpression(), model);
      if (work) out.push({ handler: { kind: 'promise-catch', call, fn, body: fn.getBody() }, ...work });
    }
    return out;
  });
}

/** The promise a `.catch()` hangs on, through `.then()` steps: the model call that started it. */
function promiseWork(receiver: Node, model: ProjectModel): Omit<GuardedWork, 'handler'> | undefined {
  let node: Node = receiver;
  for (let depth = 0; depth < 4; depth++) {
    while (Node.isParenthesizedExpression(node) || Node.isAwaitExpression(node)) node = node.getExpression();
    if (!Node.isCallExpression(node)) return undefined;
    const found = modelWork(node, model);
    if (found) return found;
    const callee = node.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !/^(then|finally)$/.test(callee.getName())) return undefined;
    node = callee.getExpression();
  }
  return undefined;
}

function firstModelWork(block: Node, model: ProjectModel): Omit<GuardedWork, 'handler'> | undefined {
  for (const call of descendantsOfKind(block, SyntaxKind.CallExpression)) {
    const found = modelWork(call, model);
    if (found) return found;
  }
  return undefined;
}

/** A model call, an MCP tool call, a call to a tool handler, or a project helper that makes a model call. */
function modelWork(call: CallExpression, model: ProjectModel): Omit<GuardedWork, 'handler'> | undefined {
  const outbound = outboundCall(call, model);
  if (outbound?.fact.kind === 'llm') return { work: call, kind: 'model', what: `the ${outbound.fact.label}` };
  if (outbound?.fact.kind === 'mcp') return { work: call, kind: 'tool', what: 'the MCP tool call' };
  const helper = model.functionCalledBy(call);
  if (!helper) return undefined;
  const name = call.getExpression().getText().replace(/\s+/g, '');
  if (isToolHandler(helper, model)) return { work: call, kind: 'tool', what: `the tool ${name}()` };
  if (callsModel(helper, model, 0)) return { work: call, kind: 'model', what: `${name}() (which calls a model)` };
  return undefined;
}

function isToolHandler(fn: FunctionNode, model: ProjectModel): boolean {
  return findToolHandlers(fn.getSourceFile(), model).some((handler) => handler.fn === fn);
}

function callsModel(fn: FunctionNode, model: ProjectModel, depth: number): boolean {
  return model.memoize('calls-model', fn, () => {
    const body = fn.getBody();
    if (!body || depth > MAX_HELPER_DEPTH) return false;
    for (const call of descendantsOfKind(body, SyntaxKind.CallExpression)) {
      if (outboundCall(call, model)?.fact.kind === 'llm') return true;
      const inner = model.functionCalledBy(call);
      if (inner && inner !== fn && depth < MAX_HELPER_DEPTH && callsModel(inner, model, depth + 1)) return true;
    }
    return false;
  });
}

/** Calls that leave a trace: logging, error reporting, telemetry, UI error state. */
const TRACE_CALL = /(^|\.)(console|logger|log|logging|sentry|Sentry|span|tracer|telemetry|metrics|datadog|rollbar|bugsnag|posthog|analytics)(\.|$)|\.(error|warn|warning|info|debug|log|trace|fatal|captureException|captureMessage|recordException|setStatus|notify|report|track|emit)$|^(log|warn|error|debug|info|trace|report\w*|capture\w*|track\w*|notify\w*|onError|handleError|setError|logError|logWarning|toast\w*|alert|showError\w*|fail)$/i;
/** Keys that tell the caller the value is a fallback. */
const MARK_KEY = /^(error|errors|err|errorMessage|errorCode|degraded|isDegraded|fallback|isFallback|usedFallback|fromFallback|failed|failure|partial|stale|warning|warnings|isError|ok|success)$/i;
/** Words in a returned message that tell its reader something went wrong. */
const FAIL_WORDS = /error|fail|unable|could ?n[o']t|cannot|can't|sorry|unavailable|try again|went wrong|not available|problem|issue/i;
const MARK_FLAG = /error|fail|degrad|fallback|ok\b|success/i;

/** What a handler falls back to, when it falls back silently; undefined when it leaves a trace or returns nothing. */
export function fallbackOf(handler: Handler): Fallback | undefined {
  const body = handler.body;
  const errorDeclaration = handler.kind === 'catch' ? handler.clause.getVariableDeclaration() : handler.fn.getParameters()[0];
  if (errorDeclaration && usesDeclaration(body, errorDeclaration)) return undefined;
  if (!Node.isBlock(body)) {
    // `.catch(() => null)`: the expression is the value.
    if (Node.isCallExpression(body) && TRACE_CALL.test(body.getExpression().getText())) return undefined;
    return marks(body) ? undefined : { how: 'resolves to a default', value: short(body.getText()) };
  }
  const own = <K extends SyntaxKind>(kind: K) => descendantsOfKind(body, kind).filter((node) => !insideNestedFunction(node, body));
  if (own(SyntaxKind.ThrowStatement).length) return undefined;
  if (own(SyntaxKind.CallExpression).some((call) => TRACE_CALL.test(call.getExpression().getText().replace(/\s+/g, '')))) return undefined;
  const assignments = own(SyntaxKind.BinaryExpression).filter((b) => b.getOperatorToken().getKind() === SyntaxKind.EqualsToken);
  // `degraded = true`, `this.lastError = …`, `state.failed = true`: the fallback is marked where the caller can see it.
  if (assignments.some((a) => MARK_FLAG.test(a.getLeft().getText()))) return undefined;
  const returns = own(SyntaxKind.ReturnStatement);
  for (const statement of returns) {
    const value = statement.getExpression();
    if (!value) {
      if (handler.kind === 'catch' && !returnsValuesElsewhere(handler.clause)) continue;
      return { how: 'returns', value: 'undefined' };
    }
    if (marks(value)) return undefined;
    return { how: 'returns a default', value: short(value.getText()) };
  }
  // `let title = 'Untitled'; try { title = await model(…) } catch { title = 'Untitled' }` — or no assignment at all.
  for (const assignment of assignments) {
    if (marks(assignment.getRight())) return undefined;
    return { how: `falls back to ${short(assignment.getLeft().getText())} =`, value: short(assignment.getRight().getText()) };
  }
  if (handler.kind === 'catch' && body.getStatements().length === 0 && !insideLoop(handler.clause)) {
    const kept = assignedInTry(handler.clause);
    if (kept) return { how: `keeps the value \`${kept}\` had before the call`, value: '' };
  }
  if (handler.kind === 'promise-catch' && body.getStatements().length === 0) return { how: 'resolves to', value: 'undefined' };
  return undefined;
}

function usesDeclaration(body: Node, declaration: Node): boolean {
  const name = (declaration as unknown as { getNameNode(): Node }).getNameNode?.();
  if (!name || !Node.isIdentifier(name)) return false;
  return descendantsOfKind(body, SyntaxKind.Identifier).some((id) => {
    return id.getText() === name.getText() && resolvesTo(id, declaration);
  });
}

/** A value that tells its consumer it is a fallback: an error key, a failure message, an error constructor. */
function marks(value: Node, depth = 0): boolean {
  if (depth > 6) return false;
  let node = value;
  while (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isAwaitExpression(node)) node = node.getExpression();
  if (Node.isObjectLiteralExpression(node)) {
    return node.getProperties().some((p) => {
      const name = Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p) ? p.getName() : undefined;
      if (!name || !MARK_KEY.test(name)) {
        const init = Node.isPropertyAssignment(p) ? p.getInitializer() : undefined;
        return init ? marks(init, depth + 1) : false;
      }
      if (/^(ok|success)$/i.test(name) && Node.isPropertyAssignment(p)) return p.getInitializer()?.getText() !== 'true';
      return true;
    });
  }
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) || Node.isTemplateExpression(node)) return FAIL_WORDS.test(node.getText());
  // `new AIMessage('Something went wrong…')`: a message object saying so is marked too.
  if (Node.isNewExpression(node)) return /Error|Exception/.test(node.getExpression().getText()) || (node.getArguments() ?? []).some((arg) => marks(arg, depth + 1));
  // `const errorMessage = new AIMessage('…went wrong…'); return { messages: [...history, errorMessage] }`
  if (Node.isIdentifier(node)) {
    const init = constInitializer(node);
    return init ? marks(init, depth + 1) : false;
  }
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression().getText();
    if (/error|fail|degrad|fallback/i.test(callee)) return true;
    // NextResponse.json({ error }, { status: 500 }), Response.json(…), res.status(500).json(…)
    if (/status\(\s*[45]\d\d\s*\)/.test(node.getText()) || /status:\s*[45]\d\d/.test(node.getText())) return true;
    return node.getArguments().some((arg) => marks(arg, depth + 1));
  }
  if (Node.isArrayLiteralExpression(node)) return node.getElements().some((e) => marks(e, depth + 1));
  return false;
}

function returnsValuesElsewhere(clause: CatchClause): boolean {
  const fn = clause.getFirstAncestor((a) => Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isMethodDeclaration(a));
  const body = fn ? (fn as FunctionNode).getBody() : undefined;
  if (!body) return false;
  return descendantsOfKind(body, SyntaxKind.ReturnStatement).some((r) => r.getExpression() !== undefined && !insideNestedFunction(r, body));
}

/** An empty catch after `x = await model(…)` in the try: x keeps the default it was declared with. */
function assignedInTry(clause: CatchClause): string | undefined {
  const statement = clause.getParent();
  if (!statement || !Node.isTryStatement(statement)) return undefined;
  for (const binary of descendantsOfKind(statement.getTryBlock(), SyntaxKind.BinaryExpression)) {
    if (binary.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = binary.getLeft();
    if (!Node.isIdentifier(left)) continue;
    const binding = resolveIdentifier(left);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) continue;
    if (statement.containsRange(binding.declaration.getPos(), binding.declaration.getEnd())) continue;
    const init = binding.declaration.getInitializer();
    if (init) return left.getText();
  }
  return undefined;
}

/** An empty catch inside a loop goes round again (a retry) or moves on: not a fallback value. */
function insideLoop(clause: CatchClause): boolean {
  for (let node: Node | undefined = clause.getParent()?.getParent(); node; node = node.getParent()) {
    if (Node.isForStatement(node) || Node.isForOfStatement(node) || Node.isForInStatement(node) || Node.isWhileStatement(node) || Node.isDoStatement(node)) return true;
    if (Node.isFunctionLikeDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node)) return false;
  }
  return false;
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}

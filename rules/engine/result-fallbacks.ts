// Fallbacks after a failure reported as a value (test/corpus/README.md questions 63 and 87): a send whose result says it
// failed — `{ success: false }`, a response that is not `ok`, a `sent` boolean — followed by another send of the same
// content by another route. A reported failure (a timeout, a 5xx, a swallowed throw) says nothing of whether the first
// send landed, so the second may duplicate it: a `catch` fallback (retries.ts `catchFallbacks`) written without a throw.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { calleeName, CONTENT_PROPERTIES, contentPropertiesOf, FAILURE_NOTICE_NAME, sourceName, sourcesOf, type CatchFallback } from './retries.js';
import type { ProjectModel } from './project-model.js';
import { reachedOnlyAfterRefusal } from './retry-gates.js';
import { alwaysLeaves, enclosingFunctionOf, resolveIdentifier, resolvesTo } from './scope.js';

/** Properties a send's result reports success under (`result.success`, `resp.ok`, `outcome.sent`). */
const SUCCESS_FIELD = /^(?:ok|success|succeeded|successful|sent|delivered)$/i;

/**
 * The calls a file makes after a send reported failure that send the tried call's content again:
 * `const r = await upload(chat, file, caption); if (r.success) return; await sendText(chat, caption)`,
 * `if (!resp.ok) { await fetch(…, { body: JSON.stringify({ text: caption }) }) }`, `if (!sent) sent = await send(chat, caption)`.
 * Kept, like catchFallbacks, for the rule, which asks whether the tried call writes.
 */
export function resultFallbacks(file: SourceFile, model: ProjectModel): CatchFallback[] {
  return model.memoize('result-fallbacks', file, () => {
  const out: CatchFallback[] = [];
  for (const tried of descendantsOfKind(file, SyntaxKind.CallExpression)) {
    const holder = resultHolderOf(tried);
    if (!holder) continue;
    const fn = enclosingFunctionOf(tried);
    const scope = fn ?? file;
    const content = sentContentOf(tried, model);
    if (content.size === 0) continue;
    const target = targetOf(tried, content);
    const held = sourceName(holder);
    for (const test of descendantsOfKind(scope, SyntaxKind.IfStatement)) {
      if (test.getStart() < tried.getEnd() || enclosingFunctionOf(test) !== fn) continue;
      for (const region of failureRegionsOf(test, holder)) {
        for (const call of [region, ...descendantsOfKind(region, SyntaxKind.CallExpression)].filter(Node.isCallExpression)) {
          if (call === tried || enclosingFunctionOf(call) !== fn || FAILURE_NOTICE_NAME.test(calleeName(call))) continue;
          if (reachedOnlyAfterRefusal(call, region) || afterParseRefusal(call, region)) continue;
          const sent = sentContentOf(call, model);
          // A notice made from the failed result (`text: r.error`) reports the failure; it sends nothing again.
          if ([...sent].some((source) => source.startsWith(held))) continue;
          if (![...content].some((source) => sent.has(source))) continue;
          // The same content for the same target (a chat, a user, an event): another send of it elsewhere is no second attempt.
          if (![...targetOf(call, sent)].some((source) => target.has(source))) continue;
          out.push({ region: call, construct: test, label: 'a fallback that sends the same content again another way after the first send reported failure', tried });
        }
      }
    }
  }
  return out;
  });
}

/** Parameter names a function takes the content it sends under (`caption`, `text`, `messageBody`). */
const CONTENT_PARAMETER = /(?:text|content|message|caption|body|markdown|html)$/i;

/**
 * What a call sends as its content: the content-named properties of an object it is handed (inside a `JSON.stringify`
 * body too), and the arguments the project function it calls takes under a content-named parameter
 * (`upload(chatId, media, caption)`). Arguments that say where or in what state (a chat, a user, a cursor) are no content.
 */
function sentContentOf(call: CallExpression, model: ProjectModel): Set<string> {
  const out = new Set<string>();
  const called = model.functionCalledBy(call);
  const parameters = called && Node.isFunctionLikeDeclaration(called) ? called.getParameters() : [];
  call.getArguments().forEach((argument, index) => {
    const object = unwrap(argument);
    if (Node.isObjectLiteralExpression(object)) {
      contentPropertiesOf(object, true, out);
      return;
    }
    const parameter = parameters[index];
    const name = parameter && Node.isIdentifier(parameter.getNameNode()) ? parameter.getName() : '';
    if (CONTENT_PROPERTIES.test(name) || CONTENT_PARAMETER.test(name)) sourcesOf(argument)?.forEach((source) => out.add(source));
  });
  return out;
}

/** The variable a call's result is held in: `const r = await send(…)`, `sent = await send(…)`, through `? :` and `.catch(…)`. */
function resultHolderOf(call: CallExpression): Node | undefined {
  let node: Node = call;
  for (let parent = node.getParent(); parent; node = parent, parent = node.getParent()) {
    if (Node.isAwaitExpression(parent) || Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isNonNullExpression(parent)) continue;
    if (Node.isConditionalExpression(parent) && parent.getCondition() !== node) continue;
    // `fetch(…).catch(() => null)`: a throw becomes a missing result, still a failure the test reads.
    const caught = Node.isPropertyAccessExpression(parent) && parent.getName() === 'catch' ? parent.getParent() : undefined;
    if (caught && Node.isCallExpression(caught) && caught.getExpression() === parent) {
      parent = caught;
      continue;
    }
    break;
  }
  const parent = node.getParent();
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node && Node.isIdentifier(parent.getNameNode())) return parent;
  if (Node.isBinaryExpression(parent) && parent.getRight() === node && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
    const target = parent.getLeft();
    const binding = Node.isIdentifier(target) ? resolveIdentifier(target) : undefined;
    if (binding?.kind === 'local' && Node.isVariableDeclaration(binding.declaration)) return binding.declaration;
  }
  return undefined;
}

/**
 * What a call names besides its content — whom or what it sends to (`chatId`, `{ chat_id: chatId }`, the event it
 * signs): the local values its arguments read, less the content. Module-level and global names (`process.env`, a
 * client) say nothing of the target.
 */
function targetOf(call: CallExpression, content: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const argument of call.getArguments()) {
    for (const source of sourcesOf(argument) ?? []) if (source.includes('@') && !content.has(source)) out.add(source);
  }
  return out;
}

/** `r`, `r.success`, `resp?.ok` of the holder: true when the send reported success. */
function readsSuccess(expression: Node, holder: Node): boolean {
  let node = unwrap(expression);
  if (Node.isPropertyAccessExpression(node)) {
    if (!SUCCESS_FIELD.test(node.getName())) return false;
    node = unwrap(node.getExpression());
  }
  return Node.isIdentifier(node) && resolvesTo(node, holder);
}

/** True only when the send reported failure: `!r.success`, `r.ok === false`, or a `||` one of whose sides is. */
function readsFailure(expression: Node, holder: Node): boolean {
  const node = unwrap(expression);
  if (Node.isPrefixUnaryExpression(node)) return node.getOperatorToken() === SyntaxKind.ExclamationToken && readsSuccess(node.getOperand(), holder);
  if (!Node.isBinaryExpression(node)) return false;
  const operator = node.getOperatorToken().getKind();
  if (operator === SyntaxKind.BarBarToken) return readsFailure(node.getLeft(), holder) || readsFailure(node.getRight(), holder);
  if (operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken) {
    return node.getRight().getKind() === SyntaxKind.FalseKeyword && readsSuccess(node.getLeft(), holder);
  }
  return false;
}

/**
 * The code an `if` on the result runs only when the send reported failure: the branch a failure test takes, the `else` of
 * a success test, and — when the success branch always leaves (`if (r.success) return`, `continue`) — what follows the
 * `if`, up through the blocks and `if`s around it to the end of the function's or loop's body.
 */
function failureRegionsOf(test: import('ts-morph').IfStatement, holder: Node): Node[] {
  const condition = test.getExpression();
  if (readsFailure(condition, holder)) return [test.getThenStatement()];
  if (!readsSuccess(condition, holder)) return [];
  const out: Node[] = [];
  const otherwise = test.getElseStatement();
  if (otherwise) out.push(otherwise);
  // Nothing after the `if` follows a failure when the failure branch leaves too, nor after a statement that always leaves.
  if (!leaves(test.getThenStatement()) || (otherwise && leaves(otherwise))) return out;
  for (let statement: Node = test; ;) {
    const block = statement.getParent();
    if (!block || !Node.isBlock(block)) break;
    const statements = block.getStatements();
    const following = statements.slice(statements.indexOf(statement as never) + 1);
    const last = following.findIndex((next) => leaves(next));
    out.push(...(last < 0 ? following : following.slice(0, last + 1)));
    if (last >= 0) break;
    const above = block.getParent();
    if (!above || !(Node.isIfStatement(above) || Node.isBlock(above))) break;
    statement = above;
  }
  return out;
}

/** A branch that always leaves what follows it: a return or throw, or a `continue`/`break` ending it. */
function leaves(statement: Node): boolean {
  if (alwaysLeaves(statement)) return true;
  const last = Node.isBlock(statement) ? statement.getStatements().at(-1) : statement;
  return last !== undefined && (Node.isContinueStatement(last) || Node.isBreakStatement(last));
}

/**
 * Under an `if` testing the answer's text for a parse failure (`/parse/i.test(body.description)`): the API refused markup
 * it could not parse and sent nothing (question 13). Here, with no `catch`, the text read is the server's answer.
 */
function afterParseRefusal(call: Node, region: Node): boolean {
  for (let node: Node | undefined = call.getParent(); node && node !== region.getParent(); node = node.getParent()) {
    if (Node.isIfStatement(node) && /pars(?:e|ing)/i.test(node.getExpression().getText()) && !/\b5\d\d\b|timeout|network/i.test(node.getExpression().getText())) return true;
  }
  return false;
}

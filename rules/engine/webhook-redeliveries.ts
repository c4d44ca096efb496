// Webhooks whose sender delivers an update again when the receiver did not accept it (test/corpus/README.md questions
// 87, 93): Telegram repeats a webhook call answered with a status other than 2xx. A route handler that reads a Telegram
// update, answers an error status when something fails and never looks at the update's id re-does its writes on each
// redelivery — a retry the project never wrote, found by the handler's shape.
import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import type { FunctionNode, ProjectModel } from './project-model.js';
import type { Retry } from './retries.js';

/** Route registrations whose last argument is the handler (`app.post('/telegram', handler)`: Hono, Express, Fastify…). */
const ROUTE_METHODS = new Set(['post', 'all']);
/** Response builders and setters taking a status (`c.json(body, 500)`, `res.status(500)`, `reply.code(500)`). */
const STATUS_SETTERS = new Set(['json', 'text', 'body', 'html', 'status', 'sendStatus', 'code', 'newResponse']);
const STATUS_PROPERTIES = new Set(['status', 'statusCode']);

/** The Telegram webhook handlers of a file that answer an error status and keep no record of the updates they saw. */
export function webhookRedeliveriesIn(file: SourceFile, model: ProjectModel): Retry[] {
  return model.memoize('webhook-redeliveries', file, () => {
    const fact = model.knowledge.telegramWebhookDelivery;
    if (!/telegram/i.test(file.getFilePath()) && !/telegram/i.test(file.getFullText())) return [];
    const out: Retry[] = [];
    let telegramFile: boolean | undefined;
    for (const { handler, path } of routeHandlersIn(file, model)) {
      const body = handler.getBody();
      if (!body) continue;
      const text = body.getText();
      // The secret-token header is Telegram's own; a read of `message.text` is any chat webhook's, so it needs the
      // route or the file to be Telegram's in code (not merely a comment naming Telegram).
      if (!text.toLowerCase().includes(fact.secretTokenHeader)) {
        if (!fact.updateRead.test(text)) continue;
        if (!/telegram/i.test(path ?? '') && !(telegramFile ??= isTelegramCode(file))) continue;
      }
      // An update id the handler reads may be the one it dedupes on: a redelivery it drops is no second attempt.
      if (text.includes(fact.updateIdField)) continue;
      const answer = errorAnswerIn(body);
      if (!answer) continue;
      out.push({
        region: body, construct: answer, label: 'Telegram\'s redelivery of an update its webhook answered with an error status',
        remedy: `Drop an update whose ${fact.updateIdField} was already handled (record it before the writes), or answer 200 once the update is accepted and handle failures yourself.`,
      });
    }
    return out;
  });
}

/**
 * Whether a file is Telegram's in its code: its path names Telegram, it imports a module whose name does (grammY,
 * Telegraf, `./telegram-api`…), or a string in it is the Bot API's address.
 */
function isTelegramCode(file: SourceFile): boolean {
  if (/telegram/i.test(file.getFilePath())) return true;
  if (file.getImportDeclarations().some((d) => /telegram|grammy|telegraf/i.test(d.getModuleSpecifierValue()))) return true;
  return [SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral, SyntaxKind.TemplateHead]
    .some((kind) => descendantsOfKind(file, kind).some((literal) => literal.getText().includes('api.telegram.org')));
}

/**
 * Functions that answer HTTP POSTs, with the route's path when it is written: a Next.js route's `POST` export (its
 * path is the file's), or the handler handed to `app.post(path, …)`.
 */
function routeHandlersIn(file: SourceFile, model: ProjectModel): Array<{ handler: FunctionNode; path?: string }> {
  const out: Array<{ handler: FunctionNode; path?: string }> = [];
  const post = file.getExportedDeclarations().get('POST')?.[0];
  const exported = post && Node.isVariableDeclaration(post) ? post.getInitializer() : post;
  const fn = exported ? model.functionOfValue(exported) ?? (Node.isFunctionDeclaration(exported) ? exported : undefined) : undefined;
  if (fn) out.push({ handler: fn, path: file.getFilePath() });
  for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    const args = call.getArguments();
    if (!Node.isPropertyAccessExpression(callee) || !ROUTE_METHODS.has(callee.getName()) || args.length < 2) continue;
    const path = unwrap(args[0]!);
    if (!Node.isStringLiteral(path) && !Node.isNoSubstitutionTemplateLiteral(path) && !Node.isTemplateExpression(path)) continue;
    const handler = model.functionOfValue(args[args.length - 1]!);
    if (handler) out.push({ handler, path: path.getText() });
  }
  return out;
}

/** A 5xx status the handler answers with (`c.json(err, 500)`, `{ status: 500 }`, `res.status(503)`). */
function errorAnswerIn(body: Node): Node | undefined {
  for (const literal of descendantsOfKind(body, SyntaxKind.NumericLiteral)) {
    const value = literal.getLiteralValue();
    if (value < 500 || value > 599) continue;
    const parent = literal.getParentOrThrow();
    const setter = Node.isCallExpression(parent) ? parent.getExpression() : undefined;
    const answers = (Node.isPropertyAssignment(parent) && STATUS_PROPERTIES.has(parent.getName()))
      || (setter !== undefined && Node.isPropertyAccessExpression(setter) && STATUS_SETTERS.has(setter.getName()));
    if (answers) return literal.getFirstAncestor((a) => Node.isStatement(a)) ?? literal;
  }
  return undefined;
}

// Queue consumers that hand a failed message back to be delivered again (test/corpus/README.md question 20): a Cloudflare
// Queues consumer whose catch calls `message.retry()` (or `batch.retryAll()`) has the queue redeliver the message, and the
// consumer runs the code of its `try` again for it — a retry the project wrote as a call, not as a loop.
import { Node, SyntaxKind, type CallExpression, type InterfaceDeclaration, type SourceFile } from 'ts-morph';
import { unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import type { ProjectModel } from './project-model.js';
import type { Retry } from './retries.js';
import { resolveIdentifier } from './scope.js';

/** The `try` blocks of a file whose catch hands the message back to its queue, each with that call. */
export function queueRedeliveriesIn(file: SourceFile, model: ProjectModel): Retry[] {
  return model.memoize('queue-redeliveries', file, () => {
    const text = file.getFullText();
    if (!text.includes('.retry') || !/\bMessage(?:Batch)?\b|\bqueue\s*\(/.test(text)) return [];
    const out: Retry[] = [];
    for (const statement of descendantsOfKind(file, SyntaxKind.TryStatement)) {
      const handler = statement.getCatchClause()?.getBlock();
      if (!handler) continue;
      const redelivery = descendantsOfKind(handler, SyntaxKind.CallExpression).find((call) => isRedelivery(call, model));
      if (!redelivery) continue;
      out.push({
        region: statement.getTryBlock(), construct: redelivery,
        label: 'the queue\'s redelivery of a message its consumer handed back (`retry()`)',
        remedy: 'Record the message\'s id before the writes and skip a message already handled, or send a key made from it (the message id stays the same across deliveries).',
      });
    }
    return out;
  });
}

/**
 * `message.retry()` / `msg.retry({ delaySeconds })` on a Cloudflare Queues `Message`, or `batch.retryAll()` on its
 * `MessageBatch` (workers-types: `interface Message { retry(options?: QueueRetryOptions): void; ack(): void }`,
 * `interface MessageBatch { readonly messages: readonly Message<Body>[]; retryAll(options?): void; ackAll(): void }`).
 */
function isRedelivery(call: CallExpression, model: ProjectModel): boolean {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee) || call.getArguments().length > 1) return false;
  const receiver = unwrap(callee.getExpression());
  if (!Node.isIdentifier(receiver)) return false;
  const binding = resolveIdentifier(receiver);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  if (callee.getName() === 'retryAll') return isMessageBatch(declaration, model);
  if (callee.getName() !== 'retry') return false;
  if (typedAs(declaration, 'Message', model)) return true;
  // `for (const message of batch.messages)`.
  const loop = declaration.getFirstAncestorByKind(SyntaxKind.ForOfStatement);
  const list = loop && loop.getInitializer().containsRange(declaration.getPos(), declaration.getEnd()) ? unwrap(loop.getExpression()) : undefined;
  if (!list || !Node.isPropertyAccessExpression(list) || list.getName() !== 'messages') return false;
  const batch = unwrap(list.getExpression());
  if (!Node.isIdentifier(batch)) return false;
  const batchBinding = resolveIdentifier(batch);
  return batchBinding.kind === 'local' && isMessageBatch(batchBinding.declaration, model);
}

/** A parameter typed `MessageBatch<…>`, or the first parameter of a Worker's `queue(batch, env, ctx)` handler. */
function isMessageBatch(declaration: Node, model: ProjectModel): boolean {
  if (typedAs(declaration, 'MessageBatch', model)) return true;
  if (!Node.isParameterDeclaration(declaration) || declaration.getTypeNode()) return false;
  const fn = declaration.getParent();
  const member = Node.isMethodDeclaration(fn) ? fn : fn && (Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) ? fn.getParent() : undefined;
  const name = member && (Node.isMethodDeclaration(member) || Node.isPropertyAssignment(member)) ? member.getName() : undefined;
  return name === 'queue' && Node.isObjectLiteralExpression(member!.getParent()) && (fn as { getParameters(): Node[] }).getParameters()[0] === declaration;
}

/**
 * A parameter or variable whose written type is the Workers runtime's global `name` (`Message<Job>`): not imported nor
 * declared in its file, and either declared by a declaration file of the package as the runtime declares it (wrangler
 * types' worker-configuration.d.ts: `retry(options?: QueueRetryOptions)`), or — declared by none — given by
 * @cloudflare/workers-types or the wrangler the package depends on. A project's own global `Message` is not a queue's.
 */
function typedAs(declaration: Node, name: string, model: ProjectModel): boolean {
  if (!Node.isParameterDeclaration(declaration) && !Node.isVariableDeclaration(declaration)) return false;
  const type = declaration.getTypeNode();
  if (!type || !Node.isTypeReference(type)) return false;
  const typeName = type.getTypeName();
  if (!Node.isIdentifier(typeName) || typeName.getText() !== name || resolveIdentifier(typeName).kind !== 'global') return false;
  const declared = model.declaredGlobal(typeName, name, 'type');
  if (declared) return Node.isInterfaceDeclaration(declared) && takesQueueRetryOptions(declared, name === 'Message' ? 'retry' : 'retryAll');
  const folder = typeName.getSourceFile().getDirectoryPath();
  return WORKERS_TYPES_PACKAGES.some((module) => model.dependencyRangeAbove(folder, module) !== undefined);
}

/** Packages that give a Worker the runtime's global types: the types package, and wrangler (whose `wrangler types` writes them). */
const WORKERS_TYPES_PACKAGES = ['@cloudflare/workers-types', 'wrangler'];

function takesQueueRetryOptions(declared: InterfaceDeclaration, method: string): boolean {
  const options = declared.getMethod(method)?.getParameters()[0]?.getTypeNode();
  return options !== undefined && options.getText() === 'QueueRetryOptions';
}

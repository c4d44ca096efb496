// Quick fix for non-idempotent-tool: send an Idempotency-Key header derived from the tool call id.
import { Node, type CallExpression } from 'ts-morph';
import { objectLiteralOf, propertyOf } from '../engine/callee.js';
import type { ToolHandler } from '../engine/tool-handlers.js';
import type { Suggestion } from '../engine/types.js';

/** For fetch-style calls with an init object: add `headers: { 'Idempotency-Key': <tool call id> }`. */
export function keySuggestion(call: CallExpression, handler: ToolHandler): Suggestion | undefined {
  const idExpression = toolCallIdExpression(handler);
  if (!idExpression) return undefined;
  const init = call.getArguments()[1];
  const object = objectLiteralOf(init);
  if (!object || object !== init) return undefined;
  const file = call.getSourceFile().getFilePath();
  const headers = propertyOf(object, 'headers');
  if (headers && Node.isPropertyAssignment(headers)) {
    const value = headers.getInitializer();
    if (value && Node.isObjectLiteralExpression(value)) {
      const open = value.getStart() + 1;
      return {
        title: 'Send an Idempotency-Key header derived from the tool call id',
        safe: false,
        edits: [{ file, start: open, end: open, newText: ` 'Idempotency-Key': ${idExpression},` }],
      };
    }
    return undefined;
  }
  if (headers) return undefined;
  const open = object.getStart() + 1;
  return {
    title: 'Send an Idempotency-Key header derived from the tool call id',
    safe: false,
    edits: [{ file, start: open, end: open, newText: ` headers: { 'Idempotency-Key': ${idExpression} },` }],
  };
}

/** The expression naming the tool call id in the handler's scope (AI SDK `toolCallId`, Agents SDK `details.toolCall.id`). */
function toolCallIdExpression(handler: ToolHandler): string | undefined {
  const fn = handler.fn;
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn))) return undefined;
  const second = fn.getParameters()[1];
  if (!second) return undefined;
  const name = second.getNameNode();
  if (Node.isObjectBindingPattern(name)) {
    const element = name.getElements().find((e) => (e.getPropertyNameNode()?.getText() ?? e.getName()) === 'toolCallId');
    return element?.getName();
  }
  if (handler.framework.startsWith('Vercel')) return `${name.getText()}.toolCallId`;
  return undefined;
}

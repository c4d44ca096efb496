// A record a function makes only to use for a moment: it deletes what it made before it returns
// (`const copy = await api.forwardMessage(chat, chat, id); …; await api.deleteMessage(chat, copy.message_id)`, a
// forward to read a file's id). A repeat makes a second temporary record and deletes it too: nothing is left twice.
// Releases in `finally` are vendor-writes.ts's releasedInFinally (which finds the held result with resultVariable
// below); this covers the plain sequence in one block.
import { Node, SyntaxKind, type CallExpression, type VariableDeclaration } from 'ts-morph';

const DELETE_VERB = /^(?:delete|remove|destroy|revoke|discard)\w*$/;

/** Whether the function holding `call` deletes the record `call`'s result names, later in the same block. */
export function deletedBeforeReturn(call: CallExpression): boolean {
  const result = resultVariable(call);
  if (!result) return false;
  const { declaration, name } = result;
  const statement = declaration.getFirstAncestorByKind(SyntaxKind.VariableStatement);
  const block = statement?.getParent();
  if (!statement || !block || !Node.isBlock(block)) return false;
  const after = block.getStatements().slice(statement.getChildIndex() + 1);
  return after.some((later) => {
    // Only a delete the block always reaches: a statement of its own, not one under a branch.
    if (!Node.isExpressionStatement(later)) return false;
    let expression: Node = later.getExpression();
    if (Node.isAwaitExpression(expression)) expression = expression.getExpression();
    if (!Node.isCallExpression(expression)) return false;
    const callee = expression.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !DELETE_VERB.test(callee.getName())) return false;
    return expression.getArguments().some((arg) => namesResult(arg, name));
  });
}

/**
 * The variable `call`'s result is held in (`const copy = await api.forwardMessage(…)`, through `await`, parentheses and
 * `as`), with its name: the record a later release or delete names. Undefined when the result is not held by one name.
 */
export function resultVariable(call: CallExpression): { declaration: VariableDeclaration; name: string } | undefined {
  let holder: Node | undefined = call.getParent();
  while (holder && (Node.isAwaitExpression(holder) || Node.isParenthesizedExpression(holder) || Node.isAsExpression(holder))) holder = holder.getParent();
  if (!holder || !Node.isVariableDeclaration(holder)) return undefined;
  const nameNode = holder.getNameNode();
  if (!Node.isIdentifier(nameNode)) return undefined;
  return { declaration: holder, name: nameNode.getText() };
}

/** `copy`, `copy.message_id`, `copy.data.id`: the made record (or a property of it). */
function namesResult(arg: Node, name: string): boolean {
  let node: Node = arg;
  while (Node.isPropertyAccessExpression(node)) node = node.getExpression();
  return Node.isIdentifier(node) && node.getText() === name;
}

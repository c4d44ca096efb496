// A record a function makes only to use for a moment: it deletes what it made before it returns
// (`const copy = await api.forwardMessage(chat, chat, id); …; await api.deleteMessage(chat, copy.message_id)`, a
// forward to read a file's id). A repeat makes a second temporary record and deletes it too: nothing is left twice.
// Releases in `finally` are vendor-writes.ts's releasedInFinally; this covers the plain sequence in one block.
import { Node, SyntaxKind, type CallExpression } from 'ts-morph';

const DELETE_VERB = /^(?:delete|remove|destroy|revoke|discard)\w*$/;

/** Whether the function holding `call` deletes the record `call`'s result names, later in the same block. */
export function deletedBeforeReturn(call: CallExpression): boolean {
  let holder: Node | undefined = call.getParent();
  while (holder && (Node.isAwaitExpression(holder) || Node.isParenthesizedExpression(holder) || Node.isAsExpression(holder))) holder = holder.getParent();
  if (!holder || !Node.isVariableDeclaration(holder)) return false;
  const nameNode = holder.getNameNode();
  if (!Node.isIdentifier(nameNode)) return false;
  const name = nameNode.getText();
  const statement = holder.getFirstAncestorByKind(SyntaxKind.VariableStatement);
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

/** `copy`, `copy.message_id`, `copy.data.id`: the made record (or a property of it). */
function namesResult(arg: Node, name: string): boolean {
  let node: Node = arg;
  while (Node.isPropertyAccessExpression(node)) node = node.getExpression();
  return Node.isIdentifier(node) && node.getText() === name;
}

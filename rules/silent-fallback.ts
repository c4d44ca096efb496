// silent-fallback: a catch around an LLM or tool call that hands back a default and leaves no trace —
// it neither logs, rethrows, nor marks the result as degraded, so a failing model looks like a model
// that answered.
import { Node } from 'ts-morph';
import { defineRule } from './engine/define-rule.js';
import { fallbackOf, guardedModelWork, type Handler } from './engine/fallbacks.js';
import type { Suggestion } from './engine/types.js';

export default defineRule({
  id: 'silent-fallback',
  meta: {
    description: 'A catch around an LLM or tool call that returns a default and neither logs, rethrows nor marks the result degraded.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    fixable: false,
  },
  create(context) {
    for (const guarded of guardedModelWork(context.sourceFile, context.model)) {
      const fallback = fallbackOf(guarded.handler);
      if (!fallback) continue;
      context.report({
        node: guarded.handler.kind === 'catch' ? guarded.handler.clause : catchName(guarded.handler.call),
        message: `This ${guarded.handler.kind === 'catch' ? 'catch' : '`.catch()`'} swallows a failure of ${guarded.what} and ${fallback.how}${fallback.value ? ` (${fallback.value})` : ''} with no log, no rethrow and no sign that the result is degraded: a model or tool that failed looks exactly like one that answered, and nobody learns it is down. Log the error (or report it), and mark the fallback (\`{ degraded: true, … }\`, an error field) or rethrow.`,
        confidence: 'medium',
        related: [{ node: guarded.work, message: `the ${guarded.kind} call it guards` }],
        suggestions: logSuggestion(guarded.handler),
      });
    }
  },
});

/** Log the error at the top of the handler (binding it when the catch has no variable): editor only, it changes output. */
function logSuggestion(handler: Handler): Suggestion[] {
  const file = handler.body.getSourceFile().getFilePath();
  if (handler.kind === 'catch') {
    const variable = handler.clause.getVariableDeclaration();
    const name = variable?.getName() ?? 'error';
    const open = handler.body.getStart() + 1;
    const edits = [{ file, start: open, end: open, newText: ` console.error(${name});` }];
    if (!variable) {
      const keywordEnd = handler.clause.getStart() + 'catch'.length;
      edits.unshift({ file, start: keywordEnd, end: keywordEnd, newText: ` (${name})` });
    }
    return [{ title: 'Log the error before falling back', safe: false, edits }];
  }
  const parameter = handler.fn.getParameters()[0];
  if (!Node.isBlock(handler.body)) {
    const body = handler.body;
    const name = parameter?.getName() ?? 'error';
    const edits = [{ file, start: body.getStart(), end: body.getEnd(), newText: `{ console.error(${name}); return ${body.getText()}; }` }];
    if (!parameter) {
      const open = handler.fn.getStart();
      const paren = handler.fn.getText().startsWith('()') ? 1 : -1;
      if (paren < 0) return [];
      edits.unshift({ file, start: open + 1, end: open + 1, newText: name });
    }
    return [{ title: 'Log the error before falling back', safe: false, edits }];
  }
  return [];
}

/** `.catch` of a chain that spans lines: report where `.catch(` is written, not where the chain starts. */
function catchName(call: import('ts-morph').CallExpression): Node {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : call;
}

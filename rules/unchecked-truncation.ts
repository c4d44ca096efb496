// unchecked-truncation: a model's output parsed, stored or run with no look at whether it is whole — the
// SDK's truncation signal (finish_reason, stop_reason, status, finishReason) never read on the way.
import { Node } from 'ts-morph';
import { defineRule } from './engine/define-rule.js';
import { modelTextFlows, type TextUse } from './engine/model-output.js';
import { lineAndColumnAt } from './engine/line-index.js';
import type { Suggestion } from './engine/types.js';

const WHAT: Record<TextUse['what'], string> = {
  parse: 'parses',
  store: 'stores',
  run: 'runs',
};

const HARM: Record<TextUse['what'], string> = {
  parse: 'a cut-off JSON fails to parse at best, and a cut-off list or text that still parses is taken for the whole answer at worst',
  store: 'a cut-off answer is saved as if it were complete, and nothing downstream can tell',
  run: 'a cut-off command or program is executed',
};

export default defineRule({
  id: 'unchecked-truncation',
  meta: {
    description: "An LLM result parsed, stored or acted on with no check that it is whole (finish_reason, stop_reason, status).",
    defaultSeverity: 'off',
    hasSuggestions: true,
    fixable: false,
  },
  create(context) {
    for (const flow of modelTextFlows(context.sourceFile, context.model)) {
      if (flow.signalChecked) continue;
      const seen = new Set<Node>();
      for (const use of flow.uses) {
        if (use.handled || seen.has(use.sink)) continue;
        seen.add(use.sink);
        const via = use.inner ? ` (through ${use.sink.getExpression().getText()}(), which calls ${use.inner.getExpression().getText()})` : '';
        const callee = context.model.resolveCall(flow.call);
        context.report({
          node: use.sink,
          message: `This ${WHAT[use.what]} the ${flow.fact.label}'s output (${short(use.text.getText())})${via} without checking that it is whole: when the model hits its token limit the output is cut off and ${flow.fact.signal.truncatedWhen}; ${HARM[use.what]}. Check the signal before using the output, and treat a cut-off answer as a failure (retry with a higher limit, or continue the turn).`,
          confidence: callee?.confidence ?? 'medium',
          related: [{ node: flow.call, message: 'the model call' }, ...(use.inner ? [{ node: use.inner, message: 'parsed here' }] : [])],
          suggestions: guardSuggestion(use),
        });
      }
    }
  },
});

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

/** A guard before the statement that uses the text: throw when the SDK says the output was cut. */
function guardSuggestion(use: TextUse): Suggestion[] {
  if (!use.resultName) return [];
  const condition = GUARDS[use.fact.label]?.(use.resultName);
  if (!condition) return [];
  const statement = use.sink.getFirstAncestor((a) => Node.isStatement(a) && Node.isBlock(a.getParent() ?? a));
  if (!statement) return [];
  const indent = ' '.repeat(lineAndColumnAt(statement.getSourceFile(), statement.getStart()).column - 1);
  return [{
    title: 'Throw when the output was cut off',
    safe: false,
    edits: [{ file: statement.getSourceFile().getFilePath(), start: statement.getStart(), end: statement.getStart(), newText: `if (${condition}) throw new Error('model output was cut off');\n${indent}` }],
  }];
}

const GUARDS: Record<string, (name: string) => string> = {
  'OpenAI chat completion': (name) => `${name}.choices[0]?.finish_reason === 'length' || ${name}.choices[0]?.finish_reason === 'content_filter'`,
  'Groq chat completion': (name) => `${name}.choices[0]?.finish_reason === 'length'`,
  'Together AI chat completion': (name) => `${name}.choices[0]?.finish_reason === 'length'`,
  'OpenAI completion': (name) => `${name}.choices[0]?.finish_reason === 'length'`,
  'OpenAI response': (name) => `${name}.status === 'incomplete'`,
  'Anthropic message': (name) => `${name}.stop_reason === 'max_tokens' || ${name}.stop_reason === 'model_context_window_exceeded'`,
  'AI SDK text generation': (name) => `(await ${name}.finishReason) === 'length'`,
  'AI SDK agent': (name) => `(await ${name}.finishReason) === 'length'`,
};

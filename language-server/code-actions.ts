// Code actions for agentvet diagnostics: the engine's suggestions as quick fixes (forward a signal,
// add a timeout, add an idempotency key), and suppressing a finding with a reason to fill in.
// Edits come from the engine as 0-based offsets into the text it analysed; here they become ranges.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { INVALID_SUPPRESSION, UNUSED_SUPPRESSION } from '../rules/engine/suppressions.js';
import type { Finding, Suggestion } from '../rules/engine/types.js';
import { SELECT_SUPPRESSION_REASON_COMMAND, SUPPRESSION_REASON_PLACEHOLDER } from './protocol.js';

export interface CodeActionInput {
  /** The document the diagnostic is in, at the version the findings were computed on. */
  document: TextDocument;
  diagnostic: Diagnostic;
  finding: Finding;
  /** The analysed text of another file a suggestion edits (an open buffer or the file on disk). */
  documentFor(file: string): TextDocument | undefined;
  /** Whether the client runs SELECT_SUPPRESSION_REASON_COMMAND after the suppression is inserted. */
  clientSelectsReason: boolean;
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const { finding } = input;
  if (finding.ruleId === UNUSED_SUPPRESSION) return [removeLineAction(input)];
  if (finding.ruleId === INVALID_SUPPRESSION) return [addReasonAction(input)];
  const fixes = finding.suggestions.flatMap((suggestion, index) => {
    const action = suggestionAction(input, suggestion, index === 0);
    return action ? [action] : [];
  });
  return [...fixes, suppressAction(input)];
}

function suggestionAction(input: CodeActionInput, suggestion: Suggestion, preferred: boolean): CodeAction | undefined {
  const changes: Record<string, TextEdit[]> = {};
  for (const edit of suggestion.edits) {
    const document = edit.file === pathOf(input.document) ? input.document : input.documentFor(edit.file);
    if (!document) return undefined;
    const uri = pathToFileURL(edit.file).href;
    (changes[uri] ??= []).push({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText });
  }
  return { title: suggestion.title, kind: CodeActionKind.QuickFix, diagnostics: [input.diagnostic], isPreferred: preferred, edit: { changes } };
}

const NEXT_LINE_DIRECTIVE = /^(\s*)\/\/\s*agentvet-disable-next-line\b([^\n]*?)(\s+--.*)?$/;

/** Inserts `// agentvet-disable-next-line <rule> -- <reason>` above the finding, or adds the rule to a directive already there. */
function suppressAction(input: CodeActionInput): CodeAction {
  const { document, finding } = input;
  const line = finding.range.line - 1;
  const lineText = lineAt(document, line);
  const indent = /^\s*/.exec(lineText)![0];
  const above = line > 0 ? lineAt(document, line - 1) : '';
  const existing = NEXT_LINE_DIRECTIVE.exec(above);
  let edit: TextEdit;
  let reasonLine = line;
  if (existing && existing[2]!.trim() !== '') {
    const rulesEnd = existing[1]!.length + above.slice(existing[1]!.length).indexOf(existing[2]!) + existing[2]!.trimEnd().length;
    edit = { range: { start: { line: line - 1, character: rulesEnd }, end: { line: line - 1, character: rulesEnd } }, newText: `, ${finding.ruleId}` };
    reasonLine = line - 1;
  } else {
    const directive = `${indent}// agentvet-disable-next-line ${finding.ruleId} -- ${SUPPRESSION_REASON_PLACEHOLDER}\n`;
    edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: directive };
  }
  return {
    title: `Suppress ${finding.ruleId} on this line (with a reason)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [input.diagnostic],
    edit: { changes: { [document.uri]: [edit] } },
    ...(input.clientSelectsReason && !existing
      ? { command: { title: 'Select the reason', command: SELECT_SUPPRESSION_REASON_COMMAND, arguments: [document.uri, reasonLine] } }
      : {}),
  };
}

function removeLineAction(input: CodeActionInput): CodeAction {
  const line = input.finding.range.line - 1;
  return {
    title: 'Remove the unused suppression',
    kind: CodeActionKind.QuickFix,
    diagnostics: [input.diagnostic],
    isPreferred: true,
    edit: { changes: { [input.document.uri]: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }] } },
  };
}

function addReasonAction(input: CodeActionInput): CodeAction {
  const line = input.finding.range.line - 1;
  const text = lineAt(input.document, line).replace(/\s*--\s*$/, '');
  const end = { line, character: text.length };
  return {
    title: 'Add a reason to the suppression',
    kind: CodeActionKind.QuickFix,
    diagnostics: [input.diagnostic],
    isPreferred: true,
    edit: {
      changes: {
        [input.document.uri]: [{ range: { start: end, end: { line, character: lineAt(input.document, line).length } }, newText: ` -- ${SUPPRESSION_REASON_PLACEHOLDER}` }],
      },
    },
  };
}

function lineAt(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

function pathOf(document: TextDocument): string {
  return fileURLToPath(document.uri);
}

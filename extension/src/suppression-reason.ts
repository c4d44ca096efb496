// After "Suppress … (with a reason)" inserts its directive, select the placeholder reason so the
// person types the real one straight away.
import * as vscode from 'vscode';
import { SUPPRESSION_REASON_PLACEHOLDER } from '../../language-server/protocol.js';

export async function selectSuppressionReason(uri: string, line: number): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (!editor || line >= editor.document.lineCount) return;
  const text = editor.document.lineAt(line).text;
  const at = text.indexOf(SUPPRESSION_REASON_PLACEHOLDER);
  if (at < 0) return;
  editor.selection = new vscode.Selection(line, at, line, at + SUPPRESSION_REASON_PLACEHOLDER.length);
  editor.revealRange(editor.selection);
}

// Inlay hints for a document from the loaded recording: at the end of each line that made recorded
// calls, what they did (status, duration, tokens); the tooltip lists every call of that line.
import { InlayHintKind, MarkupKind, type InlayHint, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntrySummary } from './entry-summary.js';

const MAX_TOOLTIP_ITEMS = 20;

export function inlayHintsFor(document: TextDocument, lines: ReadonlyMap<number, EntrySummary[]>, range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const [line, entries] of lines) {
    const index = line - 1;
    if (index < range.start.line || index > range.end.line || index >= document.lineCount) continue;
    const text = document.getText({ start: { line: index, character: 0 }, end: { line: index + 1, character: 0 } }).replace(/\r?\n$/, '');
    hints.push({
      position: { line: index, character: text.length },
      label: labelOf(entries),
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: { kind: MarkupKind.Markdown, value: tooltipOf(entries) },
    });
  }
  return hints.sort((a, b) => a.position.line - b.position.line);
}

function labelOf(entries: EntrySummary[]): string {
  const first = entries[0]!;
  if (entries.length === 1) return `● ${first.hint}`;
  const errors = entries.filter((e) => e.error).length;
  return `● ×${entries.length} ${first.hint}${entries.every((e) => e.hint === first.hint) ? '' : ' …'}${errors ? ` (${errors} failed)` : ''}`;
}

function tooltipOf(entries: EntrySummary[]): string {
  const shown = entries.slice(0, MAX_TOOLTIP_ITEMS).map((e) => `- **${e.title}** — ${e.outcome || e.kind}${e.error ? ` — ⚠ ${e.error}` : ''}`);
  const more = entries.length > MAX_TOOLTIP_ITEMS ? [`- … and ${entries.length - MAX_TOOLTIP_ITEMS} more`] : [];
  return ['Recorded by agentvet', '', ...shown, ...more].join('\n');
}

// `--format stylish` (default): ESLint's stylish layout — a header per file, then aligned rows of
// `line:col  severity  message  rule-id  confidence`, the path down to a write beneath, and a summary.
import type { Finding, ParseDiagnostic } from '../../rules/engine/types.js';
import { ansiStyle, padEnd, type AnsiStyle } from './ansi-style.js';
import { displayPath } from './display-path.js';
import type { Formatter } from './format-context.js';
import { countProblems, findingsByFile } from './findings-by-file.js';

interface Row {
  line: number;
  column: number;
  location: string;
  severity: 'error' | 'warning';
  message: string;
  ruleId: string;
  confidence: string;
  related: string[];
}

const ALIGN_MESSAGES_UP_TO = 80;

const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ').trim();

function findingRow(finding: Finding, cwd: string): Row {
  const { range } = finding;
  return {
    line: range.line,
    column: range.column,
    location: `${range.line}:${range.column}`,
    severity: finding.severity === 'error' ? 'error' : 'warning',
    message: oneLine(finding.message),
    ruleId: finding.ruleId,
    confidence: `${finding.confidence} confidence`,
    related: finding.relatedLocations.map(
      (related) => `↳ ${displayPath(related.file, cwd)}:${related.line}:${related.column}  ${oneLine(related.message)}`,
    ),
  };
}

function parseRow(diagnostic: ParseDiagnostic): Row {
  return {
    line: diagnostic.line,
    column: diagnostic.column,
    location: `${diagnostic.line}:${diagnostic.column}`,
    severity: 'error',
    // The engine's message already says what kind of problem it is ("Parsing error: …").
    message: oneLine(diagnostic.message),
    ruleId: '',
    confidence: '',
    related: [],
  };
}

function renderRows(rows: Row[], style: AnsiStyle): string[] {
  const width = (pick: (row: Row) => string) => Math.max(...rows.map((row) => pick(row).length));
  const locationWidth = width((row) => row.location);
  const severityWidth = width((row) => row.severity);
  // Aligning rule ids after long messages pads short rows with a screenful of spaces; past this width, don't.
  const longest = width((row) => row.message);
  const messageWidth = longest <= ALIGN_MESSAGES_UP_TO ? longest : 0;
  const ruleWidth = width((row) => row.ruleId);
  const lines: string[] = [];
  for (const row of rows) {
    const severity = padEnd(row.severity, severityWidth);
    const cells = [style.dim(padEnd(row.location, locationWidth)), row.severity === 'error' ? style.red(severity) : style.yellow(severity)];
    // Parse problems have no rule or confidence: their row ends at the message.
    if (row.ruleId) cells.push(padEnd(row.message, messageWidth), style.dim(padEnd(row.ruleId, ruleWidth)), style.dim(row.confidence));
    else cells.push(row.message);
    lines.push(`  ${cells.join('  ')}`);
    const indent = ' '.repeat(2 + locationWidth + 2);
    for (const related of row.related) lines.push(indent + style.dim(related));
  }
  return lines;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function summaryLine(errorCount: number, warningCount: number, style: AnsiStyle): string {
  const total = errorCount + warningCount;
  const text = `✖ ${plural(total, 'problem')} (${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')})`;
  return style.bold(errorCount > 0 ? style.red(text) : style.yellow(text));
}

export const formatStylish: Formatter = (result, context) => {
  const style = ansiStyle(context.color);
  const { errorCount, warningCount } = countProblems(result);
  if (errorCount + warningCount === 0) return '';
  const out: string[] = [''];
  for (const report of findingsByFile(result, false)) {
    const rows = [...report.parseDiagnostics.map(parseRow), ...report.findings.map((f) => findingRow(f, context.cwd))];
    rows.sort((a, b) => a.line - b.line || a.column - b.column);
    out.push(style.underline(displayPath(report.file, context.cwd)), ...renderRows(rows, style), '');
  }
  out.push(summaryLine(errorCount, warningCount, style), '');
  return out.join('\n');
};

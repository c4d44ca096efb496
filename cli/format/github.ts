// `--format github`: GitHub Actions workflow commands (`::error file=…::message`), which the runner
// turns into annotations on the pull request. Escaping follows GitHub's toolkit (core/command.ts).
import type { Finding, ParseDiagnostic } from '../../rules/engine/types.js';
import { displayPath } from './display-path.js';
import type { Formatter } from './format-context.js';
import { findingsByFile } from './findings-by-file.js';

/** Escapes a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value, where `:` and `,` separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'error' | 'warning', properties: Array<[string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${kind} ${props}::${escapeData(message)}`;
}

function findingCommand(finding: Finding, rootDir: string): string {
  const { range } = finding;
  return command(
    finding.severity === 'error' ? 'error' : 'warning',
    [
      ['file', displayPath(range.file, rootDir)],
      ['line', range.line],
      ['endLine', range.endLine],
      ['col', range.column],
      ['endColumn', range.endColumn],
      ['title', `agentvet(${finding.ruleId})`],
    ],
    `${finding.message}\n\nConfidence: ${finding.confidence}. Docs: ${finding.docsUrl}`,
  );
}

function parseCommand(diagnostic: ParseDiagnostic, rootDir: string): string {
  return command(
    'error',
    [
      ['file', displayPath(diagnostic.file, rootDir)],
      ['line', diagnostic.line],
      ['col', diagnostic.column],
      ['title', 'agentvet'],
    ],
    diagnostic.message,
  );
}

export const formatGithub: Formatter = (result, context) => {
  const lines: string[] = [];
  for (const report of findingsByFile(result, false)) {
    for (const diagnostic of report.parseDiagnostics) lines.push(parseCommand(diagnostic, context.rootDir));
    for (const finding of report.findings) lines.push(findingCommand(finding, context.rootDir));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

// Turns the engine's findings and parse problems into LSP diagnostics: 1-based engine positions become
// 0-based LSP ones, rule id is the `code`, the docs page is `codeDescription`, confidence rides in `data`.
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver/node';
import type { Finding, ParseDiagnostic, SourceRange } from '../rules/engine/types.js';
import type { DiagnosticData } from './protocol.js';

export const DIAGNOSTIC_SOURCE = 'agentvet';

export function toLspRange(range: Pick<SourceRange, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: { line: range.line - 1, character: range.column - 1 },
    end: { line: range.endLine - 1, character: range.endColumn - 1 },
  };
}

export function findingToDiagnostic(finding: Finding, version: number, index: number): Diagnostic {
  const data: DiagnosticData = { confidence: finding.confidence, version, index };
  const related: DiagnosticRelatedInformation[] = finding.relatedLocations.map((location) => ({
    location: { uri: pathToFileURL(location.file).href, range: toLspRange(location) },
    message: location.message,
  }));
  return {
    range: toLspRange(finding.range),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

/** A parse problem covers one character: the engine reports a position, not a span. */
export function parseProblemToDiagnostic(problem: ParseDiagnostic): Diagnostic {
  const start = { line: problem.line - 1, character: problem.column - 1 };
  return {
    range: { start, end: { line: start.line, character: start.character + 1 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
}

export function isAgentvetDiagnostic(diagnostic: Diagnostic): diagnostic is Diagnostic & { data: DiagnosticData } {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof data?.index === 'number' && typeof data.version === 'number';
}

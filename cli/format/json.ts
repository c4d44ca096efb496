// `--format json`: the shape of ESLint's JSON formatter, so tools that read ESLint output read ours,
// plus `confidence`, `relatedLocations` and `docsUrl` on each message.
import type { Finding, ParseDiagnostic } from '../../rules/engine/types.js';
import type { Formatter } from './format-context.js';
import { findingsByFile } from './findings-by-file.js';

export interface JsonRelatedLocation {
  filePath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface JsonFindingMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  confidence: Finding['confidence'];
  relatedLocations: JsonRelatedLocation[];
  docsUrl: string;
}

export interface JsonParseMessage {
  ruleId: null;
  fatal: true;
  severity: 2;
  message: string;
  line: number;
  column: number;
}

export interface JsonFileResult {
  filePath: string;
  messages: Array<JsonFindingMessage | JsonParseMessage>;
  suppressedMessages: [];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
}

function findingMessage(finding: Finding): JsonFindingMessage {
  const { range } = finding;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    message: finding.message,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    confidence: finding.confidence,
    relatedLocations: finding.relatedLocations.map((related) => ({
      filePath: related.file,
      line: related.line,
      column: related.column,
      endLine: related.endLine,
      endColumn: related.endColumn,
      message: related.message,
    })),
    docsUrl: finding.docsUrl,
  };
}

function parseMessage(diagnostic: ParseDiagnostic): JsonParseMessage {
  return { ruleId: null, fatal: true, severity: 2, message: diagnostic.message, line: diagnostic.line, column: diagnostic.column };
}

export function toJsonResults(...args: Parameters<Formatter>): JsonFileResult[] {
  const [result] = args;
  return findingsByFile(result, true).map((report) => {
    const messages: JsonFileResult['messages'] = [
      ...report.parseDiagnostics.map(parseMessage),
      ...report.findings.map(findingMessage),
    ];
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
    return {
      filePath: report.file,
      messages,
      suppressedMessages: [],
      errorCount: report.errorCount,
      warningCount: report.warningCount,
      fatalErrorCount: report.parseDiagnostics.length,
      // `--fix` does not exist yet, so nothing is reported as fixable by it.
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
}

export const formatJson: Formatter = (result, context) => JSON.stringify(toJsonResults(result, context));

// `--format json`: the shape of ESLint's JSON formatter, so tools that read ESLint output read ours,
// plus `confidence`, `relatedLocations` and `docsUrl` on each message.
import type { Finding, ParseDiagnostic } from '../../rules/engine/types.js';
import type { Formatter } from './format-context.js';
import { findingsByFile } from './findings-by-file.js';
import { safeSuggestion } from '../lint/safe-fixes.js';

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
  /** The file's text after `--fix` / `--fix-dry-run`, only when they changed it (ESLint's field). */
  output?: string;
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
  const [result, context] = args;
  return findingsByFile(result, true).map((report) => {
    const fixable = report.findings.filter((finding) => safeSuggestion(finding));
    const output = context.fixedSources?.get(report.file);
    const messages: JsonFileResult['messages'] = [
      ...report.parseDiagnostics.map(parseMessage),
      ...report.findings.map(findingMessage),
    ];
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
    const json: JsonFileResult = {
      filePath: report.file,
      messages,
      suppressedMessages: [],
      errorCount: report.errorCount,
      warningCount: report.warningCount,
      fatalErrorCount: report.parseDiagnostics.length,
      // What `--fix` would still fix: findings with a suggestion safe unattended.
      fixableErrorCount: fixable.filter((finding) => finding.severity === 'error').length,
      fixableWarningCount: fixable.filter((finding) => finding.severity === 'warn').length,
      usedDeprecatedRules: [],
    };
    if (output !== undefined) json.output = output;
    return json;
  });
}

export const formatJson: Formatter = (result, context) => JSON.stringify(toJsonResults(result, context));

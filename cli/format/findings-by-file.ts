// Groups a result's findings and parse problems by file in a stable order (path, line, column, rule),
// and counts them the way ESLint does: a parse problem is a (fatal) error.
import type { AnalysisResult, Finding, ParseDiagnostic } from '../../rules/engine/types.js';

export interface FileReport {
  file: string;
  findings: Finding[];
  parseDiagnostics: ParseDiagnostic[];
  errorCount: number;
  warningCount: number;
}

export interface ProblemCounts {
  errorCount: number;
  warningCount: number;
}

/** Code-point order, so output does not depend on the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.line - b.range.line || a.range.column - b.range.column || a.ruleId.localeCompare(b.ruleId);
}

/**
 * One report per file. With `includeClean`, every file of the project appears (ESLint's JSON lists
 * every linted file); otherwise only files with something to say.
 */
export function findingsByFile(result: AnalysisResult, includeClean: boolean): FileReport[] {
  const reports = new Map<string, FileReport>();
  const reportFor = (file: string): FileReport => {
    let report = reports.get(file);
    if (!report) {
      report = { file, findings: [], parseDiagnostics: [], errorCount: 0, warningCount: 0 };
      reports.set(file, report);
    }
    return report;
  };
  if (includeClean) for (const file of result.files) reportFor(file);
  for (const finding of result.findings) {
    const report = reportFor(finding.range.file);
    report.findings.push(finding);
    if (finding.severity === 'error') report.errorCount++;
    else report.warningCount++;
  }
  for (const diagnostic of result.parseDiagnostics) {
    const report = reportFor(diagnostic.file);
    report.parseDiagnostics.push(diagnostic);
    report.errorCount++;
  }
  for (const report of reports.values()) {
    report.findings.sort(compareFindings);
    report.parseDiagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  return [...reports.values()].sort((a, b) => comparePaths(a.file, b.file));
}

export function countProblems(result: AnalysisResult): ProblemCounts {
  let errorCount = result.parseDiagnostics.length;
  let warningCount = 0;
  for (const finding of result.findings) {
    if (finding.severity === 'error') errorCount++;
    else warningCount++;
  }
  return { errorCount, warningCount };
}

// Turns dynamic check results into the lint contract (Finding, AnalysisResult) so `agentvet check`
// prints through the same formatters as `lint`, and ties each to a static finding at the same source
// line when there is one (check-static-findings.ts finds them). A finding without a user frame points
// at its line in the recording.
import { CHECK_DESCRIPTIONS, type CheckedEvent, type CheckFinding, type CheckId } from '../../recorder/model/checks/check-finding.js';
import type { AnalysisResult, Finding, RelatedLocation, SourceRange } from '../../rules/engine/types.js';
import type { RuleInfo } from '../format/format-context.js';
import { packageInfo } from '../package-info.js';

/** Static rules that describe the same bug as a dynamic check. */
const STATIC_TWINS: Record<CheckId, readonly string[]> = {
  'duplicate-side-effect': ['non-idempotent-tool', 'unkeyed-retry'],
  'retry-without-key': ['unkeyed-retry', 'non-idempotent-tool'],
  'truncated-response': ['unchecked-truncation'],
  'long-call-without-deadline': ['missing-deadline'],
  'secret-in-recording': [],
};

export function checkRules(): RuleInfo[] {
  const docs = `${packageInfo().homepage}/blob/main/docs/view.md`;
  return CHECK_DESCRIPTIONS.map(({ id, description }) => ({
    id,
    meta: { description, defaultSeverity: 'error', hasSuggestions: false, fixable: false },
    docsUrl: `${docs}#check-${id}`,
  }));
}

export function toAnalysisResult(checks: readonly CheckFinding[], recordingFile: string, staticFindings: readonly Finding[], durationMs: number): AnalysisResult {
  const docs = new Map(checkRules().map((rule) => [rule.id, rule.docsUrl]));
  const findings = checks.map((check): Finding => {
    const twins = staticFindings.filter((finding) => STATIC_TWINS[check.check].includes(finding.ruleId) && covers(finding.range, check.event));
    const related: RelatedLocation[] = [
      ...check.related.map((event) => ({ ...rangeOf(event, recordingFile), message: event.message })),
      ...(check.event.site ? [{ ...recordingRange(check.event, recordingFile), message: `recorded as event ${check.event.id}` }] : []),
      ...twins.map((finding) => ({ ...finding.range, message: `static finding ${finding.ruleId}: ${finding.message}` })),
    ];
    return {
      ruleId: check.check,
      severity: 'error',
      confidence: twins.length > 0 ? 'high' : check.confidence,
      message: twins.length > 0 ? `${check.message} [static rule ${twins[0]?.ruleId} reports this call too]` : check.message,
      range: rangeOf(check.event, recordingFile),
      relatedLocations: related,
      docsUrl: docs.get(check.check) ?? '',
      suggestions: [],
    };
  });
  const files = [...new Set([recordingFile, ...findings.map((finding) => finding.range.file)])];
  return { findings, parseDiagnostics: [], files, stats: { filesInProject: files.length, filesAnalysed: files.length, typesAvailable: false, durationMs } };
}

function covers(range: SourceRange, event: CheckedEvent): boolean {
  return !!event.site && range.file === event.site.file && event.site.line >= range.line && event.site.line <= range.endLine;
}

function rangeOf(event: CheckedEvent, recordingFile: string): SourceRange {
  if (!event.site) return recordingRange(event, recordingFile);
  const { file, line, col } = event.site;
  return { file, line, column: col, endLine: line, endColumn: col };
}

function recordingRange(event: CheckedEvent, recordingFile: string): SourceRange {
  return { file: recordingFile, line: event.line, column: 1, endLine: event.line, endColumn: 1 };
}

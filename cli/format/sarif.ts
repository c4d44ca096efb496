// `--format sarif`: one SARIF 2.1.0 run for GitHub code scanning — the rule catalogue with docs links,
// results with paths relative to the repository root (%SRCROOT%) and stable partialFingerprints.
import type { Finding, RelatedLocation, SeveritySetting, SourceRange } from '../../rules/engine/types.js';
import { directoryUri, fileUri, relativeInside, relativeUri } from './display-path.js';
import type { FormatContext, Formatter } from './format-context.js';
import { comparePaths } from './findings-by-file.js';
import { findingFingerprints, FINGERPRINT_KEY } from './sarif-fingerprint.js';
import {
  SARIF_SCHEMA,
  type SarifLevel,
  type SarifLocation,
  type SarifLog,
  type SarifNotification,
  type SarifReportingDescriptor,
  type SarifResult,
} from './sarif-log.js';

const SRCROOT = '%SRCROOT%';

/** Findings the engine reports about suppression comments rather than a rule of the catalogue. */
const SUPPRESSION_PROBLEMS: Record<string, string> = {
  'invalid-suppression': 'An agentvet-disable comment without a rule id or a `-- reason`.',
  'unused-suppression': 'An agentvet-disable comment that suppresses nothing.',
};

const levelOf = (severity: SeveritySetting): SarifLevel => (severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none');

function physicalLocation(range: SourceRange, rootDir: string): SarifLocation['physicalLocation'] {
  const rel = relativeInside(range.file, rootDir);
  return {
    artifactLocation: rel === undefined ? { uri: fileUri(range.file) } : { uri: relativeUri(rel), uriBaseId: SRCROOT },
    region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn },
  };
}

function ruleDescriptors(findings: ReadonlyArray<Finding>, context: FormatContext): SarifReportingDescriptor[] {
  const descriptors: SarifReportingDescriptor[] = context.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.meta.description },
    helpUri: rule.docsUrl,
    help: { text: `${rule.meta.description} See ${rule.docsUrl}` },
    defaultConfiguration: { enabled: rule.meta.defaultSeverity !== 'off', level: levelOf(rule.meta.defaultSeverity) },
    properties: { tags: ['reliability', 'llm-agent'] },
  }));
  const known = new Set(descriptors.map((d) => d.id));
  for (const finding of findings) {
    if (known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    const text = SUPPRESSION_PROBLEMS[finding.ruleId] ?? finding.ruleId;
    descriptors.push({
      id: finding.ruleId,
      shortDescription: { text },
      helpUri: finding.docsUrl,
      defaultConfiguration: { level: 'warning' },
    });
  }
  return descriptors;
}

function relatedLocation(related: RelatedLocation, index: number, rootDir: string): SarifLocation {
  return { id: index + 1, message: { text: related.message }, physicalLocation: physicalLocation(related, rootDir) };
}

export function toSarifLog(...[result, context]: Parameters<Formatter>): SarifLog {
  const known = new Set(context.baselineKnown ?? []);
  const findings = [...result.findings, ...known].sort(
    (a, b) => comparePaths(a.range.file, b.range.file) || a.range.line - b.range.line || a.range.column - b.range.column,
  );
  const rules = ruleDescriptors(findings, context);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const hashes = findingFingerprints(findings, context.rootDir, context.readSource);
  const results: SarifResult[] = findings.map((finding, index) => {
    const sarif: SarifResult = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      level: levelOf(finding.severity),
      message: { text: finding.message },
      locations: [{ physicalLocation: physicalLocation(finding.range, context.rootDir) }],
      partialFingerprints: { [FINGERPRINT_KEY]: hashes[index]! },
      properties: { confidence: finding.confidence },
    };
    if (context.baselineKnown) sarif.baselineState = known.has(finding) ? 'unchanged' : 'new';
    if (finding.relatedLocations.length > 0) {
      sarif.relatedLocations = finding.relatedLocations.map((related, i) => relatedLocation(related, i, context.rootDir));
    }
    return sarif;
  });
  const notifications: SarifNotification[] = result.parseDiagnostics.map((diagnostic) => ({
    level: 'error',
    message: { text: diagnostic.message },
    locations: [
      {
        physicalLocation: physicalLocation(
          { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column, endLine: diagnostic.line, endColumn: diagnostic.column },
          context.rootDir,
        ),
      },
    ],
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'agentvet',
            version: context.tool.version,
            semanticVersion: context.tool.version,
            informationUri: context.tool.informationUri,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.rootDir) } },
        columnKind: 'utf16CodeUnits',
        // Set, it wins over upload-sarif's `category` input, which fills automationDetails only when absent.
        ...(context.sarifCategory ? { automationDetails: { id: `${context.sarifCategory.replace(/\/+$/, '')}/` } } : {}),
        results,
      },
    ],
  };
}

export const formatSarif: Formatter = (result, context) => JSON.stringify(toSarifLog(result, context), null, 2);

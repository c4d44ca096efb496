// Stable identities for SARIF results, so code scanning tracks one alert across commits.
// A fingerprint hashes the rule, the file, the trimmed text of the reported line and which occurrence
// of that (rule, file, text) it is; line numbers are left out so inserting lines above changes nothing.
// `--baseline-ref` matches findings across commits by the same fingerprints.
import { createHash } from 'node:crypto';
import type { Finding } from '../../rules/engine/types.js';
import { relativeInside } from './display-path.js';
import { lineLookup } from './source-lines.js';

export const FINGERPRINT_KEY = 'agentvetFindingHash/v1';

export interface FingerprintInput {
  ruleId: string;
  /** Path relative to the repository root, `/` separators. */
  path: string;
  line: number;
  column: number;
  /** The reported line's text; whitespace differences do not matter. */
  lineText: string;
}

/** A line's text with whitespace differences removed: what "the same line" means across edits. */
export const normalizeLineText = (text: string) => text.trim().replace(/\s+/g, ' ');

/** One fingerprint per input, in input order. */
export function fingerprints(inputs: ReadonlyArray<FingerprintInput>): string[] {
  const order = inputs.map((_, index) => index);
  order.sort((a, b) => (inputs[a]!.path < inputs[b]!.path ? -1 : inputs[a]!.path > inputs[b]!.path ? 1 : 0) || inputs[a]!.line - inputs[b]!.line || inputs[a]!.column - inputs[b]!.column);
  const seen = new Map<string, number>();
  const out: string[] = new Array<string>(inputs.length);
  for (const index of order) {
    const input = inputs[index]!;
    const key = [input.ruleId, input.path, normalizeLineText(input.lineText)].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    out[index] = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
  return out;
}

/** The fingerprint of each finding (in order), paths taken relative to `rootDir`. */
export function findingFingerprints(
  findings: ReadonlyArray<Finding>,
  rootDir: string,
  readSource: (file: string) => string | undefined,
): string[] {
  const lineText = lineLookup(readSource);
  return fingerprints(
    findings.map((finding) => ({
      ruleId: finding.ruleId,
      path: relativeInside(finding.range.file, rootDir) ?? finding.range.file,
      line: finding.range.line,
      column: finding.range.column,
      // Without the source, the message stands in for the line: still independent of line numbers.
      lineText: lineText(finding.range.file, finding.range.line) ?? finding.message,
    })),
  );
}

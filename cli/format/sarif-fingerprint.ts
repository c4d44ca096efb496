// Stable identities for SARIF results, so code scanning tracks one alert across commits.
// A fingerprint hashes the rule, the file, the trimmed text of the reported line and which occurrence
// of that (rule, file, text) it is; line numbers are left out so inserting lines above changes nothing.
import { createHash } from 'node:crypto';

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

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ');

/** One fingerprint per input, in input order. */
export function fingerprints(inputs: ReadonlyArray<FingerprintInput>): string[] {
  const order = inputs.map((_, index) => index);
  order.sort((a, b) => (inputs[a]!.path < inputs[b]!.path ? -1 : inputs[a]!.path > inputs[b]!.path ? 1 : 0) || inputs[a]!.line - inputs[b]!.line || inputs[a]!.column - inputs[b]!.column);
  const seen = new Map<string, number>();
  const out: string[] = new Array<string>(inputs.length);
  for (const index of order) {
    const input = inputs[index]!;
    const key = [input.ruleId, input.path, normalize(input.lineText)].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    out[index] = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
  return out;
}

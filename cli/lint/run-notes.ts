// The lines `agentvet lint` adds on stderr about what it did besides linting: fixes applied (or that
// would be), suppressions recorded, stale suppressions, findings the baseline hid. stdout stays the report.
import { displayPath } from '../format/display-path.js';
import type { AppliedFix } from './safe-fixes.js';
import type { StaleSuppression } from './bulk-suppressions.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function fixNote(applied: ReadonlyArray<AppliedFix>, dryRun: boolean, cwd: string): string {
  if (applied.length === 0) return dryRun ? 'agentvet: --fix-dry-run: nothing to fix\n' : '';
  const files = new Set(applied.map((fix) => fix.file)).size;
  const head = `agentvet: ${dryRun ? 'would fix' : 'fixed'} ${plural(applied.length, 'problem')} in ${plural(files, 'file')}:`;
  const lines = applied.map((fix) => `  ${displayPath(fix.file, cwd)}:${fix.line}:${fix.column}  ${fix.ruleId}  ${fix.title}`);
  return `${[head, ...lines].join('\n')}\n`;
}

export function recordedNote(shownAs: string, suppressed: number, files: number): string {
  return `agentvet: ${shownAs} now suppresses ${plural(suppressed, 'finding')} in ${plural(files, 'file')}; commit it with your change\n`;
}

export function staleNote(shownAs: string, stale: ReadonlyArray<StaleSuppression>, pruneCommand: string): string {
  const width = Math.max(...stale.map((s) => s.file.length));
  const lines = stale.map((s) => `  ${s.file.padEnd(width)}  ${s.ruleId}  ${s.recorded} recorded, ${s.found} found`);
  return [
    `agentvet: ${shownAs} has suppressions that no longer match a finding (fixed code: good), so the file must shrink:`,
    ...lines,
    `Run \`${pruneCommand}\` to remove them, and commit the file.`,
    '',
  ].join('\n');
}

export function baselineNote(ref: string, commit: string, known: number): string {
  return `agentvet: --baseline-ref ${ref} (${commit.slice(0, 12)}): ${plural(known, 'finding')} already there ${known === 1 ? 'is' : 'are'} not reported\n`;
}

// The exit code of a lint run, ESLint's convention: 1 when any problem is an error or the warnings
// exceed --max-warnings, 0 otherwise. (2, usage and config errors, is decided before a run.)
import type { ProblemCounts } from './format/findings-by-file.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from './usage-error.js';

export interface LintVerdict {
  exitCode: number;
  /** Why warnings alone failed the run, for stderr. */
  tooManyWarnings?: string;
}

export function lintVerdict(counts: ProblemCounts, maxWarnings: number | undefined): LintVerdict {
  if (maxWarnings !== undefined && counts.warningCount > maxWarnings) {
    const warnings = `${counts.warningCount} warning${counts.warningCount === 1 ? '' : 's'}`;
    return { exitCode: EXIT_FINDINGS, tooManyWarnings: `${warnings} found, more than --max-warnings ${maxWarnings} allows` };
  }
  return { exitCode: counts.errorCount > 0 ? EXIT_FINDINGS : EXIT_CLEAN };
}

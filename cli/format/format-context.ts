// What every output format receives besides the engine's result, and the one signature they share.
// Formatters are pure: file contents come in through `readSource`, so tests can hand them in.
import type { AnalysisResult, Finding, RuleMeta } from '../../rules/engine/types.js';

/** The part of a rule a formatter needs (a `Rule` from rules/index.ts satisfies it). */
export interface RuleInfo {
  readonly id: string;
  readonly meta: RuleMeta;
  readonly docsUrl: string;
}

/** Who made the output (SARIF names the tool and its version). */
export interface ToolInfo {
  version: string;
  informationUri: string;
}

export interface FormatContext {
  tool: ToolInfo;
  /** Directory human-readable paths are shown relative to. */
  cwd: string;
  /** Directory machine formats (SARIF, GitHub annotations) make paths relative to: the repository root. */
  rootDir: string;
  rules: ReadonlyArray<RuleInfo>;
  /** Whether ANSI colours may be used (only `stylish` uses them). */
  color: boolean;
  /** Text of a source file, or undefined when it cannot be read. */
  readSource: (file: string) => string | undefined;
  /** Files `--fix` changed (or `--fix-dry-run` would), with their new text: JSON shows it as `output`. */
  fixedSources?: ReadonlyMap<string, string>;
  /**
   * With `--baseline-ref`: the findings already there at the ref, left out of `result`. SARIF still lists
   * them, as `baselineState: "unchanged"` (code scanning compares runs itself, and would take a missing
   * alert for a fixed one); the other formats show only the new findings.
   */
  baselineKnown?: ReadonlyArray<Finding>;
  /** `--sarif-category`: the SARIF run's automationDetails category, for code scanning. */
  sarifCategory?: string;
}

export type Formatter = (result: AnalysisResult, context: FormatContext) => string;

// The one contract every shell reads: what a finding is, what a rule is, and what the engine returns.
// Positions are 1-based lines and columns (ESLint's convention); shells convert (LSP is 0-based).

export type Severity = 'error' | 'warn';
export type SeveritySetting = 'off' | Severity;
export type Confidence = 'high' | 'medium' | 'low';

export interface SourceRange {
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation extends SourceRange {
  message: string;
}

/** A replacement of the text between two 0-based offsets of one file. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  newText: string;
}

/** A fix the editor offers (and `--fix` applies when `safe`). */
export interface Suggestion {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  confidence: Confidence;
  message: string;
  range: SourceRange;
  relatedLocations: RelatedLocation[];
  docsUrl: string;
  suggestions: Suggestion[];
}

export interface RuleMeta {
  /** One line, shown by `agentvet rules`. */
  description: string;
  /** Severity under `recommended`; core rules are `error`, later rules start as `warn`. */
  defaultSeverity: SeveritySetting;
  /** Whether the rule offers suggestions (editor quick fixes). */
  hasSuggestions: boolean;
  /** Whether some suggestions are safe enough for `--fix`. */
  fixable: boolean;
}

/** A parse problem: reported once per file, and the run goes on. */
export interface ParseDiagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface AnalysisStats {
  /** Files found by the tsconfig or the globs. */
  filesInProject: number;
  /** Files that passed the text prefilter and were analysed. */
  filesAnalysed: number;
  /** Of those, the files whose results `--cache` served unchanged (not parsed). */
  filesReused?: number;
  /** Whether the type checker found installed packages (node_modules) for the project. */
  typesAvailable: boolean;
  durationMs: number;
}

export interface AnalysisResult {
  findings: Finding[];
  parseDiagnostics: ParseDiagnostic[];
  /** Every file in the project (absolute paths), analysed or skipped by the prefilter. */
  files: string[];
  stats: AnalysisStats;
  /** Notes for stderr on how the project was read (a tsconfig whose `extends` base is missing). */
  notes?: string[];
}

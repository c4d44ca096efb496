// `--fix` / `--fix-dry-run`: applies the suggestions rules mark safe for unattended use, re-analyses the
// changed files, and repeats while a pass still fixes something (fixes that touched the same text wait
// for the next pass, as ESLint does). Writing to disk is the caller's choice.
import type { AnalysisResult, Finding, Suggestion, TextEdit } from '../../rules/engine/types.js';

/** What a fix pass needs from a lint run: results, and a way to hand it changed file texts. */
export interface AnalysisSession {
  analyze(): AnalysisResult;
  updateFile(path: string, text: string): void;
}

export interface AppliedFix {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  title: string;
}

export interface FixOutcome {
  /** The analysis of the fixed code. */
  result: AnalysisResult;
  /** New text of every file a fix changed. */
  fixedTexts: Map<string, string>;
  applied: AppliedFix[];
}

/** A pass that keeps fixing the same problem means a fix that does not clear its finding: stop there. */
const MAX_PASSES = 10;

export const safeSuggestion = (finding: Finding): Suggestion | undefined => finding.suggestions.find((s) => s.safe);

/** Applies edits (0-based offsets into `text`, none overlapping) from the last to the first. */
export function applyTextEdits(text: string, edits: ReadonlyArray<TextEdit>): string {
  return [...edits].sort((a, b) => b.start - a.start || b.end - a.end).reduce((out, edit) => out.slice(0, edit.start) + edit.newText + out.slice(edit.end), text);
}

/** Two edits conflict when their ranges touch: two insertions at one offset would come out in an arbitrary order. */
const conflicts = (a: TextEdit, b: TextEdit) => a.file === b.file && a.start <= b.end && b.start <= a.end;

export function fixUntilStable(session: AnalysisSession, first: AnalysisResult, readSource: (file: string) => string | undefined): FixOutcome {
  let result = first;
  const fixedTexts = new Map<string, string>();
  const applied: AppliedFix[] = [];
  let fixableBefore = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = result.findings.filter((finding) => safeSuggestion(finding));
    if (fixable.length === 0 || fixable.length >= fixableBefore) break;
    fixableBefore = fixable.length;
    const chosen: TextEdit[] = [];
    for (const finding of fixable) {
      const suggestion = safeSuggestion(finding)!;
      if (suggestion.edits.some((edit) => chosen.some((taken) => conflicts(edit, taken)))) continue;
      chosen.push(...suggestion.edits);
      applied.push({ file: finding.range.file, line: finding.range.line, column: finding.range.column, ruleId: finding.ruleId, title: suggestion.title });
    }
    const files = [...new Set(chosen.map((edit) => edit.file))];
    for (const file of files) {
      const before = fixedTexts.get(file) ?? readSource(file);
      if (before === undefined) continue;
      const after = applyTextEdits(before, chosen.filter((edit) => edit.file === file));
      fixedTexts.set(file, after);
      session.updateFile(file, after);
    }
    result = session.analyze();
  }
  return { result, fixedTexts, applied };
}

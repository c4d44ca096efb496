// Internal errors of the linter on corpus files: a rule that throws reports nothing for the file (its
// findings are lost and show up only as misses), so the runner lists each one apart from the scores.
// The engine turns a throwing rule into a fatal message "internal error in rule <id>: <message>"
// (rules/engine/engine.ts); this reads those out of the ESLint-style JSON results.
import type { Split } from './labels-schema.js';

export interface InternalError {
  repo: string;
  path: string;
  split: Split;
  rule: string;
  message: string;
}

const INTERNAL_ERROR = /^internal error in rule (\S+): ([\s\S]*)$/;

/** The internal errors among one file's messages (fatal messages without a rule id). */
export function internalErrorsOf(
  file: { repo: string; path: string; split: Split },
  messages: readonly { ruleId: string | null; message: string }[],
): InternalError[] {
  const out: InternalError[] = [];
  for (const m of messages) {
    if (m.ruleId !== null) continue;
    const match = INTERNAL_ERROR.exec(m.message);
    if (match) out.push({ ...file, rule: match[1]!, message: match[2]!.trim() });
  }
  return out;
}

/**
 * How many internal errors each split had, and one line per error (repository, file, rule, message).
 * A held-out file's name is shown only when the held-out split was asked for by name (it stays unread
 * while the engine is mended, like its misses).
 */
export function internalErrorReport(errors: readonly InternalError[], showHeldout: boolean): string[] {
  const count = (split: Split) => errors.filter((e) => e.split === split).length;
  const lines = [`internal errors: ${errors.length} (dev ${count('dev')}, heldout ${count('heldout')})`];
  const where = (e: InternalError) => `${e.repo} ${e.path} [${e.split}]`;
  for (const e of [...errors].sort((a, b) => where(a).localeCompare(where(b)) || a.rule.localeCompare(b.rule))) {
    const place = e.split === 'heldout' && !showHeldout ? '(a held-out file)' : where(e);
    lines.push(`  ${e.rule}  ${place}  — ${e.message.slice(0, 200)}`);
  }
  return lines;
}

// `agentvet-suppressions.json`: the bulk suppressions file, ESLint's shape (file → rule → count) plus,
// per entry, how many of the findings sit on each line text (by hash), so a new finding can be told
// from the recorded ones. Read with zod (a bad file names itself and the entry); written sorted.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../usage-error.js';
import { makeDirectory } from '../make-directory.js';

export const SUPPRESSIONS_FILE_NAME = 'agentvet-suppressions.json';

const countSchema = z.number().int().min(1);

const entrySchema = z
  .object({
    count: countSchema,
    /** Hash of the normalised line text → how many of the `count` findings are on such a line. */
    lines: z.record(z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-digit hex line hash'), countSchema).optional(),
  })
  .strict();

const fileSchema = z.record(z.string().min(1), z.record(z.string().min(1), entrySchema));

export type SuppressionEntry = z.infer<typeof entrySchema>;
/** Path relative to the suppressions file's folder (`/` separators) → rule id → entry. */
export type Suppressions = Record<string, Record<string, SuppressionEntry>>;

/** The suppressions at `path`, an empty set when the file does not exist. Throws UsageError naming the file. */
export function readSuppressions(path: string, shownAs: string): Suppressions {
  if (!existsSync(path)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${shownAs}: not a valid suppressions file: not JSON (${(error as Error).message}). Fix it, or delete it and run \`agentvet lint --suppress-all\` again`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.map((p) => JSON.stringify(String(p))).join(' › ') : '(root)';
    // A bad record key (a line hash) carries the reason in its nested issue.
    const reason = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    const expected = issue.path.length === 0 ? 'an object of file paths' : reason;
    throw new UsageError(`${shownAs}: not a valid suppressions file: ${where}: ${expected} (expected { "<file>": { "<rule-id>": { "count": <n> } } })`);
  }
  for (const [file, rules] of Object.entries(parsed.data)) {
    for (const [rule, entry] of Object.entries(rules)) {
      const total = Object.values(entry.lines ?? {}).reduce((sum, n) => sum + n, 0);
      if (entry.lines && total !== entry.count) {
        throw new UsageError(`${shownAs}: not a valid suppressions file: ${JSON.stringify(file)} › ${JSON.stringify(rule)}: the "lines" counts add up to ${total}, not the "count" ${entry.count}`);
      }
    }
  }
  return parsed.data;
}

/** Code-point order, so the file is the same on every machine and a change touches few lines. */
const byKey = <T>(record: Record<string, T>): Array<[string, T]> =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function serializeSuppressions(suppressions: Suppressions): string {
  const sorted: Suppressions = {};
  for (const [file, rules] of byKey(suppressions)) {
    const sortedRules: Record<string, SuppressionEntry> = {};
    for (const [rule, entry] of byKey(rules)) {
      sortedRules[rule] = entry.lines ? { count: entry.count, lines: Object.fromEntries(byKey(entry.lines)) } : { count: entry.count };
    }
    if (Object.keys(sortedRules).length) sorted[file] = sortedRules;
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function writeSuppressions(path: string, shownAs: string, suppressions: Suppressions): void {
  try {
    makeDirectory(dirname(path));
    writeFileSync(path, serializeSuppressions(suppressions));
  } catch (error) {
    throw new UsageError(`${shownAs}: cannot write the suppressions file (${(error as Error).message})`);
  }
}

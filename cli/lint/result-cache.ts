// `--cache`: each analysed file's findings, kept with what they were computed from — the file's text,
// the texts of the other files its analysis read, and the answers to the project-wide questions it asked —
// under one key for everything else that can change a finding (agentvet's code and knowledge tables, the
// config, the compiler options, the installed packages). A warm run re-analyses exactly the files whose
// text or recorded dependencies changed. A cache that cannot be read, or was written under another key,
// is a cold run, never an error. Files are compared by a digest of their text, never by modification time
// (an edit within the same clock tick keeps the time). Written whole to a temp file and renamed, so an
// interrupted run leaves the old one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { FileDependencies } from '../../rules/engine/dependencies.js';
import { textDigestOf } from '../../rules/engine/prefilter-verdicts.js';
import type { Finding, ParseDiagnostic } from '../../rules/engine/types.js';
import { makeDirectory } from '../make-directory.js';

export const DEFAULT_CACHE_FILE = '.agentvetcache';
const FORMAT = 2;

export const digest = (text: string | Buffer) => createHash('sha1').update(text).digest('base64url');

const rangeSchema = z.object({ file: z.string(), line: z.number(), column: z.number(), endLine: z.number(), endColumn: z.number() });
const findingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warn']),
  confidence: z.enum(['high', 'medium', 'low']),
  message: z.string(),
  range: rangeSchema,
  relatedLocations: z.array(rangeSchema.extend({ message: z.string() })),
  docsUrl: z.string(),
  suggestions: z.array(
    z.object({ title: z.string(), safe: z.boolean(), edits: z.array(z.object({ file: z.string(), start: z.number(), end: z.number(), newText: z.string() })) }),
  ),
});
/**
 * A list of places in one of the cache's tables (an entry's files and questions): an entry holds dozens, a cache
 * thousands. Checked in one loop, as zod's array of integers cost more; each place is checked against its table on use.
 */
const placeList = z.custom<number[]>((value) => Array.isArray(value) && value.every((place) => Number.isInteger(place) && place >= 0), {
  message: 'expected a list of places in a table',
});
/**
 * A table of `[name, digest]` pairs: `[file, digest of its text]` or `[question, digest of its answer]`. Entries name the
 * pairs by their place in it: most entries share most of their questions (4,573 asked, 1,285 distinct on vercel/ai's
 * packages), and a file's path or a question (a package search's pattern) written once instead of once per entry made
 * the cache file half as long and reading it ~4× faster (its objects with thousands of long keys were ~30 ms of a warm
 * run's ~0.8 s of CPU).
 */
const pairTable = z.custom<Array<[string, string]>>(
  (value) => Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string'),
  { message: 'expected a table of [name, digest] pairs' },
);
const entrySchema = z.object({
  /** Digest of the file's text. */
  hash: z.string(),
  findings: z.array(findingSchema),
  parseDiagnostics: z.array(z.object({ file: z.string(), line: z.number(), column: z.number(), message: z.string() })),
  /** Other files read: places in the `files` table, each with the digest of the text it had. */
  files: placeList,
  /** Project-wide questions asked: places in the `queries` table, each with the digest of the answer. */
  queries: placeList,
});
/** Entries are checked one by one when a run asks for them (a warm run reads a few; checking all cost more than the run). */
const cacheSchema = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  /** `[file, digest of its text]` pairs the entries' `files` name. */
  files: pairTable,
  /** `[question, digest of its answer]` pairs the entries' `queries` and the kept `answers` name. */
  queries: pairTable,
  entries: z.record(z.string(), z.unknown()),
  /**
   * Answers kept with what they are a function of (Engine.answerContext): `[place in queries, context]`, the question
   * and the digest of its answer being the pair at that place. A warm run whose context for a question is the same takes
   * the digest instead of answering again (a package's texts searched once per pattern were most of a warm run's
   * checks); a different context, or none, means answering.
   */
  answers: z.array(z.unknown()).optional(),
  /**
   * The folder walks of the tsconfigs' `include`, with what they read (directory-listings.ts): valid under any key, checked
   * against the folders themselves before use.
   */
  listings: z.unknown().optional(),
  /** The prefilter's verdicts by file identity (prefilter-verdicts.ts): under a key of their own, checked before use. */
  prefilter: z.unknown().optional(),
  /** Relative imports' files with the folders they looked in (kept-resolutions.ts): under a key of their own, checked before use. */
  resolutions: z.unknown().optional(),
});

/** An entry as a run uses it: the pairs of its files and questions, from the tables or from this run's analysis. */
export interface CacheEntry {
  hash: string;
  findings: Finding[];
  parseDiagnostics: ParseDiagnostic[];
  files: ReadonlyArray<readonly [string, string]>;
  queries: ReadonlyArray<readonly [string, string]>;
}
type CacheFile = {
  format: typeof FORMAT;
  key: string;
  files: Array<[string, string]>;
  queries: Array<[string, string]>;
  entries: Record<string, unknown>;
  answers?: unknown[];
  listings?: unknown;
  prefilter?: unknown;
  resolutions?: unknown;
};

/**
 * Where the cache lives: `--cache-location` as a file, or as a folder (an existing one, or a path ending in
 * a slash) holding one file per working directory, as ESLint does; `.agentvetcache` in the working directory by default.
 */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (!location) return join(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? join(path, `${DEFAULT_CACHE_FILE}_${digest(cwd).slice(0, 12)}`) : path;
}

export class ResultCache {
  /** Entries as read (checked on first use) or as stored by this run. */
  private readonly entries: Map<string, unknown>;
  private readonly checked = new Set<string>();
  private readonly hashes = new Map<string, string | undefined>();
  /** Files whose entry holds this run's state: served after every check passed, or stored from this run's analysis. */
  private readonly current = new Set<string>();
  /** The tables of `[file, digest]` and `[question, digest]` pairs the entries read name by place. */
  private readonly fileTable: ReadonlyArray<readonly [string, string]>;
  private readonly queryTable: ReadonlyArray<readonly [string, string]>;
  /** Kept answers as read: `[context, digest]` by question. */
  private readonly answers = new Map<string, readonly [string, string]>();
  private kept = new Map<string, readonly [string, string]>();
  private listings: unknown;
  private verdicts: unknown;
  private resolutions: unknown;

  private constructor(
    readonly path: string,
    private readonly key: string,
    data: CacheFile | undefined,
    /** The run's text of a file (already read for the prefilter); files outside the run are read here. */
    private readonly textOf: (file: string) => string | undefined,
    /** The digest of a file's text (`textDigestOf`; prefilter-verdicts.ts keeps those of files that did not change). */
    private readonly textDigest: (file: string, text: string) => string,
  ) {
    this.entries = new Map(Object.entries(data?.entries ?? {}));
    this.fileTable = data?.files ?? [];
    this.queryTable = data?.queries ?? [];
    for (const kept of data?.answers ?? []) {
      if (!Array.isArray(kept) || kept.length !== 2 || typeof kept[1] !== 'string') continue;
      const pair = Number.isInteger(kept[0]) ? this.queryTable[kept[0] as number] : undefined;
      if (pair) this.answers.set(pair[0], [kept[1], pair[1]]);
    }
  }

  /** The digest an earlier run kept for a question, when what the answer is a function of (`context`) is the same now. */
  rememberedAnswer(query: string, context: string): string | undefined {
    const kept = this.answers.get(query);
    return kept && kept[0] === context ? kept[1] : undefined;
  }

  /**
   * Keeps, for the next run, the answers this run's entries hold to the questions that have a context (`contextOf`):
   * only from entries checked or computed in this run, so each digest is the answer under today's context.
   */
  keepAnswers(contextOf: (query: string) => string | undefined): void {
    const kept = new Map<string, readonly [string, string]>();
    for (const file of this.current) {
      const entry = this.entries.get(file) as CacheEntry | undefined;
      if (!entry) continue;
      for (const [query, digested] of entry.queries) {
        if (kept.has(query)) continue;
        const context = contextOf(query);
        if (context !== undefined) kept.set(query, [context, digested]);
      }
    }
    this.kept = kept;
  }

  /** The cache file's contents as read, before the run's key is known (undefined when it cannot be read). */
  static read(path: string): unknown {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** The kept folder walks of a cache file as read (`read`), whatever key it was written under. */
  static listingsOf(read: unknown): unknown {
    return typeof read === 'object' && read !== null && (read as CacheFile).format === FORMAT ? (read as CacheFile).listings : undefined;
  }

  /** The prefilter's verdicts of a cache file as read (`read`), whatever key it was written under. */
  static verdictsOf(read: unknown): unknown {
    return typeof read === 'object' && read !== null && (read as CacheFile).format === FORMAT ? (read as CacheFile).prefilter : undefined;
  }

  /** The kept resolutions of a cache file as read (`read`), whatever key it was written under. */
  static resolutionsOf(read: unknown): unknown {
    return typeof read === 'object' && read !== null && (read as CacheFile).format === FORMAT ? (read as CacheFile).resolutions : undefined;
  }

  /** The cache at `path` (its contents as `read` gave them) when it was written under `key`; an empty one otherwise. */
  static open(
    path: string,
    key: string,
    textOf: (file: string) => string | undefined,
    read: unknown = ResultCache.read(path),
    textDigest: (file: string, text: string) => string = (_file, text) => textDigestOf(text),
  ): ResultCache {
    const parsed = cacheSchema.safeParse(read);
    const data = parsed.success && parsed.data.key === key ? parsed.data : undefined;
    return new ResultCache(path, key, data, textOf, textDigest);
  }

  /** The folder walks to keep with the results (directory-listings.ts). */
  keepListings(listings: unknown): void {
    this.listings = listings;
  }

  /** The prefilter's verdicts to keep with the results (prefilter-verdicts.ts; an object with `toJSON` is read when the cache is written). */
  keepVerdicts(verdicts: unknown): void {
    this.verdicts = verdicts;
  }

  /** The resolutions to keep with the results (kept-resolutions.ts; an object with `toJSON` is read when the cache is written). */
  keepResolutions(resolutions: unknown): void {
    this.resolutions = resolutions;
  }

  /** A file's digest now (undefined when it cannot be read: a deleted helper). */
  hashOf(file: string): string | undefined {
    if (this.hashes.has(file)) return this.hashes.get(file);
    let text = this.textOf(file);
    if (text === undefined) {
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
    }
    const hash = text === undefined ? undefined : this.textDigest(file, text);
    this.hashes.set(file, hash);
    return hash;
  }

  /**
   * The stored result for a file when nothing it was computed from changed: its text, each file it read,
   * and each project-wide answer it got (`answer` recomputes one from the current run).
   */
  lookup(file: string, answer: (query: string) => string): CacheEntry | undefined {
    const entry = this.entry(file);
    if (!entry || this.hashOf(file) !== entry.hash) return undefined;
    for (const [dependency, hash] of entry.files) if ((this.hashOf(dependency) ?? '') !== hash) return undefined;
    for (const [query, digested] of entry.queries) if (answer(query) !== digested) return undefined;
    this.current.add(file);
    return entry;
  }

  /**
   * A stored entry, checked against the schema on first use, its places looked up in the tables; one that does not pass,
   * or names a place no table has, is dropped.
   */
  private entry(file: string): CacheEntry | undefined {
    const raw = this.entries.get(file);
    if (raw === undefined || this.checked.has(file)) return raw as CacheEntry | undefined;
    const parsed = entrySchema.safeParse(raw);
    const files = parsed.success ? pairsAt(this.fileTable, parsed.data.files) : undefined;
    const queries = parsed.success ? pairsAt(this.queryTable, parsed.data.queries) : undefined;
    if (!parsed.success || !files || !queries) {
      this.entries.delete(file);
      return undefined;
    }
    const entry: CacheEntry = { ...parsed.data, files, queries };
    this.entries.set(file, entry);
    this.checked.add(file);
    return entry;
  }

  store(file: string, result: { findings: Finding[]; parseDiagnostics: ParseDiagnostic[] }, dependencies: FileDependencies): void {
    const hash = this.hashOf(file);
    if (hash === undefined) return;
    const files = dependencies.files.map((dependency) => [dependency, this.hashOf(dependency) ?? ''] as const);
    const entry: CacheEntry = { hash, findings: result.findings, parseDiagnostics: result.parseDiagnostics, files, queries: Object.entries(dependencies.queries) };
    this.entries.set(file, entry);
    this.checked.add(file);
    this.current.add(file);
  }

  /** Keeps only the files of this run (a deleted file's entry goes). */
  retain(files: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) if (!files.has(file)) this.entries.delete(file);
    for (const file of this.current) if (!files.has(file)) this.current.delete(file);
  }

  /** Writes the cache; a location that cannot be written is reported once and the run goes on. */
  save(): string | undefined {
    const files = new PairTable();
    const queries = new PairTable();
    const entries: Record<string, unknown> = {};
    // Every entry left was looked up or stored by this run (retain dropped the others); one that did not pass is dropped.
    for (const file of [...this.entries.keys()]) {
      const entry = this.entry(file);
      if (!entry) continue;
      entries[file] = { ...entry, files: entry.files.map((pair) => files.placeOf(pair)), queries: entry.queries.map((pair) => queries.placeOf(pair)) };
    }
    const answers = [...this.kept].map(([query, [context, digested]]) => [queries.placeOf([query, digested]), context]);
    const data: CacheFile = { format: FORMAT, key: this.key, files: files.pairs, queries: queries.pairs, entries, answers, listings: this.listings, prefilter: this.verdicts, resolutions: this.resolutions };
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      makeDirectory(dirname(this.path));
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.path);
      return undefined;
    } catch (error) {
      return `agentvet: --cache-location ${this.path}: cannot write the cache (${(error as Error).message}); the next run starts cold\n`;
    }
  }
}

/** The pairs at `places` in a table, or undefined when a place is not in it. */
function pairsAt(table: ReadonlyArray<readonly [string, string]>, places: ReadonlyArray<number>): Array<readonly [string, string]> | undefined {
  const pairs: Array<readonly [string, string]> = [];
  for (const place of places) {
    const pair = table[place];
    if (!pair) return undefined;
    pairs.push(pair);
  }
  return pairs;
}

/** A table of `[name, digest]` pairs being written: each distinct pair once, named by its place. */
class PairTable {
  readonly pairs: Array<[string, string]> = [];
  private readonly places = new Map<string, number>();
  private readonly byPair = new Map<readonly [string, string], number>();

  placeOf(pair: readonly [string, string]): number {
    // The pairs of entries read from the cache are the table's own objects: most are found by identity.
    let place = this.byPair.get(pair);
    if (place !== undefined) return place;
    const key = `${pair[0]}\0${pair[1]}`;
    place = this.places.get(key);
    if (place === undefined) {
      place = this.pairs.length;
      this.pairs.push([pair[0], pair[1]]);
      this.places.set(key, place);
    }
    this.byPair.set(pair, place);
    return place;
  }
}

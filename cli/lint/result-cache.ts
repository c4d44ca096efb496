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
import type { Finding, ParseDiagnostic } from '../../rules/engine/types.js';
import { makeDirectory } from '../make-directory.js';

export const DEFAULT_CACHE_FILE = '.agentvetcache';
const FORMAT = 1;

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
 * A record of strings (file → digest, question → digest): an entry holds dozens, a cache thousands. Checked in one loop
 * rather than by `z.record(z.string(), z.string())`, which cost ~20 ms of a warm run on vercel/ai's packages.
 */
const stringRecord = z.custom<Record<string, string>>(
  (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    for (const key in value) if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
    return true;
  },
  { message: 'expected a record of strings' },
);
const entrySchema = z.object({
  /** Digest of the file's text. */
  hash: z.string(),
  findings: z.array(findingSchema),
  parseDiagnostics: z.array(z.object({ file: z.string(), line: z.number(), column: z.number(), message: z.string() })),
  /** Other files read, with the digest of the text they had. */
  files: stringRecord,
  /** Project-wide questions asked, with the digest of the answer. */
  queries: stringRecord,
});
/** Entries are checked one by one when a run asks for them (a warm run reads a few; checking all cost more than the run). */
const cacheSchema = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  entries: z.record(z.string(), z.unknown()),
  /**
   * Answers kept with what they are a function of (Engine.answerContext): `[context, digest]` by question. A warm run
   * whose context for a question is the same takes the digest instead of answering again (a package's texts searched
   * once per pattern were most of a warm run's checks); a different context, or none, means answering.
   */
  answers: z.record(z.string(), z.unknown()).optional(),
  /**
   * The folder walks of the tsconfigs' `include`, with what they read (directory-listings.ts): valid under any key, checked
   * against the folders themselves before use.
   */
  listings: z.unknown().optional(),
  /** The prefilter's verdicts by file identity (prefilter-verdicts.ts): under a key of their own, checked before use. */
  prefilter: z.unknown().optional(),
});

export type CacheEntry = z.infer<typeof entrySchema>;
type CacheFile = { format: typeof FORMAT; key: string; entries: Record<string, unknown>; answers?: Record<string, unknown>; listings?: unknown; prefilter?: unknown };

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
  private readonly answers: Map<string, unknown>;
  private kept: Record<string, [string, string]> = {};
  private listings: unknown;
  private verdicts: unknown;

  private constructor(
    readonly path: string,
    private readonly key: string,
    data: CacheFile | undefined,
    /** The run's text of a file (already read for the prefilter); files outside the run are read here. */
    private readonly textOf: (file: string) => string | undefined,
  ) {
    this.entries = new Map(Object.entries(data?.entries ?? {}));
    this.answers = new Map(Object.entries(data?.answers ?? {}));
  }

  /** The digest an earlier run kept for a question, when what the answer is a function of (`context`) is the same now. */
  rememberedAnswer(query: string, context: string): string | undefined {
    const kept = this.answers.get(query);
    return Array.isArray(kept) && kept.length === 2 && kept[0] === context && typeof kept[1] === 'string' ? kept[1] : undefined;
  }

  /**
   * Keeps, for the next run, the answers this run's entries hold to the questions that have a context (`contextOf`):
   * only from entries checked or computed in this run, so each digest is the answer under today's context.
   */
  keepAnswers(contextOf: (query: string) => string | undefined): void {
    const kept: Record<string, [string, string]> = {};
    for (const file of this.current) {
      const entry = this.entries.get(file) as CacheEntry | undefined;
      if (!entry) continue;
      for (const [query, digested] of Object.entries(entry.queries)) {
        if (query in kept) continue;
        const context = contextOf(query);
        if (context !== undefined) kept[query] = [context, digested];
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

  /** The cache at `path` (its contents as `read` gave them) when it was written under `key`; an empty one otherwise. */
  static open(path: string, key: string, textOf: (file: string) => string | undefined, read: unknown = ResultCache.read(path)): ResultCache {
    const parsed = cacheSchema.safeParse(read);
    const data = parsed.success && parsed.data.key === key ? parsed.data : undefined;
    return new ResultCache(path, key, data, textOf);
  }

  /** The folder walks to keep with the results (directory-listings.ts). */
  keepListings(listings: unknown): void {
    this.listings = listings;
  }

  /** The prefilter's verdicts to keep with the results (prefilter-verdicts.ts). */
  keepVerdicts(verdicts: unknown): void {
    this.verdicts = verdicts;
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
    const hash = text === undefined ? undefined : digest(text);
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
    for (const [dependency, hash] of Object.entries(entry.files)) if ((this.hashOf(dependency) ?? '') !== hash) return undefined;
    for (const [query, digested] of Object.entries(entry.queries)) if (answer(query) !== digested) return undefined;
    this.current.add(file);
    return entry;
  }

  /** A stored entry, checked against the schema on first use; one that does not pass is dropped. */
  private entry(file: string): CacheEntry | undefined {
    const raw = this.entries.get(file);
    if (raw === undefined || this.checked.has(file)) return raw as CacheEntry | undefined;
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      this.entries.delete(file);
      return undefined;
    }
    this.entries.set(file, parsed.data);
    this.checked.add(file);
    return parsed.data;
  }

  store(file: string, result: { findings: Finding[]; parseDiagnostics: ParseDiagnostic[] }, dependencies: FileDependencies): void {
    const hash = this.hashOf(file);
    if (hash === undefined) return;
    const files: Record<string, string> = {};
    for (const dependency of dependencies.files) files[dependency] = this.hashOf(dependency) ?? '';
    this.entries.set(file, { hash, findings: result.findings, parseDiagnostics: result.parseDiagnostics, files, queries: dependencies.queries });
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
    const data: CacheFile = { format: FORMAT, key: this.key, entries: Object.fromEntries(this.entries), answers: this.kept, listings: this.listings, prefilter: this.verdicts };
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

// The prefilter's verdict on each file of a run (is it a candidate?), kept by `--cache` with the file's identity on
// disk — device, inode, size, modification and change times — so a warm run takes the verdict of a file that did not
// change instead of running the prefilter's patterns over its text again (~50 ms of CPU of a ~0.9 s warm run on
// vercel/ai's packages: the patterns over 2,065 files, 7.9 MB). The texts are still read (project-wide questions are
// answered from them); only the patterns are saved. A verdict is a function of the text and of the prefilter, so the
// verdicts are kept under a key naming the prefilter (agentvet's code and knowledge tables, the config's
// `sideEffectFunctions`); under another key none is taken. The digest of the file's text is kept beside its verdict,
// by the same identity: `--cache` compares files by it, and a package's searches are kept with a digest of its
// texts (workspace-packages.ts), so a warm run hashes only the files that changed (~10 ms less CPU in a warm run on
// vercel/ai's packages; the walk of each package's folders is the rest of those digests' cost).
// Any write, `touch` or `utimes` sets a file's change time, which no tool can set back: an edit that keeps the size and
// restores the modification time still reads as changed. A verdict is kept only for a file last changed `settleMs` or
// more before it was looked at: a write in the same clock tick as the look could leave every time as it was (the
// racy-file rule git's index follows; compile-cache.ts and directory-listings.ts do the same). The file is looked at
// before its text is read, so a write in between makes the kept identity an old one, which the next run does not match.
// What else the engine reads from a file's text alone is kept the same way: the specifiers it imports (the importers
// index and the prefilter's importer expansion scanned every file's text for them, ~16 ms of a warm run on vercel/ai's
// packages) and whether it exports agent code (the prefilter's test of an imported candidate, ~12 ms).
import { createHash } from 'node:crypto';
import { statSync, type BigIntStats } from 'node:fs';

/** The digest of a file's text that `--cache` compares (result-cache.ts) and keeps here. */
export const textDigestOf = (text: string) => createHash('sha1').update(text).digest('base64url');

/** What is kept of one file: its identity on disk, the verdict, and what was read from its text (when it was). */
interface Kept {
  identity: string;
  verdict: boolean;
  digest?: string;
  specifiers?: string[];
  exportsAgentCode?: boolean;
}

/** The verdicts of one prefilter, kept and made. */
export class PrefilterVerdicts {
  /** By file: identity, verdict and what was read from the text. */
  private readonly kept = new Map<string, Kept>();
  private readonly made = new Map<string, Kept>();
  private key: string | undefined;

  constructor(
    private readonly data: unknown,
    /** What the prefilter is besides the config (agentvet's code and knowledge tables). */
    private readonly codeDigest: string,
    private readonly settleMs = 2_000,
  ) {}

  /**
   * Opens the verdicts for the prefilter made with these extra names (the config's `sideEffectFunctions`): the kept
   * ones are taken only when they were made by the same one.
   */
  forPrefilter(extraNames: ReadonlyArray<string>): this {
    this.key = `${this.codeDigest}\0${JSON.stringify(extraNames)}`;
    const { key, files } = (this.data ?? {}) as { key?: unknown; files?: unknown };
    if (key !== this.key || typeof files !== 'object' || files === null || Array.isArray(files)) return this;
    for (const [file, kept] of Object.entries(files as Record<string, unknown>)) {
      if (!Array.isArray(kept) || kept.length < 2 || kept.length > 5 || typeof kept[0] !== 'string' || typeof kept[1] !== 'boolean') continue;
      const [, , digest, specifiers, exportsAgentCode] = kept as unknown[];
      if (digest !== undefined && digest !== null && typeof digest !== 'string') continue;
      if (specifiers !== undefined && specifiers !== null && !(Array.isArray(specifiers) && specifiers.every((s) => typeof s === 'string'))) continue;
      if (exportsAgentCode !== undefined && exportsAgentCode !== null && typeof exportsAgentCode !== 'boolean') continue;
      this.kept.set(file, {
        identity: kept[0],
        verdict: kept[1],
        ...(typeof digest === 'string' ? { digest } : {}),
        ...(Array.isArray(specifiers) ? { specifiers: specifiers as string[] } : {}),
        ...(typeof exportsAgentCode === 'boolean' ? { exportsAgentCode } : {}),
      });
    }
    return this;
  }

  /** What a file is on disk now, before its text is read (undefined when it cannot be looked at). */
  look(file: string): { identity: string; settled: boolean } | undefined {
    let stat: BigIntStats | undefined;
    try {
      stat = statSync(file, { bigint: true, throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat) return undefined;
    return { identity: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`, settled: Date.now() - Number(stat.ctimeMs) >= this.settleMs };
  }

  /** The verdict on a file looked at before its text was read: kept when it is the same file, else `judge`'s. */
  verdict(file: string, looked: { identity: string; settled: boolean } | undefined, judge: () => boolean): boolean {
    const kept = looked ? this.kept.get(file) : undefined;
    const verdict = kept && kept.identity === looked!.identity ? kept.verdict : judge();
    if (looked?.settled) this.made.set(file, { identity: looked.identity, verdict });
    return verdict;
  }

  /**
   * The digest (`textDigestOf`) of a file's text as this run read it, after `verdict`: the one kept with the same
   * identity, else computed, and kept for the next run when the file had settled. A file not looked at is digested.
   */
  textDigest(file: string, text: string): string {
    return this.fromText(file, 'digest', () => textDigestOf(text));
  }

  /** The specifiers a file's text imports (`read` finds them), as `textDigest` keeps a digest. */
  importSpecifiers(file: string, read: () => string[]): string[] {
    return this.fromText(file, 'specifiers', read);
  }

  /** Whether a file's text exports agent code (`judge` tells: the prefilter's exportsAgentCode), as `textDigest` keeps a digest. */
  exportsAgentCode(file: string, judge: () => boolean): boolean {
    return this.fromText(file, 'exportsAgentCode', judge);
  }

  /**
   * A file's text changed after the run read it (an editor buffer, a `--fix`): nothing kept or made from the text it
   * was looked at with answers for it any more.
   */
  fileChanged(file: string): void {
    this.kept.delete(file);
    this.made.delete(file);
  }

  /** What a run read from a file's text: this run's, or the one kept with the same identity, else `read`'s. */
  private fromText<K extends 'digest' | 'specifiers' | 'exportsAgentCode'>(file: string, fact: K, read: () => NonNullable<Kept[K]>): NonNullable<Kept[K]> {
    const made = this.made.get(file);
    if (made?.[fact] !== undefined) return made[fact]!;
    const kept = made ? this.kept.get(file) : undefined;
    const value = kept?.[fact] !== undefined && kept.identity === made!.identity ? kept[fact]! : read();
    if (made) made[fact] = value;
    return value;
  }

  /** The verdicts to keep: this run's, for the files that had settled. */
  toJSON(): { key: string | undefined; files: Record<string, [string, boolean, (string | null)?, (string[] | null)?, (boolean | null)?]> } {
    const files: Record<string, [string, boolean, (string | null)?, (string[] | null)?, (boolean | null)?]> = {};
    for (const [file, { identity, verdict, digest, specifiers, exportsAgentCode }] of this.made) {
      const entry: [string, boolean, (string | null)?, (string[] | null)?, (boolean | null)?] = [identity, verdict, digest ?? null, specifiers ?? null, exportsAgentCode ?? null];
      // Trailing facts not read are left out.
      while (entry.length > 2 && entry[entry.length - 1] === null) entry.pop();
      files[file] = entry;
    }
    return { key: this.key, files };
  }
}

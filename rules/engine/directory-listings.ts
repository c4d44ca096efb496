// The folder walks a tsconfig's `include` makes (TypeScript's `matchFiles`, ~80 ms of CPU on a 2,000-file
// project: a third of opening it in a warm `--cache` run), kept by `--cache` with what they read: each folder
// walked and each symbolic link met, by device, inode, modification and change time. Adding, removing or renaming
// an entry changes its folder's times; a link that leads elsewhere changes the inode it reaches. A kept walk whose
// folders all read the same now is the walk's answer now, so it is returned without walking; any difference, or
// none kept, walks again. A walk is kept only when every folder it read was last changed at least `settleMs` before
// the walk began: a change in the same clock tick as the walk (file systems keep times to between a few milliseconds
// and two seconds) would leave the times as they were.
import { readdirSync, statSync, type BigIntStats } from 'node:fs';
import { ts } from 'ts-morph';

export interface KeptWalk {
  /** Path → signature of each folder read and each symbolic link met. */
  read: Record<string, string>;
  names: string[];
}

export type ReadDirectory = (path: string, extensions?: readonly string[], excludes?: readonly string[], includes?: readonly string[], depth?: number) => string[];

/** A path's signature: what changes when a folder gains, loses or renames an entry, or a link leads elsewhere. */
function signatureOf(stat: BigIntStats | undefined): string {
  if (!stat) return 'none';
  return `${stat.isDirectory() ? 'd' : stat.isFile() ? 'f' : 'o'}:${stat.dev}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/** TypeScript's walk of a tsconfig's `include` (internal, as `sys.readDirectory` calls it). */
type MatchFiles = (
  path: string,
  extensions: readonly string[] | undefined,
  excludes: readonly string[] | undefined,
  includes: readonly string[] | undefined,
  useCaseSensitiveFileNames: boolean,
  currentDirectory: string,
  depth: number | undefined,
  getFileSystemEntries: (path: string) => { files: readonly string[]; directories: readonly string[] },
  realpath: (path: string) => string,
) => string[];

export class DirectoryListings {
  private readonly kept: Map<string, KeptWalk>;
  /** The walks this run used or made, to be kept for the next (only walks that passed the settle check). */
  private readonly used = new Map<string, KeptWalk>();

  constructor(kept: unknown, private readonly settleMs = 2_000) {
    this.kept = new Map();
    if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return;
    for (const [key, walk] of Object.entries(kept as Record<string, unknown>)) {
      const { read, names } = (walk ?? {}) as Partial<KeptWalk>;
      if (typeof read !== 'object' || read === null || !Array.isArray(names) || !names.every((name) => typeof name === 'string')) continue;
      if (!Object.values(read).every((value) => typeof value === 'string')) continue;
      this.kept.set(key, { read, names });
    }
  }

  /** The walks to keep: those this run used or made. */
  toJSON(): Record<string, KeptWalk> {
    return Object.fromEntries(this.used);
  }

  /** `ts.sys.readDirectory`, answered from a kept walk when every path it read reads the same. */
  readonly readDirectory: ReadDirectory = (path, extensions, excludes, includes, depth) => {
    const cwd = process.cwd();
    const key = JSON.stringify([ts.version, ts.sys.useCaseSensitiveFileNames, cwd, path, extensions, excludes, includes, depth]);
    const kept = this.kept.get(key);
    if (kept && Object.entries(kept.read).every(([read, signature]) => signatureOf(statSync(read, { throwIfNoEntry: false, bigint: true })) === signature)) {
      this.used.set(key, kept);
      return [...kept.names];
    }
    const settledBefore = BigInt(Date.now() - this.settleMs) * 1_000_000n;
    const read: Record<string, string> = {};
    let settled = true;
    const note = (at: string) => {
      const stat = statSync(at, { throwIfNoEntry: false, bigint: true });
      read[at] = signatureOf(stat);
      if (stat && (stat.mtimeNs > settledBefore || stat.ctimeNs > settledBefore)) settled = false;
    };
    // TypeScript's own listing (`sys.getAccessibleFileSystemEntries`), noting what it read.
    const entries = (folder: string) => {
      const at = folder || '.';
      note(at);
      try {
        const files: string[] = [];
        const directories: string[] = [];
        for (const entry of readdirSync(at, { withFileTypes: true })) {
          if (entry.name === '.' || entry.name === '..') continue;
          let isFile = entry.isFile();
          let isDirectory = entry.isDirectory();
          if (entry.isSymbolicLink()) {
            const target = at.endsWith('/') ? `${at}${entry.name}` : `${at}/${entry.name}`;
            note(target);
            const stat = statSync(target, { throwIfNoEntry: false });
            if (!stat) continue;
            isFile = stat.isFile();
            isDirectory = stat.isDirectory();
          }
          if (isFile) files.push(entry.name);
          else if (isDirectory) directories.push(entry.name);
        }
        files.sort();
        directories.sort();
        return { files, directories };
      } catch {
        return { files: [], directories: [] };
      }
    };
    const realpath = ts.sys.realpath ?? ((p: string) => p);
    const names = (ts as unknown as { matchFiles: MatchFiles }).matchFiles(path, extensions, excludes, includes, ts.sys.useCaseSensitiveFileNames, cwd, depth, entries, realpath);
    if (settled) this.used.set(key, { read, names: [...names] });
    return names;
  };
}

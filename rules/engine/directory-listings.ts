// The folder walks a tsconfig's `include` makes (TypeScript's `matchFiles`, ~80 ms of CPU on a 2,000-file
// project: a third of opening it in a warm `--cache` run), kept by `--cache` with what they read: each folder
// walked and each symbolic link met, by device, inode, modification and change time. Adding, removing or renaming
// an entry changes its folder's times; a link that leads elsewhere changes the inode it reaches. A kept walk whose
// folders all read the same now is the walk's answer now, so it is returned without walking; any difference, or
// none kept, walks again. A walk is kept only when every folder it read was last changed at least `settleMs` before
// the walk began: a change in the same clock tick as the walk (file systems keep times to between a few milliseconds
// and two seconds) would leave the times as they were. The folder the cache file is written in is read by its entries
// (path-signatures.ts).
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ts } from 'ts-morph';
import { PathSignatures } from './path-signatures.js';

export interface KeptWalk {
  /** Path → signature of each folder read and each symbolic link met. */
  read: Record<string, string>;
  names: string[];
  /** No folder walked was reached through a symbolic link and no link was met: each name is its file's real path. */
  linkFree?: boolean;
}

/** How the project loader walks a tsconfig's `include`, and which of the files listed are known to be listed by their real path. */
export interface FolderWalks {
  readDirectory: ReadDirectory;
  listedByRealPath(): ReadonlySet<string>;
}

export type ReadDirectory = (path: string, extensions?: readonly string[], excludes?: readonly string[], includes?: readonly string[], depth?: number) => string[];

/** Part of each kept walk's key: a walk kept in another shape is walked again. */
const WALK_FORMAT = 2;

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

export class DirectoryListings implements FolderWalks {
  private readonly kept: Map<string, KeptWalk>;
  /** The walks this run used or made, to be kept for the next (only walks that passed the settle check). */
  private readonly used = new Map<string, KeptWalk>();
  /** Names of this run's walks that met no link, resolved. */
  private readonly real = new Set<string>();

  constructor(
    kept: unknown,
    private readonly settleMs = 2_000,
    /** What each path read reads as (the cache file's folder by its entries). */
    private readonly signatures = new PathSignatures(),
  ) {
    this.kept = new Map();
    if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return;
    for (const [key, walk] of Object.entries(kept as Record<string, unknown>)) {
      const { read, names, linkFree } = (walk ?? {}) as Partial<KeptWalk>;
      if (typeof read !== 'object' || read === null || !Array.isArray(names) || !names.every((name) => typeof name === 'string')) continue;
      if (!Object.values(read).every((value) => typeof value === 'string')) continue;
      this.kept.set(key, { read, names, linkFree: linkFree === true });
    }
  }

  /** The walks to keep: those this run used or made. */
  toJSON(): Record<string, KeptWalk> {
    return Object.fromEntries(this.used);
  }

  /** The files this run's walks listed that are their own real paths (the walk met no symbolic link). */
  listedByRealPath(): ReadonlySet<string> {
    return this.real;
  }

  /** `ts.sys.readDirectory`, answered from a kept walk when every path it read reads the same. */
  readonly readDirectory: ReadDirectory = (path, extensions, excludes, includes, depth) => {
    const cwd = process.cwd();
    const key = JSON.stringify([WALK_FORMAT, ts.version, ts.sys.useCaseSensitiveFileNames, cwd, path, extensions, excludes, includes, depth]);
    const kept = this.kept.get(key);
    if (kept && Object.entries(kept.read).every(([read, signature]) => this.signatures.read(read).signature === signature)) {
      this.used.set(key, kept);
      if (kept.linkFree) for (const name of kept.names) this.real.add(resolve(name));
      return [...kept.names];
    }
    const settledBefore = BigInt(Date.now() - this.settleMs) * 1_000_000n;
    const read: Record<string, string> = {};
    let settled = true;
    let linkFree = true;
    const note = (at: string) => {
      const reading = this.signatures.read(at, settledBefore);
      read[at] = reading.signature;
      if (!reading.settled) settled = false;
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
            linkFree = false;
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
    const realpath = (folder: string) => {
      const real = ts.sys.realpath ? ts.sys.realpath(folder) : folder;
      if (real !== folder) linkFree = false;
      return real;
    };
    const names = (ts as unknown as { matchFiles: MatchFiles }).matchFiles(path, extensions, excludes, includes, ts.sys.useCaseSensitiveFileNames, cwd, depth, entries, realpath);
    if (linkFree) for (const name of names) this.real.add(resolve(name));
    if (settled) this.used.set(key, { read, names: [...names], linkFree });
    return names;
  };
}

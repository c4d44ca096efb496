// What a folder (or a file a link leads to) reads as, for the folder walks and import resolutions `--cache` keeps
// (directory-listings.ts, kept-resolutions.ts): its device, inode, modification and change time — adding, removing or
// renaming an entry changes its folder's times; a link that leads elsewhere reaches another inode. One folder is read
// by its entries instead: the one the cache file is written in (by default the project's own folder, `.agentvetcache`),
// whose times every run changes by writing it, so nothing read there could be kept from one run to the next. Its
// entries' names and kinds, without the cache file and its temp files, are what a walk or a resolution reads of it (a
// file's contents are not): the same names and kinds are the same answers, and, read before the walk or resolution
// reads the folder, a change in between reads as a change next time. Read from the entries, no clock tick can hide a
// change, so that folder is always settled.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, type BigIntStats } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export interface PathReading {
  signature: string;
  /** Last changed before the time asked about: what read it can be kept. */
  settled: boolean;
}

function timesOf(stat: BigIntStats | undefined): string {
  if (!stat) return 'none';
  return `${stat.isDirectory() ? 'd' : stat.isFile() ? 'f' : 'o'}:${stat.dev}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

export class PathSignatures {
  private readonly cacheFolder: string | undefined;
  private readonly cacheName: string | undefined;
  /**
   * The cache folder's entries as last read, under the folder's times then: every walk and resolution touching the
   * folder asks again, and listing it each time cost O(entries) per ask. Adding, removing or renaming an entry changes
   * the folder's times (writing the cache file too), which reads it anew; a change the clock's tick hides only keeps an
   * older reading, taken before the walk or resolution that reads the folder after it — so it reads as a change next
   * time, never as none.
   */
  private lastEntries: { times: string; entries: string } | undefined;

  /** `cacheFile`: the `--cache` file this run writes, whose folder is read by its entries. */
  constructor(cacheFile?: string) {
    this.cacheFolder = cacheFile === undefined ? undefined : dirname(resolve(cacheFile));
    this.cacheName = cacheFile === undefined ? undefined : basename(cacheFile);
  }

  /** What `path` reads as now, and whether it was last changed before `settledBefore` (nanoseconds since the epoch). */
  read(path: string, settledBefore = 0n): PathReading {
    let stat: BigIntStats | undefined;
    try {
      stat = statSync(path, { bigint: true, throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory() && this.cacheFolder !== undefined && resolve(path) === this.cacheFolder) {
      const times = timesOf(stat);
      const entries = this.lastEntries?.times === times ? this.lastEntries.entries : this.entriesOf(path);
      if (entries !== undefined) {
        this.lastEntries = { times, entries };
        return { signature: `e:${stat.dev}:${stat.ino}:${entries}`, settled: true };
      }
    }
    return { signature: timesOf(stat), settled: !stat || (stat.mtimeNs <= settledBefore && stat.ctimeNs <= settledBefore) };
  }

  /** A digest of the folder's entries by name and kind, without the cache file and the temp files it is written through. */
  private entriesOf(folder: string): string | undefined {
    const name = this.cacheName!;
    const listed: string[] = [];
    try {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.name === name || (entry.name.startsWith(`${name}.`) && entry.name.endsWith('.tmp'))) continue;
        const kind = entry.isFile() ? 'f' : entry.isDirectory() ? 'd' : entry.isSymbolicLink() ? 'l' : 'o';
        listed.push(`${kind}${entry.name}`);
      }
    } catch {
      return undefined;
    }
    return createHash('sha256').update(listed.sort().join('\0')).digest('base64url');
  }
}

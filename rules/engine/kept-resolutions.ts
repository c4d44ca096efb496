// The files relative imports resolve to (module-resolution.ts), kept by `--cache` with the folders each resolution
// looked in, by device, inode, modification and change time (directory-listings.ts's signature of a folder). A
// relative import's file is a function of the listings of the folders its probes looked in and nothing else: adding,
// removing or renaming an entry changes its folder's times, and a folder reached through a moved link reads as
// another inode. A kept resolution whose folders all read the same now is the resolution now, so a warm run does not
// probe again (resolving every import of vercel/ai's packages for the importers index and the prefilter's importer
// expansion was ~25 ms of a warm run's ~0.55 s of CPU); any difference resolves again. Each folder is looked at before
// it is listed, so a change in between reads as a change next time, and a resolution is kept only when every folder it
// looked in was last changed `settleMs` or more before it was looked at (a change in the same clock tick as the
// listing would leave the times as they were). A resolution that met a symbolic link (whose target can change with
// no folder of the path changing) is not kept. Bare specifiers (`paths` aliases, `baseUrl`, workspace packages) read
// tsconfigs and package.json files besides listings: they are resolved each run. The folder the cache file is written
// in is read by its entries (path-signatures.ts).
import { PathSignatures } from './path-signatures.js';

/** Part of the key: resolutions kept in another shape, or by other code, are not taken. */
const FORMAT = 1;

interface Folder {
  signature: string;
  /** Last changed `settleMs` or more before it was looked at: resolutions reading it can be kept. */
  settled: boolean;
}

interface Resolution {
  /** The file, or null for none. */
  file: string | null;
  folders: ReadonlyArray<string>;
}

/** What a resolution being made has read: the folders it looked in, and whether it met a link. */
interface Reading {
  folders: Set<string>;
  linked: boolean;
}

export class KeptResolutions {
  /** Kept by an earlier run: resolutions by key, and the signature each folder had. */
  private readonly kept = new Map<string, Resolution>();
  private readonly keptFolders = new Map<string, string>();
  /** Folders as this run found them: looked at before listing, or checked against a kept signature. */
  private readonly folders = new Map<string, Folder>();
  /** Resolutions to keep for the next run: taken from the kept ones, or made with settled folders. */
  private readonly made = new Map<string, Resolution>();
  private reading: Reading | undefined;
  private readonly key: string;

  constructor(
    data: unknown,
    /** What the resolution is besides the file system (agentvet's code). */
    codeDigest: string,
    private readonly settleMs = 2_000,
    /** What each folder reads as (the cache file's folder by its entries). */
    private readonly signatures = new PathSignatures(),
  ) {
    this.key = `${FORMAT}\0${codeDigest}`;
    const { key, folders, resolved } = (data ?? {}) as { key?: unknown; folders?: unknown; resolved?: unknown };
    if (key !== this.key || !Array.isArray(folders) || !Array.isArray(resolved)) return;
    const paths: string[] = [];
    for (const folder of folders) {
      if (!Array.isArray(folder) || folder.length !== 2 || typeof folder[0] !== 'string' || typeof folder[1] !== 'string') return;
      paths.push(folder[0]);
      this.keptFolders.set(folder[0], folder[1]);
    }
    for (const entry of resolved) {
      if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[0] !== 'string' || (entry[1] !== null && typeof entry[1] !== 'string')) continue;
      const places = entry[2] as unknown;
      if (!Array.isArray(places) || !places.every((place) => Number.isInteger(place) && paths[place as number] !== undefined)) continue;
      this.kept.set(entry[0], { file: entry[1] as string | null, folders: places.map((place: number) => paths[place]!) });
    }
  }

  /**
   * The file `key` resolves to: the kept one when every folder it looked in reads the same, else `resolve`'s, which is
   * kept when it looked only in settled folders and met no link.
   */
  resolve(key: string, resolve: () => string | undefined): string | undefined {
    if (this.forgotten) return resolve();
    const kept = this.kept.get(key);
    if (kept && kept.folders.every((folder) => this.unchanged(folder))) {
      this.made.set(key, kept);
      return kept.file ?? undefined;
    }
    const reading: Reading = { folders: new Set(), linked: false };
    const outer = this.reading;
    this.reading = reading;
    let file: string | undefined;
    try {
      file = resolve();
    } finally {
      this.reading = outer;
    }
    if (!reading.linked && [...reading.folders].every((folder) => this.folders.get(folder)?.settled === true)) {
      this.made.set(key, { file: file ?? null, folders: [...reading.folders] });
    }
    return file;
  }

  private forgotten = false;

  /**
   * The file system may have changed since the run looked (an editor's update, a `--fix`): nothing more is taken or
   * kept; what was kept before stands for the folders as they were then looked at.
   */
  forget(): void {
    this.forgotten = true;
  }

  /** A folder is about to be listed (module-resolution.ts `fileLookup`): what it is now, looked at first. */
  listing(folder: string): void {
    if (this.folders.has(folder)) return;
    this.folders.set(folder, this.signatures.read(folder, BigInt(Date.now() - this.settleMs) * 1_000_000n));
  }

  /** A resolution being made asked about a name in a folder (listed now or earlier in the run). */
  lookedIn(folder: string): void {
    this.reading?.folders.add(folder);
  }

  /** A resolution being made met a symbolic link. */
  metLink(): void {
    if (this.reading) this.reading.linked = true;
  }

  /** Whether a kept folder reads as it did: looked at once per run. */
  private unchanged(folder: string): boolean {
    const keptSignature = this.keptFolders.get(folder);
    let now = this.folders.get(folder);
    if (!now) {
      this.listing(folder);
      now = this.folders.get(folder)!;
      // Read the same as when it was kept, when it had settled: it still has.
      if (now.signature === keptSignature) now.settled = true;
    }
    return now.signature === keptSignature;
  }

  /** The resolutions to keep: this run's, each with the folders it looked in. */
  toJSON(): { key: string; folders: Array<[string, string]>; resolved: Array<[string, string | null, number[]]> } {
    const places = new Map<string, number>();
    const folders: Array<[string, string]> = [];
    const resolved: Array<[string, string | null, number[]]> = [];
    for (const [key, { file, folders: read }] of this.made) {
      const at = read.map((folder) => {
        let place = places.get(folder);
        if (place === undefined) {
          place = folders.length;
          places.set(folder, place);
          folders.push([folder, this.folders.get(folder)!.signature]);
        }
        return place;
      });
      resolved.push([key, file, at]);
    }
    return { key: this.key, folders, resolved };
  }
}

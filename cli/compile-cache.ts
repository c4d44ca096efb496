// V8's code cache for the three large CommonJS files every analysis loads — TypeScript's compiler (9 MB),
// ts-morph's common part and ts-morph — so a run does not compile them again (about a quarter of a warm
// `lint --cache` run went to compiling them), and for the lint command's own modules bundled into one CommonJS file
// at build time (dist/cli/lint.bundle.cjs, see build-esm-shim.ts). Node 20 has no module compile cache (Node 22's
// `module.enableCompileCache()`); this is the same idea for those files only: the compiled code is kept
// per file, keyed by the file's identity on disk (see `fileKey`) and the Node version, in the user's cache folder, each
// installation's under names of its own (`cacheStem`).
// V8 checks the data itself (its version, flags and the source's length) and ignores data it cannot use;
// any problem reading or writing the cache means compiling as before, never an error.
// Set AGENTVET_COMPILE_CACHE=0 to turn it off.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import vm from 'node:vm';
import { makeDirectory } from './make-directory.js';

const CACHED_FILES = /[\\/]node_modules[\\/](?:@ts-morph[\\/]common[\\/]dist[\\/](?:typescript|ts-morph-common)|ts-morph[\\/]dist[\\/]ts-morph)\.js$|[\\/]dist[\\/]cli[\\/]lint\.bundle\.cjs$/;

interface CompilingModule {
  exports: unknown;
  _compile(content: string, filename: string, ...rest: unknown[]): unknown;
}

type ModuleClass = {
  prototype: CompilingModule;
  wrap(script: string): string;
  _extensions: Record<string, (this: unknown, module: CompilingModule, filename: string) => unknown>;
};

/** Where the compiled code is kept: `$XDG_CACHE_HOME/agentvet/v8` (default `~/.cache`), made private to the user. */
export function compileCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : undefined);
  return base ? join(base, 'agentvet', 'v8') : undefined;
}

let installed = false;

/** A file older than this is settled: a write after it was read would give it a newer change time. */
const SETTLED_MS = 5_000;

/**
 * What tells this version of a file from any other without reading it: its path, inode, size and modification and
 * change times in nanoseconds (hashing typescript.js's 9 MB of source took ~25 ms of every run). npm gives every
 * installed file the same modification time, but the change time is the kernel's: set by every write, rename or
 * reinstall, never by a tool. `settled` is false while the file changed less than SETTLED_MS ago: a write between
 * Node reading it and this look could then share the change time, so no cache is written for it from this run (the
 * racy-file rule git's index follows).
 */
export function fileKey(filename: string, length: number): { key: string; settled: boolean } | undefined {
  try {
    const stat = statSync(filename, { bigint: true });
    const key = [filename, stat.dev, stat.ino, stat.size, length, stat.mtimeNs, stat.ctimeNs].join('\0');
    return { key, settled: Date.now() - Number(stat.ctimeMs) > SETTLED_MS };
  } catch {
    return undefined;
  }
}

/**
 * The start of a compiler file's cache file names: the file's name and a digest of its path. Each installation (each
 * project's node_modules, each checkout) keeps its own data: with one name per compiler file, two projects linted in
 * turn each deleted the other's data and compiled the compiler again on every run.
 */
export function cacheStem(filename: string): string {
  return `${basename(filename, '.js')}-${createHash('sha1').update(filename).digest('hex').slice(0, 12)}`;
}

/**
 * Whether a cache file holds an earlier version of the file whose names start with `stem`, or was written by an
 * agentvet that named cache files by the compiler file's name alone (`typescript-<digest>.bin`).
 */
export function isEarlierVersion(name: string, stem: string): boolean {
  if (name.startsWith(`${stem}-`) && /^[0-9a-f]{40}\.bin$/.test(name.slice(stem.length + 1))) return true;
  const base = stem.slice(0, stem.lastIndexOf('-'));
  return name.startsWith(`${base}-`) && /^[0-9a-f]{40}\.bin$/.test(name.slice(base.length + 1));
}

/**
 * Serves the large CommonJS files from the code cache, and (on the main thread, when a file had none or V8
 * refused it) writes it at exit, so it holds the functions the run compiled, not only the top level.
 */
export function installCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  if (installed || env.AGENTVET_COMPILE_CACHE === '0') return;
  const folder = compileCacheFolder(env);
  if (!folder) return;
  installed = true;
  const moduleClass = Module as unknown as ModuleClass;
  const original = moduleClass.prototype._compile;
  const toWrite: Array<{ script: vm.Script; file: string; stem: string }> = [];
  moduleClass.prototype._compile = function (this: CompilingModule, content: string, filename: string, ...rest: unknown[]) {
    if (!CACHED_FILES.test(filename)) return original.call(this, content, filename, ...rest);
    const identity = fileKey(filename, content.length);
    if (!identity) return original.call(this, content, filename, ...rest);
    const key = createHash('sha1').update(`${process.version}\0${process.arch}\0${identity.key}`).digest('hex');
    const stem = cacheStem(filename);
    const file = join(folder, `${stem}-${key}.bin`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      // no cache yet
    }
    const script = new vm.Script(moduleClass.wrap(content), { filename, cachedData });
    if (isMainThread && identity.settled && (cachedData === undefined || script.cachedDataRejected)) toWrite.push({ script, file, stem });
    const run = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return run.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  // Node reads a module's source with its own UTF-8 reading of the file (~30 ms for typescript.js's 9 MB and ~25 ms for
  // the lint bundle's 2 MB, under load): reading the bytes and decoding them gives the same string in about half the
  // time (moduleText).
  const loadJs = moduleClass._extensions['.js']!;
  moduleClass._extensions['.js'] = function (this: unknown, module: CompilingModule, filename: string) {
    const source = CACHED_FILES.test(filename) ? moduleText(filename) : undefined;
    return source === undefined ? loadJs.call(this, module, filename) : module._compile(source, filename);
  };
  process.once('exit', () => {
    for (const { script, file, stem } of toWrite) {
      try {
        makeDirectory(folder, 0o700);
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, file);
        // The data of an earlier version of the same file (same path) is of no more use; another installation's is.
        for (const name of readdirSync(folder)) if (isEarlierVersion(name, stem) && join(folder, name) !== file) rmSync(join(folder, name), { force: true });
      } catch {
        // an unwritable cache folder: the next run compiles again
      }
    }
  });
}

/**
 * A module file's text, the same string Node's own reading gives, from the file's bytes decoded as UTF-8; undefined when
 * it cannot be read (Node then reads it, and reports). Not as Latin-1 when all bytes are ASCII, though that skips the
 * decoding: Node makes a string of more than a megabyte from Latin-1 an external string, held outside V8's heap, and a
 * cold lint of vercel/ai's packages then peaked 14-27 MB higher than with Node's own reading (decoded: no higher).
 */
export function moduleText(filename: string): string | undefined {
  try {
    return readFileSync(filename).toString('utf8');
  } catch {
    return undefined;
  }
}

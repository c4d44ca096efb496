// A bare import of a package of the same repository (`import { Config } from '@google/gemini-cli-core'` in a
// monorepo) names that package's sources, as the TypeScript compiler finds them through the node_modules link a
// package manager makes: a workspace package (npm/yarn `workspaces`, `pnpm-workspace.yaml`) or a dependency
// declared `file:`/`link:` (or as a bare relative folder, `"../shared"`) in the importing package's package.json. The package's entry (`exports`, `types`,
// `module`, `main`) usually names its build output (`dist/index.js`), which a checkout does not have: it is read
// back to the source it is built from (`src/index.ts`, `index.ts`). Everything read is cached until `forget()`,
// and module-resolution.ts asks this only for bare specifiers no `paths` alias maps and no knowledge table knows.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fastGlob } from './fast-glob.js';
import { textDigestOf } from './prefilter-verdicts.js';
import { packageJsonIn, textIfPresent } from './project-places.js';
import { dirname, join, resolve } from 'node:path';

/** Package folders listed per workspace before giving up (a repository is not that big). */
const MAX_PACKAGES = 2000;
/** Folders a `**` in a workspace pattern descends. */
const MAX_GLOB_DEPTH = 4;
/** Folders of build output a package entry points into, read back to sources. */
const OUTPUT_FOLDERS = new Set(['dist', 'build', 'lib', 'out', 'esm', 'cjs', 'dist-esm', 'dist-cjs', 'types', 'dist-types']);

interface PackageJson {
  name?: string;
  /** Dependencies declared `file:` or `link:`, or as a relative folder path: name → folder. */
  linked: Map<string, string>;
  workspaces: string[];
  exports?: unknown;
  entries: string[];
}

export interface WorkspacePackages {
  /** The folder of the repository package a bare specifier names from a file, or undefined. */
  packageFolder(fromFile: string, specifier: string): string | undefined;
  /** The source file the specifier names in that package (`probe` finds a file from a path without extension). */
  resolve(fromFile: string, specifier: string, probe: (path: string) => string | undefined): string | undefined;
  forget(): void;
}

export function makeWorkspacePackages(): WorkspacePackages {
  const manifests = new Map<string, PackageJson | null>();
  const tables = new Map<string, Map<string, string>>();
  const folders = new Map<string, string | null>();
  const outDirs = new Map<string, string | undefined>();
  // Read once per folder: every package name asked from every folder walks up through the same folders.
  const pnpmPatterns = new Map<string, string[]>();
  const pnpmPatternsIn = (dir: string): string[] => {
    let patterns = pnpmPatterns.get(dir);
    if (!patterns) pnpmPatterns.set(dir, (patterns = pnpmWorkspacePatterns(dir)));
    return patterns;
  };

  const manifest = (dir: string): PackageJson | undefined => {
    let known = manifests.get(dir);
    if (known === undefined) {
      known = readManifest(dir);
      manifests.set(dir, known);
    }
    return known ?? undefined;
  };

  const table = (root: string, patterns: string[]): Map<string, string> => {
    let names = tables.get(root);
    if (!names) {
      names = new Map();
      for (const folder of expandPatterns(root, patterns)) {
        const name = manifest(folder)?.name;
        if (name && !names.has(name)) names.set(name, folder);
      }
      tables.set(root, names);
    }
    return names;
  };

  const packageFolder = (fromFile: string, specifier: string): string | undefined => {
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) return undefined;
    const name = packageRoot(specifier);
    const start = dirname(fromFile);
    const key = `${start}\0${name}`;
    const known = folders.get(key);
    if (known !== undefined) return known ?? undefined;
    let found: string | undefined;
    for (let dir = start; ; dir = dirname(dir)) {
      const pkg = manifest(dir);
      const linked = pkg?.linked.get(name);
      if (linked) {
        found = linked;
        break;
      }
      const patterns = [...(pkg?.workspaces ?? []), ...pnpmPatternsIn(dir)];
      if (patterns.length > 0) {
        found = table(dir, patterns).get(name);
        if (found) break;
      }
      if (dirname(dir) === dir) break;
    }
    folders.set(key, found ?? null);
    return found;
  };

  const outDirOf = (folder: string): string | undefined => {
    if (!outDirs.has(folder)) outDirs.set(folder, readOutDir(folder));
    return outDirs.get(folder);
  };

  return {
    packageFolder,
    resolve(fromFile, specifier, probe) {
      const folder = packageFolder(fromFile, specifier);
      const pkg = folder ? manifest(folder) : undefined;
      if (!folder || !pkg) return undefined;
      const subpath = specifier.slice(packageRoot(specifier).length).replace(/^\//, '');
      const targets = subpath
        ? [exportTarget(pkg.exports, `./${subpath}`), subpath]
        : [exportTarget(pkg.exports, '.'), ...pkg.entries, 'index'];
      const outDir = outDirOf(folder);
      for (const target of targets) {
        if (!target) continue;
        for (const candidate of sourceCandidates(target, outDir)) {
          const file = probe(resolve(folder, candidate));
          if (file && !/\.d\.[cm]?ts$/.test(file)) return file;
        }
      }
      return undefined;
    },
    forget() {
      manifests.clear();
      tables.clear();
      folders.clear();
      outDirs.clear();
      pnpmPatterns.clear();
    },
  };
}

/**
 * The package a bare specifier names: `openai` of `openai/resources`, `@ai-sdk/openai` of `@ai-sdk/openai/internal`.
 * Found by its slashes, not by splitting the specifier: resolving a project's imports asks it for each of them.
 */
export function packageRoot(specifier: string): string {
  const slash = specifier.indexOf('/');
  if (slash < 0) return specifier;
  if (!specifier.startsWith('@')) return specifier.slice(0, slash);
  const second = specifier.indexOf('/', slash + 1);
  return second < 0 ? specifier : specifier.slice(0, second);
}

function readManifest(dir: string): PackageJson | null {
  const parsed = packageJsonIn(dir);
  if (!parsed) return null;
  const linked = new Map<string, string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = parsed[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, version] of Object.entries(deps as Record<string, unknown>)) {
      // `file:../shared`, `link:../shared`, or npm's bare folder path `../shared`.
      const match = typeof version === 'string' ? /^(?:(?:file|link):(.+)|(\.\.?\/.*))$/.exec(version) : null;
      if (match) linked.set(name, resolve(dir, (match[1] ?? match[2])!));
    }
  }
  const workspacesField = parsed.workspaces;
  const workspaces = Array.isArray(workspacesField) ? workspacesField
    : workspacesField && typeof workspacesField === 'object' && Array.isArray((workspacesField as { packages?: unknown }).packages) ? (workspacesField as { packages: unknown[] }).packages
      : [];
  const entries = ['types', 'typings', 'module', 'main'].map((field) => parsed[field]).filter((v): v is string => typeof v === 'string');
  return {
    name: typeof parsed.name === 'string' ? parsed.name : undefined,
    linked,
    workspaces: workspaces.filter((p): p is string => typeof p === 'string'),
    exports: parsed.exports,
    entries,
  };
}

/** The `packages:` list of a pnpm-workspace.yaml in `dir` (a list of quoted or bare globs). */
function pnpmWorkspacePatterns(dir: string): string[] {
  const text = textIfPresent(join(dir, 'pnpm-workspace.yaml'));
  if (text === undefined) return [];
  const out: string[] = [];
  let inPackages = false;
  for (const line of text.split('\n')) {
    if (/^packages\s*:/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages) continue;
    const item = /^\s+-\s*['"]?([^'"#]+?)['"]?\s*(?:#.*)?$/.exec(line);
    if (item) out.push(item[1]!);
    else if (/^\S/.test(line)) break;
  }
  return out;
}

/** The folders a list of workspace globs names (`packages/*`, `apps/**`, `sdk/examples`); negations are ignored. */
function expandPatterns(root: string, patterns: string[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const segments = pattern.replace(/^\.\//, '').replace(/\/+$/, '').split('/').filter((s) => s.length > 0);
    if (segments.length === 0) continue;
    const globs = [segments.join('/')];
    // `**` matches no folder too, also at the end: `apps/**` lists `apps` itself (as npm does).
    if (segments[segments.length - 1] === '**') globs.push(segments.slice(0, -1).join('/') || '.');
    // fast-glob reads from the pattern's first folder with a wildcard; a `**` descends MAX_GLOB_DEPTH folders.
    const base = segments.findIndex((segment) => segment.includes('*'));
    const deep = base < 0 ? 0 : segments.slice(base).reduce((depth, segment) => depth + (segment === '**' ? MAX_GLOB_DEPTH : 1), 0);
    const folders = fastGlob().sync(globs, {
      cwd: root,
      onlyDirectories: true,
      // Hidden folders and installed packages are not workspace packages (a literal `.name` segment still matches).
      dot: false,
      ignore: ['**/node_modules', '**/node_modules/**'],
      // A linked folder is not followed: the package it links is listed where it lives.
      followSymbolicLinks: false,
      deep,
      suppressErrors: true,
    });
    // The order decides which of two folders with one package name wins: a walk of sorted folders' order.
    const order = walkOrder(segments);
    folders.sort((a, b) => order(a === '.' ? [] : a.split('/'), b === '.' ? [] : b.split('/')));
    for (const folder of folders) out.push(folder === '.' ? root : join(root, folder));
    if (out.length >= MAX_PACKAGES) break;
  }
  return out.slice(0, MAX_PACKAGES);
}

/**
 * The order a walk lists a pattern's folders in: names sorted folder by folder, and for a `**`, the folders it
 * matched before what follows it (`libs/pkg` before `libs/one/pkg`; `a/x/pkg` before `b/pkg`).
 */
function walkOrder(segments: string[]): (a: string[], b: string[]) => number {
  const star = segments.indexOf('**');
  const tail = star < 0 ? 0 : segments.length - star - 1;
  const key = (path: string[]): string[][] =>
    star < 0 ? [path] : [path.slice(0, star), path.slice(star, Math.max(star, path.length - tail)), path.slice(Math.max(star, path.length - tail))];
  return (a, b) => {
    const left = key(a);
    const right = key(b);
    for (let part = 0; part < left.length; part++) {
      const order = compareNames(left[part]!, right[part]!);
      if (order !== 0) return order;
    }
    return 0;
  };
}

function compareNames(left: string[], right: string[]): number {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i]! < right[i]! ? -1 : 1;
  }
  return left.length - right.length;
}

/** The target `exports` gives a subpath (`.`, `./tools`), through conditions (`types`, `import`, `default`…) and `./*` patterns. */
function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (exports === undefined || exports === null) return undefined;
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (Array.isArray(exports)) return exports.map((e) => exportTarget(e, subpath)).find((t) => t !== undefined);
  if (typeof exports !== 'object') return undefined;
  const map = exports as Record<string, unknown>;
  const keys = Object.keys(map);
  if (keys.length > 0 && keys.every((k) => !k.startsWith('.'))) return subpath === '.' ? conditionTarget(map) : undefined;
  if (subpath in map) return conditionTarget(map[subpath]);
  for (const key of keys) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const [prefix, suffix] = [key.slice(0, star), key.slice(star + 1)];
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length) {
      const middle = subpath.slice(prefix.length, subpath.length - suffix.length);
      return conditionTarget(map[key])?.replace('*', middle);
    }
  }
  return undefined;
}

const CONDITIONS = ['source', 'typescript', 'types', 'import', 'module', 'node', 'default', 'require'];

function conditionTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const map = value as Record<string, unknown>;
  for (const condition of [...CONDITIONS, ...Object.keys(map)]) {
    const found = condition in map ? conditionTarget(map[condition]) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * Where the source of an entry may be: `dist/index.js` → `src/index`, `index` (the build folder read back to the
 * folder it is built from), then the entry itself; extensions are left to `probe`.
 */
function sourceCandidates(target: string, outDir: string | undefined): string[] {
  const path = target.replace(/^\.\//, '').replace(/\.d\.[cm]?ts$/, '').replace(/\.(?:[cm]?js|jsx)$/, '');
  const [first, ...rest] = path.split('/');
  const out: string[] = [];
  if (rest.length > 0 && (OUTPUT_FOLDERS.has(first!) || first === outDir)) {
    const inner = rest.join('/');
    out.push(`src/${inner}`, inner);
  }
  out.push(path);
  return out;
}

/** The `outDir` a package's own tsconfig.json writes (first folder only), if it says. */
function readOutDir(folder: string): string | undefined {
  const text = textIfPresent(join(folder, 'tsconfig.json'));
  return text === undefined ? undefined : /"outDir"\s*:\s*"\.?\/?([^"/]+)/.exec(text)?.[1];
}

/** Source files of one package searched for implementations before giving up. */
const MAX_PACKAGE_FILES = 4000;
const SOURCE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const NOT_SOURCE = /\.d\.[cm]?ts$|\.(?:test|spec|stories)\.[cm]?[jt]sx?$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'coverage', 'out', '__tests__', '__mocks__', 'test', 'tests']);

/**
 * The source files of the package a file belongs to (the folder of the nearest package.json, or the file's own
 * folder without one), with their texts: where the implementations of a type it declares are looked for.
 */
export interface PackageSources {
  /**
   * The package's files whose text matches `pattern`; with `within`, only among the files matching `within` (a pattern
   * asked of many files, such as their exported names, is then tested on the few texts a shared pattern kept).
   */
  filesNaming(fromFile: string, pattern: RegExp, within?: RegExp): string[];
  /**
   * The package's files, in the order filesNaming gives them, that write one of `names` as a whole identifier in one of
   * `places` (TokenPlace). The same answer as filesNaming with the pattern the places spell over the names, from an index
   * of each package's texts built once per place: a per-file pattern run over every text of the package grew with files
   * × package size (one such search per handler file was a tenth of a cold lint).
   */
  filesPlacing(fromFile: string, places: ReadonlyArray<TokenPlace>, names: ReadonlyArray<string>): string[];
  /**
   * The package's declaration files (`.d.ts`, found in the same walk as its sources) whose text matches `pattern`: where
   * the globals a host runtime gives the code are declared (declared-globals.ts).
   */
  declarationsNaming(fromFile: string, pattern: RegExp): string[];
  /**
   * A digest of everything filesNaming reads for a file's package — its folder, and the path and text (by its digest) of
   * each source it searches — so that an answer kept from an earlier run (`--cache`) is known to hold when the digest is the same.
   */
  contentDigest(fromFile: string): string;
  forget(): void;
}

/**
 * Where a name is written: spread (`...name`), an element of a list (`[name,`, `, name]`: after `[` or `,`, before `,`
 * or `]`), an argument (`f(name)`, `, name,`: after `(` or `,`, before `,` or `)`); whitespace allowed around it.
 */
export type TokenPlace = 'spread' | 'listed' | 'argument';

// Global patterns whose identifier group is the whole identifier there (a name is found only as all of it). A match
// takes its opening character, the spaces, the identifier and the spaces after it, and only looks at the closing one,
// so no match hides the start of another: one pass over a text finds every list element and argument.
const SPREAD = /\.\.\.\s*([\w$]+)/g;
const BETWEEN = /([([,])\s*([\w$]+)\s*(?=([,)\]]))/g;

/** For each place, each identifier written there with the indexes of the texts writing it, ascending. */
function placeIndexes(files: ReadonlyArray<{ text: string }>): Record<TokenPlace, Map<string, number[]>> {
  const index: Record<TokenPlace, Map<string, number[]>> = { spread: new Map(), listed: new Map(), argument: new Map() };
  const add = (place: TokenPlace, token: string, i: number) => {
    const list = index[place].get(token);
    if (!list) index[place].set(token, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  files.forEach((file, i) => {
    for (const match of file.text.matchAll(SPREAD)) add('spread', match[1]!, i);
    for (const match of file.text.matchAll(BETWEEN)) {
      const [, open, token, close] = match as unknown as [string, string, string, string];
      if (open !== '(' && close !== ')') add('listed', token, i);
      if (open !== '[' && close !== ']') add('argument', token, i);
    }
  });
  return index;
}

export function makePackageSources(
  runText: (path: string) => string | undefined = () => undefined,
  /** The digest of a file's text (`textDigestOf`; a `--cache` run takes those of files that did not change). */
  textDigest: (path: string, text: string) => string = (_path, text) => textDigestOf(text),
): PackageSources {
  const byFolder = new Map<string, Array<{ path: string; text: string }>>();
  const declarationsByFolder = new Map<string, string[]>();
  const declarationTexts = new Map<string, string>();
  const answers = new Map<string, string[]>();
  // The folder of the nearest package.json at or above each folder looked from (null: none), kept for every folder
  // passed on the way up: the files of one package share their upper folders (looking from each file's folder up to the
  // package.json was ~1,000 looks on vercel/ai's packages). A folder with none above is its own package.
  const packageAbove = new Map<string, string | null>();
  const packageFolderOf = (dir: string): string => {
    const passed: string[] = [];
    let found: string | null | undefined;
    for (let up = dir; ; up = dirname(up)) {
      found = packageAbove.get(up);
      if (found !== undefined) break;
      passed.push(up);
      if (isFile(join(up, 'package.json'))) {
        found = up;
        break;
      }
      if (dirname(up) === up) {
        found = null;
        break;
      }
    }
    for (const folder of passed) packageAbove.set(folder, found);
    return found ?? dir;
  };
  const sources = (folder: string) => {
    let files = byFolder.get(folder);
    if (!files) {
      files = [];
      const declarations: string[] = [];
      walk(folder, files, runText, declarations);
      byFolder.set(folder, files);
      declarationsByFolder.set(folder, declarations);
    }
    return files;
  };
  const digests = new Map<string, string>();
  const indexes = new Map<string, Record<TokenPlace, Map<string, number[]>>>();
  const packageSources: PackageSources = {
    contentDigest(fromFile) {
      const folder = packageFolderOf(dirname(fromFile));
      let found = digests.get(folder);
      if (!found) {
        const hash = createHash('sha1').update(folder);
        for (const file of sources(folder)) hash.update(`\0${file.path}\0${textDigest(file.path, file.text)}`);
        digests.set(folder, (found = hash.digest('base64url')));
      }
      return found;
    },
    filesNaming(fromFile, pattern, within) {
      // Asked once per file by some analyses (tool-elements.ts): each package is searched once per pattern.
      const folder = packageFolderOf(dirname(fromFile));
      const key = `${folder}\0${pattern.source}\0${pattern.flags}${within ? `\0${within.source}\0${within.flags}` : ''}`;
      let found = answers.get(key);
      if (!found) {
        // The same files in the same order as both searches intersected, but a per-file pattern is run over the texts
        // the shared one kept, not over the whole package once per file asking (that grew with files × package size).
        const kept = within ? new Set(packageSources.filesNaming(fromFile, within)) : undefined;
        found = sources(folder).filter((f) => (!kept || kept.has(f.path)) && pattern.test(f.text)).map((f) => f.path);
        answers.set(key, found);
      }
      return found;
    },
    filesPlacing(fromFile, places, names) {
      const folder = packageFolderOf(dirname(fromFile));
      const files = sources(folder);
      let index = indexes.get(folder);
      if (!index) indexes.set(folder, (index = placeIndexes(files)));
      const hits = new Set<number>();
      for (const place of places) for (const name of names) for (const i of index[place].get(name) ?? []) hits.add(i);
      return [...hits].sort((a, b) => a - b).map((i) => files[i]!.path);
    },
    declarationsNaming(fromFile, pattern) {
      const folder = packageFolderOf(dirname(fromFile));
      const key = `declarations\0${folder}\0${pattern.source}\0${pattern.flags}`;
      let found = answers.get(key);
      if (!found) {
        sources(folder);
        const text = (path: string) => {
          let known = declarationTexts.get(path);
          if (known === undefined) {
            try {
              known = readFileSync(path, 'utf8');
            } catch {
              known = '';
            }
            declarationTexts.set(path, known);
          }
          return known;
        };
        found = (declarationsByFolder.get(folder) ?? []).filter((path) => pattern.test(text(path)));
        answers.set(key, found);
      }
      return found;
    },
    forget() {
      declarationsByFolder.clear();
      declarationTexts.clear();
      indexes.clear();
      answers.clear();
      digests.clear();
      byFolder.clear();
      packageAbove.clear();
    },
  };
  return packageSources;
}

function walk(dir: string, out: Array<{ path: string; text: string }>, runText: (path: string) => string | undefined, declarations: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (out.length >= MAX_PACKAGE_FILES) return;
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // Another package nested below is not this one.
      if (!SKIPPED_FOLDERS.has(entry.name) && !isFile(join(path, 'package.json'))) walk(path, out, runText, declarations);
    } else if (entry.isFile() && DECLARATION.test(entry.name)) {
      declarations.push(path);
    } else if (entry.isFile() && SOURCE.test(entry.name) && !NOT_SOURCE.test(entry.name)) {
      // A file of the run was read when the run opened (a second read was most of a warm --cache run's package searches).
      const text = runText(path);
      if (text !== undefined) {
        out.push({ path, text });
        continue;
      }
      try {
        out.push({ path, text: readFileSync(path, 'utf8') });
      } catch {
        // unreadable: not a source
      }
    }
  }
}

/** Whether `path` is a file; a missing one is told without an error (made with its stack, ~20 µs each). */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

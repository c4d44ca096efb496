// resolveProjectModule: the file a project import names — relative specifiers, and tsconfig `paths`
// aliases (`@/lib/db` → `src/lib/db.ts`) that every Next.js app uses — without the compiler's full
// module resolution (packages are matched by specifier, never followed into node_modules). Each file's
// aliases come from its own tsconfig (see project-loader.ts); a bare import of a package the knowledge
// tables know stays that package even when `paths` maps its name to local sources (an SDK's examples).
// A bare import of another package of the same repository (a workspace package, a `file:` dependency) names
// that package's sources (workspace-packages.ts).
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ts } from 'ts-morph';
import { knowledge, knownPackageNames } from '../knowledge/index.js';
import { makePackageSources, makeWorkspacePackages, packageRoot, type TokenPlace } from './workspace-packages.js';
import { isNodeBuiltin } from './node-builtins.js';
import type { KeptResolutions } from './kept-resolutions.js';
import { escapeRegExp } from './match.js';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export interface ModuleResolver {
  /** Absolute path of the project file `specifier` names from `fromFile`, or undefined for a package. */
  resolve(fromFile: string, specifier: string, scope?: ResolutionScope): string | undefined;
  /**
   * Whether the specifier names a project file (relative, a `paths` alias of `fromFile`'s tsconfig, or a package
   * of the same repository), even one that does not exist. Without `fromFile`, the run's own tsconfig decides.
   */
  isProjectSpecifier(specifier: string, fromFile?: string, scope?: ResolutionScope): boolean;
  /**
   * Files of the package a file belongs to that name `name` in an `implements` or `extends` clause (where the
   * implementations of a type it declares are), read from disk.
   */
  filesImplementing(fromFile: string, name: string): string[];
  /**
   * Files of the package a file belongs to whose text matches a pattern (where values of a type it declares are
   * made, where tools are registered: tool-elements.ts), read from disk.
   */
  filesMatching(fromFile: string, pattern: RegExp, within?: RegExp): string[];
  /** Files of the package a file belongs to that write one of `names` in one of `places` (workspace-packages.ts filesPlacing). */
  filesPlacing(fromFile: string, places: ReadonlyArray<TokenPlace>, names: ReadonlyArray<string>): string[];
  /** Declaration files of the package a file belongs to that declare a global value or type `name` in their text (declared-globals.ts). */
  filesDeclaring(fromFile: string, name: string): string[];
  /** A digest of all filesImplementing, filesMatching and filesPlacing read for a file's package (workspace-packages.ts contentDigest). */
  packageContentDigest(fromFile: string): string;
  /** Forgets what was read from disk: a file created, moved or deleted since (the editor's updates). */
  forget(): void;
}

/**
 * `workspacePackages: false` leaves other packages of the repository out (relative imports and `paths` only): the
 * prefilter does not make every importer of a sibling package's entry a candidate — a package's index forwards
 * all of it, and analysing its importers cost half again as much on a monorepo for nothing found.
 */
export interface ResolutionScope {
  workspacePackages?: boolean;
}

/** The compiler options that apply to a file, and a key naming where they come from (its tsconfig). */
export type OptionsForFile = (file: string) => { options: ts.CompilerOptions; key: string };

interface Alias {
  prefix: string;
  suffix: string;
  exact: boolean;
  targets: string[];
}

interface AliasTable {
  base: string | undefined;
  aliases: Alias[];
  /** `baseUrl` itself (not the folder `paths` alone implies): bare names are looked up under it too. */
  baseUrl: string | undefined;
}

function aliasTable(options: ts.CompilerOptions): AliasTable {
  const base = (options.baseUrl as string | undefined) ?? (options as { pathsBasePath?: string }).pathsBasePath;
  const aliases = Object.entries((options.paths as Record<string, string[]> | undefined) ?? {}).map(([pattern, targets]) => {
    const star = pattern.indexOf('*');
    return { prefix: star < 0 ? pattern : pattern.slice(0, star), suffix: star < 0 ? '' : pattern.slice(star + 1), exact: star < 0, targets };
  });
  return { base, aliases, baseUrl: options.baseUrl as string | undefined };
}

/** `import { x } from 'streaming-agent'` under `baseUrl: "./src"`: `src/streaming-agent` when it is there. */
function underBaseUrl(table: AliasTable, specifier: string, isFile: (path: string) => boolean): string | undefined {
  if (table.baseUrl === undefined || (specifier.startsWith('@') && !specifier.includes('/'))) return undefined;
  return probe(resolve(table.baseUrl, specifier), isFile);
}

function aliasOf(table: AliasTable, specifier: string): Alias | undefined {
  if (table.base === undefined) return undefined;
  return table.aliases.find((a) => (a.exact ? specifier === a.prefix : specifier.startsWith(a.prefix) && specifier.endsWith(a.suffix)));
}

let knownRoots: Set<string> | undefined;

/** `openai`, `openai/resources`, `@anthropic-ai/sdk/…`: a package the knowledge tables describe. */
export function isKnownPackage(specifier: string): boolean {
  knownRoots ??= new Set(knownPackageNames().map(packageRoot));
  return knownRoots.has(packageRoot(specifier));
}

let describedRoots: Set<string> | undefined;

/**
 * A package any knowledge table names (a client, a write, a registration, a listener's contract…): a bare import of
 * it stays that package, never a workspace package of the repository being linted — in an SDK's own monorepo its
 * examples import the package the tables describe, not sources to read as the project's own.
 */
export function isDescribedPackage(specifier: string): boolean {
  if (!describedRoots) {
    const roots = new Set(knownPackageNames().map(packageRoot));
    const add = (module: unknown) => {
      for (const name of [module].flat()) if (typeof name === 'string' && name !== 'global') roots.add(packageRoot(name.replace(/\/\*$/, '')));
    };
    const visit = (value: unknown, depth: number) => {
      if (!value || typeof value !== 'object' || depth > 3) return;
      if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
      if ('module' in value) add((value as { module: unknown }).module);
      for (const inner of Object.values(value)) if (inner && typeof inner === 'object') visit(inner, depth + 1);
    };
    visit(knowledge, 0);
    describedRoots = roots;
  }
  return describedRoots.has(packageRoot(specifier));
}

export function makeModuleResolver(
  rootOptions: ts.CompilerOptions,
  optionsFor?: OptionsForFile,
  /** The texts the run has read already (a package's files are searched by text): the rest are read from disk. */
  runText?: (path: string) => string | undefined,
  /** The digest of a file's text (`--cache` keeps those of files that did not change: prefilter-verdicts.ts). */
  textDigest?: (path: string, text: string) => string,
  /** Relative imports' files kept by `--cache` with the folders they looked in (kept-resolutions.ts). */
  kept?: KeptResolutions,
): ModuleResolver {
  const rootTable = aliasTable(rootOptions);
  const tables = new Map<string, AliasTable>();
  const tableFor = (fromFile: string | undefined): { table: AliasTable; key: string } => {
    if (!fromFile || !optionsFor) return { table: rootTable, key: '' };
    const { options, key } = optionsFor(fromFile);
    let table = tables.get(key);
    if (!table) tables.set(key, (table = aliasTable(options)));
    return { table, key };
  };
  const cache = new Map<string, string | null>();
  const isFile = fileLookup(kept);
  const workspace = makeWorkspacePackages();
  const packageSources = makePackageSources(runText, textDigest);
  /** The file a `paths` alias (its first target that exists) or the `baseUrl` gives a bare specifier. */
  const aliasedFile = (table: AliasTable, specifier: string): string | undefined => {
    const alias = aliasOf(table, specifier);
    if (alias && table.base !== undefined) {
      const middle = alias.exact ? '' : specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length);
      for (const target of alias.targets) {
        const found = probe(resolve(table.base, target.replace('*', middle)), isFile);
        if (found) return found;
      }
    }
    return underBaseUrl(table, specifier, isFile);
  };
  const isProjectSpecifier = (specifier: string, fromFile?: string, scope?: ResolutionScope) => {
    if (specifier.startsWith('.')) return true;
    if (isKnownPackage(specifier)) return false;
    const { table } = tableFor(fromFile);
    // A runtime module (`child_process`, `node:fs`) is a project file only when an alias really leads to one: a catch-all
    // `"*": ["node_modules/*"]` matches every bare name and finds no file for it.
    if (isNodeBuiltin(specifier)) return aliasedFile(table, specifier) !== undefined;
    if (aliasOf(table, specifier) !== undefined || underBaseUrl(table, specifier, isFile) !== undefined) return true;
    if (fromFile === undefined || scope?.workspacePackages === false || isDescribedPackage(specifier)) return false;
    return workspace.packageFolder(fromFile, specifier) !== undefined;
  };
  // Keyed by the importing file's folder inside workspace-packages.ts: two packages may link one name differently.
  const workspaceFile = (fromFile: string, specifier: string) =>
    specifier.startsWith('.') || isDescribedPackage(specifier) ? undefined : workspace.resolve(fromFile, specifier, (path) => probe(path, isFile));
  return {
    isProjectSpecifier,
    resolve(fromFile, specifier, scope) {
      const withWorkspaces = scope?.workspacePackages !== false;
      const { table, key: configKey } = tableFor(fromFile);
      const key = specifier.startsWith('.') ? `${dirname(fromFile)}\0${specifier}` : `${configKey}\0${specifier}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached ?? (withWorkspaces ? workspaceFile(fromFile, specifier) : undefined);
      let found: string | undefined;
      if (specifier.startsWith('.')) {
        found = kept ? kept.resolve(key, () => probe(resolve(dirname(fromFile), specifier), isFile)) : probe(resolve(dirname(fromFile), specifier), isFile);
      } else if (!isKnownPackage(specifier)) {
        found = aliasedFile(table, specifier);
      }
      cache.set(key, found ?? null);
      return found ?? (withWorkspaces ? workspaceFile(fromFile, specifier) : undefined);
    },
    filesImplementing(fromFile, name) {
      const escaped = name.replace(/[$]/g, '\\$');
      return packageSources.filesNaming(fromFile, new RegExp(`\\b(?:implements|extends)\\s[^{;]*(?<![\\w$])${escaped}(?![\\w$])`));
    },
    filesMatching(fromFile, pattern, within) {
      return packageSources.filesNaming(fromFile, pattern, within);
    },
    filesDeclaring(fromFile, name) {
      return packageSources.declarationsNaming(fromFile, new RegExp(`\\b(?:const|let|var|function|interface|type|class)\\s+${escapeRegExp(name)}(?![\\w$])`));
    },
    filesPlacing(fromFile, places, names) {
      return packageSources.filesPlacing(fromFile, places, names);
    },
    packageContentDigest(fromFile) {
      return packageSources.contentDigest(fromFile);
    },
    forget() {
      kept?.forget();
      cache.clear();
      isFile.forget();
      workspace.forget();
      packageSources.forget();
    },
  };
}

/**
 * Whether a path is a file, from one listing per folder: resolving every import of a project probes up to
 * seventeen names each, and a listing answers them all for the price of one read.
 */
function fileLookup(kept?: KeptResolutions): ((path: string) => boolean) & { forget(): void } {
  const listings = new Map<string, Map<string, boolean | undefined> | null>();
  /** Names that are symbolic links (what they lead to can change with no folder changing). */
  const links = new Set<string>();
  const lookup = (path: string): boolean => {
    const dir = dirname(path);
    kept?.lookedIn(dir);
    let listing = listings.get(dir);
    if (listing === undefined) {
      // Looked at before it is listed: a change in between reads as a change to the next run.
      kept?.listing(dir);
      try {
        // A symbolic link is stat'ed only when asked about (undefined until then).
        listing = new Map(readdirSync(dir, { withFileTypes: true }).map((entry) => [entry.name, entry.isSymbolicLink() ? undefined : entry.isFile()]));
      } catch {
        listing = null;
      }
      listings.set(dir, listing);
    }
    if (!listing) return false;
    const name = basename(path);
    if (!listing.has(name)) return false;
    let known = listing.get(name);
    if (known === undefined) {
      try {
        known = statSync(path).isFile();
      } catch {
        known = false;
      }
      listing.set(name, known);
      links.add(path);
    }
    if (kept && links.has(path)) kept.metLink();
    return known;
  };
  return Object.assign(lookup, {
    forget: () => {
      listings.clear();
      links.clear();
    },
  });
}

/** `./x.js` → `./x.ts` as TypeScript resolves it; folders → index files. */
function probe(path: string, isFile: (path: string) => boolean): string | undefined {
  // Names are made only as far as they are tried (most imports are found at the first or second): resolving the
  // imports of every file of a run goes through here, and building all seventeen names each time was most of it.
  if (/\.(c|m)?[jt]sx?$/.test(path) && isFile(path)) return path;
  const stripped = path.replace(/\.(c|m)?js$/, '');
  for (const ext of EXTENSIONS) if (isFile(stripped + ext)) return stripped + ext;
  for (const ext of EXTENSIONS) {
    const index = join(path, `index${ext}`);
    if (isFile(index)) return index;
  }
  return undefined;
}

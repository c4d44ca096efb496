// Finds the files of a run (tsconfig, paths or globs) and the compiler options, without parsing anything.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fastGlob } from './fast-glob.js';
import { ts } from 'ts-morph';
import { ConfigError, findUp } from './config.js';
import { globMatcher } from './glob-match.js';
import type { FolderWalks, ReadDirectory } from './directory-listings.js';
import type { OptionsForFile } from './module-resolution.js';
import { knowledge } from '../knowledge/index.js';

export const SOURCE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];
/**
 * Test code calls mocks and local servers: a missing deadline there is no production risk, and in real
 * repositories it was most of the noise. Skipped unless `includeTests` is set or the file is named outright.
 */
export const TEST_FILES = ['**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/__mocks__/**', '**/*.stories.*', '**/test/**', '**/tests/**'];
/**
 * Test helpers and harnesses the globs above miss: folders named for them, and files whose name has `test` as a word
 * (`bun-test-preload.ts`, `test-helpers.ts`).
 */
export const TEST_SCAFFOLDING = /\/(test-?utils|testing[\w-]*|e2e|__fixtures__|harness|debug-harness)\/|\/([\w.]+[-_.])?tests?([-_.][\w.-]+)?\.[cm]?[jt]sx?$/;
/** Test code by its absolute path: a test file of TEST_FILES or test scaffolding (a mock server's routes are no product's). */
export function isTestCodePath(path: string): boolean {
  return /\.(?:test|spec|stories)\.[cm]?[jt]sx?$|\/(?:__tests__|__mocks__|tests?)\//.test(path) || TEST_SCAFFOLDING.test(path);
}
const ALWAYS_IGNORED = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.next/**', '**/coverage/**', '**/.git/**', '**/*.d.ts', '**/.agentvet/**'];

export interface ProjectFiles {
  files: string[];
  compilerOptions: ts.CompilerOptions;
  tsconfigPath?: string;
  /** Whether a node_modules folder is reachable from the project root (types can be resolved). */
  typesAvailable: boolean;
  /** The options that apply to each file: its nearest tsconfig's, unless `--project` names one for all. */
  optionsFor: OptionsForFile;
  /** What the user should know about how the project was read (a tsconfig's missing `extends` base), one line each. */
  notes: string[];
}

const NON_FATAL_TSCONFIG_ERRORS = new Set([18003, 6053, 5083]);

/**
 * A tsconfig's options and files, with the files of the projects it references (monorepo solution configs).
 * Without `listFiles` (the run's paths name its files) its `include` globs are not walked: the list would go unused.
 */
function readTsconfig(
  path: string,
  notes: string[],
  listFiles: boolean,
  readDirectory: ReadDirectory,
  seen = new Set<string>(),
): { options: ts.CompilerOptions; fileNames: string[] } {
  seen.add(path);
  const read = ts.readConfigFile(path, ts.sys.readFile);
  if (read.error) {
    throw new ConfigError(`${path}: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`);
  }
  const host = { ...ts.sys, readDirectory: listFiles ? readDirectory : () => [] };
  const parsed = ts.parseJsonConfigFileContent(read.config, host, dirname(path), undefined, path);
  // 18003: no inputs found — reported as "no files" later. 6053/5083: an `extends` base that is not there — a shared
  // config package not installed, or one a framework generates (`.nuxt/`, `.svelte-kit/`): the file's own options apply.
  const fatal = parsed.errors.find((e) => !NON_FATAL_TSCONFIG_ERRORS.has(e.code));
  if (fatal) throw new ConfigError(`${path}: ${ts.flattenDiagnosticMessageText(fatal.messageText, '\n')}`);
  const generated = withGeneratedAliases(path, read.config, parsed.options);
  for (const missing of parsed.errors.filter((e) => e.code === 6053 || e.code === 5083)) {
    const assumed = generated.framework ? ` and ${generated.framework}'s aliases ${generated.patterns.join(', ')} (${generated.framework} writes them into the missing base)` : '';
    notes.push(`${path}: its \`extends\` base is missing (${ts.flattenDiagnosticMessageText(missing.messageText, ' ')}); linted with the options written in this file${assumed}`);
  }
  const fileNames = parsed.fileNames.map((f) => resolve(f));
  for (const reference of parsed.projectReferences ?? []) {
    const target = existsSync(reference.path) && statSync(reference.path).isDirectory() ? join(reference.path, 'tsconfig.json') : reference.path;
    if (seen.has(target) || !existsSync(target)) continue;
    fileNames.push(...readTsconfig(target, notes, listFiles, readDirectory, seen).fileNames);
  }
  return { options: generated.options, fileNames };
}

/**
 * A tsconfig extending the one a framework generates at build time (`./.nitro/types/tsconfig.json`, `./.nuxt/tsconfig.json`),
 * which the repository does not hold: the import aliases the framework writes there (knowledge `generatedTsconfigAliases`:
 * `~/*` and `@/*` to its source folder, `~~/*` and `@@/*` to its root) are added under the file's own `paths`, which win.
 * Only when the base is missing and the folder holding the build folder holds the framework's config file.
 */
function withGeneratedAliases(
  path: string,
  config: { extends?: unknown } | undefined,
  options: ts.CompilerOptions,
): { options: ts.CompilerOptions; framework?: string; patterns: string[] } {
  const bases = [config?.extends].flat().filter((base): base is string => typeof base === 'string' && base.startsWith('.'));
  for (const base of bases) {
    const full = resolve(dirname(path), base);
    if (existsSync(full)) continue;
    const segments = full.split(/[\\/]/);
    for (const framework of knowledge.generatedTsconfigAliases) {
      const at = segments.indexOf(framework.buildFolder);
      if (at <= 0) continue;
      const root = segments.slice(0, at).join('/');
      const configFile = framework.configFiles.map((name) => join(root, name)).find((file) => existsSync(file));
      if (!configFile) continue;
      const src = sourceFolder(root, configFile, framework.srcDirDefaults);
      const own = (options.paths ?? {}) as Record<string, string[]>;
      const added = framework.aliases.filter((alias) => !(alias.pattern in own));
      const paths = Object.fromEntries(added.map((alias) => [alias.pattern, [join(alias.folder === 'src' ? src : root, '*')]]));
      const pathsBasePath = (options as { pathsBasePath?: string }).pathsBasePath ?? dirname(path);
      return { options: { ...options, paths: { ...paths, ...own }, pathsBasePath }, framework: framework.framework, patterns: added.map((a) => a.pattern) };
    }
  }
  return { options, patterns: [] };
}

/** The framework's source folder: its config's `srcDir` written as a literal, else the first default folder with files, else the root. */
function sourceFolder(root: string, configFile: string, defaults: string[]): string {
  const written = /\bsrcDir\s*:\s*(['"`])([^'"`$]+)\1/.exec(readFileSync(configFile, 'utf8'))?.[2];
  if (written) return resolve(root, written);
  const folder = defaults.map((name) => join(root, name)).find((dir) => existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0);
  return folder ?? root;
}

/**
 * Files of the run: the paths given (files, folders or globs), else the tsconfig's files, else every source file
 * under cwd. The tsconfig (from --project, or found upward from the first path or cwd) only supplies compiler options
 * when paths are given.
 */
export function loadProjectFiles(
  cwd: string,
  options: {
    project?: string;
    paths?: string[];
    ignores?: string[];
    ignoreBase?: string;
    includeTests?: boolean;
    /**
     * How a tsconfig's `include` is walked, and which files a walk listed by their real paths: TypeScript's own walk unless
     * given (`--cache` keeps walks, directory-listings.ts).
     */
    folderWalks?: FolderWalks;
  },
): ProjectFiles {
  const readDirectory = options.folderWalks?.readDirectory ?? ts.sys.readDirectory;
  let tsconfigPath: string | undefined;
  if (options.project) {
    tsconfigPath = resolve(cwd, options.project);
    if (existsSync(tsconfigPath) && statSync(tsconfigPath).isDirectory()) tsconfigPath = join(tsconfigPath, 'tsconfig.json');
    if (!existsSync(tsconfigPath)) throw new ConfigError(`--project ${options.project}: no such file`);
  }
  const paths = options.paths?.filter((p) => p.length > 0) ?? [];
  const firstPath = paths[0] ? resolve(cwd, paths[0]) : cwd;
  const searchFrom = existsSync(firstPath) && statSync(firstPath).isFile() ? dirname(firstPath) : firstPath;
  tsconfigPath ??= findUp(existsSync(searchFrom) ? searchFrom : cwd, 'tsconfig.json');

  let files: string[];
  let compilerOptions: ts.CompilerOptions = { allowJs: true, checkJs: false, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext };
  const notes: string[] = [];
  const tsconfig = tsconfigPath ? readTsconfig(tsconfigPath, notes, paths.length === 0, readDirectory) : undefined;
  if (tsconfig) compilerOptions = { ...tsconfig.options, allowJs: true, noEmit: true };

  if (paths.length > 0) {
    files = expandPaths(cwd, paths);
  } else if (tsconfig && (options.project || isWithin(cwd, dirname(tsconfigPath!)))) {
    files = tsconfig.fileNames.filter((f) => !f.endsWith('.d.ts') && !f.includes('/node_modules/'));
  } else {
    files = sourceFilesUnder(cwd);
  }

  if (!options.includeTests) {
    const named = new Set(paths.map((p) => resolve(cwd, p)));
    // Matched below the folder the run starts from (`lint test/` lints what is in test/; a repository
    // checked out under a folder named `tests` is not all tests).
    const roots = [...named].filter((p) => existsSync(p) && statSync(p).isDirectory()).sort((a, b) => b.length - a.length);
    const rootOf = (file: string) => roots.find((root) => isWithin(file, root)) ?? cwd;
    const isTest = globMatcher(TEST_FILES);
    files = files.filter((file) => named.has(file) || !isTest(relativeTo(rootOf(file), file)));
  }
  if (options.ignores?.length) {
    const base = options.ignoreBase ?? cwd;
    const isIgnored = globMatcher(options.ignores);
    files = files.filter((file) => !isIgnored(relativeTo(base, file)));
  }
  files = oncePerRealPath(files, options.folderWalks?.listedByRealPath()).sort();
  const root = tsconfigPath ? dirname(tsconfigPath) : searchFrom;
  const optionsFor = options.project ? () => ({ options: compilerOptions, key: tsconfigPath! }) : nearestTsconfigOptions(compilerOptions, readDirectory);
  return { files, compilerOptions, tsconfigPath, typesAvailable: findUp(root, 'node_modules') !== undefined, optionsFor, notes };
}

/**
 * Each file's own compiler options, as typescript-eslint's project service and the TypeScript language
 * service find them: the nearest tsconfig.json (or jsconfig.json) above the file; when that is a solution
 * config (`files: []` with `references`), the referenced project that includes the file. Linting a
 * monorepo root or a folder of several projects then uses each package's own `paths`. Memoised per
 * folder and per tsconfig; a tsconfig that cannot be read is passed over for the run's options.
 */
function nearestTsconfigOptions(fallback: ts.CompilerOptions, readDirectory: ReadDirectory): OptionsForFile {
  const nearestByDir = new Map<string, string | null>();
  const optionsOnly = new Map<string, { options: ts.CompilerOptions; references: string[] } | null>();
  const filesOf = new Map<string, Set<string>>();
  const nearest = (dir: string): string | undefined => {
    const known = nearestByDir.get(dir);
    if (known !== undefined) return known ?? undefined;
    const own = ['tsconfig.json', 'jsconfig.json'].map((name) => join(dir, name)).find((path) => existsSync(path));
    const parent = dirname(dir);
    const found = own ?? (parent === dir ? undefined : nearest(parent));
    nearestByDir.set(dir, found ?? null);
    return found;
  };
  const readOptions = (path: string) => {
    if (!optionsOnly.has(path)) {
      try {
        optionsOnly.set(path, readTsconfigOptions(path));
      } catch {
        optionsOnly.set(path, null);
      }
    }
    return optionsOnly.get(path) ?? undefined;
  };
  const includes = (path: string, file: string) => {
    let names = filesOf.get(path);
    if (!names) {
      try {
        const read = ts.readConfigFile(path, ts.sys.readFile);
        const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, { ...ts.sys, readDirectory }, dirname(path), undefined, path);
        names = new Set(parsed.fileNames.map((f) => resolve(f)));
      } catch {
        names = new Set();
      }
      filesOf.set(path, names);
    }
    return names.has(file);
  };
  return (file) => {
    const path = nearest(dirname(file));
    const config = path ? readOptions(path) : undefined;
    if (!path || !config) return { options: fallback, key: '' };
    if (config.references.length > 0 && !includes(path, file)) {
      for (const reference of config.references) {
        const referenced = readOptions(reference);
        if (referenced && includes(reference, file)) return { options: referenced.options, key: reference };
      }
    }
    return { options: config.options, key: path };
  };
}

/** A tsconfig's options and the tsconfigs it references, without listing its files. */
function readTsconfigOptions(path: string): { options: ts.CompilerOptions; references: string[] } {
  const read = ts.readConfigFile(path, ts.sys.readFile);
  if (read.error) throw new ConfigError(`${path}: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`);
  const host: ts.ParseConfigHost = { ...ts.sys, readDirectory: () => [] };
  const parsed = ts.parseJsonConfigFileContent(read.config, host, dirname(path), undefined, path);
  const { options } = withGeneratedAliases(path, read.config, parsed.options);
  const references = (parsed.projectReferences ?? []).map((reference) =>
    existsSync(reference.path) && statSync(reference.path).isDirectory() ? join(reference.path, 'tsconfig.json') : reference.path,
  );
  return { options: { ...options, allowJs: true, noEmit: true }, references: references.filter((r) => existsSync(r)) };
}

function isWithin(child: string, parent: string): boolean {
  const rel = relativeTo(parent, child);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

function relativeTo(base: string, file: string): string {
  return relative(base, file).split('\\').join('/');
}

function expandPaths(cwd: string, paths: string[]): string[] {
  const out: string[] = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        out.push(...sourceFilesUnder(absolute));
      } else {
        out.push(absolute);
      }
      continue;
    }
    if (fastGlob().isDynamicPattern(given)) {
      // Symbolic links are not followed through a glob's `**` (a link back up would never end).
      const matched = fastGlob().sync(given, { cwd, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false });
      if (matched.length === 0) throw new ConfigError(`${given}: no files match this pattern`);
      out.push(...matched.filter((f) => SOURCE_EXTENSIONS.some((ext) => f.endsWith(`.${ext}`))));
      continue;
    }
    throw new ConfigError(`${given}: no such file or directory`);
  }
  return out;
}

/** Folder names never walked into (ALWAYS_IGNORED's folders; names starting with a dot are skipped too). */
const IGNORED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'coverage']);
const SOURCE_FILE = new RegExp(`\\.(?:${SOURCE_EXTENSIONS.join('|')})$`);

/**
 * The source files under a folder, following symbolic links — each folder walked once, by its real path, so a
 * link back up (`src/sub/up -> ..`) neither loops nor lists a file twice. Files under a linked folder are
 * listed by their real path.
 */
function sourceFilesUnder(root: string): string[] {
  const out: string[] = [];
  const walked = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch {
      return;
    }
    if (walked.has(real)) return;
    walked.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      let path = join(dir, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          path = realpathSync.native(path);
          const stat = statSync(path);
          isFolder = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue;
        }
      }
      if (isFolder && !IGNORED_FOLDERS.has(entry.name)) walk(path);
      else if (isFile && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(root);
  return out;
}

/**
 * Each file once: a file listed under two paths (through a symbolic link) is kept by its real path. A file that is
 * no link itself is its folder's real path and its name: each folder is resolved and listed once (a 2,000-file project
 * has a few hundred folders), and only files that are links, or not in their folder's listing as named, are resolved
 * one by one. A file a folder walk listed without meeting a link (`listedByRealPath`) is its own real path.
 */
function oncePerRealPath(files: ReadonlyArray<string>, listedByRealPath: ReadonlySet<string> = new Set()): string[] {
  const folders = new Map<string, { real: string; plain: Set<string> } | null>();
  const realPathOf = (file: string): string => {
    if (listedByRealPath.has(file)) return file;
    const folder = dirname(file);
    let known = folders.get(folder);
    if (known === undefined) {
      try {
        const plain = new Set<string>();
        for (const entry of readdirSync(folder, { withFileTypes: true })) if (!entry.isSymbolicLink()) plain.add(entry.name);
        known = { real: realpathSync.native(folder), plain };
      } catch {
        known = null;
      }
      folders.set(folder, known);
    }
    const name = basename(file);
    if (known?.plain.has(name)) return join(known.real, name);
    try {
      return realpathSync.native(file);
    } catch {
      // a file that cannot be resolved keeps its own path
      return file;
    }
  };
  const byReal = new Map<string, string[]>();
  for (const file of files) {
    const real = realPathOf(file);
    const paths = byReal.get(real);
    if (paths) {
      if (!paths.includes(file)) paths.push(file);
    } else byReal.set(real, [file]);
  }
  return [...byReal].map(([real, paths]) => (paths.length > 1 ? real : paths[0]!));
}

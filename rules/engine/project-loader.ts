// Finds the files of a run (tsconfig, paths or globs) and the compiler options, without parsing anything.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { ts } from 'ts-morph';
import { ConfigError, findUp } from './config.js';

export const SOURCE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];
const SOURCE_GLOB = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;
/**
 * Test code calls mocks and local servers: a missing deadline there is no production risk, and in real
 * repositories it was most of the noise. Skipped unless `includeTests` is set or the file is named outright.
 */
export const TEST_FILES = ['**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/__mocks__/**', '**/*.stories.*'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.next/**', '**/coverage/**', '**/.git/**', '**/*.d.ts', '**/.agentvet/**'];

export interface ProjectFiles {
  files: string[];
  compilerOptions: ts.CompilerOptions;
  tsconfigPath?: string;
  /** Whether a node_modules folder is reachable from the project root (types can be resolved). */
  typesAvailable: boolean;
}

const NON_FATAL_TSCONFIG_ERRORS = new Set([18003, 6053, 5083]);

/** A tsconfig's options and files, with the files of the projects it references (monorepo solution configs). */
function readTsconfig(path: string, seen = new Set<string>()): { options: ts.CompilerOptions; fileNames: string[] } {
  seen.add(path);
  const read = ts.readConfigFile(path, ts.sys.readFile);
  if (read.error) {
    throw new ConfigError(`${path}: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`);
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(path), undefined, path);
  // 18003: no inputs found — reported as "no files" later. 6053/5083: an `extends` base that is not there — a shared
  // config package not installed, or one a framework generates (`.nuxt/`, `.svelte-kit/`): the file's own options apply.
  const fatal = parsed.errors.find((e) => !NON_FATAL_TSCONFIG_ERRORS.has(e.code));
  if (fatal) throw new ConfigError(`${path}: ${ts.flattenDiagnosticMessageText(fatal.messageText, '\n')}`);
  const fileNames = parsed.fileNames.map((f) => resolve(f));
  for (const reference of parsed.projectReferences ?? []) {
    const target = existsSync(reference.path) && statSync(reference.path).isDirectory() ? join(reference.path, 'tsconfig.json') : reference.path;
    if (seen.has(target) || !existsSync(target)) continue;
    fileNames.push(...readTsconfig(target, seen).fileNames);
  }
  return { options: parsed.options, fileNames };
}

/**
 * Files of the run: the paths given (files, folders or globs), else the tsconfig's files, else every source file
 * under cwd. The tsconfig (from --project, or found upward from the first path or cwd) only supplies compiler options
 * when paths are given.
 */
export function loadProjectFiles(
  cwd: string,
  options: { project?: string; paths?: string[]; ignores?: string[]; ignoreBase?: string; includeTests?: boolean },
): ProjectFiles {
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
  const tsconfig = tsconfigPath ? readTsconfig(tsconfigPath) : undefined;
  if (tsconfig) compilerOptions = { ...tsconfig.options, allowJs: true, noEmit: true };

  if (paths.length > 0) {
    files = expandPaths(cwd, paths);
  } else if (tsconfig && (options.project || isWithin(cwd, dirname(tsconfigPath!)))) {
    files = tsconfig.fileNames.filter((f) => !f.endsWith('.d.ts') && !f.includes('/node_modules/'));
  } else {
    files = fg.sync(SOURCE_GLOB, { cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
  }

  if (!options.includeTests) {
    const named = new Set(paths.map((p) => resolve(cwd, p)));
    const isTest = picomatch(TEST_FILES, { dot: true });
    files = files.filter((file) => named.has(file) || !isTest(file));
  }
  if (options.ignores?.length) {
    const base = options.ignoreBase ?? cwd;
    const isIgnored = picomatch(options.ignores, { dot: true });
    files = files.filter((file) => !isIgnored(relativeTo(base, file)));
  }
  files = [...new Set(files)].sort();
  const root = tsconfigPath ? dirname(tsconfigPath) : searchFrom;
  return { files, compilerOptions, tsconfigPath, typesAvailable: findUp(root, 'node_modules') !== undefined };
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
        out.push(...fg.sync(SOURCE_GLOB, { cwd: absolute, absolute: true, ignore: ALWAYS_IGNORED }));
      } else {
        out.push(absolute);
      }
      continue;
    }
    if (fg.isDynamicPattern(given)) {
      const matched = fg.sync(given, { cwd, absolute: true, ignore: ALWAYS_IGNORED });
      if (matched.length === 0) throw new ConfigError(`${given}: no files match this pattern`);
      out.push(...matched.filter((f) => SOURCE_EXTENSIONS.some((ext) => f.endsWith(`.${ext}`))));
      continue;
    }
    throw new ConfigError(`${given}: no such file or directory`);
  }
  return out;
}

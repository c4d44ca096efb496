// The files of a run and what their text alone says, for the questions that span the project: who
// imports a file (call sites of its functions), which files mention a word (tools annotated
// `idempotentHint`). Answered from every file of the run, candidate or not — never from the files one thread
// happens to have parsed, nor from the ones the prefilter kept — so a file's findings are the same on one
// thread or several, whether it was named or reached through a folder, and the same question asked by a warm
// `--cache` run gets the same answer unless a file changed. Indexes are built on first use, once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ModuleResolver } from './module-resolution.js';
import type { TokenPlace } from './workspace-packages.js';
import { dependencyRangeAbove, ownRouteFilePath, packageNameAbove } from './project-places.js';
import { escapeRegExp } from './match.js';
import { importSpecifiersIn } from './prefilter.js';

export const digestOf = (parts: ReadonlyArray<string>) => createHash('sha1').update(parts.join('\0')).digest('base64url');

export class RunFiles {
  private importers: Map<string, string[]> | undefined;
  private readonly mentions = new Map<string, string[]>();
  private readonly outside = new Map<string, string | undefined>();
  private readonly targets = new Map<string, string[]>();
  private readonly packageNames = new Map<string, string | null>();
  private readonly dependencyRanges = new Map<string, string | null>();
  private readonly routes = new Map<string, string | undefined>();

  constructor(
    /** The files the run analyses: the prefilter's candidates, sorted. */
    readonly files: string[],
    /**
     * The text of every file of the run, candidate or not: the files project-wide questions are answered from (a
     * wrapper's caller need not mention an agent package; it is parsed only when its text names what is searched).
     */
    private readonly texts: Map<string, string>,
    private readonly modules: ModuleResolver,
    /** The specifiers a file's text imports (kept by `--cache` for files that did not change: prefilter-verdicts.ts). */
    private readonly specifiersOf: (file: string, text: string) => string[] = (_file, text) => importSpecifiersIn(text),
  ) {}

  /** An editor buffer replaces a file's text (and may make it a candidate or not): the indexes are rebuilt on next use. */
  update(path: string, text: string, candidate: boolean): void {
    const at = this.files.indexOf(path);
    if (candidate && at < 0) {
      this.files.push(path);
      this.files.sort();
    } else if (!candidate && at >= 0) this.files.splice(at, 1);
    if (!this.texts.has(path)) this.searched = undefined;
    this.texts.set(path, text);
    this.outside.delete(path);
    this.targets.delete(path);
    this.importers = undefined;
    this.mentions.clear();
    this.fileSet = undefined;
  }

  /** Forgets what was read from the file system besides source texts (a package.json or route file changed). */
  placesChanged(): void {
    this.packageNames.clear();
    this.dependencyRanges.clear();
    this.routes.clear();
  }

  /** The name in the nearest package.json at or above `folder`, read once per run. */
  packageNameAbove(folder: string): string | undefined {
    return packageNameAbove(folder, this.packageNames);
  }

  /** The version range the nearest package.json listing `module` declares, read once per run. */
  dependencyRangeAbove(folder: string, module: string): string | undefined {
    return dependencyRangeAbove(folder, module, this.dependencyRanges);
  }

  /** The Next.js route file a same-origin `/api/…` path names, searched from `folder` up, once per run. */
  ownRouteFilePath(folder: string, route: string): string | undefined {
    const key = `${folder}\0${route}`;
    if (!this.routes.has(key)) this.routes.set(key, ownRouteFilePath(folder, route));
    return this.routes.get(key);
  }

  /** A file's text: the run's copy, or read from disk once for a file outside the run (a helper it imports). */
  text(path: string): string | undefined {
    const own = this.texts.get(path);
    if (own !== undefined) return own;
    if (!this.outside.has(path)) {
      let text: string | undefined;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = undefined;
      }
      this.outside.set(path, text);
    }
    return this.outside.get(path);
  }

  /** The project files a file imports (static, `export … from`, `require`, `import()`), resolved. */
  importTargets(file: string): string[] {
    let targets = this.targets.get(file);
    if (targets) return targets;
    targets = [];
    const text = this.text(file);
    for (const specifier of text === undefined ? [] : this.specifiersOf(file, text)) {
      if (!this.modules.isProjectSpecifier(specifier, file)) continue;
      const target = this.modules.resolve(file, specifier);
      if (target && target !== file && !targets.includes(target)) targets.push(target);
    }
    this.targets.set(file, targets);
    return targets;
  }

  private searched: string[] | undefined;

  /** Every file of the run, sorted: where project-wide questions are answered from. */
  private searchedFiles(): string[] {
    this.searched ??= [...this.texts.keys()].sort();
    return this.searched;
  }

  /** Files of the run that import `path`, sorted. */
  importersOf(path: string): string[] {
    if (!this.importers) {
      const index = new Map<string, string[]>();
      for (const file of this.searchedFiles()) {
        for (const target of this.importTargets(file)) {
          const list = index.get(target);
          if (list) list.push(file);
          else index.set(target, [file]);
        }
      }
      this.importers = index;
    }
    return this.importers.get(path) ?? [];
  }

  private fileSet: Set<string> | undefined;

  /** Whether a file is one of the run's (a prefilter candidate). */
  hasFile(path: string): boolean {
    this.fileSet ??= new Set(this.files);
    return this.fileSet.has(path);
  }

  /** Files of the run whose text contains `word` as a whole word, sorted. */
  filesMentioning(word: string): string[] {
    let found = this.mentions.get(word);
    if (!found) {
      const pattern = new RegExp(`(?<![\\w$])${escapeRegExp(word)}(?![\\w$])`);
      found = this.searchedFiles().filter((file) => {
        const text = this.texts.get(file);
        return text !== undefined && text.includes(word) && pattern.test(text);
      });
      this.mentions.set(word, found);
    }
    return found;
  }

  /**
   * What a project-wide answer is a function of, as a digest, for the questions where that is cheaper to know than the
   * answer: a search of a package's texts (`matching`, `implements`) is one of the package's sources and their texts.
   * An answer kept with an equal context is the answer now (a warm `--cache` run then does not search again).
   * Undefined for the other questions.
   */
  answerContext(query: string): string | undefined {
    const colon = query.indexOf(':');
    const kind = query.slice(0, colon);
    if (kind !== 'matching' && kind !== 'matching-both' && kind !== 'placing' && kind !== 'implements') return undefined;
    const from = query.slice(colon + 1).split('\0')[0]!;
    return `${kind}:${this.modules.packageContentDigest(from)}`;
  }

  /**
   * The digest of a project-wide answer, by the key it was recorded under (dependencies.ts): a warm run
   * compares it with the one the cached findings were computed from.
   */
  answer(query: string): string {
    const colon = query.indexOf(':');
    const kind = query.slice(0, colon);
    const subject = query.slice(colon + 1);
    if (kind === 'importers') return digestOf(this.importersOf(subject));
    if (kind === 'mentions') return digestOf(this.filesMentioning(subject));
    if (kind === 'resolve') {
      const [from, specifier] = subject.split('\0') as [string, string];
      return digestOf([this.modules.isProjectSpecifier(specifier, from) ? (this.modules.resolve(from, specifier) ?? '') : 'package']);
    }
    if (kind === 'package-name') return digestOf([this.packageNameAbove(subject) ?? '']);
    if (kind === 'dependency') {
      const [folder, module] = subject.split('\0') as [string, string];
      return digestOf([this.dependencyRangeAbove(folder, module) ?? '']);
    }
    if (kind === 'implements') {
      const [from, name] = subject.split('\0') as [string, string];
      return digestOf(this.modules.filesImplementing(from, name));
    }
    if (kind === 'declares') {
      const [from, name] = subject.split('\0') as [string, string];
      return digestOf(this.modules.filesDeclaring(from, name));
    }
    if (kind === 'run-file') return digestOf([String(this.hasFile(subject))]);
    if (kind === 'matching') {
      const [from, source] = subject.split('\0') as [string, string];
      return digestOf(this.modules.filesMatching(from, new RegExp(source)));
    }
    if (kind === 'matching-both') {
      const [from, within, withinFlags, source, flags] = subject.split('\0') as [string, string, string, string, string];
      return digestOf(this.modules.filesMatching(from, new RegExp(source, flags), new RegExp(within, withinFlags)));
    }
    if (kind === 'placing') {
      const [from, places, names] = subject.split('\0') as [string, string, string];
      return digestOf(this.modules.filesPlacing(from, places.split(',') as TokenPlace[], names.split(',')));
    }
    if (kind === 'route') {
      const [folder, route] = subject.split('\0') as [string, string];
      return digestOf([this.ownRouteFilePath(folder, route) ?? '']);
    }
    // A question this version does not know: the cached result cannot be trusted.
    return `unknown:${query}`;
  }
}

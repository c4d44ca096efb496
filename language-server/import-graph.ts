// Which open documents an edit can affect: those connected to the edited file through relative imports
// (a caller's findings depend on its callees; a handler defined in one file and registered in another
// depends on both). Read from import specifiers in the text, so it costs no parse and no type checker.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const RELATIVE_IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** As deep as the engine follows helpers; files further away cannot change a finding. */
const MAX_DEPTH = 6;

export class ImportGraph {
  private readonly importsOf = new Map<string, { text: string; imports: string[] }>();
  private readonly diskTexts = new Map<string, string>();

  /** `textOf` gives an open buffer's text, or undefined to read the file from disk. */
  constructor(private readonly textOf: (path: string) => string | undefined) {}

  /** The disk text of `path` changed (or the buffer closed): forget what was read. */
  forget(path: string): void {
    this.importsOf.delete(path);
    this.diskTexts.delete(path);
  }

  /** The open files an edit of `edited` can affect (not `edited` itself). */
  affected(edited: string, open: readonly string[]): string[] {
    const reachedFromEdited = this.closure(edited);
    return open.filter((path) => path !== edited && (reachedFromEdited.has(path) || this.closure(path).has(edited)));
  }

  private closure(start: string): Set<string> {
    const seen = new Set<string>([start]);
    let frontier = [start];
    for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const file of frontier) {
        for (const imported of this.imports(file)) {
          if (seen.has(imported)) continue;
          seen.add(imported);
          next.push(imported);
        }
      }
      frontier = next;
    }
    return seen;
  }

  private imports(path: string): string[] {
    const text = this.textOf(path) ?? this.diskText(path);
    const cached = this.importsOf.get(path);
    if (cached && cached.text === text) return cached.imports;
    const imports: string[] = [];
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      const target = resolveImport(path, match[1]!);
      if (target) imports.push(target);
    }
    this.importsOf.set(path, { text, imports });
    return imports;
  }

  private diskText(path: string): string {
    let text = this.diskTexts.get(path);
    if (text === undefined) {
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = '';
      }
      this.diskTexts.set(path, text);
    }
    return text;
  }
}


/** `./api.js` → `./api.ts` as TypeScript resolves it under NodeNext; folders → their index file. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const stripped = base.replace(/\.(c|m)?[jt]sx?$/, '');
  const candidates = [base, ...EXTENSIONS.map((ext) => `${stripped}${ext}`), ...EXTENSIONS.map((ext) => `${base}/index${ext}`)];
  return candidates.find((candidate) => /\.(c|m)?[jt]sx?$/.test(candidate) && existsSync(candidate));
}

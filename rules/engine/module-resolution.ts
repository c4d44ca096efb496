// resolveProjectModule: the file a project import names — relative specifiers, and tsconfig `paths`
// aliases (`@/lib/db` → `src/lib/db.ts`) that every Next.js app uses — without the compiler's full
// module resolution (packages are matched by specifier, never followed into node_modules).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ts } from 'ts-morph';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export interface ModuleResolver {
  /** Absolute path of the project file `specifier` names from `fromFile`, or undefined for a package. */
  resolve(fromFile: string, specifier: string): string | undefined;
  /** Whether the specifier names a project file (relative or a `paths` alias), even one that does not exist. */
  isProjectSpecifier(specifier: string): boolean;
}

export function makeModuleResolver(options: ts.CompilerOptions): ModuleResolver {
  const base = (options.baseUrl as string | undefined) ?? (options as { pathsBasePath?: string }).pathsBasePath;
  const aliases = Object.entries((options.paths as Record<string, string[]> | undefined) ?? {}).map(([pattern, targets]) => {
    const star = pattern.indexOf('*');
    return { prefix: star < 0 ? pattern : pattern.slice(0, star), suffix: star < 0 ? '' : pattern.slice(star + 1), exact: star < 0, targets };
  });
  const cache = new Map<string, string | null>();
  const aliasOf = (specifier: string) =>
    aliases.find((a) => (a.exact ? specifier === a.prefix : specifier.startsWith(a.prefix) && specifier.endsWith(a.suffix)));
  return {
    isProjectSpecifier: (specifier) => specifier.startsWith('.') || (base !== undefined && aliasOf(specifier) !== undefined),
    resolve(fromFile, specifier) {
      const key = specifier.startsWith('.') ? `${dirname(fromFile)}\0${specifier}` : specifier;
      const cached = cache.get(key);
      if (cached !== undefined) return cached ?? undefined;
      let found: string | undefined;
      if (specifier.startsWith('.')) {
        found = probe(resolve(dirname(fromFile), specifier));
      } else if (base !== undefined) {
        const alias = aliasOf(specifier);
        if (alias) {
          const middle = alias.exact ? '' : specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length);
          for (const target of alias.targets) {
            found = probe(resolve(base, target.replace('*', middle)));
            if (found) break;
          }
        }
      }
      cache.set(key, found ?? null);
      return found;
    },
  };
}

/** `./x.js` → `./x.ts` as TypeScript resolves it; folders → index files. */
function probe(path: string): string | undefined {
  const stripped = path.replace(/\.(c|m)?js$/, '');
  const candidates = [path, ...EXTENSIONS.map((ext) => `${stripped}${ext}`), ...EXTENSIONS.map((ext) => join(path, `index${ext}`))];
  return candidates.find((candidate) => /\.(c|m)?[jt]sx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile());
}

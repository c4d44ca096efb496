// What the file system says about a project besides its source texts: the name in the nearest package.json
// above a folder (a package's own sources are that package, own-package.ts) and the Next.js route file a
// same-origin request names (model-calls.ts). Both are cross-file facts a finding depends on: ProjectModel
// records each lookup (dependencies.ts) and `--cache` asks the same question again on a warm run, so these
// functions are the one definition both use.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A file's text, or undefined when there is none (or it cannot be read). Looked for before it is read: most folders a
 * package.json or a pnpm-workspace.yaml is looked for in have none, and a read that fails makes an error with its stack
 * (~20 µs, against ~3 µs for the look; some 700 reads in folders without one opened vercel/ai's packages).
 */
export function textIfPresent(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The package.json in `dir` as an object, or undefined when there is none or it is not a JSON object. */
export function packageJsonIn(dir: string): Record<string, unknown> | undefined {
  const text = textIfPresent(join(dir, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The `name` of the nearest package.json at or above `folder` that has one. */
export function packageNameAbove(folder: string, known: Map<string, string | null> = new Map()): string | undefined {
  const seen: string[] = [];
  let name: string | null | undefined;
  for (let dir = folder; ; dir = dirname(dir)) {
    name = known.get(dir);
    if (name !== undefined) break;
    seen.push(dir);
    // No package.json here (or not JSON, or no name): look further up.
    const own = packageJsonIn(dir)?.name;
    if (typeof own === 'string') {
      name = own;
      break;
    }
    if (dirname(dir) === dir) {
      name = null;
      break;
    }
  }
  for (const dir of seen) known.set(dir, name ?? null);
  return name ?? undefined;
}

/**
 * The version range the nearest package.json at or above `folder` that lists `module` (in dependencies, dev or peer
 * dependencies) declares for it: which major of a package the code is written against.
 */
export function dependencyRangeAbove(folder: string, module: string, known: Map<string, string | null> = new Map()): string | undefined {
  const key = `${folder}\0${module}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let range: string | null = null;
  for (let dir = folder; ; dir = dirname(dir)) {
    // No package.json here (or not JSON): look further up.
    const parsed = packageJsonIn(dir);
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
      const listed = (parsed?.[field] as Record<string, unknown> | undefined)?.[module];
      if (typeof listed === 'string') {
        range = listed;
        break;
      }
    }
    if (range !== null || dirname(dir) === dir) break;
  }
  known.set(key, range);
  return range ?? undefined;
}

/** The major version a range starts from (`^3.0.3` → 3, `~5.5` → 5, `>=4` → 4); undefined for a tag, a URL or `*`. */
export function majorOfRange(range: string): number | undefined {
  const match = /^\s*(?:workspace:)?[\^~>=v\s]*(\d+)(?:\.|\s|$)/.exec(range);
  return match ? Number(match[1]) : undefined;
}

const ROUTE_FILES = ['route.ts', 'route.js', 'route.tsx', 'route.mjs'];
const PAGE_FILES = ['.ts', '.js', '/index.ts', '/index.js'];
/** Folders of a project above a file in which its app's routes are looked for. */
const MAX_UP = 8;

/**
 * The Next.js route handler a same-origin path (`/api/agent`) names: `app/api/agent/route.ts` (or under
 * `src/`), or `pages/api/agent.ts`, in the nearest folder at or above `folder` that has one.
 */
export function ownRouteFilePath(folder: string, route: string): string | undefined {
  let dir = folder;
  for (let up = 0; up < MAX_UP; up++) {
    const candidates = [
      ...['app', 'src/app'].flatMap((root) => ROUTE_FILES.map((name) => join(dir, root, route, name))),
      ...['pages', 'src/pages'].flatMap((root) => PAGE_FILES.map((suffix) => join(dir, root, `${route}${suffix}`))),
    ];
    const found = candidates.find((candidate) => existsSync(candidate));
    if (found) return found;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

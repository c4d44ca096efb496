// The running agentvet's name, version and homepage, read from its package.json — found by walking up
// from this module, which sits at cli/ in the sources and at dist/cli/ once built. Every command's start reads it
// (program.ts), so its fields are checked by hand: zod, an ES module of ~0.8 MB, took ~25 ms of each start to load.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** agentvet's version and homepage from a package.json's parsed text, if it is agentvet's (its name) and they are strings. */
function agentvetFields(json: unknown): { version: string; homepage?: string } | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const { name, version, homepage } = json as Record<string, unknown>;
  if (name !== 'agentvet' || typeof version !== 'string' || (homepage !== undefined && typeof homepage !== 'string')) return undefined;
  return { version, homepage };
}

export interface PackageInfo {
  version: string;
  homepage: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const fields = agentvetFields(JSON.parse(readFileSync(candidate, 'utf8')));
      if (fields) {
        cached = { version: fields.version, homepage: fields.homepage ?? 'https://github.com/agentvet/agentvet' };
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('agentvet: cannot find its own package.json');
    dir = parent;
  }
}

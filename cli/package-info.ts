// The running agentvet's name, version and homepage, read from its package.json — found by walking up
// from this module, which sits at cli/ in the sources and at dist/cli/ once built.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const packageJsonSchema = z.object({ name: z.string(), version: z.string(), homepage: z.string().optional() });

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
      const parsed = packageJsonSchema.safeParse(JSON.parse(readFileSync(candidate, 'utf8')));
      if (parsed.success && parsed.data.name === 'agentvet') {
        cached = { version: parsed.data.version, homepage: parsed.data.homepage ?? 'https://github.com/agentvet/agentvet' };
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('agentvet: cannot find its own package.json');
    dir = parent;
  }
}

// The directory machine-readable paths are relative to: the nearest ancestor holding `.git` (GitHub
// code scanning and annotations resolve paths from the repository root), or the working directory.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function repositoryRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

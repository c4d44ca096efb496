// `mkdirSync(dir, { recursive: true })` never returns on Node 20 when the path is under /proc (`/proc/x/y`: the
// kernel answers ENOENT for every level and Node's recursive walk loops on it, spinning in the kernel). Every
// place agentvet creates a folder for a file the user named (--output-file, --cache-location, a recording…) goes
// through this instead: find the nearest existing ancestor, then create each missing level once, so a path that
// cannot be made fails at once with the error of the level that could not be made.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeDirectory(path: string, mode?: number): void {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    let isDirectory: boolean | undefined;
    try {
      isDirectory = statSync(current).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (isDirectory === true) break;
    if (isDirectory === false) {
      const error: NodeJS.ErrnoException = new Error(`ENOTDIR: not a directory, mkdir '${path}' (${current} is a file)`);
      error.code = 'ENOTDIR';
      throw error;
    }
    const parent = dirname(current);
    if (parent === current) break;
    missing.push(current);
    current = parent;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level, mode === undefined ? undefined : { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

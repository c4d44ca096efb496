// fast-glob on first use: it and its ~60 CommonJS modules cost every run ~25 ms of start, and only a glob given on
// the command line or a workspace's package globs need it.
import { createRequire } from 'node:module';
import type FastGlob from 'fast-glob';

let loaded: typeof FastGlob | undefined;

export function fastGlob(): typeof FastGlob {
  loaded ??= createRequire(import.meta.url)('fast-glob') as typeof FastGlob;
  return loaded;
}

// Whether an import specifier names the runtime's own module (fs, crypto, diagnostics_channel, `node:test`, `bun:sqlite`):
// its objects are local to the process, never a client of another system. Node's own list (`isBuiltin`) is the
// source, so every builtin is covered — a bare `test` or `sqlite` is an npm package, not `node:test`/`node:sqlite`.
import { isBuiltin } from 'node:module';

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || specifier.startsWith('bun:') || isBuiltin(specifier);
}

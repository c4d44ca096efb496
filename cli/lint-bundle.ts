// Where the lint command is loaded from: dist/cli/lint.bundle.cjs, its modules in one CommonJS file the build makes
// (cli/build-esm-shim.ts), whose compiled code compile-cache.ts keeps between runs — Node 20 keeps none for ES
// modules, and compiling the lint command's 153 modules was ~0.1 s of every run. The bundle is taken only while it is
// at least as new as the lint command's own compiled module (a `tsc` run after the build leaves the modules newer,
// and they are then the code to run); AGENTVET_LINT_BUNDLE=0 loads the modules themselves.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The bundle's exports when it exists and is current, else undefined: `dist` is the URL of the folder holding cli/. */
export function lintBundle<T>(dist: URL, env: NodeJS.ProcessEnv = process.env): T | undefined {
  if (env.AGENTVET_LINT_BUNDLE === '0') return undefined;
  const bundle = new URL('cli/lint.bundle.cjs', dist);
  try {
    if (statSync(bundle).mtimeMs < statSync(new URL('cli/commands/lint.js', dist)).mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  return createRequire(bundle)(fileURLToPath(bundle)) as T;
}

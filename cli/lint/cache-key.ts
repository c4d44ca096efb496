// The key a `--cache` is written under: everything besides the project's own files that can change a
// finding. agentvet's version and a digest of its built engine, rules and knowledge tables (so a
// development build, or a knowledge fact checked against a new SDK release, never reads old results); the
// resolved config; the run's tsconfig (its text and the options it resolves to) and every nested tsconfig
// nearest a file of the run (the options each resolves to: its `paths` decide where imports lead); and the installed
// packages the type checker may read (lockfiles and the package managers' own records in node_modules).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../../rules/engine/config.js';
import { fileKey } from '../compile-cache.js';

/** The built analyzer: dist/rules (engine, rules, knowledge) beside dist/cli. */
const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

let codeDigest: string | undefined;

/**
 * The lint bundle this code runs from (dist/cli/lint.bundle.cjs, see lint-bundle.ts), else undefined: the bundle is
 * CommonJS, so `__filename` is defined in it and not in the ES modules.
 */
function runningBundle(): string | undefined {
  return typeof __filename === 'string' && /[\\/]lint\.bundle\.cjs$/.test(__filename) ? __filename : undefined;
}

/**
 * The analyzer's digest when it runs from the lint bundle: the analyzer is then that one file, and its identity on disk
 * (path, inode, size, modification and change times: compile-cache.ts `fileKey`, which keys the bundle's compiled code
 * the same way) tells one version from another without reading it. Undefined for a bundle written less than a few
 * seconds ago (a write in the same clock tick could keep its times) or one that cannot be stat'ed.
 */
export function bundleDigest(bundle: string): string | undefined {
  const identity = fileKey(bundle, 0);
  return identity?.settled ? createHash('sha1').update(`bundle\0${identity.key}`).digest('base64url') : undefined;
}

/**
 * Digest of the analyzer, once per process: the lint bundle's (bundleDigest) when it runs from one, else a digest of
 * every module of dist/rules, read (a few hundred KB; reading and hashing them was ~14 ms of every `--cache` run).
 */
export function analyzerDigest(): string {
  if (codeDigest) return codeDigest;
  const bundle = runningBundle();
  codeDigest = bundle ? bundleDigest(bundle) : undefined;
  if (codeDigest) return codeDigest;
  const hash = createHash('sha1');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:js|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(RULES_DIR);
  codeDigest = hash.digest('base64url');
  return codeDigest;
}

const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
const INSTALL_RECORDS = ['.package-lock.json', '.modules.yaml', '.yarn-state.yml', '.yarn-integrity'];

/** What is installed where the type checker looks: the nearest node_modules up from `root`, and its lockfiles. */
export function installedPackagesDigest(root: string): string {
  const hash = createHash('sha1');
  for (let dir = root; ; dir = dirname(dir)) {
    const modules = join(dir, 'node_modules');
    if (existsSync(modules)) {
      hash.update(modules);
      for (const name of INSTALL_RECORDS) {
        const path = join(modules, name);
        if (existsSync(path)) {
          const stat = statSync(path);
          hash.update(`${name}:${stat.size}:${stat.mtimeMs}`);
        }
      }
      for (const name of LOCKFILES) {
        const path = join(dir, name);
        if (existsSync(path)) hash.update(name).update(readFileSync(path));
      }
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return hash.digest('base64url');
}

function configText(config: ResolvedConfig): string {
  const rules = [...config.rules].sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({ ...config, path: undefined, rules });
}

export interface RunSetting {
  version: string;
  config: ResolvedConfig;
  tsconfigPath?: string;
  compilerOptions: unknown;
  typesAvailable: boolean;
  root: string;
  /** The tsconfigs nearest the run's files and the options each resolves to (a nested tsconfig's `paths`). */
  projectConfigs?: string;
}

export function cacheKey(setting: RunSetting): string {
  const hash = createHash('sha1');
  hash.update(`agentvet ${setting.version}\0${analyzerDigest()}\0${configText(setting.config)}\0`);
  hash.update(`${setting.tsconfigPath ?? ''}\0${setting.tsconfigPath && existsSync(setting.tsconfigPath) ? readFileSync(setting.tsconfigPath, 'utf8') : ''}\0`);
  hash.update(`${JSON.stringify(setting.compilerOptions)}\0${setting.typesAvailable}\0${setting.projectConfigs ?? ''}\0`);
  if (setting.typesAvailable) hash.update(installedPackagesDigest(setting.root));
  return hash.digest('base64url');
}

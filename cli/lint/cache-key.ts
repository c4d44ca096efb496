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

/** The built analyzer: dist/rules (engine, rules, knowledge) beside dist/cli. */
const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

let codeDigest: string | undefined;

/** Digest of every module of the analyzer, read once per process (a few hundred KB). */
export function analyzerDigest(): string {
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

// A commit's files checked out into a temporary folder, for `--baseline-ref`: read-tree into a private
// index and checkout-index from it, so the user's index, work tree and worktree list stay untouched.
// The working tree's node_modules folders are linked in, so the type checker sees the same packages.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../usage-error.js';
import { makeDirectory } from '../make-directory.js';

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { ok: boolean; stdout: string; stderr: string } {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new UsageError(`--baseline-ref needs git, which could not be run (${run.error.message})`);
  return { ok: run.status === 0, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

export interface GitSnapshot {
  /** The commit the ref named. */
  commit: string;
  /** Where the working tree's root maps to in the snapshot. */
  root: string;
  dispose(): void;
}

/** The top of the git work tree holding `cwd`. */
export function gitTopLevel(cwd: string, flag: string): string {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) throw new UsageError(`${flag}: ${cwd} is not inside a git repository`);
  return resolve(top.stdout);
}

/** Resolves `ref` to a commit, or explains why it cannot. */
export function resolveCommit(ref: string, topLevel: string, flag: string): string {
  const resolved = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], topLevel);
  if (resolved.ok && resolved.stdout) return resolved.stdout;
  const shallow = git(['rev-parse', '--is-shallow-repository'], topLevel).stdout === 'true';
  const hint = shallow
    ? `this is a shallow clone, so fetch the ref first: \`git fetch --depth=1 origin ${ref}\`, or check out with fetch-depth: 0`
    : `check the name, or fetch it first: \`git fetch origin ${ref}\``;
  throw new UsageError(`${flag} ${ref}: no such commit in ${topLevel}; ${hint}`);
}

/** Checks `commit` out into a fresh temporary folder. */
export function checkoutSnapshot(commit: string, topLevel: string): GitSnapshot {
  const scratch = mkdtempSync(join(tmpdir(), 'agentvet-baseline-'));
  const root = join(scratch, 'tree');
  const env = { GIT_INDEX_FILE: join(scratch, 'index') };
  const dispose = () => rmSync(scratch, { recursive: true, force: true });
  const read = git(['read-tree', commit], topLevel, env);
  const checkout = read.ok ? git(['checkout-index', '--all', '--force', `--prefix=${root}${sep}`], topLevel, env) : read;
  if (!checkout.ok) {
    dispose();
    throw new UsageError(`--baseline-ref: could not check out ${commit.slice(0, 12)} (${checkout.stderr || 'git failed'})`);
  }
  makeDirectory(root);
  linkNodeModules(topLevel, root);
  return { commit, root, dispose };
}

const isInside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
};

/**
 * For each folder of the snapshot whose twin in the working tree has node_modules, a node_modules of
 * links to the installed packages; a workspace package (a link back into the repository) points at its
 * copy in the snapshot instead, so a cross-package call is read as it was at the ref.
 */
function linkNodeModules(topLevel: string, root: string): void {
  const walk = (dir: string) => {
    const twin = join(topLevel, relative(root, dir));
    const installed = join(twin, 'node_modules');
    // A node_modules committed to the repository is already in the snapshot.
    if (existsSync(installed) && !existsSync(join(dir, 'node_modules'))) linkPackages(installed, join(dir, 'node_modules'), topLevel, root);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git') walk(join(dir, entry.name));
    }
  };
  walk(root);
}

function linkPackages(installed: string, target: string, topLevel: string, root: string): void {
  makeDirectory(target);
  for (const name of readdirSync(installed)) {
    const source = join(installed, name);
    if (name.startsWith('@') && lstatSync(source).isDirectory()) {
      linkPackages(source, join(target, name), topLevel, root);
      continue;
    }
    let real: string;
    try {
      real = realpathSync(source);
    } catch {
      continue; // a dangling link
    }
    const workspacePackage = isInside(real, topLevel) && !real.split(sep).includes('node_modules');
    const link = workspacePackage ? join(root, relative(topLevel, real)) : source;
    if (workspacePackage && !existsSync(link)) continue; // the package did not exist at the ref
    symlinkSync(link, join(target, name));
  }
}

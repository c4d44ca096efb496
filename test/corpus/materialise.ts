// Brings a labelled repository's files back out of its fetched snapshot (a bare git directory that the
// session's `fetch` tool left under `.mirror/<owner>+<name>/repo`), at the labelled commit, into a
// folder outside this checkout. Nothing here is committed; the labels say which commit to take.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export class CorpusSetupError extends Error {}

/** The folder holding fetched snapshots: $AGENTVET_MIRROR, or the nearest `.mirror` above the checkout. */
export function findMirror(projectRoot: string): string {
  const fromEnv = process.env.AGENTVET_MIRROR;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new CorpusSetupError(`AGENTVET_MIRROR=${fromEnv} does not exist`);
    return resolve(fromEnv);
  }
  for (let dir = resolve(projectRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, '.mirror');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new CorpusSetupError('no .mirror folder above this checkout: fetch the repositories first (the fetch tool), or set AGENTVET_MIRROR');
}

export function corpusFolder(mirror: string): string {
  return resolve(process.env.AGENTVET_CORPUS_DIR ?? join(dirname(mirror), '.agentvet-corpus'));
}

/** The git directory of a fetched repository, or undefined when it has not been fetched. */
export function gitDirOf(mirror: string, repo: string): string | undefined {
  const dir = join(mirror, repo.replace('/', '+'), 'repo');
  return existsSync(join(dir, 'HEAD')) ? dir : undefined;
}

/** Extracts the repository at `commit` once (a marker file says it is whole) and returns its root. */
export function materialise(gitDir: string, repo: string, commit: string, into: string): string {
  const root = join(into, `${repo.replace('/', '+')}@${commit.slice(0, 12)}`);
  if (existsSync(join(root, '.agentvet-corpus-complete'))) return root;
  try {
    execFileSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`], { stdio: 'ignore' });
  } catch {
    throw new CorpusSetupError(`${repo}: commit ${commit} is not in the fetched snapshot ${gitDir} (fetch it again, or relabel at its HEAD)`);
  }
  // Per process: two corpus runs extracting the same repository at once must not share a folder
  // (a shared one once ended up marked whole with half its files).
  const partial = `${root}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const archive = join(partial, '..', `${repo.replace('/', '+')}.${process.pid}.tar`);
  let missing = 0;
  try {
    execFileSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', '-o', archive, commit], { stdio: ['ignore', 'ignore', 'pipe'] });
    execFileSync('tar', ['-xf', archive, '-C', partial]);
  } catch {
    // Some snapshots lack a few blobs (large or LFS files): `git archive` refuses the whole tree, so
    // take the files one by one and leave out the absent ones.
    missing = extractBlobByBlob(gitDir, commit, partial);
  } finally {
    rmSync(archive, { force: true });
  }
  if (missing) process.stderr.write(`  ${repo}: ${missing} files absent from the snapshot were left out\n`);
  writeFileSync(join(partial, '.agentvet-corpus-complete'), `${repo} ${commit}\n`);
  // Another run may have finished the same extraction meanwhile: keep the whole one that is there.
  if (existsSync(join(root, '.agentvet-corpus-complete'))) {
    rmSync(partial, { recursive: true, force: true });
    return root;
  }
  rmSync(root, { recursive: true, force: true });
  try {
    renameSync(partial, root);
  } catch (error) {
    if (!existsSync(join(root, '.agentvet-corpus-complete'))) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
  return root;
}

/** Writes every blob of the commit's tree that the snapshot holds; returns how many were absent. */
function extractBlobByBlob(gitDir: string, commit: string, into: string): number {
  const tree = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit], { maxBuffer: 1 << 30 }).toString('utf8');
  const entries = tree
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t') as [string, string];
      const [, type, sha] = meta.split(' ') as [string, string, string];
      return { type, sha, path };
    })
    .filter((e) => e.type === 'blob');
  const input = entries.map((e) => e.sha).join('\n') + '\n';
  const output = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input, maxBuffer: 2 ** 31 });
  let offset = 0;
  let missing = 0;
  for (const entry of entries) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    if (header.endsWith(' missing')) {
      missing++;
      continue;
    }
    const size = Number(header.split(' ')[2]);
    const target = join(into, entry.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return missing;
}

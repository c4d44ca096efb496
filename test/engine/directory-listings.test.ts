// `--cache` keeps the folder walks of a tsconfig's `include` (directory-listings.ts): a kept walk answers only while
// every folder and link it read reads the same; an entry added, removed or renamed, or a link that leads elsewhere,
// walks again. Each answer is TypeScript's own walk of the same folders.
import { mkdirSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import { DirectoryListings } from '../../rules/engine/directory-listings.js';
import { PathSignatures } from '../../rules/engine/path-signatures.js';
import { tempFolderWith } from '../temp-files.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js'];
const INCLUDE = ['**/*'];

function walk(listings: DirectoryListings, dir: string): string[] {
  return listings.readDirectory(dir, EXTENSIONS, ['**/node_modules'], INCLUDE, undefined);
}

/** A walk kept by one run and read back by the next, as the cache file carries it. */
const nextRun = (listings: DirectoryListings) => new DirectoryListings(JSON.parse(JSON.stringify(listings.toJSON())), 0);

const settle = () => new Promise((done) => setTimeout(done, 20));

function tree(): string {
  root = tempFolderWith('listings', {
    'src/agent.ts': 'export const a = 1;\n',
    'src/tools/search.ts': 'export const b = 2;\n',
    'src/tools/search.js': 'exports.b = 2;\n',
    'lib/util.ts': 'export const c = 3;\n',
    'node_modules/x/index.ts': 'export {};\n',
  });
  return root;
}

it("answers as TypeScript's own walk, and from the kept walk while nothing changed", async () => {
  const dir = tree();
  await settle();
  const first = new DirectoryListings(undefined, 0);
  const own = ts.sys.readDirectory(dir, EXTENSIONS, ['**/node_modules'], INCLUDE, undefined);
  expect(walk(first, dir)).toEqual(own);
  expect(own).toContain(join(dir, 'src/tools/search.ts'));

  // The next run answers from the kept walk: shown by a kept list no walk would give.
  const kept = JSON.parse(JSON.stringify(first.toJSON())) as Record<string, { names: string[] }>;
  for (const walked of Object.values(kept)) walked.names = ['only-from-the-cache.ts'];
  expect(walk(new DirectoryListings(kept, 0), dir)).toEqual(['only-from-the-cache.ts']);
  const next = nextRun(first);
  expect(walk(next, dir)).toEqual(own);
  // No link met: every name is its file's real path, from the walk and from the kept walk alike.
  expect([...first.listedByRealPath()].sort()).toEqual([...own].sort());
  expect([...next.listedByRealPath()].sort()).toEqual([...own].sort());
});

it('walks again when a file is added or removed in a nested folder, or a folder renamed', async () => {
  const dir = tree();
  await settle();
  let listings = new DirectoryListings(undefined, 0);
  walk(listings, dir);

  writeFileSync(join(dir, 'src/tools/refund.ts'), 'export const r = 1;\n');
  listings = nextRun(listings);
  expect(walk(listings, dir)).toContain(join(dir, 'src/tools/refund.ts'));
  await settle();
  listings = nextRun(listings);
  expect(walk(listings, dir)).toEqual(ts.sys.readDirectory(dir, EXTENSIONS, ['**/node_modules'], INCLUDE, undefined));

  unlinkSync(join(dir, 'lib/util.ts'));
  listings = nextRun(listings);
  expect(walk(listings, dir)).not.toContain(join(dir, 'lib/util.ts'));

  await settle();
  listings = nextRun(listings);
  walk(listings, dir);
  renameSync(join(dir, 'src/tools'), join(dir, 'src/handlers'));
  listings = nextRun(listings);
  const renamed = walk(listings, dir);
  expect(renamed).toContain(join(dir, 'src/handlers/search.ts'));
  expect(renamed).not.toContain(join(dir, 'src/tools/search.ts'));
});

it('walks again when a linked folder leads elsewhere', async () => {
  const dir = tree();
  const elsewhere = tempFolderWith('listings-elsewhere', { 'a/one.ts': '', 'b/two.ts': '' });
  try {
    symlinkSync(join(elsewhere, 'a'), join(dir, 'src/shared'));
    await settle();
    const listings = new DirectoryListings(undefined, 0);
    expect(walk(listings, dir)).toContain(join(dir, 'src/shared/one.ts'));
    // A link met: no name is taken for a real path (the loader resolves them).
    expect(listings.listedByRealPath().size).toBe(0);
    const again = nextRun(listings);
    walk(again, dir);
    expect(again.listedByRealPath().size).toBe(0);
    // Pointed elsewhere the way `ln -sfn` does.
    unlinkSync(join(dir, 'src/shared'));
    symlinkSync(join(elsewhere, 'b'), join(dir, 'src/shared'));
    const next = walk(nextRun(listings), dir);
    expect(next).toContain(join(dir, 'src/shared/two.ts'));
    expect(next).not.toContain(join(dir, 'src/shared/one.ts'));
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

it("reads the cache file's folder by its entries: the cache written there keeps the walk, a file added there walks again", () => {
  root = tempFolderWith('listings', { 'agent.ts': '' });
  const dir = root;
  const cacheFile = join(dir, '.agentvetcache');
  // Within a settle time of a minute: only the folder read by its entries counts as settled.
  const runOf = (kept: unknown) => new DirectoryListings(kept, 60_000, new PathSignatures(cacheFile));
  const first = runOf(undefined);
  expect(walk(first, dir)).toEqual([join(dir, 'agent.ts')]);
  const kept = JSON.parse(JSON.stringify(first.toJSON())) as Record<string, { names: string[] }>;
  expect(Object.keys(kept)).toHaveLength(1);
  // Without the cache file named, the folder's times are too recent to keep the walk.
  const byTimes = new DirectoryListings(undefined, 60_000);
  walk(byTimes, dir);
  expect(byTimes.toJSON()).toEqual({});

  // The cache written through a temp file renamed, another run's temp file beside it: the kept walk answers, shown by a
  // list no walk would give, and is kept again.
  writeFileSync(`${cacheFile}.123.tmp`, '{}');
  renameSync(`${cacheFile}.123.tmp`, cacheFile);
  writeFileSync(`${cacheFile}.456.tmp`, '{}');
  for (const walked of Object.values(kept)) walked.names = ['only-from-the-cache.ts'];
  const next = runOf(kept);
  expect(walk(next, dir)).toEqual(['only-from-the-cache.ts']);
  expect(Object.keys(next.toJSON())).toHaveLength(1);

  // A file added beside the cache file, or a folder where a file was: the folder reads otherwise and is walked again.
  writeFileSync(join(dir, 'tools.ts'), '');
  expect(walk(runOf(kept), dir)).toEqual([join(dir, 'agent.ts'), join(dir, 'tools.ts')]);
  const afterAdding = runOf(undefined);
  walk(afterAdding, dir);
  const withTools = JSON.parse(JSON.stringify(afterAdding.toJSON())) as Record<string, { names: string[] }>;
  expect(Object.keys(withTools)).toHaveLength(1);
  for (const walked of Object.values(withTools)) walked.names = ['only-from-the-cache.ts'];
  rmSync(join(dir, 'tools.ts'));
  mkdirSync(join(dir, 'tools.ts'));
  expect(walk(runOf(withTools), dir)).toEqual([join(dir, 'agent.ts')]);
});

it('keeps no walk of folders changed within the settle time (a change in the same clock tick would not show)', () => {
  const dir = tree();
  const listings = new DirectoryListings(undefined, 60_000);
  walk(listings, dir);
  expect(listings.toJSON()).toEqual({});
});

it('passes over a kept record that is not one of walks', async () => {
  const dir = tree();
  await settle();
  for (const damaged of [null, [], { a: 1 }, { a: { read: { x: 1 }, names: [] } }, { a: { read: {}, names: [3] } }]) {
    expect(walk(new DirectoryListings(damaged, 0), dir)).toEqual(ts.sys.readDirectory(dir, EXTENSIONS, ['**/node_modules'], INCLUDE, undefined));
  }
});

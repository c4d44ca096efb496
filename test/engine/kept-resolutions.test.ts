// `--cache` keeps the files relative imports resolved to with the folders each resolution looked in
// (kept-resolutions.ts): a kept resolution is taken only while every one of those folders reads the same (device,
// inode, modification and change times) — a file added, removed or renamed where an import can lead, a folder
// appearing where none was, resolves again; one that met a symbolic link, or read a folder changed within the settle
// time, is not kept at all; one kept by other agentvet code is not taken.
import { mkdirSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { KeptResolutions } from '../../rules/engine/kept-resolutions.js';
import { makeModuleResolver } from '../../rules/engine/module-resolution.js';
import { PathSignatures } from '../../rules/engine/path-signatures.js';
import { tempFolderWith } from '../temp-files.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Kept resolutions that count the resolutions made (not taken from what was kept). */
class Counted extends KeptResolutions {
  resolved = 0;
  override resolve(key: string, resolve: () => string | undefined): string | undefined {
    return super.resolve(key, () => (this.resolved++, resolve()));
  }
}

/** The resolutions one run kept, read back by the next as the cache file carries them. */
const nextRun = (kept: KeptResolutions, code = 'code-1', settleMs = 0) => new Counted(JSON.parse(JSON.stringify(kept)), code, settleMs);

/** A run's resolver of relative imports, with the resolutions it keeps. */
function run(kept: Counted) {
  const resolver = makeModuleResolver({}, undefined, undefined, undefined, kept);
  return { resolve: (from: string, specifier: string) => resolver.resolve(join(root, from), specifier), probed: () => kept.resolved, resolver };
}

/**
 * Folder times set back a minute, and past the clock tick of the change time that sets (a settle time of 0 still
 * needs the change before the look): settled, and a later change is a later time.
 */
async function settle(...folders: string[]) {
  const past = Date.now() / 1000 - 60;
  for (const folder of folders) utimesSync(join(root, folder), past, past);
  await new Promise((done) => setTimeout(done, 30));
}

it('takes a kept resolution while its folders read the same, and resolves again after a file is added where the import can lead', async () => {
  root = tempFolderWith('resolutions', { 'src/app.ts': '', 'src/lib/index.ts': '', 'src/util.js': '' });
  await settle('src', 'src/lib');
  const first = new Counted(undefined, 'code-1', 0);
  const one = run(first);
  expect([one.resolve('src/app.ts', './lib'), one.resolve('src/app.ts', './util'), one.resolve('src/app.ts', './missing')]).toEqual([
    join(root, 'src/lib/index.ts'),
    join(root, 'src/util.js'),
    undefined,
  ]);
  expect(one.probed()).toBe(3);

  const second = nextRun(first);
  const two = run(second);
  expect([two.resolve('src/app.ts', './lib'), two.resolve('src/app.ts', './util'), two.resolve('src/app.ts', './missing')]).toEqual([
    join(root, 'src/lib/index.ts'),
    join(root, 'src/util.js'),
    undefined,
  ]);
  expect(two.probed()).toBe(0);

  // `./util` now finds util.ts before util.js, `./missing` finds its file: src changed, and every resolution that looked in it resolves again.
  writeFileSync(join(root, 'src/util.ts'), '');
  writeFileSync(join(root, 'src/missing.ts'), '');
  const three = run(nextRun(second));
  expect([three.resolve('src/app.ts', './lib'), three.resolve('src/app.ts', './util'), three.resolve('src/app.ts', './missing')]).toEqual([
    join(root, 'src/lib/index.ts'),
    join(root, 'src/util.ts'),
    join(root, 'src/missing.ts'),
  ]);
  expect(three.probed()).toBe(3);
});

it('resolves again when a folder appears where a resolution found none, or a file is renamed in a folder it looked in', async () => {
  root = tempFolderWith('resolutions', { 'src/app.ts': '', 'src/shared.ts': '' });
  await settle('src');
  const first = new Counted(undefined, 'code-1', 0);
  const one = run(first);
  expect([one.resolve('src/app.ts', './shared'), one.resolve('src/app.ts', './feature/x')]).toEqual([join(root, 'src/shared.ts'), undefined]);

  mkdirSync(join(root, 'src/feature'));
  writeFileSync(join(root, 'src/feature/x.ts'), '');
  renameSync(join(root, 'src/shared.ts'), join(root, 'src/shared.tsx'));
  const two = run(nextRun(first));
  expect([two.resolve('src/app.ts', './shared'), two.resolve('src/app.ts', './feature/x')]).toEqual([join(root, 'src/shared.tsx'), join(root, 'src/feature/x.ts')]);
  expect(two.probed()).toBe(2);
});

it("reads the cache file's folder by its entries: the cache written there keeps the resolutions that looked in it, a file added there resolves again", () => {
  root = tempFolderWith('resolutions', { 'app.ts': '', 'settings.js': '' });
  const cacheFile = join(root, '.agentvetcache');
  // Within a settle time of a minute: only the folder read by its entries counts as settled.
  const runOf = (kept?: KeptResolutions) => new Counted(kept && JSON.parse(JSON.stringify(kept)), 'code-1', 60_000, new PathSignatures(cacheFile));
  const first = runOf();
  expect(run(first).resolve('app.ts', './settings')).toBe(join(root, 'settings.js'));
  expect(first.toJSON().resolved).toHaveLength(1);
  // Without the cache file named, the folder's times are too recent to keep it.
  const byTimes = new Counted(undefined, 'code-1', 60_000);
  run(byTimes).resolve('app.ts', './settings');
  expect(byTimes.toJSON().resolved).toEqual([]);

  // The cache written through a temp file renamed, another run's temp file beside it: taken, and kept again.
  writeFileSync(`${cacheFile}.123.tmp`, '{}');
  renameSync(`${cacheFile}.123.tmp`, cacheFile);
  writeFileSync(`${cacheFile}.456.tmp`, '{}');
  const second = runOf(first);
  const two = run(second);
  expect(two.resolve('app.ts', './settings')).toBe(join(root, 'settings.js'));
  expect(two.probed()).toBe(0);
  expect(second.toJSON().resolved).toHaveLength(1);

  // `./settings` now finds settings.ts before settings.js: resolved again.
  writeFileSync(join(root, 'settings.ts'), '');
  const three = run(runOf(second));
  expect(three.resolve('app.ts', './settings')).toBe(join(root, 'settings.ts'));
  expect(three.probed()).toBe(1);
});

it('keeps no resolution that met a symbolic link, read a folder changed within the settle time, or was made after the file system was forgotten', async () => {
  root = tempFolderWith('resolutions', { 'src/app.ts': '', 'real/target.ts': '', 'src/plain.ts': '' });
  symlinkSync(join(root, 'real/target.ts'), join(root, 'src/linked.ts'));
  await settle('src', 'real');
  const first = new Counted(undefined, 'code-1', 0);
  const one = run(first);
  expect([one.resolve('src/app.ts', './linked'), one.resolve('src/app.ts', './plain')]).toEqual([join(root, 'src/linked.ts'), join(root, 'src/plain.ts')]);
  expect(first.toJSON().resolved.map(([key]) => key)).toEqual([`${join(root, 'src')}\0./plain`]);

  const recent = new Counted(undefined, 'code-1', 60_000);
  writeFileSync(join(root, 'src/new.ts'), '');
  run(recent).resolve('src/app.ts', './new');
  expect(recent.toJSON().resolved).toEqual([]);

  const forgetting = new Counted(undefined, 'code-1', 0);
  const three = run(forgetting);
  three.resolver.forget();
  three.resolve('src/app.ts', './plain');
  expect(forgetting.toJSON().resolved).toEqual([]);
});

it('takes no resolution kept by other agentvet code, and passes over kept data of the wrong shape', async () => {
  root = tempFolderWith('resolutions', { 'src/app.ts': '', 'src/a.ts': '' });
  await settle('src');
  const first = new Counted(undefined, 'code-1', 0);
  run(first).resolve('src/app.ts', './a');
  const other = run(nextRun(first, 'code-2'));
  other.resolve('src/app.ts', './a');
  expect(other.probed()).toBe(1);

  const kept = JSON.parse(JSON.stringify(first)) as { key: string; folders: unknown[]; resolved: unknown[] };
  for (const data of [null, 'x', { ...kept, folders: [[1, 'x']] }, { ...kept, resolved: [[`${join(root, 'src')}\0./a`, 3, [0]]] }, { ...kept, resolved: [[`${join(root, 'src')}\0./a`, null, [7]]] }]) {
    const again = run(new Counted(data, 'code-1', 0));
    expect(again.resolve('src/app.ts', './a')).toBe(join(root, 'src/a.ts'));
    expect(again.probed()).toBe(1);
  }
});

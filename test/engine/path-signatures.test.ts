// The `--cache` folder is read by its entries (path-signatures.ts), and every walk and resolution touching it asks: one
// run lists it once while its times stay the same, and still sees each entry added, removed or renamed — but not the
// cache file it writes — as a change, however many times it asked before.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { PathSignatures } from '../../rules/engine/path-signatures.js';
import { tempFolderWith } from '../temp-files.js';

vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>();
  return { ...actual, readdirSync: vi.fn(actual.readdirSync) };
});

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const settle = () => new Promise((done) => setTimeout(done, 20));

it('lists the cache folder once for many reads in a run, and reads each change of its entries', async () => {
  root = tempFolderWith('signatures', { 'src/agent.ts': 'export const a = 1;\n', 'tsconfig.json': '{}\n' });
  const signatures = new PathSignatures(join(root, '.agentvetcache'));
  const listed = vi.mocked(fs.readdirSync);
  listed.mockClear();
  const first = signatures.read(root).signature;
  for (let i = 0; i < 50; i++) expect(signatures.read(root)).toEqual({ signature: first, settled: true });
  expect(listed).toHaveBeenCalledTimes(1);

  // Writing the cache file (through its temp file) changes the folder's times, not what it reads as.
  await settle();
  fs.writeFileSync(join(root, '.agentvetcache.123.tmp'), '{}');
  fs.renameSync(join(root, '.agentvetcache.123.tmp'), join(root, '.agentvetcache'));
  expect(signatures.read(root).signature).toBe(first);

  await settle();
  fs.writeFileSync(join(root, 'extra.ts'), 'export const c = 3;\n');
  const added = signatures.read(root).signature;
  expect(added).not.toBe(first);
  await settle();
  fs.renameSync(join(root, 'extra.ts'), join(root, 'renamed.ts'));
  const renamed = signatures.read(root).signature;
  expect(renamed).not.toBe(added);
  await settle();
  fs.unlinkSync(join(root, 'renamed.ts'));
  expect(signatures.read(root).signature).toBe(first);
  // A folder other than the cache's is read by its times, never listed.
  listed.mockClear();
  signatures.read(join(root, 'src'));
  expect(listed).not.toHaveBeenCalled();
});

// Folders for files the user names (--output-file, --cache-location, recordings) are made by makeDirectory:
// Node 20's recursive mkdirSync never returns for a path under /proc, which hung `lint --cache-location /proc/x/y`.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDirectory } from '../../cli/make-directory.js';
import { assertBuilt, hasStackTrace, runCli, tempProject, TSCONFIG } from './cli-process.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('makeDirectory', () => {
  it('makes every missing level, with the mode asked, and accepts a folder that exists', () => {
    const root = mkdtempSync(join(tmpdir(), 'agentvet-mkdir-'));
    made.push(root);
    makeDirectory(join(root, 'a', 'b', 'c'), 0o700);
    expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(statSync(join(root, 'a')).mode & 0o777).toBe(0o700);
    makeDirectory(join(root, 'a', 'b'));
  });

  it('names the file in the way', () => {
    const root = mkdtempSync(join(tmpdir(), 'agentvet-mkdir-'));
    made.push(root);
    writeFileSync(join(root, 'file'), '');
    expect(() => makeDirectory(join(root, 'file'))).toThrow(/ENOTDIR.*file is a file/);
    expect(() => makeDirectory(join(root, 'file', 'below'))).toThrow(/ENOTDIR/);
  });

  it.runIf(existsSync('/proc/self'))('fails at once for a path under /proc (recursive mkdirSync spins there)', () => {
    expect(() => makeDirectory('/proc/agentvet-no-such-folder/below')).toThrow(/ENOENT.*\/proc\/agentvet-no-such-folder/);
  });
});

describe.runIf(existsSync('/proc/self'))('lint with a location that cannot be made', () => {
  it('warns and finishes, for --cache-location and --output-file', () => {
    assertBuilt();
    const project = tempProject({ 'tsconfig.json': TSCONFIG, 'src/a.ts': 'export const a = 1;\n' });
    try {
      const cache = runCli(['lint', '--cache', '--cache-location', '/proc/agentvet-no-such-folder/cache', 'src'], project.dir);
      expect(cache.code).toBe(0);
      expect(cache.stderr).toMatch(/--cache-location \/proc\/agentvet-no-such-folder\/cache: cannot write the cache/);
      expect(hasStackTrace(cache.stderr)).toBe(false);
      const output = runCli(['lint', '--output-file', '/proc/agentvet-no-such-folder/report.txt', 'src'], project.dir);
      expect(output.code).toBe(2);
      expect(output.stderr).toMatch(/--output-file \/proc\/agentvet-no-such-folder\/report.txt: cannot write it/);
      expect(hasStackTrace(output.stderr)).toBe(false);
    } finally {
      project.dispose();
    }
  });
});

// The compile cache (cli/compile-cache.ts): a lint run keeps V8's compiled code of the compiler files in
// the user's cache folder and the next run loads it; a damaged cache file is passed over (and rewritten),
// never an error; AGENTVET_COMPILE_CACHE=0 turns it off. Findings are the same every time.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { cacheStem, compileCacheFolder, fileKey, isEarlierVersion, moduleText } from '../../cli/compile-cache.js';
import { assertBuilt, CLI, runCli, tempProject, TSCONFIG } from './cli-process.js';

beforeAll(assertBuilt);

const LINT_BUNDLE = join(dirname(CLI), 'lint.bundle.cjs');

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const AGENT = `export async function lookUp(base: string) {
  return (await fetch(\`\${base}/items\`)).json();
}
`;

function setUp() {
  const project = tempProject({ 'tsconfig.json': TSCONFIG, 'src/agent.ts': AGENT });
  const cacheHome = mkdtempSync(join(tmpdir(), 'agentvet-xdg-'));
  cleanups.push(project.dispose, () => rmSync(cacheHome, { recursive: true, force: true }));
  return { dir: project.dir, cacheHome, folder: compileCacheFolder({ XDG_CACHE_HOME: cacheHome })! };
}

const lint = (dir: string, env: NodeJS.ProcessEnv) => runCli(['lint', '--format', 'json'], dir, env);
const findingsOf = (stdout: string) => (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>).flatMap((r) => r.messages.map((m) => `${m.ruleId}:${m.line}`));

it('writes the compiled code of the compiler files on the first run and gives the same findings on the next', () => {
  const { dir, cacheHome, folder } = setUp();
  const env = { XDG_CACHE_HOME: cacheHome };
  // What an earlier TypeScript left, and a file that is not the cache's.
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `typescript-${'0'.repeat(40)}.bin`), 'old');
  writeFileSync(join(folder, 'notes.txt'), 'mine');
  const first = lint(dir, env);
  expect(first.stderr).toBe('');
  expect(findingsOf(first.stdout)).toEqual(['missing-deadline:2']);
  const written = readdirSync(folder).filter((name) => name.endsWith('.bin'));
  // typescript.js, ts-morph-common.js, ts-morph.js — each by the digest of its source; the earlier version's data is gone.
  // The lint command's bundle (dist/cli/lint.bundle.cjs) too, once it was built more than a few seconds ago.
  const compiled = written.map((name) => name.replace(/-[0-9a-f]{12}-[0-9a-f]{40}\.bin$/, '')).sort();
  expect(compiled.filter((name) => name !== 'lint.bundle.cjs')).toEqual(['ts-morph', 'ts-morph-common', 'typescript']);
  if (fileKey(LINT_BUNDLE, 0)?.settled) expect(compiled).toContain('lint.bundle.cjs');
  expect(readdirSync(folder)).toContain('notes.txt');
  const stamps = written.map((name) => statSync(join(folder, name)).mtimeMs);
  const second = lint(dir, env);
  // Accepted data is not written again: unchanged files mean V8 took what the first run left.
  expect(written.map((name) => statSync(join(folder, name)).mtimeMs)).toEqual(stamps);
  expect(second.code).toBe(first.code);
  expect(second.stdout).toBe(first.stdout);
  expect(second.stderr).toBe('');
});

it('passes over a damaged cache file, rewrites it, and reports the same', () => {
  const { dir, cacheHome, folder } = setUp();
  const env = { XDG_CACHE_HOME: cacheHome };
  const first = lint(dir, env);
  for (const name of readdirSync(folder)) writeFileSync(join(folder, name), 'not a code cache');
  const damaged = lint(dir, env);
  expect(damaged.stderr).toBe('');
  expect(damaged.code).toBe(first.code);
  expect(damaged.stdout).toBe(first.stdout);
  expect(readdirSync(folder).length).toBeGreaterThanOrEqual(3);
  expect(readdirSync(folder).every((name) => statSync(join(folder, name)).size > 1_000)).toBe(true);
});

it('writes nothing with AGENTVET_COMPILE_CACHE=0', () => {
  const { dir, cacheHome } = setUp();
  const run = lint(dir, { XDG_CACHE_HOME: cacheHome, AGENTVET_COMPILE_CACHE: '0' });
  expect(findingsOf(run.stdout)).toEqual(['missing-deadline:2']);
  expect(readdirSync(cacheHome)).toEqual([]);
});

it('tells two versions of a compiler file of the same size and modification time apart, and keeps none for a file just written', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'agentvet-compile-key-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const file = join(folder, 'typescript.js');
  // As npm leaves installed files: one fixed modification time, whatever the version.
  const installed = new Date('1985-10-26T08:15:00Z');
  writeFileSync(file, 'module.exports = 1;');
  utimesSync(file, installed, installed);
  const first = fileKey(file, 19)!;
  // A file written a moment ago may still be written again within the same change time: no cache is kept for it.
  expect(first.settled).toBe(false);
  await new Promise((done) => setTimeout(done, 30));
  writeFileSync(file, 'module.exports = 2;');
  utimesSync(file, installed, installed);
  const second = fileKey(file, 19)!;
  expect(statSync(file).mtimeMs).toBe(installed.getTime());
  expect(second.key).not.toBe(first.key);
  expect(fileKey(join(folder, 'missing.js'), 0)).toBeUndefined();
});

it('keeps each installation\'s data: a second project\'s compiler files do not replace the first\'s', () => {
  const one = cacheStem('/work/a/node_modules/@ts-morph/common/dist/typescript.js');
  const two = cacheStem('/work/b/node_modules/@ts-morph/common/dist/typescript.js');
  expect(one).not.toBe(two);
  expect(one.startsWith('typescript-')).toBe(true);
  const digest = (c: string) => c.repeat(40);
  // The same installation's earlier version goes; the other installation's data stays.
  expect(isEarlierVersion(`${one}-${digest('a')}.bin`, one)).toBe(true);
  expect(isEarlierVersion(`${two}-${digest('a')}.bin`, one)).toBe(false);
  // So does what an agentvet naming files by the compiler file alone left; another compiler file's data stays.
  expect(isEarlierVersion(`typescript-${digest('0')}.bin`, one)).toBe(true);
  expect(isEarlierVersion(`ts-morph-common-${digest('0')}.bin`, cacheStem('/x/node_modules/ts-morph/dist/ts-morph.js'))).toBe(false);
  expect(isEarlierVersion('notes.txt', one)).toBe(false);
});

it('reads a compiler file as the same text Node would: ASCII, other UTF-8, a byte sequence that is not UTF-8, a BOM', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agentvet-module-text-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const texts = {
    'ascii.js': Buffer.from('module.exports = "plain\\u2014text";\n'),
    // A comment with a dash and a matrix sign (not Latin-1), a Latin-1 letter, a character outside the BMP, a BOM first.
    'utf8.js': Buffer.from('\uFEFF// 4\u00D74 \u2014 A\u22C5B \u{1F600}\nmodule.exports = "caf\u00E9";\n'),
    // Invalid UTF-8 (a lone continuation byte and a truncated sequence): replaced the way Node's own reading replaces it.
    'broken.js': Buffer.from([0x61, 0x80, 0x62, 0xe2, 0x82, 0x0a]),
  };
  for (const [name, bytes] of Object.entries(texts)) {
    const file = join(folder, name);
    writeFileSync(file, bytes);
    expect(moduleText(file)).toBe(readFileSync(file, 'utf8'));
  }
  expect(moduleText(join(folder, 'missing.js'))).toBeUndefined();
});

// Copies the non-test TypeScript sources under one folder of a fetched git snapshot into a scratch folder,
// with a tsconfig.json that includes them: the real-repository input of `npm run bench`
// (AGENTVET_BENCH_REPO=<that folder>). The code copied stays outside this repository; only this script is ours.
//   node dist/test/bench/extract-repository.js --git-dir /work/.mirror/vercel+ai/repo --under packages --out /tmp/vercel-ai-packages
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Tests, type tests, snapshots and fixtures: not what a lint of the product's code reads. */
const TEST_PATH = /\.(?:test|spec|test-d|bench)\.tsx?$|(?:^|\/)(?:__tests__|__snapshots__|__fixtures__|__testfixtures__|__mocks__|test|tests|e2e|fixtures)\//;
const SOURCE = /\.(?:ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.(?:ts|mts|cts)$/;

export interface ExtractedRepository {
  dir: string;
  files: number;
  lines: number;
  commit: string;
}

/** The tsconfig the tools share: strict, every file included, nothing emitted, no node_modules (none is copied). */
export const SCRATCH_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  },
  include: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
};

export function extractRepository(options: { gitDir: string; under: string; outDir: string }): ExtractedRepository {
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', options.gitDir, ...args], { maxBuffer: 1 << 30 });
  const commit = git('rev-parse', 'HEAD').toString().trim();
  const names = git('ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', options.under)
    .toString()
    .split('\0')
    .filter((name) => SOURCE.test(name) && !DECLARATION.test(name) && !TEST_PATH.test(name));
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  let lines = 0;
  // One `git cat-file --batch` for every blob: a process per file would take a minute on 2,000 files.
  const batch = execFileSync('git', ['--git-dir', options.gitDir, 'cat-file', '--batch'], {
    input: names.map((name) => `HEAD:${name}`).join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  let offset = 0;
  for (const name of names) {
    const headerEnd = batch.indexOf(10, offset);
    const size = Number(batch.subarray(offset, headerEnd).toString().split(' ')[2]);
    const content = batch.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const target = join(options.outDir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    for (const byte of content) if (byte === 10) lines++;
  }
  writeFileSync(join(options.outDir, 'tsconfig.json'), JSON.stringify(SCRATCH_TSCONFIG, null, 2) + '\n');
  writeFileSync(join(options.outDir, 'SOURCE.txt'), `Copied from ${options.gitDir} at ${commit}: non-test TypeScript under ${options.under}/ (${names.length} files).\n`);
  return { dir: options.outDir, files: names.length, lines, commit };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('extract-repository.js')) {
  const { values } = parseArgs({ options: { 'git-dir': { type: 'string' }, under: { type: 'string' }, out: { type: 'string' } } });
  if (!values['git-dir'] || !values.under || !values.out) {
    console.error('usage: extract-repository --git-dir <repo.git> --under <folder> --out <scratch folder outside the repository>');
    process.exitCode = 2;
  } else {
    const extracted = extractRepository({ gitDir: values['git-dir'], under: values.under, outDir: resolve(values.out) });
    console.log(`${extracted.files} files, ${extracted.lines} lines from ${extracted.commit} → ${extracted.dir}`);
  }
}

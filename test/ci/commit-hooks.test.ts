// The README's commit hooks on scratch repositories, with a real `git commit`: pre-commit (Debian's
// package) with this repository's .pre-commit-hooks.yaml, and lint-staged + husky from npm. A staged
// file with a finding refuses the commit; the fixed file commits.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, TSCONFIG } from '../cli/cli-process.js';
import { commitAll, git, GIT_ENV, gitInit } from '../cli/scratch-git.js';
import { readmeSnippet, REPO } from './readme-snippets.js';
import { installAgentvet, installFromNpm } from './scratch-install.js';

const UNSAFE = [
  'export async function fetchCustomer(id: string): Promise<unknown> {',
  '  const response = await fetch(`https://crm.example.com/customers/${id}`);',
  '  return response.json();',
  '}',
  '',
].join('\n');
const FIXED = UNSAFE.replace('customers/${id}`);', 'customers/${id}`, { signal: AbortSignal.timeout(5_000) });');

const scratch = mkdtempSync(join(tmpdir(), 'agentvet-hooks-'));
beforeAll(assertBuilt);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function project(files: Record<string, string>): string {
  const dir = join(scratch, `project-${++counter}`);
  for (const [path, text] of Object.entries({ 'tsconfig.json': TSCONFIG, '.gitignore': 'node_modules/\n', 'src/health.ts': 'export const ok = true;\n', ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  gitInit(dir);
  installAgentvet(dir);
  commitAll(dir, 'initial');
  return dir;
}

/** `git commit` as a person types it: hooks run, with the test's git identity and no global config. */
function commit(dir: string, message: string, env: NodeJS.ProcessEnv = {}) {
  // NODE_ENV=test (vitest's) would switch lint-staged's progress output to its test renderer.
  const run = spawnSync('git', ['commit', '-m', message], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', ...GIT_ENV, ...env }, timeout: 180_000 });
  // lint-staged runs tasks with colour forced: compare the text a person reads.
  return { code: run.status, output: stripVTControlCharacters(run.stdout + run.stderr) };
}
const commitCount = (dir: string) => Number(git(dir, 'rev-list', '--count', 'HEAD'));

describe('pre-commit with .pre-commit-hooks.yaml', () => {
  const preCommitHome = join(scratch, 'pre-commit-home');
  const env = { PRE_COMMIT_HOME: preCommitHome };

  /** The hook repository as pre-commit clones it: this checkout's .pre-commit-hooks.yaml at a commit. */
  function hookRepository(): { path: string; rev: string } {
    const path = join(scratch, `hooks-${++counter}`);
    mkdirSync(path);
    copyFileSync(join(REPO, '.pre-commit-hooks.yaml'), join(path, '.pre-commit-hooks.yaml'));
    gitInit(path);
    return { path, rev: commitAll(path, 'hooks') };
  }

  it('refuses a commit that adds a finding, and takes the fixed file', () => {
    const hooks = hookRepository();
    const config = readmeSnippet('pre-commit-config').replace('https://github.com/agentvet/agentvet', hooks.path).replace(/rev: main.*/, `rev: ${hooks.rev}`);
    const dir = project({ '.pre-commit-config.yaml': config });
    const install = spawnSync('pre-commit', ['install'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(install.error, 'pre-commit must be installed (Debian package pre-commit; .ci/run installs it)').toBeUndefined();
    expect(install.status, install.stdout + install.stderr).toBe(0);

    writeFileSync(join(dir, 'src/customer.ts'), UNSAFE);
    git(dir, 'add', 'src/customer.ts');
    const refused = commit(dir, 'add a customer client', env);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/agentvet\.+Failed/);
    expect(refused.output).toContain('src/customer.ts');
    expect(refused.output).toMatch(/2:26 +error +`fetch\(\)` has no deadline/);
    expect(commitCount(dir)).toBe(1);

    writeFileSync(join(dir, 'src/customer.ts'), FIXED);
    git(dir, 'add', 'src/customer.ts');
    const taken = commit(dir, 'add a customer client', env);
    expect(taken.output).toMatch(/agentvet\.+Passed/);
    expect(taken.code).toBe(0);
    expect(commitCount(dir)).toBe(2);
  });

  it('skips commits with no JavaScript or TypeScript file', () => {
    const hooks = hookRepository();
    const config = readmeSnippet('pre-commit-config').replace('https://github.com/agentvet/agentvet', hooks.path).replace(/rev: main.*/, `rev: ${hooks.rev}`);
    const dir = project({ '.pre-commit-config.yaml': config, 'src/customer.ts': UNSAFE });
    spawnSync('pre-commit', ['install'], { cwd: dir, env: { ...process.env, ...env } });
    writeFileSync(join(dir, 'notes.md'), 'notes\n');
    git(dir, 'add', 'notes.md');
    const run = commit(dir, 'notes', env);
    expect(run.output).toMatch(/agentvet\.+\(no files to check\)Skipped/);
    expect(run.code).toBe(0);
  });
});

describe('lint-staged with husky', () => {
  function projectWithHusky(): string {
    const packageJson = { name: 'scratch-agent', private: true, ...(JSON.parse(readmeSnippet('lint-staged-config')) as object) };
    const dir = project({ 'package.json': `${JSON.stringify(packageJson, null, 2)}\n` });
    installFromNpm(dir, 'lint-staged');
    installFromNpm(dir, 'husky');
    // `npm install` runs the prepare script: husky points git at .husky/_.
    const prepare = spawnSync('npm', ['run', 'prepare'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
    expect(prepare.status, prepare.stdout + prepare.stderr).toBe(0);
    writeFileSync(join(dir, '.husky/pre-commit'), `${readmeSnippet('husky-pre-commit')}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'husky');
    return dir;
  }

  it('refuses a commit that adds a finding, keeps the work, and takes the fixed file', () => {
    const dir = projectWithHusky();
    expect(git(dir, 'config', 'core.hooksPath')).toBe('.husky/_');
    writeFileSync(join(dir, 'src/customer.ts'), UNSAFE);
    git(dir, 'add', 'src/customer.ts');
    const before = commitCount(dir);
    const refused = commit(dir, 'add a customer client');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('agentvet lint');
    expect(refused.output).toMatch(/2:26 +error +`fetch\(\)` has no deadline/);
    expect(commitCount(dir)).toBe(before);
    expect(git(dir, 'diff', '--cached', '--name-only')).toBe('src/customer.ts');

    writeFileSync(join(dir, 'src/customer.ts'), FIXED);
    git(dir, 'add', 'src/customer.ts');
    const taken = commit(dir, 'add a customer client');
    expect(taken.code, taken.output).toBe(0);
    expect(commitCount(dir)).toBe(before + 1);
  });

  it('lints only the staged files: an old finding elsewhere does not refuse the commit', () => {
    const dir = projectWithHusky();
    writeFileSync(join(dir, 'src/legacy.ts'), UNSAFE);
    git(dir, 'add', 'src/legacy.ts');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'legacy');
    writeFileSync(join(dir, 'src/customer.ts'), FIXED);
    git(dir, 'add', 'src/customer.ts');
    expect(commit(dir, 'a clean file').code).toBe(0);
  });
});

// The README's command-line CI snippets, run as written (`npx agentvet …` finds the project's
// installed agentvet) on scratch repositories: adopting with bulk suppressions, the fix-timeout
// config, and a pull-request style run against origin/main.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, TSCONFIG } from '../cli/cli-process.js';
import { commitAll, git, GIT_ENV, gitInit } from '../cli/scratch-git.js';
import { readmeSnippet, snippetCommands } from './readme-snippets.js';
import { installAgentvet } from './scratch-install.js';

const call = (name: string, host: string) =>
  [`export async function ${name}(id: string): Promise<unknown> {`, `  const response = await fetch(\`https://${host}/\${id}\`);`, '  return response.json();', '}', ''].join('\n');

const scratch = mkdtempSync(join(tmpdir(), 'agentvet-readme-'));
beforeAll(assertBuilt);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function repository(files: Record<string, string>): string {
  const dir = join(scratch, `repo-${++counter}`);
  for (const [path, text] of Object.entries({ 'tsconfig.json': TSCONFIG, '.gitignore': 'node_modules/\n', ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  gitInit(dir);
  installAgentvet(dir);
  commitAll(dir, 'initial');
  return dir;
}

function sh(command: string, cwd: string) {
  const run = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('README: CI snippets', () => {
  it('suppress-all: the commands record the old findings, and the next run passes', () => {
    const dir = repository({ 'src/clients.ts': `${call('fetchCustomer', 'crm.example.com')}\n${call('fetchInvoice', 'billing.example.com')}` });
    expect(sh('npx agentvet lint', dir).code).toBe(1);
    for (const command of snippetCommands('suppress-all')) expect(sh(command, dir).code, command).toBe(0);
    expect(git(dir, 'diff', '--cached', '--name-only')).toBe('agentvet-suppressions.json');
    expect(sh('npx agentvet lint', dir)).toMatchObject({ code: 0, stdout: '' });
  });

  it('fix-timeout-config: --fix adds the named deadline', () => {
    const dir = repository({ 'src/health.ts': call('health', 'status.example.com'), 'agentvet.config.json': readmeSnippet('fix-timeout-config') });
    expect(sh('npx agentvet lint --fix', dir).code).toBe(0);
    expect(readFileSync(join(dir, 'src/health.ts'), 'utf8')).toContain('{ signal: AbortSignal.timeout(30_000) }');
  });

  it('baseline-ref: against origin/main, only the pull request\'s finding', () => {
    const origin = repository({ 'src/clients.ts': call('fetchCustomer', 'crm.example.com') });
    const clone = join(scratch, `clone-${++counter}`);
    git(scratch, 'clone', '-q', origin, clone);
    installAgentvet(clone);
    git(clone, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(clone, 'src/refunds.ts'), call('fetchRefund', 'refunds.example.com'));
    commitAll(clone, 'refunds');
    const [command] = snippetCommands('baseline-ref');
    const run = sh(`${command} --format json`, clone);
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(files.filter((f) => f.messages.length).map((f) => f.filePath.slice(clone.length + 1))).toEqual(['src/refunds.ts']);
  });
});

// End-to-end: `agentvet lint --baseline-ref <ref>` in scratch git repositories — only findings that are
// not at the ref are reported (matched by SARIF fingerprints, so inserted lines change nothing), with
// today's config; a ref that does not exist, or no repository, is a clear exit-2 error.
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutSnapshot } from '../../cli/lint/git-snapshot.js';
import { assertBuilt, hasStackTrace, runCli, tempProject, TSCONFIG } from './cli-process.js';
import { commitAll, git, gitInit } from './scratch-git.js';

const call = (name: string, host: string) =>
  [`export async function ${name}(id: string): Promise<unknown> {`, `  const response = await fetch(\`https://${host}/\${id}\`);`, '  return response.json();', '}', ''].join('\n');

const OLD = `${call('fetchCustomer', 'crm.example.com')}\n${call('fetchInvoice', 'billing.example.com')}`;

const projects: Array<{ dispose: () => void }> = [];
function repository(files: Record<string, string>): string {
  const created = tempProject({ 'tsconfig.json': TSCONFIG, ...files });
  projects.push(created);
  gitInit(created.dir);
  commitAll(created.dir, 'base');
  return created.dir;
}

interface JsonFile {
  filePath: string;
  messages: Array<{ line: number; ruleId: string }>;
}
const reported = (stdout: string, dir: string) =>
  (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => `${f.filePath.slice(realpathSync(dir).length + 1)}:${m.line}`));

beforeAll(assertBuilt);
afterAll(() => projects.forEach((p) => p.dispose()));

describe('agentvet lint --baseline-ref', () => {
  it('reports only the finding added since the ref, although lines were inserted above the old ones', () => {
    const dir = repository({ 'src/clients.ts': OLD });
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'src/clients.ts'), `// Clients of the CRM and billing APIs.\n\n${OLD}\n${call('fetchRefund', 'refunds.example.com')}`);
    commitAll(dir, 'a new call');
    const run = runCli(['lint', '--baseline-ref', 'main', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(reported(run.stdout, dir)).toEqual(['src/clients.ts:14']);
    const main = git(dir, 'rev-parse', 'main');
    expect(run.stderr).toBe(`agentvet: --baseline-ref main (${main.slice(0, 12)}): 2 findings already there are not reported\n`);
    // Without the baseline all three are reported; uncommitted changes count too (the working tree is linted).
    expect(reported(runCli(['lint', '--format', 'json'], dir).stdout, dir)).toEqual(['src/clients.ts:4', 'src/clients.ts:9', 'src/clients.ts:14']);
  });

  it('passes when nothing is new, and leaves the index, work tree and worktree list as they were', () => {
    const dir = repository({ 'src/clients.ts': OLD });
    writeFileSync(join(dir, 'src/clients.ts'), `import { setTimeout } from 'node:timers/promises';\n${OLD}`);
    const status = git(dir, 'status', '--porcelain');
    expect(runCli(['lint', '--baseline-ref', 'HEAD'], dir)).toMatchObject({ code: 0, stdout: '' });
    expect(git(dir, 'status', '--porcelain')).toBe(status);
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('an edited line is a new finding: its fingerprint is its text', () => {
    const dir = repository({ 'src/clients.ts': OLD });
    writeFileSync(join(dir, 'src/clients.ts'), OLD.replace('crm.example.com', 'crm-eu.example.com'));
    expect(reported(runCli(['lint', '--baseline-ref', 'HEAD', '-f', 'json'], dir).stdout, dir)).toEqual(['src/clients.ts:2']);
  });

  it('judges the ref with today\'s config: a rule turned on today does not flag old code as new', () => {
    const dir = repository({ 'src/clients.ts': OLD, 'agentvet.config.json': '{ "rules": { "missing-deadline": "off" } }' });
    writeFileSync(join(dir, 'agentvet.config.json'), '{ "rules": { "missing-deadline": "error" } }');
    expect(runCli(['lint'], dir).code).toBe(1);
    expect(runCli(['lint', '--baseline-ref', 'HEAD'], dir).code).toBe(0);
  });

  it('runs from a package folder of the repository, and a folder added since the ref is all new', () => {
    const dir = repository({ 'packages/crm/tsconfig.json': TSCONFIG, 'packages/crm/src/clients.ts': OLD });
    const crm = join(dir, 'packages/crm');
    writeFileSync(join(crm, 'src/more.ts'), call('fetchNote', 'notes.example.com'));
    expect(reported(runCli(['lint', '--baseline-ref', 'HEAD', '-f', 'json'], crm).stdout, crm)).toEqual(['src/more.ts:2']);
    mkdirSync(join(dir, 'packages/billing/src'), { recursive: true });
    writeFileSync(join(dir, 'packages/billing/tsconfig.json'), TSCONFIG);
    writeFileSync(join(dir, 'packages/billing/src/billing.ts'), OLD);
    const billing = join(dir, 'packages/billing');
    expect(reported(runCli(['lint', '--baseline-ref', 'HEAD', '-f', 'json'], billing).stdout, billing)).toEqual(['src/billing.ts:2', 'src/billing.ts:7']);
  });

  it('--sarif-output keeps the findings already at the ref as baselineState "unchanged", with the fingerprints of a full run', () => {
    const dir = repository({ 'src/clients.ts': OLD });
    writeFileSync(join(dir, 'src/clients.ts'), `${OLD}\n${call('fetchRefund', 'refunds.example.com')}`);
    const run = runCli(['lint', '--baseline-ref', 'HEAD', '--format', 'github', '--sarif-output', 'out/agentvet.sarif'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=src\/clients\.ts,line=12,/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    type Sarif = { runs: Array<{ results: Array<{ baselineState?: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    const results = (JSON.parse(readFileSync(join(dir, 'out/agentvet.sarif'), 'utf8')) as Sarif).runs[0]!.results;
    expect(results.map((r) => [r.locations[0]!.physicalLocation.region.startLine, r.baselineState])).toEqual([
      [2, 'unchanged'],
      [7, 'unchanged'],
      [12, 'new'],
    ]);
    // Code scanning tracks alerts by these: they must not depend on the baseline.
    const full = (JSON.parse(runCli(['lint', '--format', 'sarif'], dir).stdout) as Sarif).runs[0]!.results;
    expect(results.map((r) => r.partialFingerprints)).toEqual(full.map((r) => r.partialFingerprints));
    expect(full.every((r) => r.baselineState === undefined)).toBe(true);
  });
});

describe('agentvet lint --baseline-ref: clear errors', () => {
  it('a ref that does not exist names the ref and exits 2', () => {
    const dir = repository({ 'src/clients.ts': OLD });
    const run = runCli(['lint', '--baseline-ref', 'origin/mian'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`agentvet: --baseline-ref origin/mian: no such commit in ${realpathSync(dir)}; check the name, or fetch it first: \`git fetch origin origin/mian\`\n`);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('in a shallow clone, the message says to fetch the ref', () => {
    const dir = repository({ 'src/clients.ts': OLD });
    writeFileSync(join(dir, 'src/more.ts'), call('fetchNote', 'notes.example.com'));
    commitAll(dir, 'second');
    const clone = tempProject({});
    projects.push(clone);
    git(clone.dir, 'clone', '-q', '--depth', '1', `file://${dir}`, 'repo');
    const run = runCli(['lint', '--baseline-ref', 'HEAD~1'], join(clone.dir, 'repo'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--baseline-ref HEAD~1: no such commit in');
    expect(run.stderr).toContain('this is a shallow clone, so fetch the ref first');
  });

  it('outside a git repository it says so and exits 2', () => {
    const created = tempProject({ 'tsconfig.json': TSCONFIG, 'src/clients.ts': OLD });
    projects.push(created);
    const run = runCli(['lint', '--baseline-ref', 'main'], created.dir);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^agentvet: --baseline-ref: .+ is not inside a git repository\n$/);
  });
});

describe('the ref\'s checkout', () => {
  it('links installed packages from the working tree, and workspace packages to their copy at the ref', () => {
    const dir = repository({
      '.gitignore': 'node_modules/\n',
      'packages/billing/index.ts': 'export const version = 1;\n',
      'packages/crm/index.ts': 'export const crm = 1;\n',
    });
    writeFileSync(join(dir, 'packages/billing/index.ts'), 'export const version = 2;\n');
    mkdirSync(join(dir, 'node_modules/@acme'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/left-pad'));
    writeFileSync(join(dir, 'node_modules/left-pad/index.js'), 'module.exports = 1;\n');
    symlinkSync('../../packages/billing', join(dir, 'node_modules/@acme/billing'));
    const snapshot = checkoutSnapshot(git(dir, 'rev-parse', 'HEAD'), realpathSync(dir));
    try {
      expect(readlinkSync(join(snapshot.root, 'node_modules/left-pad'))).toBe(join(realpathSync(dir), 'node_modules/left-pad'));
      expect(lstatSync(join(snapshot.root, 'node_modules/@acme/billing')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(snapshot.root, 'node_modules/@acme/billing/index.ts'), 'utf8')).toBe('export const version = 1;\n');
      expect(existsSync(join(snapshot.root, 'packages/crm/index.ts'))).toBe(true);
    } finally {
      snapshot.dispose();
    }
    expect(existsSync(snapshot.root)).toBe(false);
  });
});

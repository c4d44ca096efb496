// End-to-end: `agentvet rules` (the catalogue), `agentvet init` (starter config, no overwrite without
// --force), and the program's --version/--help.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, hasStackTrace, runCli, tempProject, TSCONFIG } from './cli-process.js';

const CORE_RULES = ['non-idempotent-tool', 'missing-deadline', 'unbounded-agent-loop', 'unkeyed-retry'];
/** Rules added after the core start as warn (PRODUCT.md), unless the issue that added them says otherwise; issue 14 ships a rule off in recommended when real code did not show it precise (its docs say why). */
const LATER_RULES: Record<string, string> = { 'retry-without-backoff': 'off', 'unchecked-truncation': 'off', 'silent-fallback': 'warn', 'shared-state-race': 'off', 'wall-clock-ordering': 'off', 'deadline-not-propagated': 'error' };
const projects: Array<{ dispose: () => void }> = [];
function project(files: Record<string, string> = {}): string {
  const created = tempProject({ 'tsconfig.json': TSCONFIG, ...files });
  projects.push(created);
  return created.dir;
}

beforeAll(assertBuilt);
afterAll(() => projects.forEach((p) => p.dispose()));

describe('agentvet rules', () => {
  it('prints a table of the catalogue', () => {
    const run = runCli(['rules'], project());
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.split('\n');
    expect(header).toMatch(/^rule +default +fixable +suggestions +description$/);
    for (const id of CORE_RULES) expect(rows.some((row) => row.startsWith(`${id} `) && /\berror\b/.test(row))).toBe(true);
    for (const [id, severity] of Object.entries(LATER_RULES)) {
      expect(rows.find((row) => row.startsWith(`${id} `)), id).toMatch(new RegExp(`^${id} +${severity} `));
    }
    expect(rows.filter((row) => /^[a-z-]+ +(error|warn|off) /.test(row)).length).toBe(CORE_RULES.length + Object.keys(LATER_RULES).length);
  });

  it('prints JSON with --format json', () => {
    const run = runCli(['rules', '--format', 'json'], project());
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(CORE_RULES));
    expect(rules.find((r) => r.id === 'unkeyed-retry')).toMatchObject({
      defaultSeverity: 'error',
      fixable: expect.any(Boolean),
      hasSuggestions: expect.any(Boolean),
      description: expect.any(String),
      docsUrl: expect.stringMatching(/rules\/docs\/unkeyed-retry\.md$/),
    });
  });

  it('rejects an unknown format with exit 2', () => {
    const run = runCli(['rules', '--format', 'yaml'], project());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format "yaml": expected table or json/);
  });
});

describe('agentvet init', () => {
  it('writes a starter config that lint accepts, and refuses to overwrite it without --force', () => {
    const dir = project({ 'src/ok.ts': 'export const answer = 42;\n' });
    const first = runCli(['init'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Wrote agentvet\.config\.json/);
    const config = JSON.parse(readFileSync(join(dir, 'agentvet.config.json'), 'utf8'));
    expect(config.extends).toBe('recommended');
    for (const id of CORE_RULES) expect(config.rules[id]).toBe('error');
    expect(config.ignores).toEqual(expect.arrayContaining(['**/node_modules/**', '**/dist/**', '**/build/**']));

    expect(runCli(['lint'], dir)).toMatchObject({ code: 0, stderr: '' });

    const again = runCli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/agentvet\.config\.json already exists.*--force/);
    expect(hasStackTrace(again.stderr)).toBe(false);

    const forced = runCli(['init', '--force'], dir);
    expect(forced.code).toBe(0);
  });
});

describe('agentvet', () => {
  it('prints its version and help', () => {
    const dir = project();
    const version = runCli(['--version'], dir);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    const help = runCli(['--help'], dir);
    expect(help.code).toBe(0);
    for (const command of ['lint', 'rules', 'init']) expect(help.stdout).toContain(command);
  });

  it('exits 2 on an unknown command', () => {
    const run = runCli(['lnit'], project());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'lnit'/);
  });
});

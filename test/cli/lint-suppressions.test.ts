// End-to-end: `agentvet lint --suppress-all / --suppress-rule / --prune-suppressions /
// --suppressions-location` as a child process on scratch projects — the adoption path of a repository
// with old findings, and a bad suppressions file as a clear exit-2 error.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, hasStackTrace, runCli, tempProject, TSCONFIG } from './cli-process.js';

const LEGACY = [
  'export async function fetchCustomer(id: string): Promise<unknown> {',
  '  const response = await fetch(`https://crm.example.com/customers/${id}`);',
  '  return response.json();',
  '}',
  '',
  'export async function fetchInvoices(id: string): Promise<unknown> {',
  '  const response = await fetch(`https://billing.example.com/invoices?customer=${id}`);',
  '  return response.json();',
  '}',
  '',
].join('\n');

const NEW_CALL = [
  'export async function fetchRefunds(id: string): Promise<unknown> {',
  '  const response = await fetch(`https://billing.example.com/refunds?customer=${id}`);',
  '  return response.json();',
  '}',
  '',
].join('\n');

const projects: Array<{ dispose: () => void }> = [];
function project(files: Record<string, string>): string {
  const created = tempProject({ 'tsconfig.json': TSCONFIG, ...files });
  projects.push(created);
  return created.dir;
}
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, { count: number; lines?: Record<string, number> }>>;

beforeAll(assertBuilt);
afterAll(() => projects.forEach((p) => p.dispose()));

describe('agentvet lint --suppress-all: adopting agentvet on a repository with old findings', () => {
  it('records the findings, then passes; a new finding fails the run and is the only one reported', () => {
    const dir = project({ 'src/crm.ts': LEGACY, 'src/clean.ts': 'export const x = 1;\n' });
    expect(runCli(['lint'], dir).code).toBe(1);
    const suppress = runCli(['lint', '--suppress-all'], dir);
    expect(suppress).toMatchObject({ code: 0, stdout: '' });
    expect(suppress.stderr).toBe('agentvet: agentvet-suppressions.json now suppresses 2 findings in 1 file; commit it with your change\n');
    const file = readJson(join(dir, 'agentvet-suppressions.json'));
    expect(Object.keys(file)).toEqual(['src/crm.ts']);
    expect(file['src/crm.ts']!['missing-deadline']!.count).toBe(2);
    expect(runCli(['lint'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });

    // Lines inserted above move the old findings: still suppressed.
    writeFileSync(join(dir, 'src/crm.ts'), `// CRM client\n\n${LEGACY}\n${NEW_CALL}`);
    const run = runCli(['lint', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ line: number }> }>;
    expect(reports.find((r) => r.filePath.endsWith('crm.ts'))!.messages.map((m) => m.line)).toEqual([14]);
  });

  it('a fixed finding makes its entry stale: the run fails with exit 2 until --prune-suppressions', () => {
    const dir = project({ 'src/crm.ts': LEGACY });
    runCli(['lint', '--suppress-all'], dir);
    writeFileSync(join(dir, 'src/crm.ts'), LEGACY.replace('customers/${id}`);', 'customers/${id}`, { signal: AbortSignal.timeout(5_000) });'));
    const stale = runCli(['lint'], dir);
    expect(stale.code).toBe(2);
    expect(stale.stdout).toBe('');
    expect(stale.stderr).toBe(
      [
        'agentvet: agentvet-suppressions.json has suppressions that no longer match a finding (fixed code: good), so the file must shrink:',
        '  src/crm.ts  missing-deadline  2 recorded, 1 found',
        'Run `agentvet lint --prune-suppressions` to remove them, and commit the file.',
        '',
      ].join('\n'),
    );
    expect(runCli(['lint', '--prune-suppressions'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readJson(join(dir, 'agentvet-suppressions.json'))['src/crm.ts']!['missing-deadline']!.count).toBe(1);
    expect(runCli(['lint'], dir).code).toBe(0);
  });

  it('a deleted file is not stale, and --prune-suppressions drops it from the file', () => {
    const dir = project({ 'src/crm.ts': LEGACY, 'src/old.ts': NEW_CALL });
    runCli(['lint', '--suppress-all'], dir);
    expect(Object.keys(readJson(join(dir, 'agentvet-suppressions.json')))).toEqual(['src/crm.ts', 'src/old.ts']);
    rmSync(join(dir, 'src/old.ts'));
    expect(runCli(['lint'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    runCli(['lint', '--prune-suppressions'], dir);
    expect(Object.keys(readJson(join(dir, 'agentvet-suppressions.json')))).toEqual(['src/crm.ts']);
  });

  it('--suppress-rule records one rule only; an unknown rule is a usage error', () => {
    const tool = [
      "import { tool } from 'ai';",
      "import { z } from 'zod';",
      'export const refund = tool({',
      "  description: 'Refund an order',",
      '  inputSchema: z.object({ orderId: z.string() }),',
      '  execute: async ({ orderId }, { abortSignal }) => {',
      "    const res = await fetch('https://pay.example.com/refunds', { method: 'POST', body: orderId, signal: abortSignal });",
      '    return res.ok;',
      '  },',
      '});',
      '',
    ].join('\n');
    const dir = project({ 'src/crm.ts': LEGACY, 'src/refund.ts': tool });
    const run = runCli(['lint', '--suppress-rule', 'missing-deadline', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const reported = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(reported).toEqual(['non-idempotent-tool']);
    expect(Object.keys(readJson(join(dir, 'agentvet-suppressions.json')))).toEqual(['src/crm.ts']);
    expect(runCli(['lint', '--suppress-rule', 'missing-dedline'], dir)).toMatchObject({
      code: 2,
      stderr: 'agentvet: --suppress-rule missing-dedline: unknown rule "missing-dedline" (run `agentvet rules` for the list)\n',
    });
  });

  it('--suppressions-location puts the file elsewhere, with paths relative to its folder, and later runs need the same flag', () => {
    const dir = project({ 'src/crm.ts': LEGACY });
    expect(runCli(['lint', '--suppress-all', '--suppressions-location', '.github/agentvet-suppressions.json'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'agentvet-suppressions.json'))).toBe(false);
    expect(Object.keys(readJson(join(dir, '.github/agentvet-suppressions.json')))).toEqual(['../src/crm.ts']);
    expect(runCli(['lint', '--suppressions-location', '.github/agentvet-suppressions.json'], dir).code).toBe(0);
    expect(runCli(['lint'], dir).code).toBe(1);
  });

  it('--fix --suppress-all fixes what is safe and records only the rest', () => {
    const handler = LEGACY.replace('fetchCustomer(id: string)', 'fetchCustomer(id: string, signal: AbortSignal)');
    const dir = project({ 'src/crm.ts': handler });
    const run = runCli(['lint', '--fix', '--suppress-all'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'src/crm.ts'), 'utf8')).toContain('customers/${id}`, { signal });');
    expect(readJson(join(dir, 'agentvet-suppressions.json'))['src/crm.ts']!['missing-deadline']!.count).toBe(1);
  });
});

describe('agentvet lint: a bad suppressions file is a clear exit-2 error', () => {
  it.each([
    ['{ "src/crm.ts": { "missing-deadline": { "count": 2 }', 'agentvet: agentvet-suppressions.json: not a valid suppressions file: not JSON ('],
    ['{ "src/crm.ts": { "missing-deadline": { "count": "two" } } }', 'agentvet: agentvet-suppressions.json: not a valid suppressions file: "src/crm.ts" › "missing-deadline" › "count": Invalid input: expected number, received string'],
  ])('%s', (text, message) => {
    const dir = project({ 'src/crm.ts': LEGACY, 'agentvet-suppressions.json': text });
    const run = runCli(['lint'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('contradicting flags are a usage error', () => {
    const dir = project({ 'src/crm.ts': LEGACY });
    expect(runCli(['lint', '--suppress-all', '--suppress-rule', 'missing-deadline'], dir)).toMatchObject({
      code: 2,
      stderr: 'agentvet: --suppress-all and --suppress-rule cannot be used together (--suppress-all already records every rule)\n',
    });
    expect(runCli(['lint', '--suppress-all', '--baseline-ref', 'main'], dir).code).toBe(2);
  });
});

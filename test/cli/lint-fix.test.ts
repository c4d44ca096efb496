// `agentvet lint --fix` / `--fix-dry-run` on a small agent project with real SDK types: the safe fixes
// are applied (a received signal always; a deadline only with settings.fixTimeoutMs), the project is
// re-linted, and the fixed code still type-checks with the real `tsc`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from './cli-process.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const FIXTURE = join(HERE, 'fixtures/fix-project');
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');

const copies: string[] = [];
function fixtureCopy(config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'agentvet-fix-'));
  cpSync(FIXTURE, dir, { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  if (config) writeFileSync(join(dir, 'agentvet.config.json'), JSON.stringify(config));
  copies.push(dir);
  return dir;
}

function typeCheck(dir: string): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, output: run.stdout + run.stderr };
}

interface JsonMessage {
  ruleId: string;
  line: number;
}
function findings(dir: string): string[] {
  const run = runCli(['lint', '--format', 'json'], dir);
  const files = JSON.parse(run.stdout) as Array<{ filePath: string; messages: JsonMessage[] }>;
  return files.flatMap((file) => file.messages.map((m) => `${file.filePath.slice(dir.length + 1)}:${m.line} ${m.ruleId}`));
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

beforeAll(assertBuilt);
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('agentvet lint --fix', () => {
  it('the fixture type-checks and has three dropped signals and three missing deadlines before fixing', () => {
    const dir = fixtureCopy();
    expect(typeCheck(dir)).toEqual({ code: 0, output: '' });
    expect(findings(dir)).toEqual([
      'src/openai-calls.ts:7 deadline-not-propagated',
      'src/status.ts:3 missing-deadline',
      'src/status.ts:8 missing-deadline',
      'src/status.ts:14 missing-deadline',
      'src/support-tools.ts:11 deadline-not-propagated',
      'src/support-tools.ts:19 deadline-not-propagated',
    ]);
  });

  it('forwards received signals, leaves calls with no signal in scope for a person, and the result type-checks', () => {
    const dir = fixtureCopy();
    const run = runCli(['lint', '--fix'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'agentvet: fixed 3 problems in 2 files:',
        "  src/openai-calls.ts:7:28  deadline-not-propagated  Forward the caller's signal (signal)",
        "  src/support-tools.ts:11:32  deadline-not-propagated  Forward the caller's signal (abortSignal)",
        "  src/support-tools.ts:19:32  deadline-not-propagated  Forward the caller's signal (abortSignal)",
        '',
      ].join('\n'),
    );
    expect(read(dir, 'src/support-tools.ts')).toContain('await fetch(`https://orders.example.com/orders/${orderId}`, { signal: abortSignal });');
    expect(read(dir, 'src/support-tools.ts')).toContain('await generateText({ abortSignal, model, prompt: `Summarise: ${ticket}` });');
    expect(read(dir, 'src/openai-calls.ts')).toContain("messages: [{ role: 'user', content: text }] }, { signal });");
    expect(read(dir, 'src/status.ts')).toBe(read(FIXTURE, 'src/status.ts'));
    // The report is of the fixed code: only the three calls with no signal in scope remain.
    expect(run.stdout).toContain('✖ 3 problems (3 errors, 0 warnings)');
    expect(findings(dir)).toEqual(['src/status.ts:3 missing-deadline', 'src/status.ts:8 missing-deadline', 'src/status.ts:14 missing-deadline']);
    expect(typeCheck(dir)).toEqual({ code: 0, output: '' });
  });

  it('with deadline-not-propagated off, missing-deadline reports the dropped signals and --fix forwards them the same way', () => {
    const dir = fixtureCopy({ rules: { 'deadline-not-propagated': 'off' } });
    expect(findings(dir).filter((f) => !f.startsWith('src/status.ts'))).toEqual([
      'src/openai-calls.ts:7 missing-deadline',
      'src/support-tools.ts:11 missing-deadline',
      'src/support-tools.ts:19 missing-deadline',
    ]);
    const run = runCli(['lint', '--fix'], dir);
    expect(run.stderr).toContain("  src/support-tools.ts:11:32  missing-deadline  Forward the caller's signal (abortSignal)\n");
    expect(run.stderr).toMatch(/^agentvet: fixed 3 problems in 2 files:\n/);
    expect(read(dir, 'src/support-tools.ts')).toContain('await generateText({ abortSignal, model, prompt: `Summarise: ${ticket}` });');
    expect(read(dir, 'src/openai-calls.ts')).toContain("messages: [{ role: 'user', content: text }] }, { signal });");
    expect(findings(dir)).toEqual(['src/status.ts:3 missing-deadline', 'src/status.ts:8 missing-deadline', 'src/status.ts:14 missing-deadline']);
  });

  it('adds AbortSignal.timeout(settings.fixTimeoutMs) where no signal is in scope, never where the options are a variable', () => {
    const dir = fixtureCopy({ settings: { fixTimeoutMs: 20000 } });
    const run = runCli(['lint', '--fix'], dir);
    expect(run.stderr).toContain('fixed 5 problems in 3 files');
    expect(read(dir, 'src/status.ts')).toContain("await fetch('https://status.example.com/health', { signal: AbortSignal.timeout(20_000) });");
    expect(read(dir, 'src/status.ts')).toContain("await fetch('https://audit.example.com/entries', { signal: AbortSignal.timeout(20_000), method: 'POST', body: JSON.stringify(entry) });");
    expect(read(dir, 'src/status.ts')).toContain("await fetch('https://status.example.com/ping', shared);");
    // A received signal still wins over an invented deadline.
    expect(read(dir, 'src/openai-calls.ts')).toContain('}, { signal });');
    expect(findings(dir)).toEqual(['src/status.ts:14 missing-deadline']);
    expect(run.code).toBe(1);
    expect(typeCheck(dir)).toEqual({ code: 0, output: '' });
  });

  it('a rule\'s own fixTimeoutMs overrides the shared setting', () => {
    const dir = fixtureCopy({ settings: { fixTimeoutMs: 20000 }, rules: { 'missing-deadline': ['error', { fixTimeoutMs: 5000 }] } });
    runCli(['lint', '--fix'], dir);
    expect(read(dir, 'src/status.ts')).toContain('AbortSignal.timeout(5000)');
  });

  it('a second --fix finds nothing left to fix and changes nothing', () => {
    const dir = fixtureCopy();
    runCli(['lint', '--fix'], dir);
    const before = read(dir, 'src/support-tools.ts');
    const again = runCli(['lint', '--fix'], dir);
    expect(again.stderr).toBe('');
    expect(read(dir, 'src/support-tools.ts')).toBe(before);
  });
});

describe('agentvet lint --fix-dry-run', () => {
  it('writes nothing, reports what would remain, and carries the fixed text as ESLint\'s "output"', () => {
    const dir = fixtureCopy();
    const run = runCli(['lint', '--fix-dry-run', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^agentvet: would fix 3 problems in 2 files:\n/);
    expect(read(dir, 'src/support-tools.ts')).toBe(read(FIXTURE, 'src/support-tools.ts'));
    const files = JSON.parse(run.stdout) as Array<{ filePath: string; messages: JsonMessage[]; output?: string; fixableErrorCount: number }>;
    const tools = files.find((f) => f.filePath.endsWith('support-tools.ts'))!;
    expect(tools.messages).toEqual([]);
    expect(tools.output).toContain('{ signal: abortSignal }');
    const status = files.find((f) => f.filePath.endsWith('status.ts'))!;
    expect(status.output).toBeUndefined();
    expect(status.messages.map((m) => m.line)).toEqual([3, 8, 14]);
  });

  it('json counts what --fix could still fix, and says nothing of a file it would not change', () => {
    const dir = fixtureCopy();
    const files = JSON.parse(runCli(['lint', '--format', 'json'], dir).stdout) as Array<{ filePath: string; fixableErrorCount: number; fixableWarningCount: number; output?: string }>;
    expect(files.map((f) => [f.filePath.slice(dir.length + 1), f.fixableErrorCount, f.fixableWarningCount, 'output' in f])).toEqual([
      ['src/openai-calls.ts', 1, 0, false], // a dropped signal is an error whatever the SDK's own default
      ['src/status.ts', 0, 0, false],
      ['src/support-tools.ts', 2, 0, false],
    ]);
  });

  it('--fix and --fix-dry-run together are a usage error', () => {
    const run = runCli(['lint', '--fix', '--fix-dry-run'], fixtureCopy());
    expect(run).toMatchObject({ code: 2, stderr: 'agentvet: --fix and --fix-dry-run cannot be used together (choose one)\n' });
  });
});

// End-to-end: `agentvet lint` as a child process on small projects — formats, exit codes 0/1/2,
// --max-warnings, --rule, --output-file, and usage/config errors printed without stack traces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, hasStackTrace, runCli, tempProject, TSCONFIG } from './cli-process.js';

const UNSAFE_FETCH = [
  'export async function fetchCustomer(id: string): Promise<unknown> {',
  '  const response = await fetch(`https://crm.example.com/customers/${id}`);',
  '  return response.json();',
  '}',
  '',
].join('\n');

const SAFE_FETCH = [
  'export async function fetchCustomer(id: string): Promise<unknown> {',
  '  const response = await fetch(`https://crm.example.com/customers/${id}`, { signal: AbortSignal.timeout(5_000) });',
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

beforeAll(assertBuilt);
afterAll(() => projects.forEach((p) => p.dispose()));

describe('agentvet lint: exit codes and stylish output', () => {
  it('exits 0 and prints nothing on a clean project', () => {
    const run = runCli(['lint'], project({ 'src/customer.ts': SAFE_FETCH }));
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on an error finding, with a plain (uncoloured) stylish report when piped', () => {
    const run = runCli(['lint'], project({ 'src/customer.ts': UNSAFE_FETCH }));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toContain('src/customer.ts\n');
    expect(run.stdout).toMatch(/ {2}2:26 +error +.+ +missing-deadline +(high|medium|low) confidence\n/);
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('colours with FORCE_COLOR and not with NO_COLOR', () => {
    const dir = project({ 'src/customer.ts': UNSAFE_FETCH });
    expect(runCli(['lint'], dir, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[31m');
    expect(runCli(['lint'], dir, { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('lints the paths it is given', () => {
    const dir = project({ 'src/customer.ts': SAFE_FETCH, 'scripts/import.ts': UNSAFE_FETCH });
    const run = runCli(['lint', 'scripts/import.ts'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('scripts/import.ts');
  });

  it('reports a file that does not parse and goes on with the others', () => {
    // Only files that can hold a finding are parsed (the prefilter), so the broken one calls fetch.
    const dir = project({ 'src/customer.ts': UNSAFE_FETCH, 'src/broken.ts': "export async function broken( {\n  await fetch('https://x.example');\n" });
    const run = runCli(['lint', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>>; fatalErrorCount: number }>;
    const broken = files.find((f) => f.filePath.endsWith('broken.ts'))!;
    expect(broken.fatalErrorCount).toBe(1);
    expect(broken.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(files.find((f) => f.filePath.endsWith('customer.ts'))!.messages[0]).toMatchObject({ ruleId: 'missing-deadline' });
  });
});

describe('agentvet lint: --rule and --max-warnings', () => {
  it('--rule id:warn makes a finding a warning: exit 0 unless warnings exceed --max-warnings', () => {
    const dir = project({ 'src/customer.ts': UNSAFE_FETCH });
    const warned = runCli(['lint', '--rule', 'missing-deadline:warn'], dir);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/2:26 +warning +/);
    expect(warned.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect(runCli(['lint', '--rule', 'missing-deadline:warn', '--max-warnings', '1'], dir).code).toBe(0);
    const tooMany = runCli(['lint', '--rule', 'missing-deadline:warn', '--max-warnings', '0'], dir);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe('agentvet: 1 warning found, more than --max-warnings 0 allows\n');
  });

  it('--rule id:off turns a rule off, and the last --rule wins', () => {
    const dir = project({ 'src/customer.ts': UNSAFE_FETCH });
    expect(runCli(['lint', '--rule', 'missing-deadline:off'], dir)).toMatchObject({ code: 0, stdout: '' });
    expect(runCli(['lint', '--rule', 'missing-deadline:off', '--rule', 'missing-deadline:error'], dir).code).toBe(1);
  });

  it('a config severity applies, and --rule overrides it', () => {
    const dir = project({ 'src/customer.ts': UNSAFE_FETCH, 'agentvet.config.json': '{ "rules": { "missing-deadline": "warn" } }' });
    expect(runCli(['lint'], dir).code).toBe(0);
    expect(runCli(['lint', '--rule', 'missing-deadline:error'], dir).code).toBe(1);
  });
});

describe('agentvet lint: machine formats', () => {
  it('json is ESLint-shaped', () => {
    const dir = project({ 'src/customer.ts': UNSAFE_FETCH });
    const run = runCli(['lint', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const [file] = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(file).toMatchObject({
      filePath: join(dir, 'src/customer.ts'),
      errorCount: 1,
      warningCount: 0,
      fatalErrorCount: 0,
      messages: [{ ruleId: 'missing-deadline', severity: 2, line: 2, column: 26, relatedLocations: [], docsUrl: expect.stringMatching(/missing-deadline\.md$/) }],
    });
  });

  it('sarif names agentvet, its rules and relative locations', () => {
    const dir = project({ 'src/customer.ts': UNSAFE_FETCH });
    const run = runCli(['lint', '-f', 'sarif'], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    const sarifRun = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(sarifRun.tool.driver.name).toBe('agentvet');
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(['non-idempotent-tool', 'missing-deadline', 'unbounded-agent-loop', 'unkeyed-retry']),
    );
    const [result] = sarifRun.results;
    expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe('missing-deadline');
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'src/customer.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } });
    expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('sarif fingerprints survive lines inserted above the finding', () => {
    const fingerprint = (source: string) => {
      const run = runCli(['lint', '-f', 'sarif'], project({ 'src/customer.ts': source }));
      return JSON.parse(run.stdout).runs[0].results[0].partialFingerprints;
    };
    expect(fingerprint(`// Customer lookups.\n\nimport { strict } from 'node:assert';\nstrict.ok(true);\n\n${UNSAFE_FETCH}`)).toEqual(fingerprint(UNSAFE_FETCH));
  });

  it('github prints workflow annotations', () => {
    const run = runCli(['lint', '--format', 'github'], project({ 'src/customer.ts': UNSAFE_FETCH }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=src\/customer\.ts,line=2,endLine=2,col=26,endColumn=\d+,title=agentvet\(missing-deadline\)::.+\n$/);
  });

  it('--output-file writes the report to a file and nothing to stdout', () => {
    const dir = project({ 'src/customer.ts': UNSAFE_FETCH });
    const run = runCli(['lint', '-f', 'json', '-o', 'reports/agentvet.json'], dir);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'reports/agentvet.json'), 'utf8'))[0].errorCount).toBe(1);
  });
});

describe('agentvet lint: usage and config errors exit 2 with a message and no stack trace', () => {
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['an unknown format', ['--format', 'xml'], {}, /--format "xml": expected one of stylish, json, sarif, github/],
    ['a bad --max-warnings', ['--max-warnings', 'lots'], {}, /--max-warnings "lots"/],
    ['a malformed --rule', ['--rule', 'missing-deadline'], {}, /--rule missing-deadline: expected <rule-id>:<off\|warn\|error>/],
    ['an unknown rule in --rule', ['--rule', 'made-up-rule:warn'], {}, /unknown rule "made-up-rule"/],
    ['a bad --min-confidence', ['--min-confidence', 'certain'], {}, /--min-confidence "certain"/],
    ['an unknown option', ['--colour'], {}, /unknown option '--colour'/],
    ['a missing --config file', ['--config', 'nope.json'], {}, /--config nope\.json: no such file/],
    ['a config that is not JSON', [], { 'agentvet.config.json': '{ "rules": ' }, /agentvet\.config\.json: not valid JSON/],
    ['an unknown config key', [], { 'agentvet.config.json': '{ "colour": true }' }, /agentvet\.config\.json: .*unknown key: colour/],
    [
      'a bad severity value',
      [],
      { 'agentvet.config.json': '{ "rules": { "missing-deadline": "loud" } }' },
      /agentvet\.config\.json: rules\.missing-deadline: .*"loud"/,
    ],
    ['an unknown rule in the config', [], { 'agentvet.config.json': '{ "rules": { "made-up-rule": "error" } }' }, /rules\.made-up-rule: unknown rule "made-up-rule"/],
    ['a --config given explicitly with a bad value', ['--config', 'ci.json'], { 'ci.json': '{ "minConfidence": "sure" }' }, /ci\.json: minConfidence: .*"sure"/],
  ];

  it.each(cases)('%s', (_name, args, files, message) => {
    const run = runCli(['lint', ...args], project({ 'src/customer.ts': UNSAFE_FETCH, ...files }));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('paths that match no files', () => {
    const run = runCli(['lint', 'does-not-exist'], project({ 'src/customer.ts': SAFE_FETCH }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does-not-exist/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('agentvet lint: suppression problems reach every format', () => {
  const SUPPRESSED = [
    'export async function fetchCustomer(id: string): Promise<unknown> {',
    '  // agentvet-disable-next-line missing-deadline -- the gateway in front enforces a 5 s timeout',
    '  const response = await fetch(`https://crm.example.com/customers/${id}`);',
    '  return response.json();',
    '}',
    '',
  ].join('\n');
  const NO_REASON = SUPPRESSED.replace(' -- the gateway in front enforces a 5 s timeout', '');

  it('a suppression with a reason silences the finding', () => {
    expect(runCli(['lint'], project({ 'src/customer.ts': SUPPRESSED }))).toMatchObject({ code: 0, stdout: '' });
  });

  it('a suppression without a reason is a warning, in json and in sarif', () => {
    const dir = project({ 'src/customer.ts': NO_REASON });
    const json = runCli(['lint', '-f', 'json'], dir);
    const [file] = JSON.parse(json.stdout);
    expect(file.messages).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'invalid-suppression', severity: 1, line: 2 })]));
    const sarif = JSON.parse(runCli(['lint', '-f', 'sarif'], dir).stdout).runs[0];
    const result = sarif.results.find((r: { ruleId: string }) => r.ruleId === 'invalid-suppression');
    expect(sarif.tool.driver.rules[result.ruleIndex].id).toBe('invalid-suppression');
    expect(result.level).toBe('warning');
  });
});

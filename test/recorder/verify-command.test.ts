// `agentvet verify`: a folder of recordings replayed against their programs as a CI step — a line
// per recording, exit 0 when all replay, exit 1 with the divergence report when one no longer does,
// JUnit and JSON summaries a CI system reads; bad input exits 2. The recordings: a fetch call aborted
// on its deadline, and the same streamed agent recorded through each of the openai, Anthropic and AI
// SDK clients (the SDK named in the recorded command).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../cli/cli-process.js';
import { fixture, recordProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();
const SDKS = ['anthropic', 'ai', 'openai'] as const;

describe('agentvet verify', () => {
  let folder = '';
  beforeAll(async () => {
    folder = join(bed.scratch.path, 'recordings');
    mkdirSync(folder);
    const env = { STUB_URL: bed.stub.url };
    expect((await recordProgram(join(folder, 'aborted.jsonl'), { command: ['node', fixture('aborted-request.mjs')], env: { ...env, DEADLINE_MS: '200' } })).exitCode).toBe(0);
    for (const sdk of SDKS) {
      const recorded = await recordProgram(join(folder, `agent-${sdk}.jsonl`), { command: ['node', fixture('llm-fault-agent.mjs'), sdk], env });
      expect(recorded.stdout).toContain('second: finish=');
      expect(recorded.exitCode).toBe(0);
    }
  });

  const verify = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [CLI, 'verify', ...args], { cwd: bed.scratch.path, encoding: 'utf8', env: { ...process.env, STUB_URL: bed.stub.url, DEADLINE_MS: '200', ...env } });

  it('replays every recording in the folder and writes a JUnit and a JSON summary', () => {
    const connections = bed.stub.connections();
    const run = verify(['recordings', '--junit', 'reports/agentvet.xml', '--json', 'reports/agentvet.json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok {3}recordings\/aborted\.jsonl {2}\(node .*aborted-request\.mjs, [\d.]+ s\)$/m);
    for (const sdk of SDKS) expect(run.stdout).toMatch(new RegExp(`^ok {3}recordings/agent-${sdk}\\.jsonl {2}\\(node .*llm-fault-agent\\.mjs ${sdk}, `, 'm'));
    expect(run.stdout).toContain('4 recording(s): 4 replayed, 0 failed');
    expect(bed.stub.connections()).toBe(connections);

    const junit = readFileSync(join(bed.scratch.path, 'reports/agentvet.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="agentvet replay" tests="4" failures="0"');
    for (const sdk of SDKS) expect(junit).toContain(`<testcase classname="agentvet.replay" name="recordings/agent-${sdk}.jsonl"`);
    const json = JSON.parse(readFileSync(join(bed.scratch.path, 'reports/agentvet.json'), 'utf8'));
    expect(json).toMatchObject({ recordings: 4, passed: 4, failed: 0 });
  });

  it('fails with a report per recording when a program no longer replays, through each SDK', () => {
    const run = verify(['recordings', '--junit', 'reports/changed.xml'], { SECOND_PROMPT: 'Say it arrives tomorrow' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ok {3}recordings\/aborted\.jsonl/m);
    // A report under each FAIL line, up to the next recording's line: what changed in the model call.
    const reports = run.stdout.split(/^(?=ok {3}|FAIL )/m);
    for (const sdk of SDKS) {
      const report = reports.find((part) => part.startsWith(`FAIL recordings/agent-${sdk}.jsonl`)) ?? '';
      expect(report).toContain('divergence — the program made a request that is not in the recording');
      expect(report).toContain('"Say the shipping is on its way now" → "Say it arrives tomorrow"');
    }
    expect(run.stdout).toContain('4 recording(s): 1 replayed, 3 failed');
    const junit = readFileSync(join(bed.scratch.path, 'reports/changed.xml'), 'utf8');
    expect(junit).toContain('tests="4" failures="3"');
    expect(junit).toContain('<failure message="the program diverged from the recording">');
    expect(junit).toContain('&quot;Say it arrives tomorrow&quot;');
  });

  it('stops at the first failure with --bail, and replays with the command after --', () => {
    const bailed = verify(['recordings/agent-openai.jsonl', 'recordings/aborted.jsonl', '--bail'], { SECOND_PROMPT: 'changed' });
    expect(bailed.status).toBe(1);
    expect(bailed.stdout).toContain('1 recording(s): 0 replayed, 1 failed');
    const overridden = verify(['recordings/aborted.jsonl', '--', 'node', fixture('aborted-request.mjs')]);
    expect(overridden.status).toBe(0);
    expect(overridden.stdout).toContain('1 recording(s): 1 replayed, 0 failed');
  });

  it('exits 2 when there is nothing to verify', () => {
    mkdirSync(join(bed.scratch.path, 'empty'));
    const empty = verify(['empty']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no recordings (*.jsonl) in empty');
    const missing = verify(['nowhere']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere: no such file or folder');
  });
});

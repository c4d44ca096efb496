// Faults at a recorded point (`replay --fault <where>=<what>`), end to end on real programs and SDK
// clients against the loopback stub: every fault kind replayed twice with byte-identical output,
// retries answered from the recording, seeded values for reads the recording lacks, `-o` writing the
// faulted run, and the unkeyed-retry proof — `check` on the faulted run reports the duplicate
// before the fix and is clean after it. Bad fault flags are exit-2 errors.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRecording } from '../../recorder/model/checks/run-checks.js';
import { readRecording } from '../../recorder/reading.js';
import { idempotencyKeyNames } from '../../rules/knowledge/saas-writes.js';
import { CLI } from '../cli/cli-process.js';
import { eventsOf, fixture, recordProgram, REPOSITORY, replayProgram, useRecorderTestBed, type ReplayRun } from './harness.js';

const bed = useRecorderTestBed();

/** Replays with the idempotency-key names the CLI passes (a retry with a fresh key is matched without it). */
function replay(recording: string, run: ReplayRun) {
  return replayProgram(recording, { idempotencyKeyNames, ...run });
}

/** Replays twice with the same flags: both runs must print exactly the same; returns the first. */
async function replayTwice(recording: string, run: ReplayRun) {
  const first = await replay(recording, run);
  const second = await replay(recording, run);
  expect(second.stdout).toBe(first.stdout);
  expect(second.exitCode).toBe(first.exitCode);
  expect(second.divergence).toEqual(first.divergence === null ? null : { ...first.divergence, pid: second.divergence?.pid });
  return first;
}

function checks(file: string) {
  return checkRecording(readRecording(file), { idempotencyKeyNames }).map((finding) => finding.check);
}

describe('faults on a tool call with retries (refund agent, openai client)', () => {
  const run = (env: Record<string, string> = {}) => ({ command: ['node', fixture('refund-agent.mjs')], env: { STUB_URL: bed.stub.url, ...env } });
  let buggy = '';
  let fixed = '';
  beforeAll(async () => {
    buggy = join(bed.scratch.path, 'refund-buggy.jsonl');
    fixed = join(bed.scratch.path, 'refund-fixed.jsonl');
    for (const [file, env] of [[buggy, {}], [fixed, { REFUND_FIXED: '1' }]] as const) {
      const recorded = await recordProgram(file, run(env));
      expect(recorded.stdout).toContain('refund attempt 1: 200');
      expect(checks(file)).toEqual([]);
    }
  });

  it('timeout: the call stays silent until its own deadline; the retry is answered from the recording with a seeded key and jitter', async () => {
    const output = join(bed.scratch.path, 'timeout-a.jsonl');
    const replayed = await replayTwice(buggy, { ...run(), flags: { faults: ['POST /refunds=timeout'] } });
    expect(replayed.exitCode).toBe(0);
    expect(replayed.stdout).toMatch(/refund attempt 1 failed: TimeoutError: The operation was aborted due to timeout; retrying in \d+ ms\nrefund attempt 2: 200\n/);
    expect(bed.stub.requests().filter((request) => request.path === '/refunds')).toHaveLength(2);

    const written = await replay(buggy, { ...run(), flags: { faults: ['POST /refunds=timeout'] }, output });
    expect(written.stdout).toBe(replayed.stdout);
    const recording = readRecording(output);
    expect(recording.header.source).toMatchObject({ recording: buggy, faults: ['POST /refunds=timeout'] });
    const refunds = eventsOf(recording, 'http.request').filter((request) => request.url.endsWith('/refunds'));
    expect(refunds.map((request) => request.fault ?? null)).toEqual(['POST /refunds=timeout', null]);
    expect(refunds[0]?.from).toBe(refunds[1]?.from);
    // The retry's fresh key and the jitter are seeded reads: present in the new run, not in the old.
    // The tool's own reads (the key on line 17, the jitter on line 33), not the SDK's on the model calls.
    const own = eventsOf(recording, 'random').filter((read) => read.site?.line === 17 || read.site?.line === 33);
    expect(own.map((read) => `${read.source}@${read.site?.line}#${read.occurrence}`)).toEqual([
      'crypto.randomUUID@17#0',
      'Math.random@33#0',
      'crypto.randomUUID@17#1',
    ]);
    const keys = refunds.map((request) => JSON.parse(request.body && 'text' in request.body ? request.body.text : '{}').idempotency_key);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('proves the unkeyed-retry fix: check reports the retried refund before the fix and is clean after it', async () => {
    const before = join(bed.scratch.path, 'faulted-buggy.jsonl');
    const after = join(bed.scratch.path, 'faulted-fixed.jsonl');
    expect((await replay(buggy, { ...run(), flags: { faults: ['POST /refunds=timeout'] }, output: before })).exitCode).toBe(0);
    expect((await replay(fixed, { ...run({ REFUND_FIXED: '1' }), flags: { faults: ['POST /refunds=timeout'] }, output: after })).exitCode).toBe(0);
    expect(checks(before)).toEqual(['retry-without-key']);
    expect(checks(after)).toEqual([]);

    // The same through the CLI: exit 1 with the finding, then exit 0.
    const cli = (file: string) => spawnSync(process.execPath, [CLI, 'check', '--no-static', file], { cwd: REPOSITORY, encoding: 'utf8' });
    const reported = cli(before);
    expect(reported.status).toBe(1);
    expect(reported.stdout).toContain('was retried after a failure');
    expect(reported.stdout).toContain('retry-without-key');
    expect(cli(after).status).toBe(0);
  });

  it('status: a 429 with Retry-After and a 503 with a body, then the retry replays', async () => {
    const limited = await replayTwice(buggy, { ...run(), flags: { faults: ['POST /refunds=429;retry-after=2'] } });
    expect(limited.exitCode).toBe(0);
    expect(limited.stdout).toContain('refund attempt 1 failed: Error: HTTP 429 (retry-after 2): {"error":{"message":"agentvet fault: HTTP 429"');
    expect(limited.stdout).toContain('refund attempt 2: 200');
    const down = await replayTwice(buggy, { ...run(), flags: { faults: ['POST /refunds#1=503;body=upstream down'] } });
    expect(down.stdout).toContain('refund attempt 1 failed: Error: HTTP 503: upstream down');
  });

  it('reset: the connection fails like a reset one', async () => {
    const reset = await replayTwice(buggy, { ...run(), flags: { faults: ['POST /refunds=reset'] } });
    expect(reset.exitCode).toBe(0);
    expect(reset.stdout).toContain('refund attempt 1 failed: TypeError: fetch failed');
  });

  it('timeout on a call with no deadline: replay stops at the cap and reports that the call would hang', async () => {
    const started = performance.now();
    const hung = await replayTwice(buggy, { ...run({ REFUND_DEADLINE_MS: '0' }), flags: { faults: ['POST /refunds=timeout'] }, hangCapMs: 800 });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(hung.exitCode).toBe(1);
    expect(hung.divergence).toMatchObject({ kind: 'hang', reason: 'fault', capMs: 800, request: { method: 'POST' } });
    expect(hung.stdout).not.toContain('refund attempt 1');
  });
});

describe.each(['openai', 'anthropic', 'ai'] as const)('LLM faults through the %s client, streaming', (sdk) => {
  const path = sdk === 'anthropic' ? '/v1/messages' : '/v1/chat/completions';
  const run = (env: Record<string, string> = {}) => ({ command: ['node', fixture('llm-fault-agent.mjs')], env: { STUB_URL: bed.stub.url, LLM_SDK: sdk, ...env } });
  let file = '';
  beforeAll(async () => {
    file = join(bed.scratch.path, `llm-${sdk}.jsonl`);
    const recorded = await recordProgram(file, run());
    expect(recorded.stderr).toBe('');
    expect(recorded.stdout).toContain('tool calls=1');
  });

  it('truncate: the answer stops at the length limit', async () => {
    const truncated = await replayTwice(file, { ...run(), flags: { faults: [`POST ${path}#2=truncate`] } });
    expect(truncated.exitCode).toBe(0);
    const finish = { openai: 'length', anthropic: 'max_tokens', ai: 'length' }[sdk];
    expect(truncated.stdout).toContain(`second: finish=${finish} text="Echo: Say the shipping is "`);
  });

  it('duplicate: the tool call is delivered twice; check shows the duplicate side effect, a program that dedupes by call id stays clean', async () => {
    const duplicated = join(bed.scratch.path, `duplicated-${sdk}.jsonl`);
    const deduped = join(bed.scratch.path, `deduped-${sdk}.jsonl`);
    const replayed = await replayTwice(file, { ...run(), flags: { faults: [`POST ${path}#1=duplicate`] } });
    expect(replayed.stdout).toContain('first: finish=');
    expect(replayed.stdout).toContain('tool calls=2');
    expect(replayed.stdout.match(/^ran ship_order/gm)).toHaveLength(2);
    await replay(file, { ...run(), flags: { faults: [`POST ${path}#1=duplicate`] }, output: duplicated });
    expect(checks(duplicated)).toEqual(['duplicate-side-effect']);
    const clean = await replay(file, { ...run({ TOOLS_DEDUPE: '1' }), flags: { faults: [`POST ${path}#1=duplicate`] }, output: deduped });
    if (sdk === 'ai') {
      // The AI SDK gives a tool call whose id it has seen a new id of its own, so deduping by the
      // call id cannot catch a repeated delivery made through it: the side effect happens twice.
      expect(clean.stdout).not.toContain('skipped a repeated tool call');
      expect(checks(deduped)).toEqual(['duplicate-side-effect']);
    } else {
      expect(clean.stdout).toContain('skipped a repeated tool call ship_order');
      expect(checks(deduped)).toEqual([]);
    }
  });

  it('cut: the stream breaks after k chunks', async () => {
    const cut = await replayTwice(file, { ...run(), flags: { faults: [`POST ${path}#2=cut:2`] } });
    expect(cut.exitCode).not.toBe(0);
    expect(cut.stdout).not.toContain('second:');
    expect(cut.stderr).toMatch(/terminated|Failed to process successful response/);
  });
});

describe('bad fault flags', () => {
  let file = '';
  beforeAll(async () => {
    file = join(bed.scratch.path, 'bad-flags.jsonl');
    await recordProgram(file, { command: ['node', fixture('refund-agent.mjs')], env: { STUB_URL: bed.stub.url } });
  });

  it.each([
    ['an event not in the recording', '1:999=timeout', 'there is no event 1:999 in'],
    ['a matcher that matches nothing', 'DELETE /nowhere=503', 'DELETE /nowhere matches no request in'],
    ['an unknown fault', 'POST /refunds=explode', 'expected <event or matcher>=<fault>'],
    ['a fault that does not fit the exchange', 'POST /refunds=truncate', 'is not an LLM call'],
    ['an event that is not an exchange', '1:0=timeout', 'is a process.start event, not part of an HTTP exchange'],
  ])('exits 2 on %s', (_what, fault, message) => {
    const cli = spawnSync(process.execPath, [CLI, 'replay', file, '--fault', fault, '--', 'node', fixture('refund-agent.mjs')], { cwd: REPOSITORY, encoding: 'utf8' });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain(message);
    expect(cli.stderr).not.toContain('    at ');
    expect(cli.stdout).toBe('');
  });
});

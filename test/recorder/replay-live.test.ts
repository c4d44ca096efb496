// Live after a chosen point, and partial replay, end to end on the real SDK clients against the
// loopback stub: --live-after-divergence (a changed prompt goes to the network, the new run notes
// where it left the old one, and diff reads them side by side from there), --live <matcher> (the
// tools run for real while the model's side replays), --live-after <event>; bad flags exit 2.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../recorder/model/diff/run-diff.js';
import { forkPointLines } from '../../recorder/model/diff/fork-point.js';
import { readRecording } from '../../recorder/reading.js';
import { CLI } from '../cli/cli-process.js';
import { eventsOf, fixture, recordProgram, replayProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

const run = (sdk: string, env: Record<string, string> = {}) => ({
  command: ['node', fixture('llm-fault-agent.mjs')],
  env: { STUB_URL: bed.stub.url, LLM_SDK: sdk, ...env },
});

function requestsTo(path: string): number {
  return bed.stub.requests().filter((request) => request.path.startsWith(path)).length;
}

describe.each(['openai', 'anthropic', 'ai'] as const)('going live through the %s client, streaming', (sdk) => {
  const modelPath = sdk === 'anthropic' ? '/v1/messages' : '/v1/chat/completions';

  it('--live-after-divergence: a changed prompt goes live, the new run notes where it left the old one, and diff starts there', async () => {
    const original = join(bed.scratch.path, `live-${sdk}.jsonl`);
    const changed = join(bed.scratch.path, `live-${sdk}-changed.jsonl`);
    await recordProgram(original, run(sdk));
    const before = requestsTo(modelPath);
    const replayed = await replayProgram(original, { ...run(sdk, { SECOND_PROMPT: 'Say it arrives tomorrow' }), flags: { liveAfterDivergence: true }, output: changed });
    expect(replayed.exitCode).toBe(0);
    expect(replayed.divergence).toBeNull();
    expect(replayed.stdout).toContain('second: finish=');
    expect(replayed.stdout).toContain('text="Echo: Say it arrives tomorrow"');
    expect(replayed.stderr).toContain('goes live: divergence: the recording holds no POST');
    // Only the changed call reached the server; the first model call and the tool were replayed.
    expect(requestsTo(modelPath)).toBe(before + 1);

    const recording = readRecording(changed);
    expect(recording.header.source).toMatchObject({ recording: original, liveAfterDivergence: true });
    const requests = eventsOf(recording, 'http.request');
    expect(requests.map((request) => Boolean(request.from))).toEqual([true, true, false]);
    expect(requests[2]?.leftRecording).toContain('Say the shipping is on its way now');

    const old = readRecording(original);
    const diff = diffRuns(old, recording);
    expect(diff.equivalent).toBe(false);
    expect(diff.differences[0]?.details.join('\n')).toContain('"Say the shipping is on its way now" → "Say it arrives tomorrow"');
    expect(forkPointLines(old, recording, 'old.jsonl', 'new.jsonl').join('\n')).toMatch(/^new\.jsonl is a replay of .*\n {2}went live at event 1:\d+ after event 1:\d+ of .*: divergence/);
  });

  it('--live <matcher>: the tools run for real while the model side replays', async () => {
    const original = join(bed.scratch.path, `partial-${sdk}.jsonl`);
    const recorded = await recordProgram(original, run(sdk));
    const models = requestsTo(modelPath);
    const tools = requestsTo('/tools/');
    const replayed = await replayProgram(original, { ...run(sdk), flags: { live: ['POST /tools/*'] } });
    expect(replayed.exitCode).toBe(0);
    expect(requestsTo(modelPath)).toBe(models);
    expect(requestsTo('/tools/')).toBe(tools + 1);
    // The tool's answer is fresh from the server; the model's lines are the recorded ones.
    const lines = (text: string) => text.split('\n').filter((line) => !line.startsWith('ran '));
    expect(lines(replayed.stdout)).toEqual(lines(recorded.stdout));
    expect(replayed.stdout).not.toBe(recorded.stdout);
  });
});

describe('--live-after <event>', () => {
  it('replays up to the event, then runs live and records the rest, sharing the prefix', async () => {
    const original = join(bed.scratch.path, 'after.jsonl');
    const rest = join(bed.scratch.path, 'after-rest.jsonl');
    await recordProgram(original, run('openai'));
    const tool = eventsOf(readRecording(original), 'http.request').find((request) => request.url.includes('/tools/'));
    const models = requestsTo('/v1/chat/completions');
    const replayed = await replayProgram(original, { ...run('openai'), flags: { liveAfter: tool!.id }, output: rest });
    expect(replayed.exitCode).toBe(0);
    expect(requestsTo('/v1/chat/completions')).toBe(models + 1);
    const requests = eventsOf(readRecording(rest), 'http.request');
    expect(requests.map((request) => request.from ?? null)).toEqual([expect.any(String), tool!.id, null]);
    expect(requests[2]?.leftRecording).toBe(`--live-after ${tool!.id}`);
  });

  it.each([
    [(tool: string) => ['--live-after', tool], 'records the live part of the run: name the new recording with -o'],
    [() => ['--live-after', '9:9', '-o', 'x.jsonl'], 'there is no event 9:9'],
    [() => ['--live', 'GET /nowhere'], '"GET /nowhere" matches no request'],
    [() => ['--live', 'refunds'], 'the URL pattern must be a full URL, a path starting with /, or start with *'],
  ])('exits 2 on a bad flag (%#)', async (flags, message) => {
    const original = join(bed.scratch.path, `flags-${message.length}.jsonl`);
    await recordProgram(original, run('openai'));
    const tool = eventsOf(readRecording(original), 'http.request').find((request) => request.url.includes('/tools/'));
    const cli = spawnSync(process.execPath, [CLI, 'replay', original, ...flags(tool!.id), '--', 'node', fixture('llm-fault-agent.mjs')], { cwd: bed.scratch.path, encoding: 'utf8' });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain(message);
    expect(cli.stderr).not.toContain('    at ');
  });
});


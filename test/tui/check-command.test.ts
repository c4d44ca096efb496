// `agentvet check` on recordings of real programs (openai SDK and fetch against loopback servers): a
// charge posted twice, an order retried with a fresh key per attempt, a slow call with no deadline, a
// truncated completion, and a clean run; lint's formats, exit codes, and bad input.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordFixture, runCliAsync, TUI_FIXTURES, useRecordingBed } from './cli-runs.js';

interface EslintMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  confidence: string;
  relatedLocations: Array<{ file: string; line: number; message: string }>;
}
interface EslintFile {
  filePath: string;
  messages: EslintMessage[];
}

const bed = useRecordingBed();
const env = () => bed.env;
const recording = bed.recording;
const messagesOf = (stdout: string) => (JSON.parse(stdout) as EslintFile[]).flatMap((file) => file.messages.map((message) => ({ ...message, filePath: file.filePath })));

beforeAll(async () => {
  await recordFixture(recording('payments'), 'payments-agent.mjs', env());
  // The slow call is far slower than any other, so a busy machine cannot push those over the limit too.
  await recordFixture(recording('orders'), 'flaky-orders.mjs', { ...env(), SLOW_MS: '2500' });
  await recordFixture(recording('summary'), 'summary-agent.mjs', env());
  await recordFixture(recording('tickets'), 'ticket-agent.mjs', env());
});

describe('agentvet check on recorded runs', () => {
  it('reports a charge posted twice with the same body and no key, at the fetch in the program', async () => {
    expect(bed.shop.posts('/charges')).toHaveLength(2);
    const run = await runCliAsync(['check', recording('payments'), '--format', 'json', '--long-call-ms', '60000']);
    expect(run.code).toBe(1);
    const [duplicate, ...rest] = messagesOf(run.stdout);
    expect(rest).toEqual([]);
    expect(duplicate).toMatchObject({ ruleId: 'duplicate-side-effect', severity: 2, filePath: join(TUI_FIXTURES, 'payments-agent.mjs'), line: 10 });
    expect(duplicate?.message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/charges was sent twice with the same body with no idempotency key: event 1:\d+ repeats event 1:\d+/);
    expect(duplicate?.relatedLocations.map((location) => location.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sent before here \(event 1:\d+, 201\)$/), expect.stringMatching(/^recorded as event 1:\d+$/)]),
    );
  });

  it('reports a retry after a 503 whose idempotency key changed, and a slow call with no deadline tied to the static finding', async () => {
    expect(bed.shop.posts('/orders')).toHaveLength(2);
    const run = await runCliAsync(['check', recording('orders'), '--format', 'json', '--long-call-ms', '2000']);
    expect(run.code).toBe(1);
    const messages = messagesOf(run.stdout);
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['retry-without-key', 8],
      ['long-call-without-deadline', 19],
    ]);
    expect(messages[0]?.message).toMatch(/retried after HTTP 503 with a key that changed between attempts/);
    expect(messages[1]?.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/slow\?ms=2500 took \d+\.\d s, over the 2\.0 s limit/);
    expect(messages[1]?.confidence).toBe('high');
    expect(messages[1]?.relatedLocations.some((location) => location.message.startsWith('static finding missing-deadline'))).toBe(true);
  });

  it('leaves the slow call alone under the default 30 s limit, and without static linking keeps medium confidence', async () => {
    const run = await runCliAsync(['check', recording('orders'), '--format', 'json', '--no-static']);
    expect(messagesOf(run.stdout).map((message) => message.ruleId)).toEqual(['retry-without-key']);
    const lowered = await runCliAsync(['check', recording('orders'), '--format', 'json', '--no-static', '--long-call-ms', '2000']);
    expect(messagesOf(lowered.stdout).find((message) => message.ruleId === 'long-call-without-deadline')?.confidence).toBe('medium');
  });

  it('reports a completion cut off by max_tokens', async () => {
    const run = await runCliAsync(['check', recording('summary'), '--format', 'json']);
    expect(run.code).toBe(1);
    const messages = messagesOf(run.stdout);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'truncated-response', line: 6 });
    expect(messages[0]?.message).toContain('finish_reason "length" after 8 output tokens');
  });

  it('is clean on a run whose side effect carries a key derived from the tool call', async () => {
    const run = await runCliAsync(['check', recording('tickets')]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it('prints stylish by default and SARIF on request, with the check rules described', async () => {
    const stylish = await runCliAsync(['check', recording('payments'), '--long-call-ms', '60000']);
    expect(stylish.stdout).toContain('payments-agent.mjs');
    expect(stylish.stdout).toContain('duplicate-side-effect');
    expect(stylish.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
    const sarif = await runCliAsync(['check', recording('payments'), '--format', 'sarif', '--long-call-ms', '60000']);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } }; results: Array<{ ruleId: string }> }> };
    expect(log.runs[0]?.results.map((result) => result.ruleId)).toEqual(['duplicate-side-effect']);
    expect(log.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toContain('retry-without-key');
    expect(log.runs[0]?.tool.driver.rules[0]?.helpUri).toMatch(/docs\/view\.md#check-/);
  });

  it('exits 2 with one line on a missing file, a non-recording and a bad option', async () => {
    const missing = await runCliAsync(['check', join(bed.scratch.path, 'nope.jsonl')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^agentvet: .*nope\.jsonl:0: no such file\n$/);
    const notRecording = await runCliAsync(['check', join(TUI_FIXTURES, 'payments-agent.mjs')]);
    expect(notRecording.code).toBe(2);
    expect(notRecording.stderr).toMatch(/payments-agent\.mjs:1: .*is this an agentvet recording\?/);
    const badOption = await runCliAsync(['check', recording('payments'), '--long-call-ms', 'soon']);
    expect(badOption).toMatchObject({ code: 2 });
    expect(badOption.stderr).toContain('--long-call-ms soon: expected a positive whole number of milliseconds');
  });
});

// `agentvet diff` on recordings of a real program (openai SDK tool call, fetch POST with a
// key, final answer) against loopback servers: two runs are equivalent although every id and time
// differs; a run that sends another ticket priority diverges at that POST; bad input exits 2.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordFixture, runCliAsync, TUI_FIXTURES, useRecordingBed } from './cli-runs.js';

const bed = useRecordingBed();
const file = bed.recording;

beforeAll(async () => {
  const env = bed.env;
  await recordFixture(file('first'), 'ticket-agent.mjs', env);
  await recordFixture(file('second'), 'ticket-agent.mjs', env);
  await recordFixture(file('urgent'), 'ticket-agent.mjs', { ...env, TICKET_PRIORITY: 'urgent' });
  await recordFixture(file('payments'), 'payments-agent.mjs', env);
});

describe('agentvet diff', () => {
  it('finds two runs of the same program equivalent though ids and times differ', async () => {
    const run = await runCliAsync(['diff', file('first'), file('second')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('are equivalent');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/first\.jsonl and .*second\.jsonl are equivalent: \d+ steps each \(timing, ids, and the values of clock and random reads are ignored\)\.\n$/);
  });

  it('names the first divergence — the ticket POST — with both sides, and lists every differing step', async () => {
    const run = await runCliAsync(['diff', file('first'), file('urgent')]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/diverge at step \d+ of process 1: the same step with different content \(http POST http:\/\/127\.0\.0\.1:\d+\/tickets\)$/);
    expect(lines[1]).toMatch(/^ {2}a: http POST .*\/tickets {2}\(event 1:\d+, .*first\.jsonl:\d+, .*ticket-agent\.mjs:14:\d+\)$/);
    expect(lines[2]).toMatch(/^ {2}b: http POST .*\/tickets {2}\(event 1:\d+, .*urgent\.jsonl:\d+, .*ticket-agent\.mjs:14:\d+\)$/);
    expect(run.stdout).toContain('request body.priority: "normal" → "urgent"');
    // The model saw a different tool result, so the final LLM request differs too.
    expect(run.stdout).toMatch(/~ process 1 step \d+ {2}llm openai gpt-4o-mini .*: request messages\[2\] \(tool\)\.content: "ticket filed with priority normal" → "ticket filed with priority urgent"/);
  });

  it('pairs a call that changed URL in place, and reports steps only one run took', async () => {
    const run = await runCliAsync(['diff', file('first'), file('payments')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/~ process 1 step \d+ {2}http POST http:\/\/127\.0\.0\.1:\d+\/tickets: http POST \S+\/tickets → http POST \S+\/charges/);
    // The payments agent charges a second time: a step the ticket agent never took.
    expect(run.stdout).toMatch(/\+ process 1 step \d+ of b {2}http POST http:\/\/127\.0\.0\.1:\d+\/charges: only in b/);
  });

  it('exits 2 without a stack trace when a file is not a recording', async () => {
    const run = await runCliAsync(['diff', file('first'), join(TUI_FIXTURES, 'ticket-agent.mjs')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^agentvet: .*ticket-agent\.mjs:1: .*\(is this an agentvet recording\?\)\n$/);
  });
});

// `agentvet view` end to end on a recording of a real program: in a real terminal (tmux, through
// ../shared/tools/tmux-drive.sh: open, move, expand, the details pane, search, filter, quit), and
// without one (piped: the plain summary), plus a bad file.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../cli/cli-process.js';
import { REPOSITORY } from '../recorder/harness.js';
import { recordFixture, runCliAsync, useRecordingBed } from './cli-runs.js';

const TMUX_DRIVE = join(REPOSITORY, '..', 'shared', 'tools', 'tmux-drive.sh');
const bed = useRecordingBed();
const recording = bed.recording('tickets');

beforeAll(async () => {
  await recordFixture(recording, 'ticket-agent.mjs', bed.env);
});

function drive(command: string, steps: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [TMUX_DRIVE, command], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
    child.stdin.end(`${steps.join('\n')}\n`);
  });
}

describe('agentvet view in a real terminal', () => {
  // A loaded machine can make the first frame miss the driver's 5-second wait; one retry absorbs that.
  it('opens, moves, expands, searches, filters and quits', { retry: 1, timeout: 120_000 }, async () => {
    // The real terminal is the point of this test: without the driver it fails, it does not skip.
    expect(existsSync(TMUX_DRIVE), `${TMUX_DRIVE} is missing: check out ../shared beside the repository`).toBe(true);
    const steps = [
      'wait LLM calls',
      'wait details: process 1:0',
      'keys Down',
      'wait (caused by 1:0)',
      'keys j j',
      'wait details: llm',
      'keys k j Enter',
      'wait response 200 OK',
      'keys Tab',
      'wait [keys here',
      'keys PgDn Tab',
      'type /tickets',
      'wait /tickets',
      'keys Enter',
      'wait match 1 of 1 for "tickets"',
      'wait details: http',
      'keys f',
      'wait [filter: llm, 2 entries',
      'keys f',
      'wait [filter: http, 3 entries',
      'screen',
      'keys q',
      'wait EXITED rc=0',
    ];
    const run = await drive(`node ${CLI} view ${recording}`, steps);
    expect(run.output).toMatch(/PASS\n$/);
    expect(run.code).toBe(0);
    // The screen printed by `screen` is the http filter: both LLM calls and the ticket POST.
    expect(run.output).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/tickets/);
  });
});

describe('agentvet view without a terminal', () => {
  it('prints the plain summary when stdout is piped', async () => {
    const run = await runCliAsync(['view', recording]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/command {3}node test\/tui\/fixtures\/ticket-agent\.mjs\n/);
    expect(run.stdout).toMatch(/run {7}\S+ · 2 LLM calls · 36 tokens \(22 in \/ 14 out\) · 3 HTTP calls · 1 tool calls · 0 errors · \d+ events/);
    expect(run.stdout).toMatch(/ {4}llm {5}openai gpt-4o-mini · tool_calls · 18 tok → file_ticket/);
    expect(run.stdout).toMatch(/ {6}tool {4}file_ticket \{"city":"Paris"\}/);
    expect(run.stdout).toMatch(/ {8}http {4}POST http:\/\/127\.0\.0\.1:\d+\/tickets → 201/);
  });

  it('exits 2 with the reader\'s message for a file that is not a recording', async () => {
    const run = await runCliAsync(['view', join(REPOSITORY, 'package.json')]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^agentvet: .*package\.json:\d+: .*\n$/);
  });
});

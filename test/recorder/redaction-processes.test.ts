// Secrets masked by value in every process of a run: what one process learned (a token handed to it)
// is masked in the others, through the run's sealed file of learned secrets; secret environment
// variables and those named with --redact-env are masked in the children too; a secret a parent
// gives a child through its environment is masked in both. Fresh random secrets every run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readRecording, type Recording } from '../../recorder/reading.js';
import type { RecordResult } from '../../recorder/runs.js';
import { randomSecret, startCredentialServer, type CredentialServer } from './credential-server.js';
import { eventsOf, expectIdenticalReplays, fixture, recordProgram, useRecorderTestBed, type ProgramRun } from './harness.js';
import type { StubLlmServer } from './stub-llm-server.js';

const bed = useRecorderTestBed();
let server: CredentialServer;
let run: ProgramRun;
let recorded: RecordResult;
let recording: Recording;
let text: string;
const file = () => join(bed.scratch.path, 'processes.jsonl');
const webhookSecret = randomSecret();
const dbPassword = randomSecret();
const orderSeed = `seed-${randomSecret(9)}`;

beforeAll(async () => {
  server = await startCredentialServer();
  const secretsFile = join(bed.scratch.path, 'secrets.json');
  writeFileSync(secretsFile, JSON.stringify({ webhookSecret }));
  run = {
    command: ['node', fixture('credentials-parent.mjs')],
    env: { CREDENTIALS_URL: server.url, SECRETS_FILE: secretsFile, DB_PASSWORD: dbPassword, ORDER_SEED: orderSeed },
    redactEnv: ['ORDER_SEED'],
  };
  recorded = await recordProgram(file(), run);
  recording = readRecording(file());
  text = readFileSync(file(), 'utf8');
});
afterAll(() => server.close());

const mask = (secret: string) => '*'.repeat(secret.length);

function receivedBody(path: string): Record<string, string> {
  const request = server.received.find((entry) => entry.path === path);
  if (!request) throw new Error(`the server got no request to ${path}`);
  return JSON.parse(request.body) as Record<string, string>;
}

function recordedBody(proc: string, path: string): Record<string, string> {
  const request = eventsOf(recording, 'http.request').find((event) => event.proc === proc && new URL(event.url).pathname === path);
  if (!request?.body || !('text' in request.body)) throw new Error(`no recorded request to ${path} in process ${proc}`);
  return JSON.parse(request.body.text) as Record<string, string>;
}

it('records the parent and both children, with nothing secret left for the final scan', () => {
  expect(recorded.stderr).toBe('');
  expect(recorded.exitCode).toBe(0);
  expect(eventsOf(recording, 'process.start').map((event) => event.proc)).toEqual(['1', '1.1', '1.2']);
  expect(recording.header.redaction.env).toEqual(['ORDER_SEED']);
  expect(recorded.secretFindings).toEqual([]);
  const [parentToken, childToken] = server.issued.tokens;
  for (const secret of [parentToken!, childToken!, webhookSecret, dbPassword, orderSeed]) {
    expect(text.includes(secret), 'a secret reached the recording').toBe(false);
  }
});

it('masks in a child what the parent learned, and in the parent what a child learned', () => {
  const [parentToken, childToken] = server.issued.tokens;
  expect(receivedBody('/echo/async').ref).toBe(parentToken);
  expect(recordedBody('1.1', '/echo/async').ref).toBe(mask(parentToken!));
  expect(receivedBody('/echo/sync').ref).toBe(parentToken);
  expect(recordedBody('1.2', '/echo/sync').ref).toBe(mask(parentToken!));
  expect(receivedBody('/echo/parent').fromChild).toBe(childToken);
  expect(recordedBody('1', '/echo/parent').fromChild).toBe(mask(childToken!));
});

it('masks secret environment variables and --redact-env ones in every process', () => {
  for (const [proc, path] of [['1.1', '/echo/async'], ['1.2', '/echo/sync']] as const) {
    expect(receivedBody(path)).toMatchObject({ db: dbPassword, seed: orderSeed });
    expect(recordedBody(proc, path)).toMatchObject({ db: mask(dbPassword), seed: mask(orderSeed) });
  }
});

it('masks a secret given to a child through its environment, in the child and in the parent, arguments included', () => {
  expect(receivedBody('/echo/async').hook).toBe(webhookSecret);
  expect(recordedBody('1.1', '/echo/async').hook).toBe(mask(webhookSecret));
  expect(recordedBody('1', '/echo/parent').hook).toBe(mask(webhookSecret));
  const spawn = eventsOf(recording, 'process.spawn').find((event) => event.child === '1.2');
  expect(spawn?.args.at(-1)).toBe(`--hook=${mask(webhookSecret)}`);
  const start = eventsOf(recording, 'process.start').find((event) => event.proc === '1.2');
  expect(start?.argv.at(-1)).toBe(`--hook=${mask(webhookSecret)}`);
});

it('replays twice byte-identical, masking as recording did', async () => {
  const stubView = { connections: () => server.connections(), requests: () => server.received } as unknown as StubLlmServer;
  await expectIdenticalReplays(stubView, file(), run, recorded.stdout);
});

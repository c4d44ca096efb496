// The thirteen ways a program commonly sends or receives a credential, each with a fresh random
// secret, recorded from one program of our own (fixtures/credentials.mjs): the recording must hold
// none of them in any form, each must be masked in place with a mask of its own length, values the
// run learned must be masked wherever they come back, and the run must replay byte-identical.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesFromBody } from '../../recorder/body.js';
import { assembleStream } from '../../recorder/model/stream-assembly.js';
import { readRecording, type Recording } from '../../recorder/reading.js';
import { Redactor } from '../../recorder/redaction.js';
import { formatDivergence } from '../../recorder/replay/format-divergence.js';
import type { RecordResult } from '../../recorder/runs.js';
import type { HttpRequestEvent } from '../../recorder/schema.js';
import { randomSecret, startCredentialServer, type CredentialServer } from './credential-server.js';
import { eventsOf, expectIdenticalReplays, fixture, recordProgram, replayProgram, useRecorderTestBed, type ProgramRun } from './harness.js';
import type { StubLlmServer } from './stub-llm-server.js';

const bed = useRecorderTestBed();
let server: CredentialServer;
let run: ProgramRun;
let recorded: RecordResult;
let recording: Recording;
let text: string;
const file = () => join(bed.scratch.path, 'credentials.jsonl');

const secrets = {
  // Characters that forms and JSON escape, so the masked forms are tested too.
  clientSecret: `cs_${randomSecret()}+/=`,
  password: `pw"${randomSecret()}\\!`,
  queryKey: randomSecret(),
  authToken: randomSecret(),
  apiKey: randomSecret(),
  basicUser: 'agent',
  basicPassword: randomSecret(),
};
const dbPassword = randomSecret();

beforeAll(async () => {
  server = await startCredentialServer();
  const secretsFile = join(bed.scratch.path, 'secrets.json');
  writeFileSync(secretsFile, JSON.stringify(secrets));
  run = { command: ['node', fixture('credentials.mjs')], env: { CREDENTIALS_URL: server.url, SECRETS_FILE: secretsFile, DB_PASSWORD: dbPassword } };
  recorded = await recordProgram(file(), run);
  recording = readRecording(file());
  text = readFileSync(file(), 'utf8');
});
afterAll(() => server.close());

/** The secret in none of the forms it can take on the wire or in a JSON line. */
function expectNowhere(secret: string): void {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1), encodeURIComponent(secret)]);
  for (const form of forms) expect(text.includes(form), `the recording holds a secret (${form.length} characters)`).toBe(false);
  const binary = recording.events.flatMap((event) => ('body' in event && event.body && 'base64' in event.body ? [bytesFromBody(event.body).toString('latin1')] : []));
  for (const bytes of binary) expect(bytes.includes(secret)).toBe(false);
}

function requestTo(path: string): HttpRequestEvent {
  const request = eventsOf(recording, 'http.request').find((event) => new URL(event.url).pathname === path);
  if (!request) throw new Error(`no recorded request to ${path}`);
  return request;
}

function responseBodyOf(path: string): string {
  const request = requestTo(path);
  const end = eventsOf(recording, 'http.end').find((event) => event.request === request.id);
  if (end?.body && 'text' in end.body) return end.body.text;
  // A body sent without a content-length is recorded as the chunks that arrived.
  return assembleStream(eventsOf(recording, 'http.chunk').filter((chunk) => chunk.request === request.id)).text;
}

function received(path: string) {
  const request = server.received.find((entry) => entry.path.split('?')[0] === path);
  if (!request) throw new Error(`the server got no request to ${path}`);
  return request;
}

const mask = (secret: string) => '*'.repeat(Buffer.byteLength(secret));

it('records the run cleanly, with nothing secret left for the final scan', () => {
  expect(recorded.stderr).toBe('');
  expect(recorded.exitCode).toBe(0);
  expect(recorded.secretFindings).toEqual([]);
});

describe('the five that leaked before', () => {
  it('a token in a custom header (x-auth-token)', () => {
    expect(received('/notes').headers['x-auth-token']).toBe(secrets.authToken);
    expectNowhere(secrets.authToken);
    expect(requestTo('/notes').headers['x-auth-token']).toBe(mask(secrets.authToken));
  });

  it('a JWT the server returned (id_token)', () => {
    expect(recorded.stdout).toContain(`id token of ${server.issued.idToken.length}`);
    expectNowhere(server.issued.idToken);
    expect(JSON.parse(responseBodyOf('/oauth/token')).id_token).toBe(mask(server.issued.idToken));
  });

  it("a plain `token` field in a server's JSON answer", () => {
    const [token] = server.issued.tokens;
    expect(token).toBeDefined();
    expectNowhere(token!);
    expect(JSON.parse(responseBodyOf('/api-token'))).toEqual({ token: mask(token!), expires_in: 60 });
  });

  it('a database password from the environment, sent in a body field named pwd', () => {
    expect(JSON.parse(received('/db').body).pwd).toBe(dbPassword);
    expectNowhere(dbPassword);
    expect(JSON.parse((requestTo('/db').body as { text: string }).text)).toEqual({ user: 'app', pwd: mask(dbPassword), job: 'nightly' });
  });

  it('a key streamed back across two SSE chunks, each half matching nothing alone', () => {
    const alone = new Redactor();
    for (const piece of server.streamPieces) expect(alone.text(piece)).toBe(piece);
    expectNowhere(server.issued.streamedKey);
    expectNowhere(server.issued.streamedKey.slice('sk-proj-'.length + 4));

    const chunks = eventsOf(recording, 'http.chunk').filter((chunk) => chunk.request === requestTo('/stream').id);
    const joined = chunks.map((chunk) => bytesFromBody(chunk.data).toString('utf8')).join('');
    const key = server.issued.streamedKey;
    // Nothing moves but the key: same text around it, same length, and the chunks the program saw.
    expect(joined).toBe(server.streamText.replace(key, `sk-${mask(key.slice(3))}`));
    const sizes = chunks.map((chunk) => bytesFromBody(chunk.data).length);
    expect(recorded.stdout).toContain(`stream chunks ${JSON.stringify(sizes)}`);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_, index) => index));
  });
});

describe('the eight that held, still holding', () => {
  it('a bearer token', () => {
    expect(received('/profile').headers.authorization).toBe(`Bearer ${server.issued.accessToken}`);
    expect(requestTo('/profile').headers.authorization).toBe(`Bearer ${mask(server.issued.accessToken)}`);
    expectNowhere(server.issued.accessToken);
  });

  it('an x-api-key header', () => {
    expect(received('/notes').headers['x-api-key']).toBe(secrets.apiKey);
    expect(requestTo('/notes').headers['x-api-key']).toBe(mask(secrets.apiKey));
    expectNowhere(secrets.apiKey);
  });

  it('a key in the query', () => {
    expect(received('/search').path).toContain(secrets.queryKey);
    expect(requestTo('/search').url).toContain(`api_key=${mask(secrets.queryKey)}`);
    expectNowhere(secrets.queryKey);
  });

  it('a JSON password', () => {
    expect(JSON.parse(received('/login').body).password).toBe(secrets.password);
    const escaped = JSON.stringify(secrets.password).slice(1, -1);
    expect((requestTo('/login').body as { text: string }).text).toBe(`{"username":"agent","password":"${mask(escaped)}"}`);
    expectNowhere(secrets.password);
  });

  it('a form client_secret', () => {
    expect(new URLSearchParams(received('/oauth/token').body).get('client_secret')).toBe(secrets.clientSecret);
    const encoded = new URLSearchParams({ s: secrets.clientSecret }).toString().slice(2);
    expect((requestTo('/oauth/token').body as { text: string }).text).toContain(`client_secret=${mask(encoded)}`);
    expectNowhere(secrets.clientSecret);
    expectNowhere(encoded);
  });

  it('an OAuth access_token', () => {
    expect(JSON.parse(responseBodyOf('/oauth/token')).access_token).toBe(mask(server.issued.accessToken));
    expectNowhere(server.issued.accessToken);
  });

  it('a session cookie', () => {
    expect(received('/me').headers.cookie).toBe(`sid=${server.issued.sessionId}`);
    const login = eventsOf(recording, 'http.response').find((event) => event.request === requestTo('/login').id);
    expect(login?.headers['set-cookie']).toBe(`sid=${mask(server.issued.sessionId)}; Path=/; HttpOnly`);
    expect(requestTo('/me').headers.cookie).toBe(`sid=${mask(server.issued.sessionId)}`);
    expectNowhere(server.issued.sessionId);
  });

  it('HTTP basic auth', () => {
    const credential = Buffer.from(`${secrets.basicUser}:${secrets.basicPassword}`).toString('base64');
    expect(received('/basic').headers.authorization).toBe(`Basic ${credential}`);
    expect(requestTo('/basic').headers.authorization).toBe(`Basic ${mask(credential)}`);
    expectNowhere(credential);
    expectNowhere(secrets.basicPassword);
  });
});

describe('what the run learned', () => {
  it('masks a value handed out once wherever the program sends it after: a URL path, a plain field', () => {
    const reuse = server.received.find((entry) => entry.path.startsWith('/echo/'));
    expect(reuse?.path).toBe(`/echo/${server.issued.accessToken}`);
    expect(JSON.parse(reuse!.body)).toEqual({ ref: server.issued.tokens[0], who: server.issued.sessionId });
    const recordedReuse = eventsOf(recording, 'http.request').find((event) => new URL(event.url).pathname.startsWith('/echo/'));
    expect(new URL(recordedReuse!.url).pathname).toBe(`/echo/${mask(server.issued.accessToken)}`);
    expect(JSON.parse((recordedReuse!.body as { text: string }).text)).toEqual({ ref: mask(server.issued.tokens[0]!), who: mask(server.issued.sessionId) });
  });
});

describe('replay', () => {
  const stubView = () => ({ connections: () => server.connections(), requests: () => server.received }) as unknown as StubLlmServer;

  it('replays twice byte-identical: the program reads masks where the secrets were, and nothing else moves', async () => {
    await expectIdenticalReplays(stubView(), file(), run, recorded.stdout);
  });

  it('still matches when the secrets at replay time are others (a dummy password of another length)', async () => {
    const replayed = await replayProgram(file(), { ...run, env: { ...run.env, DB_PASSWORD: `dummy-${randomSecret(4)}` } });
    expect(replayed.divergence).toBeNull();
    expect(replayed.stdout).toBe(recorded.stdout);
  });

  it('names what differs in a divergence without printing a secret', async () => {
    const replayed = await replayProgram(file(), { ...run, env: { ...run.env, JOB: 'weekly' } });
    expect(replayed.divergence?.kind).toBe('http');
    const report = formatDivergence(replayed.divergence!, file());
    expect(report).toContain('body.job: "nightly" → "weekly"');
    const everything = `${report}\n${JSON.stringify(replayed.divergence)}\n${replayed.stderr}\n${replayed.stdout}`;
    for (const secret of [dbPassword, server.issued.accessToken, server.issued.sessionId, server.issued.tokens[0]!, ...Object.values(secrets).filter((value) => value !== 'agent')]) {
      expect(everything.includes(secret)).toBe(false);
    }
    expect(replayed.divergence?.kind === 'http' && JSON.parse(replayed.divergence.actual.body)).toEqual({ user: 'app', pwd: mask(dbPassword), job: 'weekly' });
  });
});

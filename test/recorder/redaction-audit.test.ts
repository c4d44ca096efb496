// Auditing recordings for secrets: `agentvet check --secrets` on a recording made before secrets were
// masked this well (fresh random secrets in a credential header, a pwd field, a JWT, a key split
// across two chunks) names each event and field and exits 1, never printing a value; a recording
// the recorder masked is clean. `agentvet record` runs the same scan at the end and warns.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../cli/cli-process.js';
import { runCliAsync } from '../tui/cli-runs.js';
import { randomJwt, randomSecret, startCredentialServer, type CredentialServer } from './credential-server.js';
import { fixture, scratchDirectory } from './harness.js';

const scratch = scratchDirectory();
let server: CredentialServer;
beforeAll(async () => {
  assertBuilt();
  server = await startCredentialServer();
});
afterAll(async () => {
  await server.close();
  scratch.remove();
});

const leaks = { authToken: randomSecret(), password: randomSecret(), jwt: randomJwt(), key: `sk-proj-${randomSecret(24)}` };

/** A version-1 recording as an older recorder wrote it: its placeholders are fine, these four are not. */
function oldRecording(): string {
  const base = { parent: null, lamport: 1, wall: 1, mono: 1, pid: 7, proc: '1' };
  const lines = [
    { format: 'agentvet-recording', version: 1, createdAt: '2026-11-01T10:00:00.000Z', command: ['node', 'agent.js'], cwd: '/app', node: 'v20.0.0', redaction: { extraPatterns: 0, fingerprint: null } },
    { ...base, id: '1:0', type: 'process.start', argv: ['node', 'agent.js'], cwd: '/app', node: 'v20.0.0', ppid: 1 },
    {
      ...base,
      id: '1:1',
      type: 'http.request',
      method: 'POST',
      url: 'http://api.test/db?api_key=[REDACTED]',
      headers: { authorization: 'Bearer [REDACTED]', 'x-auth-token': leaks.authToken, 'content-type': 'application/json' },
      body: { text: JSON.stringify({ user: 'app', pwd: leaks.password }) },
      key: 'k1',
      occurrence: 0,
    },
    { ...base, id: '1:2', type: 'http.response', request: '1:1', status: 200, statusText: 'OK', headers: { 'set-cookie': '[REDACTED]' }, stream: false },
    { ...base, id: '1:3', type: 'http.end', request: '1:1', body: { text: JSON.stringify({ ok: true, id_token: leaks.jwt }) }, chunks: 1, bytes: 10, duration: 1 },
    { ...base, id: '1:4', type: 'http.request', method: 'GET', url: 'http://api.test/stream', headers: {}, body: null, key: 'k2', occurrence: 0 },
    { ...base, id: '1:5', type: 'http.response', request: '1:4', status: 200, statusText: 'OK', headers: { 'content-type': 'text/event-stream' }, stream: true },
    { ...base, id: '1:6', type: 'http.chunk', request: '1:4', seq: 0, offset: 1, data: { text: `data: {"delta":"${leaks.key.slice(0, 12)}` } },
    { ...base, id: '1:7', type: 'http.chunk', request: '1:4', seq: 1, offset: 2, data: { text: `${leaks.key.slice(12)}"}\n\n` } },
    { ...base, id: '1:8', type: 'http.end', request: '1:4', body: null, chunks: 2, bytes: 80, duration: 3 },
  ];
  const file = join(scratch.path, 'old.jsonl');
  writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  return file;
}

function expectNoLeak(output: string): void {
  for (const secret of [...Object.values(leaks), leaks.key.slice(12)]) expect(output.includes(secret), 'the audit printed a secret').toBe(false);
}

describe('agentvet check --secrets', () => {
  it('names the event and field of each unmasked secret in an old recording, exit 1, never the value', async () => {
    const file = oldRecording();
    const result = await runCliAsync(['check', '--secrets', file]);
    expect(result.code).toBe(1);
    expectNoLeak(result.stdout + result.stderr);
    expect(result.stdout).toContain('event 1:1 (http.request), field headers.x-auth-token: a header named like a credential, not masked');
    expect(result.stdout).toContain('event 1:1 (http.request), field body: a JSON field named like a credential');
    expect(result.stdout).toContain('event 1:3 (http.end), field body: a JWT');
    expect(result.stdout).toContain('event 1:6 (http.chunk), field data: an API key (sk-…)');
    // The old placeholders count as masked.
    expect(result.stdout).not.toMatch(/headers\.(authorization|set-cookie)|field url/);

    for (const format of ['json', 'sarif', 'github']) {
      const formatted = await runCliAsync(['check', '--secrets', '--format', format, file]);
      expect(formatted.code).toBe(1);
      expectNoLeak(formatted.stdout + formatted.stderr);
    }
    const [json] = JSON.parse((await runCliAsync(['check', '--secrets', '--format', 'json', file])).stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    expect(json?.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['secret-in-recording', 3],
      ['secret-in-recording', 3],
      // id_token: both a JWT and a field named like a credential.
      ['secret-in-recording', 5],
      ['secret-in-recording', 5],
      ['secret-in-recording', 8],
    ]);
  });

  it('finds a recording the recorder masked clean, exit 0', async () => {
    const file = join(scratch.path, 'masked.jsonl');
    const recorded = await runCliAsync(['record', '-o', file, '--', 'node', fixture('credentials.mjs')], {
      CREDENTIALS_URL: server.url,
      SECRETS_FILE: writeSecrets(),
      DB_PASSWORD: randomSecret(),
    });
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).not.toContain('warning');
    const result = await runCliAsync(['check', '--secrets', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

function writeSecrets(): string {
  const file = join(scratch.path, `secrets-${randomSecret(4)}.json`);
  const secrets = { clientSecret: randomSecret(), password: randomSecret(), queryKey: randomSecret(), authToken: randomSecret(), apiKey: randomSecret(), basicUser: 'u', basicPassword: randomSecret() };
  writeFileSync(file, JSON.stringify(secrets));
  return file;
}

describe('agentvet record', () => {
  it('warns at the end about a secret written before the run learned it, naming event and field, never the value', async () => {
    const file = join(scratch.path, 'late.jsonl');
    const value = randomSecret();
    const result = await runCliAsync(['record', '-o', file, '--', 'node', fixture('late-secret.mjs')], { CREDENTIALS_URL: server.url, LATE_VALUE: value });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('done\n');
    expect(result.stderr.includes(value)).toBe(false);
    expect(result.stderr).toContain('agentvet: warning: the recording still holds 1 secret-looking value(s)');
    expect(result.stderr).toMatch(/late\.jsonl:3: event 1:1 \(http\.request\), field body: a value the run masked as a secret elsewhere/);
    expect(result.stderr).toContain('agentvet check --secrets');
  });

  it('refuses a --redact-env that is not a variable name, and says when a named variable cannot be masked', async () => {
    const bad = await runCliAsync(['record', '-o', join(scratch.path, 'bad.jsonl'), '--redact-env', 'NOT-A-NAME', '--', 'node', '-e', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('agentvet: --redact-env NOT-A-NAME: expected an environment variable name\n');
    const short = await runCliAsync(['record', '-o', join(scratch.path, 'short.jsonl'), '--redact-env', 'TINY', '--redact-env', 'UNSET_VARIABLE_X', '--', 'node', '-e', '0'], { TINY: 'ab' });
    expect(short.code).toBe(0);
    expect(short.stderr).toContain('--redact-env TINY: its value has fewer than 4 characters');
    expect(short.stderr).toContain('--redact-env UNSET_VARIABLE_X: the variable is not set');
  });
});

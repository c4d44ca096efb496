// Secrets never reach disk: credential headers, key-like values and fields named like credentials in
// URLs and bodies (requests and responses), known secret values and extra configured patterns are
// masked before the write, each by a mask of its own length; replay applies the same masking to the
// live request, so it still matches. The end-to-end cases with fresh random secrets are in
// redaction-cases.test.ts and redaction-processes.test.ts; this file holds the rules themselves.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { Redactor, RedactionPatternError } from '../../recorder/redaction.js';
import { envSecrets } from '../../recorder/secrets/env-secrets.js';
import { matchingForm, maskSpans, mergeSpans } from '../../recorder/secrets/mask.js';
import { SecretMemory } from '../../recorder/secrets/secret-memory.js';
import { newSecretsKey, SharedSecretsFile } from '../../recorder/secrets/shared-secrets.js';
import { StreamMasker } from '../../recorder/secrets/stream-masker.js';
import { ValueIndex } from '../../recorder/secrets/value-index.js';
import { randomJwt, randomSecret } from './credential-server.js';
import { fixture, recordProgram, replayProgram, useRecorderTestBed } from './harness.js';

const stars = (count: number) => '*'.repeat(count);

describe('Redactor', () => {
  const redactor = () => new Redactor(['corp-[A-Z]+-\\d+']);

  it('keeps the kind of each secret and its length', () => {
    const r = redactor();
    expect(r.text('key sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX end')).toBe(`key sk-${stars(29)} end`);
    expect(r.text('Authorization: Bearer abc.def.ghijklmnop')).toBe(`Authorization: Bearer ${stars(18)}`);
    expect(r.text('stripe sk_live_51Habcdefghijkl')).toBe(`stripe sk_live_${stars(15)}`);
    expect(r.text('ghp_0123456789abcdefghijklmnopqrstuvwxyz')).toBe(`ghp_${stars(36)}`);
    expect(r.text('AKIAABCDEFGHIJKLMNOP')).toBe(`AKIA${stars(16)}`);
    expect(r.text('https://api.example.com/v1?api_key=abc123&page=2')).toBe(`https://api.example.com/v1?api_key=${stars(6)}&page=2`);
    expect(r.text('{"apiKey":"abc\\"def","model":"m"}')).toBe(`{"apiKey":"${stars(8)}","model":"m"}`);
    expect(r.text('postgres://app:s3cret-pw@db:5432/x')).toBe(`postgres://app:${stars(9)}@db:5432/x`);
    expect(r.text('ref corp-SECRET-1234')).toBe(`ref ${stars(16)}`);
  });

  it('finds JWTs, PEM private keys, and fields named token, *_token, secret, *_secret, password, pwd, passphrase, credential(s), private_key', () => {
    const r = redactor();
    const jwt = randomJwt();
    expect(r.text(`jwt ${jwt} end`)).toBe(`jwt eyJ${stars(jwt.length - 3)} end`);
    const pem = '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----';
    expect(r.text(`{"key":"${pem}"}`)).toBe(`{"key":"-----BEGIN PRIVATE KEY-----${stars(36)}-----END PRIVATE KEY-----"}`);
    for (const name of ['token', 'id_token', 'refreshToken', 'secret', 'webhook_secret', 'password', 'new_password', 'pwd', 'passphrase', 'credential', 'credentials', 'private_key']) {
      expect(r.text(`{"${name}": "v4lue-${name}"}`), name).toBe(`{"${name}": "${stars(6 + name.length)}"}`);
      expect(r.text(`a=1&${name}=v4lue-${name}`), name).toBe(`a=1&${name}=${stars(6 + name.length)}`);
    }
    // Command-line options, with the value in the same argument or the next.
    expect(r.argv(['node', 'agent.js', '--api-key=k3y-v4lue', '--token', 't0k3n-v4lue', '--verbose'])).toEqual(['node', 'agent.js', `--api-key=${stars(9)}`, '--token', stars(11), '--verbose']);
    // A JSON document inside a JSON string (tool call arguments).
    expect(r.text('{"arguments":"{\\"password\\":\\"hunter22\\"}"}')).toBe(`{"arguments":"{\\"password\\":\\"${stars(8)}\\"}"}`);
  });

  it('leaves alone what only looks like a name: counts, idempotency keys, logprob tokens, prose after a scheme', () => {
    const r = redactor();
    for (const text of [
      '{"model":"gpt-4o-mini","max_tokens":256,"usage":{"prompt_tokens":3,"completion_tokens":5}}',
      '{"client_token":"idem-1234567890","idempotency_key":"order-42-attempt"}',
      '{"logprobs":{"content":[{"token":"Hello","logprob":-0.12,"bytes":[72]}]}}',
      'Basic concepts of Bearer authentication',
      '{"messages":[{"role":"user","content":"ask my skills"}]}',
    ]) {
      expect(r.text(text)).toBe(text);
    }
    const headers = {
      'idempotency-key': 'k-1',
      'www-authenticate': 'Bearer realm="api"',
      'x-ratelimit-remaining-tokens': '149984',
      'anthropic-ratelimit-input-tokens-remaining': '39000',
      accept: 'application/json',
    };
    expect(r.headers(headers)).toEqual(headers);
  });

  it('masks credential headers whole: any name with token, auth, secret, session, password, key or cookie', () => {
    expect(
      redactor().headers({
        Authorization: 'Bearer short',
        'X-Api-Key': 'k',
        'X-Auth-Token': 'abc',
        'X-Session-Id': 's-1',
        'X-Client-Password': 'p',
        Cookie: 'a=b; sid=xyz',
        'Set-Cookie': 'sid=abcdef; Path=/; HttpOnly',
        Accept: 'application/json',
      }),
    ).toEqual({
      authorization: `Bearer ${stars(5)}`,
      'x-api-key': '*',
      'x-auth-token': '***',
      'x-session-id': '***',
      'x-client-password': '*',
      cookie: 'a=*; sid=***',
      'set-cookie': `sid=${stars(6)}; Path=/; HttpOnly`,
      accept: 'application/json',
    });
  });

  it('learns what it masked by shape, field or header, and masks the value wherever it appears after', () => {
    const r = redactor();
    const token = randomSecret();
    const password = `pw-${randomSecret(6)}`;
    r.text(`{"access_token":"${token}"}`);
    r.headers({ authorization: `Basic ${Buffer.from(`me:${password}`).toString('base64')}` });
    expect(r.text(`GET /items/${token}?x=1`)).toBe(`GET /items/${stars(token.length)}?x=1`);
    expect(r.text(`{"note":"${password}"}`)).toBe(`{"note":"${stars(password.length)}"}`);
    // Forms of the value: percent-encoded, JSON-escaped.
    const odd = 'p@ss"w0rd"/x!';
    r.text(`{"password":${JSON.stringify(odd)}}`);
    expect(r.text(`q=${encodeURIComponent(odd)}`)).toBe(`q=${stars(encodeURIComponent(odd).length)}`);
    expect(r.text(`{"n":${JSON.stringify(odd)}}`)).toBe(`{"n":"${stars(JSON.stringify(odd).length - 2)}"}`);
    // Ordinary words in a secret field are masked there, never everywhere.
    r.text('{"password":"disabled"}');
    expect(r.text('the account is disabled')).toBe('the account is disabled');
  });

  it('finds keys among the bytes of a body that is not UTF-8, and leaves the other bytes alone', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX y'), Buffer.from([0xc3, 0x28])]);
    const masked = Buffer.from(redactor().base64(bytes.toString('base64')), 'base64');
    expect(masked.length).toBe(bytes.length);
    expect(masked.toString('latin1')).toBe(`\xff\xfex sk-${stars(29)} y\xc3(`);
    const clean = Buffer.from([0xff, 0x00, 0x41, 0x42]).toString('base64');
    expect(redactor().base64(clean)).toBe(clean);
  });

  it('matches requests on a form where every mask reads [REDACTED], whatever the secret length', () => {
    const r = redactor();
    const long = r.textForMatching('{"password":"a-much-longer-secret-value"}');
    const short = r.textForMatching('{"password":"short1"}');
    expect(long.matching).toBe('{"password":"[REDACTED]"}');
    expect(short.matching).toBe(long.matching);
    // A mask the recording served back, sent again where no rule looks: still the same form.
    expect(r.textForMatching(`{"ref":"${stars(24)}"}`).matching).toBe('{"ref":"[REDACTED]"}');
    expect(r.textForMatching('{"note":"**bold**"}').matching).toBe('{"note":"**bold**"}');
  });

  it('never breaks a JSON escape with a mask', () => {
    const text = '"a\\nSECRETVALUE"';
    const spans = mergeSpans(text, [{ start: 3, end: 15 }]);
    expect(spans).toEqual([{ start: 4, end: 15 }]);
    const masked = maskSpans(text, spans, 'utf8');
    expect(masked.text).toBe(`"a\\n${stars(11)}"`);
    expect(JSON.parse(masked.text)).toBe(`a\n${stars(11)}`);
    expect(matchingForm(masked)).toBe('"a\\n[REDACTED]"');
  });

  it('names a bad extra pattern', () => {
    expect(() => new Redactor(['('])).toThrow(RedactionPatternError);
    expect(() => new Redactor(['('])).toThrow(/invalid redaction pattern "\("/);
  });
});

describe('secrets in the environment', () => {
  it('takes values under secret-looking names, 8 characters or more, and leaves configuration alone', () => {
    const env = {
      OPENAI_API_KEY: 'sk-local-0123456789',
      DB_PASSWORD: 'Db-Pa55w0rd',
      GITHUB_TOKEN: 'short',
      PWD: '/home/me/agent',
      OLDPWD: '/home/me',
      SSH_AUTH_SOCK: '/tmp/ssh-XYZ/agent.1',
      NEXTAUTH_URL: 'http://localhost:3000',
      AUTH_MODE: 'disabled',
      AUTH_TIMEOUT_MS: '30000000',
      DATABASE_PRIVATE_URL: 'postgres://app:pw123456@db/app',
      ORDER_SEED: 'not-a-secret-name',
      HOME: '/root',
    };
    expect(envSecrets(env).map((secret) => secret.name)).toEqual(['OPENAI_API_KEY', 'DB_PASSWORD', 'DATABASE_PRIVATE_URL']);
    expect(envSecrets(env, ['ORDER_SEED', 'AUTH_MODE']).map((secret) => secret.name)).toEqual([
      'OPENAI_API_KEY',
      'DB_PASSWORD',
      'AUTH_MODE',
      'DATABASE_PRIVATE_URL',
      'ORDER_SEED',
    ]);
  });
});

describe('the shared file of learned secrets', () => {
  it('carries what one process learned to another, sealed with the run key, in no readable form', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'agentvet-shared-'));
    try {
      const file = join(scratch, 'learned');
      const key = newSecretsKey();
      const first = new SecretMemory(new SharedSecretsFile(file, key));
      const second = new SecretMemory(new SharedSecretsFile(file, key));
      const value = randomSecret();
      first.learn(value);
      second.refresh();
      expect(second.known()).toEqual([value]);
      expect(readFileSync(file, 'latin1')).not.toContain(value);
      expect(new SharedSecretsFile(file, newSecretsKey()).readNew()).toEqual([]);
      // Told once: the second process does not write it again.
      second.learn(value);
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
      first.close();
      second.close();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('ValueIndex', () => {
  it('finds every known value, with a few values and with hundreds (the hashed path), short ones too', () => {
    for (const count of [3, 300]) {
      const values = Array.from({ length: count }, () => randomSecret(12));
      const index = new ValueIndex([...values, 'abcd']);
      const text = `x${values[0]}y ${values.at(-1)}${values[1]} abcd ${randomSecret(30)}`;
      const spans: Array<{ start: number; end: number }> = [];
      index.find(text, spans);
      expect(spans.map((span) => text.slice(span.start, span.end)).sort(), `${count} values`).toEqual([values[0], values.at(-1), values[1], 'abcd'].sort());
    }
  });
});

describe('StreamMasker', () => {
  const arrivals = (masker: StreamMasker<number>, pieces: string[]) =>
    pieces.flatMap((piece, index) => masker.push(Buffer.from(piece), index)).map(({ data, meta }) => ({ text: 'text' in data ? data.text : '', meta }));

  it('holds a chunk that ends inside a line, and cuts the masked text at the same boundaries', () => {
    const key = `sk-proj-${randomSecret(24)}`;
    const masker = new StreamMasker<number>(new Redactor());
    const out = arrivals(masker, ['data: {"a":1}\n\n', `data: {"t":"${key.slice(0, 10)}`, `${key.slice(10)}"}\n\n`]);
    expect(out.map((chunk) => chunk.meta)).toEqual([0, 1, 2]);
    expect(out[1]!.text).toBe(`data: {"t":"sk-${stars(7)}`);
    expect(out.map((chunk) => chunk.text).join('')).toBe(`data: {"a":1}\n\ndata: {"t":"sk-${stars(key.length - 3)}"}\n\n`);
    expect(out.map((chunk) => Buffer.byteLength(chunk.text))).toEqual([15, 12 + 10, key.length - 10 + 4]);
  });

  it('keeps each chunk of a multi-byte character split across chunks, byte for byte', () => {
    const masker = new StreamMasker<number>(new Redactor());
    const bytes = Buffer.from('data: "héllo"\n');
    const first = masker.push(bytes.subarray(0, 9), 0);
    expect(first).toEqual([]);
    const rest = masker.push(bytes.subarray(9), 1);
    expect(rest.map(({ data }) => Buffer.from('base64' in data ? data.base64 : data.text, 'base64' in data ? 'base64' : 'utf8'))).toEqual([bytes.subarray(0, 9), bytes.subarray(9)]);
  });

  it('holds a PEM private key until its END line, and releases what is held at the end of the body', () => {
    const masker = new StreamMasker<number>(new Redactor());
    expect(masker.push(Buffer.from('-----BEGIN PRIVATE KEY-----\n'), 0)).toEqual([]);
    expect(masker.push(Buffer.from('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n'), 1)).toEqual([]);
    const released = masker.push(Buffer.from('-----END PRIVATE KEY-----\n'), 2);
    // Everything between the markers is masked, line breaks too; each chunk keeps its length.
    expect(released.map(({ data }) => ('text' in data ? data.text : ''))).toEqual(['-----BEGIN PRIVATE KEY-----*', stars(33), '-----END PRIVATE KEY-----\n']);
    expect(masker.push(Buffer.from('no newline yet'), 3)).toEqual([]);
    expect(masker.flush().map(({ meta }) => meta)).toEqual([3]);
  });
});

describe('a recorded run', () => {
  const bed = useRecorderTestBed();

  it('holds no secret, is readable by its owner only, and still replays', async () => {
    const file = join(bed.scratch.path, 'secrets.jsonl');
    const run = { command: ['node', fixture('secrets.mjs')], env: { STUB_URL: bed.stub.url }, redact: ['corp-[A-Z]+-\\d+'] };
    const recorded = await recordProgram(file, run);
    expect(recorded.stderr).toBe('');
    expect(recorded.exitCode).toBe(0);
    // The server did receive the real values.
    expect(bed.stub.requests().find((request) => request.path === '/echo')?.body).toContain('json-field-secret-424242');

    const text = readFileSync(file, 'utf8');
    for (const secret of [
      'sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX',
      'anthropic-header-secret-123456',
      'cookie-secret-abcdef',
      'qk-url-secret-998877',
      'json-field-secret-424242',
      'corp-SECRET-7788',
      'azure-header-secret-777',
      'abc123secret',
      'sk-live0123456789abcdefghijklmnop',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    // Bodies stored as base64 (not UTF-8) hold no secret either, and keep their other bytes.
    const events = readRecording(file).events;
    const binary = events.flatMap((event) => ('body' in event && event.body && 'base64' in event.body ? [Buffer.from(event.body.base64, 'base64')] : []));
    expect(binary.length).toBeGreaterThan(0);
    for (const bytes of binary) expect(bytes.toString('latin1')).not.toContain('sk-binary0123456789abcdefghij');
    expect(binary.some((bytes) => bytes.subarray(0, 2).equals(Buffer.from([0xff, 0xfe])))).toBe(true);
    expect(text).toContain(`"authorization":"Bearer ${stars(32)}"`);
    expect(text).toContain(`"set-cookie":"session=${stars(12)}"`);
    expect(text).toContain(`api_key=${stars(20)}&page=2`);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const replayed = await replayProgram(file, run);
    expect(replayed.divergence).toBeNull();
    expect(replayed.stdout).toBe(recorded.stdout);
    expect(replayed.warnings).toEqual([]);

    const withoutPattern = await replayProgram(file, { ...run, redact: [] });
    expect(withoutPattern.warnings.join('\n')).toContain('extra redaction pattern');
    expect(withoutPattern.divergence?.kind).toBe('http');
  });
});

// Secrets never reach disk: credential headers, key-like values in URLs and bodies (requests and
// responses) and extra configured patterns are redacted before the write; replay applies the same
// redaction to the live request, so it still matches.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { Redactor, RedactionPatternError } from '../../recorder/redaction.js';
import { fixture, recordProgram, replayProgram, useRecorderTestBed } from './harness.js';

describe('Redactor', () => {
  const redactor = new Redactor(['corp-[A-Z]+-\\d+']);

  it('keeps the kind of each secret it replaces', () => {
    expect(redactor.text('key sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX end')).toBe('key sk-[REDACTED] end');
    expect(redactor.text('sk-ant-api03-abcdefghijklmnopqrstuv')).toBe('sk-[REDACTED]');
    expect(redactor.text('Authorization: Bearer abc.def.ghijklmnop')).toBe('Authorization: Bearer [REDACTED]');
    expect(redactor.text('stripe sk_live_51Habcdefghijkl')).toBe('stripe sk_live_[REDACTED]');
    expect(redactor.text('ghp_0123456789abcdefghijklmnopqrstuvwxyz')).toBe('ghp_[REDACTED]');
    expect(redactor.text('AKIAABCDEFGHIJKLMNOP')).toBe('AKIA[REDACTED]');
    expect(redactor.text('https://api.example.com/v1?api_key=abc123&page=2')).toBe('https://api.example.com/v1?api_key=[REDACTED]&page=2');
    expect(redactor.text('{"apiKey":"abc\\"def","model":"m"}')).toBe('{"apiKey":"[REDACTED]","model":"m"}');
    expect(redactor.text('ref corp-SECRET-1234')).toBe('ref [REDACTED]');
  });

  it('leaves ordinary text alone', () => {
    const text = '{"model":"gpt-4o-mini","max_tokens":256,"messages":[{"role":"user","content":"ask my skills"}]}';
    expect(redactor.text(text)).toBe(text);
  });

  it('blanks credential headers whole, keeping the scheme', () => {
    expect(
      redactor.headers({ Authorization: 'Bearer short', 'X-Api-Key': 'k', Cookie: 'a=b', 'Set-Cookie': 'c=d', Accept: 'application/json' }),
    ).toEqual({ authorization: 'Bearer [REDACTED]', 'x-api-key': '[REDACTED]', cookie: '[REDACTED]', 'set-cookie': '[REDACTED]', accept: 'application/json' });
  });

  it('finds keys among the bytes of a body that is not UTF-8, and leaves the other bytes alone', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX y'), Buffer.from([0xc3, 0x28])]);
    const redacted = Buffer.from(redactor.base64(bytes.toString('base64')), 'base64');
    expect(redacted.toString('latin1')).toBe('\xff\xfex sk-[REDACTED] y\xc3(');
    const clean = Buffer.from([0xff, 0x00, 0x41, 0x42]).toString('base64');
    expect(redactor.base64(clean)).toBe(clean);
  });

  it('names a bad extra pattern', () => {
    expect(() => new Redactor(['('])).toThrow(RedactionPatternError);
    expect(() => new Redactor(['('])).toThrow(/invalid redaction pattern "\("/);
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
    expect(text).toContain('"authorization":"Bearer [REDACTED]"');
    expect(text).toContain('"set-cookie":"[REDACTED]"');
    expect(text).toContain('api_key=[REDACTED]&page=2');
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

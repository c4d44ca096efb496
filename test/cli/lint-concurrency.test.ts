// `agentvet lint --concurrency`: files analysed on worker threads give the same report, byte for byte, as
// one thread — the same findings in the same order — on a folder of fixture cases whose tools call helpers
// in other files (so threads each parse helpers they share).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, runCli } from './cli-process.js';

const HERE = dirname(fileURLToPath(import.meta.url));
let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'agentvet-threads-'));
  cpSync(resolve(HERE, '../rules/non-idempotent-tool'), join(dir, 'src'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reports the same findings in the same order on 3 threads as on one', () => {
  const one = runCli(['lint', 'src', '--format', 'json', '--concurrency', 'off'], dir);
  const three = runCli(['lint', 'src', '--format', 'json', '--concurrency', '3'], dir);
  expect(one.stderr).toBe('');
  expect(three.stderr).toBe('');
  expect(one.code).toBe(1);
  expect(three.code).toBe(1);
  const messages = (JSON.parse(one.stdout) as Array<{ messages: unknown[] }>).reduce((sum, file) => sum + file.messages.length, 0);
  expect(messages).toBeGreaterThan(40);
  expect(three.stdout).toBe(one.stdout);
}, 120_000);

it('refuses a concurrency that is not a number of threads, auto or off', () => {
  const run = runCli(['lint', 'src', '--concurrency', '0'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--concurrency "0": expected a number of threads (1 or more), auto (one per core) or off');
});

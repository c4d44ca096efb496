// Any Node command: node:http through an ESM namespace import, axios, gzip bodies, a CommonJS
// program, TypeScript through `npx tsx`, and `npm run`. Each is recorded, then replayed twice with
// byte-identical output and no connection to the server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleStream } from '../../recorder/model/stream-assembly.js';
import { readRecording } from '../../recorder/reading.js';
import { eventsOf, expectIdenticalReplays, fixture, recordProgram, useRecorderTestBed, type ProgramRun } from './harness.js';

const bed = useRecorderTestBed();

beforeAll(() => {
  writeFileSync(
    join(bed.scratch.path, 'package.json'),
    JSON.stringify({ name: 'npm-run-fixture', private: true, scripts: { agent: `node ${JSON.stringify(fixture('http-clients.mjs'))}` } }),
  );
});

/** Stderr without npm's own warnings about the machine's npm configuration. */
function ownStderr(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n')
    .trim();
}

async function recordAndReplay(name: string, run: ProgramRun): Promise<string> {
  const file = join(bed.scratch.path, `${name}.jsonl`);
  const recorded = await recordProgram(file, run);
  expect(ownStderr(recorded.stderr)).toBe('');
  expect(recorded.exitCode).toBe(0);
  await expectIdenticalReplays(bed.stub, file, run, recorded.stdout, ownStderr);
  return file;
}

describe('node programs', () => {
  it('node:http (namespace import), axios and a gzip body', async () => {
    const file = await recordAndReplay('http-clients', { command: ['node', fixture('http-clients.mjs')], env: { STUB_URL: bed.stub.url } });
    const recording = readRecording(file);
    expect(eventsOf(recording, 'http.request').map((event) => new URL(event.url).pathname)).toEqual(['/via-http', '/via-axios', '/gzip']);
    const gzip = eventsOf(recording, 'http.response').find((event) => event.decodedFrom === 'gzip');
    expect(gzip?.headers['content-encoding']).toBeUndefined();
    // The stub sends it chunked (no content-length): stored decoded, as the chunks that arrived.
    expect(gzip?.stream).toBe(true);
    const chunks = eventsOf(recording, 'http.chunk').filter((event) => event.request === gzip?.request);
    expect(JSON.parse(assembleStream(chunks).text)).toMatchObject({ compressed: true });
    // The program's own clock reads, in a response callback (line 14) and after a fetch (line 28), are
    // recorded; so are axios's (line 23), made on behalf of the program; the many reads undici and the
    // interceptor make inside the fetch on line 26 are not.
    const reads = eventsOf(recording, 'clock').map((event) => `${event.source} line ${event.site?.line}`);
    expect(reads).toContain('Date.now line 14');
    expect(reads).toContain('new Date line 28');
    expect(reads.filter((read) => read.endsWith('line 26'))).toEqual([]);
  });

  it('a CommonJS program', async () => {
    await recordAndReplay('cjs', { command: ['node', fixture('cjs-agent.cjs')], env: { STUB_URL: bed.stub.url } });
  });

  it('TypeScript through npx tsx', async () => {
    const file = await recordAndReplay('tsx', { command: ['npx', '--no-install', 'tsx', fixture('ts-agent.ts')], env: { STUB_URL: bed.stub.url } });
    const request = eventsOf(readRecording(file), 'http.request')[0];
    expect(request?.site?.file).toBe(fixture('ts-agent.ts'));
  });

  it('npm run', async () => {
    await recordAndReplay('npm-run', { command: ['npm', 'run', '--silent', 'agent'], cwd: bed.scratch.path, env: { STUB_URL: bed.stub.url } });
  });
});

// The recording reader: valid files, a torn last line (tolerated with a warning), malformed lines
// (an error naming the file and line), files created with mode 0600; and how `agentvet replay`
// reports both, with no stack trace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecording, readRecording, RecordingFormatError } from '../../recorder/reading.js';
import { RECORDING_FORMAT, RECORDING_VERSION, type RecordingEvent, type RecordingHeader } from '../../recorder/schema.js';
import { createRecordingFile, RecordingWriter } from '../../recorder/writing.js';
import { buildPreload, REPOSITORY, scratchDirectory } from './harness.js';

const scratch = scratchDirectory();
afterAll(() => scratch.remove());

const header: RecordingHeader = {
  format: RECORDING_FORMAT,
  version: RECORDING_VERSION,
  createdAt: '2026-11-01T10:00:00.000Z',
  command: ['node', 'agent.js'],
  cwd: '/work',
  node: 'v20.20.2',
  redaction: { extraPatterns: 0, fingerprint: null },
};

const base = { parent: null, wall: 1_790_000_000_000, mono: 12.5, pid: 4242, proc: '1' };
const start: RecordingEvent = { ...base, id: '1:0', lamport: 1, type: 'process.start', argv: ['node', 'agent.js'], cwd: '/work', node: 'v20.20.2', ppid: 1 };
const clock: RecordingEvent = {
  ...base,
  id: '1:1',
  parent: '1:0',
  lamport: 2,
  type: 'clock',
  source: 'Date.now',
  value: 1_790_000_000_001,
  key: '/work/agent.js:3:9',
  occurrence: 0,
  site: { file: '/work/agent.js', line: 3, col: 9 },
};
const exit: RecordingEvent = { ...base, id: '1:2', parent: '1:0', lamport: 3, type: 'process.exit', code: 0 };

const lines = (...items: unknown[]) => items.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('\n');

describe('readRecording', () => {
  it('reads the header and every event', () => {
    const recording = parseRecording(`${lines(header, start, clock, exit)}\n`, 'run.jsonl');
    expect(recording.header).toEqual(header);
    expect(recording.events.map((event) => event.type)).toEqual(['process.start', 'clock', 'process.exit']);
    expect(recording.warnings).toEqual([]);
  });

  it('tolerates a torn last line with a warning', () => {
    const torn = JSON.stringify(exit).slice(0, 40);
    const recording = parseRecording(lines(header, start, clock, torn), 'run.jsonl');
    expect(recording.events).toHaveLength(2);
    expect(recording.warnings).toEqual(['run.jsonl:4: the last line is incomplete (the run was cut off); it was ignored']);
  });

  it('rejects a malformed line that is not the last, naming the file and line', () => {
    const broken = JSON.stringify(clock).slice(0, 30);
    expect(() => parseRecording(`${lines(header, start, broken, exit)}\n`, 'run.jsonl')).toThrow(
      new RecordingFormatError('run.jsonl', 3, 'the line is not valid JSON'),
    );
  });

  it('rejects a malformed last line that ends with a newline (it was written whole)', () => {
    expect(() => parseRecording(`${lines(header, start, '{"id":')}\n`, 'run.jsonl')).toThrow(/run\.jsonl:3: the line is not valid JSON/);
  });

  it('names the field of an event that does not match the schema', () => {
    const { value: _value, ...withoutValue } = clock as Extract<RecordingEvent, { type: 'clock' }>;
    expect(() => parseRecording(`${lines(header, start, withoutValue, exit)}\n`, 'run.jsonl')).toThrow(
      /run\.jsonl:3: invalid event: value: .* in a "clock" event/,
    );
  });

  it('rejects a file that is not a recording', () => {
    expect(() => parseRecording('{"hello":"world"}\n', 'notes.jsonl')).toThrow(/notes\.jsonl:1: invalid header: format/);
    expect(() => parseRecording('', 'empty.jsonl')).toThrow(/empty\.jsonl:1: empty file/);
    expect(() => readRecording(join(scratch.path, 'missing.jsonl'))).toThrow(/missing\.jsonl:0: no such file/);
  });
});

describe('writing', () => {
  it('creates recordings with mode 0600 and appends one line per event', () => {
    const file = join(scratch.path, 'written', 'run.jsonl');
    createRecordingFile(file, header);
    const writer = new RecordingWriter(file);
    writer.write(start);
    writer.write(exit);
    writer.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readRecording(file).events).toEqual([start, exit]);
    expect(() => createRecordingFile(file, header)).toThrow(/EEXIST/);
  });
});

describe('agentvet replay on a damaged recording', () => {
  let removePreload: () => void;
  beforeAll(async () => {
    removePreload = await buildPreload();
  });
  afterAll(() => removePreload());

  const tsx = pathToFileURL(createRequire(join(REPOSITORY, 'package.json')).resolve('tsx')).href;
  const runCli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', tsx, join(REPOSITORY, 'cli', 'main.ts'), ...args], { cwd: scratch.path });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('exits 2 naming the malformed line, without a stack trace', async () => {
    writeFileSync(join(scratch.path, 'bad.jsonl'), `${lines(header, start, '{"id":"1:1",', exit)}\n`);
    const result = await runCli(['replay', 'bad.jsonl', '--', process.execPath, '-e', 'console.log("ran")']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^agentvet: .*bad\.jsonl:3: the line is not valid JSON\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('replays a recording with a torn last line, with a warning', async () => {
    const file = join(scratch.path, 'torn.jsonl');
    writeFileSync(file, `${lines(header, start, clock)}\n`);
    appendFileSync(file, JSON.stringify(exit).slice(0, 25));
    const result = await runCli(['replay', 'torn.jsonl', '--', process.execPath, '-e', 'console.log("ran")']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ran\n');
    expect(result.stderr).toContain('torn.jsonl:4: the last line is incomplete');
    expect(readFileSync(file, 'utf8')).toContain('"type":"clock"');
  });
});

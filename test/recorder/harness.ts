// Shared set-up for the recorder tests: builds the preload from source with esbuild (so the tests do
// not depend on a `npm run build`), and runs fixture programs under `record` and `replay` with their
// output captured, against a stub server the test started.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect } from 'vitest';
import { PRELOAD_OVERRIDE_ENV } from '../../recorder/launch.js';
import type { Recording } from '../../recorder/reading.js';
import { startStubLlmServer, type StubLlmServer } from './stub-llm-server.js';
import { recordRun, replayRun, type RecordResult, type ReplayOptions, type ReplayResult } from '../../recorder/runs.js';

export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/**
 * Bundles recorder/register.ts into node_modules/.cache (so its package imports resolve, and its
 * frames count as library code) and points the launcher at it. Returns a clean-up function.
 */
export async function buildPreload(): Promise<() => void> {
  // A fresh `npm ci` has no node_modules/.cache yet.
  const cache = join(REPOSITORY, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const directory = mkdtempSync(join(cache, 'agentvet-recorder-test-'));
  const outfile = join(directory, 'register.mjs');
  await build({
    entryPoints: [join(REPOSITORY, 'recorder', 'register.ts')],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  process.env[PRELOAD_OVERRIDE_ENV] = outfile;
  return () => {
    delete process.env[PRELOAD_OVERRIDE_ENV];
    rmSync(directory, { recursive: true, force: true });
  };
}

/**
 * The usual bed for a recorder test file: the preload bundled, a stub LLM server and a scratch folder,
 * made before the file's tests and removed after them.
 */
export function useRecorderTestBed(): { readonly stub: StubLlmServer; readonly scratch: { path: string; remove(): void } } {
  let stub: StubLlmServer | undefined;
  let removePreload: (() => void) | undefined;
  const scratch = scratchDirectory();
  beforeAll(async () => {
    removePreload = await buildPreload();
    stub = await startStubLlmServer();
  });
  afterAll(async () => {
    await stub?.close();
    removePreload?.();
    scratch.remove();
  });
  return {
    get stub() {
      if (!stub) throw new Error('the stub server starts in beforeAll');
      return stub;
    },
    scratch,
  };
}

/** A fresh directory for one test's recordings, removed by the returned function. */
export function scratchDirectory(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'agentvet-recorder-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface ProgramRun {
  command: string[];
  env?: Record<string, string>;
  redact?: string[];
  redactEnv?: string[];
  cwd?: string;
}

export function recordProgram(output: string, run: ProgramRun): Promise<RecordResult> {
  return recordRun({ ...runOptions(run), output });
}

export type ReplayRun = ProgramRun & Pick<ReplayOptions, 'realtime' | 'flags' | 'output' | 'hangCapMs' | 'idempotencyKeyNames'>;

export function replayProgram(recording: string, run: ReplayRun): Promise<ReplayResult> {
  const { realtime, flags, output, hangCapMs, idempotencyKeyNames } = run;
  return replayRun({ ...runOptions(run), recording, realtime, flags, output, hangCapMs, idempotencyKeyNames });
}

function runOptions(run: ProgramRun) {
  return {
    command: run.command,
    redact: run.redact,
    redactEnv: run.redactEnv,
    cwd: run.cwd ?? REPOSITORY,
    env: { ...process.env, ...run.env },
    capture: true,
  };
}

export function eventsOf<T extends Recording['events'][number]['type']>(recording: Recording, type: T) {
  return recording.events.filter((event): event is Extract<Recording['events'][number], { type: T }> => event.type === type);
}


/**
 * Replays a recording twice: each run must meet no divergence, exit 0, say nothing on stderr (after
 * `ownStderr` drops lines that are not the program's) and print exactly what the recorded run printed;
 * and no run may connect to the stub server.
 */
export async function expectIdenticalReplays(
  stub: StubLlmServer,
  file: string,
  run: ProgramRun,
  recordedStdout: string,
  ownStderr: (stderr: string) => string = (stderr) => stderr,
): Promise<void> {
  const connections = stub.connections();
  const requests = stub.requests().length;
  for (let attempt = 0; attempt < 2; attempt++) {
    const replayed = await replayProgram(file, run);
    expect(replayed.divergence).toBeNull();
    expect(ownStderr(replayed.stderr)).toBe('');
    expect(replayed.exitCode).toBe(0);
    expect(replayed.stdout).toBe(recordedStdout);
  }
  expect(stub.connections()).toBe(connections);
  expect(stub.requests().length).toBe(requests);
}

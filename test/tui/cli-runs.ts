// Runs the built CLI for the view/diff/check/export tests without blocking the event loop (the
// loopback servers these tests start live in the same process), and records the fixture programs
// with `agentvet record` exactly as a user would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { assertBuilt, CLI } from '../cli/cli-process.js';
import { REPOSITORY, scratchDirectory } from '../recorder/harness.js';
import { startStubLlmServer, type StubLlmServer } from '../recorder/stub-llm-server.js';
import { startShopServer, type ShopServer } from './shop-server.js';

export const TUI_FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCliAsync(args: readonly string[], env: Record<string, string> = {}, cwd = REPOSITORY): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete childEnv.FORCE_COLOR;
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Records `node fixtures/<program>` into `output` with the built CLI; fails the test if recording failed. */
export async function recordFixture(output: string, program: string, env: Record<string, string>): Promise<CliResult> {
  const result = await runCliAsync(['record', '-o', output, '--', 'node', join(TUI_FIXTURES, program)], env);
  if (result.code !== 0) throw new Error(`recording ${program} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * The bed for a test file of the recording commands: the built CLI checked, the stub LLM server and
 * the shop server started, and a scratch folder; all stopped and removed after the file's tests. The
 * file records its runs in a `beforeAll` of its own, which runs after this one.
 */
export function useRecordingBed(): {
  readonly stub: StubLlmServer;
  readonly shop: ShopServer;
  readonly scratch: { path: string; remove(): void };
  /** What the fixture programs need to reach both servers. */
  readonly env: { STUB_URL: string; SHOP_URL: string };
  /** `<scratch>/<name>.jsonl` */
  recording(name: string): string;
} {
  let stub: StubLlmServer | undefined;
  let shop: ShopServer | undefined;
  const scratch = scratchDirectory();
  beforeAll(async () => {
    assertBuilt();
    stub = await startStubLlmServer();
    shop = await startShopServer();
  });
  afterAll(async () => {
    await stub?.close();
    await shop?.close();
    scratch.remove();
  });
  const started = <T>(server: T | undefined): T => {
    if (server === undefined) throw new Error('the servers start in beforeAll');
    return server;
  };
  return {
    get stub() {
      return started(stub);
    },
    get shop() {
      return started(shop);
    },
    scratch,
    get env() {
      return { STUB_URL: started(stub).url, SHOP_URL: started(shop).url };
    },
    recording: (name) => join(scratch.path, `${name}.jsonl`),
  };
}

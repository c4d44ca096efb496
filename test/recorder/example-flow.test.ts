// The README flow with the bundled example: start the stand-in API, record the weather agent, stop
// the server, replay twice with identical output, then change the input and get a divergence.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import { buildPreload, eventsOf, recordProgram, replayProgram, REPOSITORY, scratchDirectory } from './harness.js';

const example = join(REPOSITORY, 'examples', 'recorded-agent');
let removePreload: () => void;
const scratch = scratchDirectory();

beforeAll(async () => {
  removePreload = await buildPreload();
});

afterAll(() => {
  removePreload();
  scratch.remove();
});

function startStub(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [join(example, 'stub-server.mjs')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.stdout!.setEncoding('utf8').once('data', (line: string) => {
      const url = /(http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve({ server, url });
      else reject(new Error(`unexpected stub output: ${line}`));
    });
    server.once('error', reject);
  });
}

it('records the example agent, replays it twice offline, and reports a divergence after a change', async () => {
  const { server, url } = await startStub();
  const file = join(scratch.path, 'weather.jsonl');
  const env = { OPENAI_BASE_URL: url, OPENAI_API_KEY: 'sk-local-example-0123456789' };
  const command = ['node', join(example, 'agent.mjs')];
  const recorded = await recordProgram(file, { command, env });
  server.kill();
  await new Promise((resolve) => server.once('exit', resolve));

  expect(recorded.exitCode).toBe(0);
  expect(recorded.stdout).toMatch(/get_weather\(\{"city":"Paris"\}\)/);
  const recording = readRecording(file);
  expect(eventsOf(recording, 'llm').map((event) => event.finishReason)).toEqual(['tool_calls', 'stop']);
  expect(eventsOf(recording, 'tool.start').map((event) => event.name)).toEqual(['get_weather']);
  expect(JSON.stringify(recording.events)).not.toContain('sk-local-example-0123456789');

  const first = await replayProgram(file, { command, env });
  const second = await replayProgram(file, { command, env });
  expect(first.exitCode).toBe(0);
  expect(first.stdout).toBe(recorded.stdout);
  expect(second.stdout).toBe(first.stdout);

  const changed = await replayProgram(file, { command, env: { ...env, AGENT_CITY: 'Rome' } });
  expect(changed.exitCode).toBe(1);
  expect(changed.divergence?.kind === 'http' && changed.divergence.expected?.differences).toEqual([
    'messages[1] (user).content: "What should I wear in Paris today?" → "What should I wear in Rome today?"',
  ]);
});

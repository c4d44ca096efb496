// The recorder's overhead, measured in one process with and without the recorder: the cost per
// intercepted call (1,000 calls to a loopback server that answers at once), the share of wall time on
// a server with 50 ms latency that streams its answer, and the latency added to each streamed chunk.
// Rounds with and without alternate, so a change in the machine's load falls on both. A third variant,
// the interception library alone with listeners that only read each body, shows the floor that any
// recorder built on it pays. The server runs in a child process, so its own work is not counted.
// Run alone or from run.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { originalPerformanceNow as now } from '../../recorder/originals.js';
import { readRecording } from '../../recorder/reading.js';
import { RECORDING_FORMAT, RECORDING_VERSION } from '../../recorder/schema.js';
import { startRecorder } from '../../recorder/start.js';
import { createRecordingFile } from '../../recorder/writing.js';
import { HttpRequestInterceptor } from '@mswjs/interceptors/http';

const CALLS = 1_000;
const ROUNDS = 6;
const SLOW_ROUNDS = 5;
const SLOW_CALLS_PER_ROUND = 8;
const SLOW_LATENCY_MS = 50;
const CHUNKS_PER_CALL = 10;
const CHUNK_INTERVAL_MS = 5;

/** The loopback server, as a script for a child process: `/fast` answers at once, `/slow` streams. */
const SERVER_SCRIPT = `
const http = require('node:http');
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (request.url.startsWith('/fast')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true, length: body.length }));
      return;
    }
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      let sent = 0;
      const timer = setInterval(() => {
        response.write('data: ' + JSON.stringify({ seq: sent, sentAt: performance.timeOrigin + performance.now(), text: 'token ' + sent }) + '\\n\\n');
        if (++sent === ${CHUNKS_PER_CALL}) { clearInterval(timer); response.end('data: [DONE]\\n\\n'); }
      }, ${CHUNK_INTERVAL_MS});
    }, ${SLOW_LATENCY_MS});
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

interface LoopbackServer {
  url: string;
  process: ChildProcess;
}

function startServer(): Promise<LoopbackServer> {
  const child = spawn(process.execPath, ['-e', SERVER_SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } });
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8').once('data', (port: string) => resolve({ url: `http://127.0.0.1:${port.trim()}`, process: child }));
    child.once('error', reject);
  });
}

interface CallCost {
  /** Wall time per call, ms. */
  wall: number;
  /** CPU time of this process per call, ms: less sensitive to other load on the machine. */
  cpu: number;
}

async function fastCalls(url: string, count: number): Promise<CallCost> {
  const started = now();
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < count; index++) {
    const response = await fetch(`${url}/fast`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench0123456789abcdefghij' },
      body: JSON.stringify({ model: 'bench', messages: [{ role: 'user', content: `call ${index}` }] }),
    });
    await response.json();
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: (now() - started) / count, cpu: (cpu.user + cpu.system) / 1000 / count };
}

interface SlowRun {
  /** Wall time of each call, ms. */
  callMs: number[];
  /** Arrival minus send time of each chunk, ms. */
  chunkDelays: number[];
}

async function slowCalls(url: string, count: number): Promise<SlowRun> {
  const chunkDelays: number[] = [];
  const callMs: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = now();
    const response = await fetch(`${url}/slow`, { method: 'POST', body: JSON.stringify({ call: index }) });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      const arrivedAt = performance.timeOrigin + now();
      buffered += decoder.decode(value, { stream: true });
      const events = buffered.split('\n\n');
      buffered = events.pop() ?? '';
      for (const event of events) {
        const match = /"sentAt":([0-9.]+)/.exec(event);
        if (match) chunkDelays.push(arrivedAt - Number(match[1]));
      }
    }
    callMs.push(now() - started);
  }
  return { callMs, chunkDelays };
}

const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/**
 * Gives fetch a fresh connection pool. Kept-alive sockets opened before the recorder was installed
 * would bypass it (in real use the preload runs before any connection); every phase starts fresh.
 */
async function freshConnections(): Promise<void> {
  const holder = globalThis as unknown as Record<symbol, { constructor: new () => unknown; close(): Promise<void> } | undefined>;
  const current = holder[GLOBAL_DISPATCHER];
  if (!current) return;
  holder[GLOBAL_DISPATCHER] = new current.constructor() as typeof current;
  await current.close();
}

/** Runs `work` with what `install` sets up (undone by the function it returns), on fresh connections. */
async function withInstalled<T>(install: () => () => void, work: () => Promise<T>): Promise<T> {
  await freshConnections();
  const uninstall = install();
  try {
    return await work();
  } finally {
    uninstall();
    await freshConnections();
  }
}

function withRecorder<T>(file: string, mode: 'record' | 'replay', work: () => Promise<T>): Promise<T> {
  return withInstalled(() => {
    const recorder = startRecorder({ mode, recordingFile: file });
    return () => recorder.stop();
  }, work);
}

/** The interception library alone, with listeners that read each request and response body and keep nothing. */
function withLibraryOnly<T>(work: () => Promise<T>): Promise<T> {
  return withInstalled(() => {
    const interceptor = new HttpRequestInterceptor();
    interceptor.on('request', async ({ request }) => {
      await request.arrayBuffer();
    });
    interceptor.on('response', ({ response }) => {
      void response.body?.pipeTo(new WritableStream()).catch(() => undefined);
    });
    interceptor.apply();
    return () => interceptor.dispose();
  }, work);
}

function newRecording(directory: string, name: string): string {
  const file = join(directory, name);
  createRecordingFile(file, {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    createdAt: new Date().toISOString(),
    command: ['recorder-bench'],
    cwd: process.cwd(),
    node: process.version,
    redaction: { extraPatterns: 0, fingerprint: null },
  });
  return file;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};
const fmt = (value: number, digits = 3) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
const ownWork = (ms: number) => (ms >= 0 ? `+${fmt(ms)} ms` : `${fmt(ms)} ms (below the noise between rounds)`);

export async function runRecorderBench(): Promise<void> {
  const server = await startServer();
  const directory = mkdtempSync(join(tmpdir(), 'agentvet-recorder-bench-'));
  try {
    await fastCalls(server.url, 200); // Warm up fetch, the connection pool and the JIT.

    const without: CallCost[] = [];
    const library: CallCost[] = [];
    const recording: CallCost[] = [];
    let lastRecording = '';
    for (let round = 0; round < ROUNDS; round++) {
      without.push(await fastCalls(server.url, CALLS));
      library.push(await withLibraryOnly(() => fastCalls(server.url, CALLS)));
      lastRecording = newRecording(directory, `fast-${round}.jsonl`);
      recording.push(await withRecorder(lastRecording, 'record', () => fastCalls(server.url, CALLS)));
    }
    const replaying = await withRecorder(lastRecording, 'replay', () => fastCalls(server.url, CALLS));
    const recorded = readRecording(lastRecording);
    // The best round is the least disturbed by other work on the machine; the median is shown too.
    const wall = (costs: CallCost[]) => Math.min(...costs.map((cost) => cost.wall));
    const cpu = (costs: CallCost[]) => Math.min(...costs.map((cost) => cost.cpu));
    const medianWall = (costs: CallCost[]) => median(costs.map((cost) => cost.wall));
    const perCall = wall(recording) - wall(without);
    const perCallCpu = cpu(recording) - cpu(without);
    const perCallLibrary = wall(library) - wall(without);

    await slowCalls(server.url, 2);
    const slowWithout: SlowRun[] = [];
    const slowWith: SlowRun[] = [];
    for (let round = 0; round < SLOW_ROUNDS; round++) {
      slowWithout.push(await slowCalls(server.url, SLOW_CALLS_PER_ROUND));
      slowWith.push(await withRecorder(newRecording(directory, `slow-${round}.jsonl`), 'record', () => slowCalls(server.url, SLOW_CALLS_PER_ROUND)));
    }
    const slowCall = (runs: SlowRun[]) => median(runs.flatMap((run) => run.callMs));
    const chunkDelay = (runs: SlowRun[]) => median(runs.flatMap((run) => run.chunkDelays));
    const overhead = (slowCall(slowWith) - slowCall(slowWithout)) / slowCall(slowWithout);
    // The sum counts every call, the first of each round too (it opens a connection), so it moves more.
    const total = (runs: SlowRun[]) => runs.flatMap((run) => run.callMs).reduce((sum, ms) => sum + ms, 0);
    const totalOverhead = (total(slowWith) - total(slowWithout)) / total(slowWithout);
    const addedPerChunk = chunkDelay(slowWith) - chunkDelay(slowWithout);
    const slowCount = SLOW_ROUNDS * SLOW_CALLS_PER_ROUND;

    console.log('Recorder benchmark (client and recorder in this process, server in a child process on 127.0.0.1)');
    console.log(`  machine: ${cpus().length} CPUs, load average ${loadavg().map((load) => fmt(load, 1)).join(' / ')} (wall times grow with load; CPU times less so)`);
    console.log(`  ${CALLS.toLocaleString('en-US')} calls, server answers at once (best of ${ROUNDS} alternating rounds; fetch, JSON bodies):`);
    console.log(`    without recorder  ${fmt(wall(without))} ms per call (CPU ${fmt(cpu(without))} ms; median round ${fmt(medianWall(without))} ms)`);
    console.log(
      `    library alone     ${fmt(wall(library))} ms per call (CPU ${fmt(cpu(library))} ms; median round ${fmt(medianWall(library))} ms)` +
        `  → +${fmt(perCallLibrary)} ms: @mswjs/interceptors with listeners that only read the bodies`,
    );
    console.log(
      `    recording         ${fmt(wall(recording))} ms per call (CPU ${fmt(cpu(recording))} ms; median round ${fmt(medianWall(recording))} ms)` +
        `  → +${fmt(perCall)} ms per intercepted call, +${fmt(perCallCpu)} ms CPU (target ≤ 1 ms: ${verdict(perCall <= 1)}); ` +
        `the recorder's own work ${ownWork(perCall - perCallLibrary)}`,
    );
    console.log(`    replaying         ${fmt(replaying.wall)} ms per call (CPU ${fmt(replaying.cpu)} ms), served from the recording, no socket`);
    console.log(
      `    recording size    ${recorded.events.length.toLocaleString('en-US')} events, ${fmt(statSync(lastRecording).size / 1024, 0)} KB ` +
        `(${fmt(statSync(lastRecording).size / CALLS, 0)} bytes per call)`,
    );
    console.log(
      `  ${slowCount} calls in ${SLOW_ROUNDS} alternating rounds, ${SLOW_LATENCY_MS} ms to first byte, then ${CHUNKS_PER_CALL} SSE chunks ${CHUNK_INTERVAL_MS} ms apart:`,
    );
    console.log(
      `    call time         median without ${fmt(slowCall(slowWithout), 2)} ms, with ${fmt(slowCall(slowWith), 2)} ms → ${fmt(overhead * 100, 2)} % ` +
        `(target ≤ 2 %: ${verdict(overhead <= 0.02)})`,
    );
    console.log(`    total wall time   without ${fmt(total(slowWithout), 0)} ms, with ${fmt(total(slowWith), 0)} ms → ${fmt(totalOverhead * 100, 2)} %`);
    console.log(
      `    chunk latency     without median ${fmt(chunkDelay(slowWithout))} ms, with median ${fmt(chunkDelay(slowWith))} ms ` +
        `(p95 ${fmt(percentile(slowWith.flatMap((run) => run.chunkDelays), 0.95))} ms) → +${fmt(addedPerChunk)} ms per streamed chunk`,
    );
  } finally {
    server.process.kill();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runRecorderBench();
}

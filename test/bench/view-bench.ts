// The view's speed on a big run: writes a 100,000-event synthetic recording, then measures how long
// `agentvet view` takes to draw its first frame (loading the UI modules included, the first time) and
// to finish loading every event. A benchmark to read, not a timed test: `node dist/test/bench/view-bench.js`.
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { loadView } from '../../tui/load-view.js';
import { writeSyntheticRecording } from '../tui/synthetic-recording.js';

export interface ViewBenchResult {
  events: number;
  fileMb: number;
  /** Importing the view's modules (Ink, React, the components) in a fresh process: wall and CPU time. */
  importMs: number;
  importCpuMs: number;
  /** CPU time of the first (cold) run up to its first frame: less sensitive to other load than wall time. */
  firstFrameCpuMs: number;
  /** From opening the file to the first frame, each run; the first run is cold. */
  firstFrameMs: number[];
  /** From opening the file to every event loaded, each run. */
  fullyLoadedMs: number[];
}

/** A terminal that is not one: enough of a TTY for Ink to draw into and read keys from. */
function fakeTerminal(columns: number, rows: number) {
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns, rows }) as unknown as NodeJS.WriteStream;
  (stdout as unknown as PassThrough).resume();
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin }) as unknown as NodeJS.ReadStream;
  const stderr = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  (stderr as unknown as PassThrough).resume();
  return { stdout, stdin, stderr };
}

export async function runViewBench(options: { events?: number; runs?: number } = {}): Promise<ViewBenchResult> {
  const directory = mkdtempSync(join(tmpdir(), 'agentvet-view-bench-'));
  try {
    const file = join(directory, 'run.jsonl');
    const events = writeSyntheticRecording(file, { events: options.events ?? 100_000 });
    const { statSync } = await import('node:fs');
    const fileMb = statSync(file).size / 1024 / 1024;

    const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
    const importStarted = performance.now();
    const importCpu = process.cpuUsage();
    const { openView } = await loadView();
    const importMs = performance.now() - importStarted;
    const importCpuMs = cpuMs(process.cpuUsage(importCpu));
    let firstFrameCpuMs = 0;

    const firstFrameMs: number[] = [];
    const fullyLoadedMs: number[] = [];
    for (let run = 0; run < (options.runs ?? 3); run++) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const opened = await openView(file, { displayName: 'run.jsonl', streams: fakeTerminal(120, 40), size: { columns: 120, rows: 40 } });
      firstFrameMs.push(await opened.firstFrame);
      if (run === 0) firstFrameCpuMs = cpuMs(process.cpuUsage(cpu));
      await opened.loaded;
      fullyLoadedMs.push(performance.now() - started);
      opened.instance.unmount();
      await opened.instance.waitUntilExit();
    }
    const result = { events, fileMb, importMs, importCpuMs, firstFrameCpuMs, firstFrameMs, fullyLoadedMs };
    printResult(result);
    return result;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function printResult(result: ViewBenchResult): void {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const coldFirst = (result.firstFrameMs[0] ?? 0) + result.importMs;
  console.log(`View benchmark: ${result.events.toLocaleString('en-US')} events (${result.fileMb.toFixed(1)} MB)`);
  console.log(`  import of the view (Ink, React, components): ${ms(result.importMs)} (CPU ${ms(result.importCpuMs)})`);
  console.log(`  first frame, each run:  ${result.firstFrameMs.map(ms).join(' / ')}`);
  console.log(`  all events loaded:      ${result.fullyLoadedMs.map(ms).join(' / ')}`);
  console.log(`  cold open to first frame (import + first run): ${ms(coldFirst)}  (target < 1000 ms: ${coldFirst < 1000 ? 'met' : 'NOT met'})`);
  const coldCpu = result.importCpuMs + result.firstFrameCpuMs;
  console.log(`  the same in CPU time: ${ms(coldCpu)} (wall time above includes waiting for a busy machine; load average now ${loadAverage()})`);
}

function loadAverage(): string {
  return os.loadavg()[0]?.toFixed(1) ?? '?';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runViewBench();
}

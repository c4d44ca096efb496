// Analysing files on several threads: worker threads (one process, so one peak-memory figure) each open
// their own engine on the same request (the file list, texts and prefilter verdicts come out the same) and
// take files from one shared queue — in path order, a few at a time, so the files of one package, which
// share helpers, mostly land on one thread and each parses them once. The main thread takes files from
// the same queue. A file's findings do not depend on which thread analysed it (the engine answers
// project-wide questions from the whole run, never from what one thread has parsed), and results are
// put together in path order, so the output is the same as on one thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileDependencies } from '../../rules/engine/dependencies.js';
import type { EngineOptions, FileAnalysis } from '../../rules/engine/engine.js';

/** Files claimed at once: small enough to balance, large enough that neighbours share helpers. */
const BATCH = 4;
/** Below this many files per thread, starting a thread (loading the compiler again) costs more than it saves. */
const FILES_PER_THREAD = 40;

export type Concurrency = number | 'auto' | 'off';

/** Threads for `files` files: `off` is 1; `auto` one per core while each gets FILES_PER_THREAD files; a number as given (at most one per file). */
export function threadCount(concurrency: Concurrency, files: number): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD)));
  return Math.max(1, Math.min(concurrency, files));
}

export type WorkerOptions = Omit<EngineOptions, 'onProgress' | 'rules'>;
export type AnalysedFile = FileAnalysis & { dependencies?: FileDependencies };

export interface WorkerStart {
  options: WorkerOptions;
  /** Whether each file's dependencies come back too (for `--cache`). */
  recorded: boolean;
  files: string[];
  /** Int32Array over a SharedArrayBuffer: the index of the next unclaimed file. */
  next: SharedArrayBuffer;
}

export type WorkerMessage = { kind: 'file'; path: string; result: AnalysedFile } | { kind: 'done' } | { kind: 'failed'; message: string };

export interface Analyser {
  analyzeFile(path: string): FileAnalysis;
  analyzeRecorded(path: string): AnalysedFile;
}

/** The next batch of files from the shared queue (empty when none is left). */
export function claim(next: Int32Array, files: ReadonlyArray<string>): string[] {
  const start = Atomics.add(next, 0, BATCH);
  return files.slice(start, Math.min(start + BATCH, files.length));
}

/**
 * Analyses `files` on `threads` threads, the main thread (with `engine`) included; `onFile` is told as each
 * file is done. Results come back keyed by path.
 */
export async function analyseInParallel(
  engine: Analyser,
  start: Pick<WorkerStart, 'options' | 'recorded'>,
  files: ReadonlyArray<string>,
  threads: number,
  onFile: (path: string) => void,
): Promise<Map<string, AnalysedFile>> {
  const results = new Map<string, AnalysedFile>();
  const next = new SharedArrayBuffer(4);
  const queue = new Int32Array(next);
  const workers: Array<Promise<void>> = [];
  for (let i = 1; i < threads; i++) {
    workers.push(
      new Promise<void>((resolvePromise, reject) => {
        const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: { ...start, files: [...files], next } satisfies WorkerStart });
        worker.on('message', (message: WorkerMessage) => {
          if (message.kind === 'file') {
            results.set(message.path, message.result);
            onFile(message.path);
          } else if (message.kind === 'failed') reject(new Error(`a lint worker failed: ${message.message}`));
          else resolvePromise();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`a lint worker stopped with exit code ${code}`))));
      }),
    );
  }
  for (let batch = claim(queue, files); batch.length > 0; batch = claim(queue, files)) {
    for (const path of batch) {
      results.set(path, start.recorded ? engine.analyzeRecorded(path) : engine.analyzeFile(path));
      onFile(path);
    }
    // Let the workers' results in (and the progress line be drawn) between batches.
    await new Promise((resolvePromise) => setImmediate(resolvePromise));
  }
  await Promise.all(workers);
  return results;
}

// Analysing files on several threads: worker threads (one process, so one peak-memory figure) each open
// their own engine on the same request (the file list, texts and prefilter verdicts come out the same). The
// files, in path order, are cut into one contiguous segment per thread: each thread works through its own from
// the front, so the files of one package, which share helpers, land on one thread and only it parses them
// (one queue taken a few files at a time by every thread spread each package over all of them, and each thread
// parsed and followed most helpers again: two threads cost ~1.4× one thread's CPU on vercel/ai's packages). A
// thread done with its segment takes files from the back of the one with most left, so the threads finish
// together. The main thread is one of them. A file's findings do not depend on which thread analysed it (the engine answers
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
  /** The shared segments (see makeSegments). */
  segments: SharedArrayBuffer;
  /** The segment this thread works through first. */
  segment: number;
}

export type WorkerMessage = { kind: 'file'; path: string; result: AnalysedFile } | { kind: 'done' } | { kind: 'failed'; message: string };

export interface Analyser {
  analyzeFile(path: string): FileAnalysis;
  analyzeRecorded(path: string): AnalysedFile;
}

// A segment's unclaimed files are [front, back): both in one 64-bit word, so taking from either end is one
// compare-and-swap and the owner (at the front) and a helper (at the back) never take the same file.
const pack = (front: number, back: number): bigint => (BigInt(front) << 32n) | BigInt(back);
const frontOf = (word: bigint): number => Number(word >> 32n);
const backOf = (word: bigint): number => Number(word & 0xffffffffn);

/** `threads` contiguous segments of `files` files, as shared memory every thread claims from. */
export function makeSegments(files: number, threads: number): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(8 * threads);
  const segments = new BigInt64Array(buffer);
  for (let i = 0; i < threads; i++) segments[i] = pack(Math.floor((files * i) / threads), Math.floor((files * (i + 1)) / threads));
  return buffer;
}

/**
 * The next batch of files for the thread owning segment `own`: from the front of its own segment, then from the
 * back of the segment with most files left (empty when none is left anywhere).
 */
export function claim(segments: BigInt64Array, own: number, files: ReadonlyArray<string>): string[] {
  for (;;) {
    const word = Atomics.load(segments, own);
    const front = frontOf(word);
    const back = backOf(word);
    if (front >= back) break;
    const end = Math.min(front + BATCH, back);
    if (Atomics.compareExchange(segments, own, word, pack(end, back)) === word) return files.slice(front, end);
  }
  for (;;) {
    let fullest = -1;
    let most = 0;
    for (let i = 0; i < segments.length; i++) {
      const word = Atomics.load(segments, i);
      const left = backOf(word) - frontOf(word);
      if (left > most) [fullest, most] = [i, left];
    }
    if (fullest < 0) return [];
    const word = Atomics.load(segments, fullest);
    const front = frontOf(word);
    const back = backOf(word);
    if (front >= back) continue;
    const start = Math.max(front, back - BATCH);
    if (Atomics.compareExchange(segments, fullest, word, pack(front, start)) === word) return files.slice(start, back);
  }
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
  const shared = makeSegments(files.length, threads);
  const segments = new BigInt64Array(shared);
  const workers: Array<Promise<void>> = [];
  for (let i = 1; i < threads; i++) {
    workers.push(
      new Promise<void>((resolvePromise, reject) => {
        const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: { ...start, files: [...files], segments: shared, segment: i } satisfies WorkerStart });
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
  for (let batch = claim(segments, 0, files); batch.length > 0; batch = claim(segments, 0, files)) {
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

// A lint worker thread (see parallel-analysis.ts): opens an engine on the same request as the main
// thread, takes files from its segment of the shared list, then helps the others, until none is left, and posts each file's result as it is done.
import { parentPort, workerData } from 'node:worker_threads';
import { installCompileCache } from '../compile-cache.js';
import { lintBundle } from '../lint-bundle.js';
import type { loadEngine } from './analysis-session.js';
import { claim, type WorkerMessage, type WorkerStart } from './parallel-analysis.js';

// Before the engine loads the compiler (see compile-cache.ts; a thread reads the cache, only the main thread writes it).
installCompileCache();
// The engine from the lint bundle while the main thread takes it too (lint-bundle.ts): its compiled code is in the code
// cache, where the engine's ES modules, compiled one by one, were a thread's slowest start.
const bundled = lintBundle<{ loadEngine: typeof loadEngine }>(new URL('../../', import.meta.url));
const { Engine } = bundled ? await bundled.loadEngine() : await import('../../rules/engine/engine.js');

const start = workerData as WorkerStart;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
try {
  const engine = Engine.open(start.options);
  const segments = new BigInt64Array(start.segments);
  for (let batch = claim(segments, start.segment, start.files); batch.length > 0; batch = claim(segments, start.segment, start.files)) {
    for (const path of batch) post({ kind: 'file', path, result: start.recorded ? engine.analyzeRecorded(path) : engine.analyzeFile(path) });
  }
  post({ kind: 'done' });
} catch (error) {
  post({ kind: 'failed', message: (error as Error).message });
}

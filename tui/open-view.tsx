// Opens a recording in the view: reads the first small batch, draws the screen, then keeps loading the
// rest in the background and tells the screen as events arrive, so a huge run opens at once. A bad
// header fails before anything is drawn; a bad line further down closes the view and is reported.
import { render, type Instance } from 'ink';
import { readRecordingInBatches, type BatchSizes } from '../recorder/model/progressive-reading.js';
import { Timeline } from '../recorder/model/timeline.js';
import type { TerminalSize } from './terminal-size.js';
import { ViewApp, type LoadNotifier } from './view-app.js';

export interface ViewStreams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

export interface OpenedView {
  instance: Instance;
  timeline: Timeline;
  /** Milliseconds from the call to the first frame on screen. */
  firstFrame: Promise<number>;
  /** Settles when every event is loaded; rejects with the RecordingFormatError of a bad line. */
  loaded: Promise<{ warnings: string[] }>;
}

export interface OpenViewOptions {
  /** The recording's name as shown in the header. */
  displayName: string;
  streams: ViewStreams;
  size?: TerminalSize;
  batchSizes?: BatchSizes;
  /** Ink's debug mode (every frame written whole): benchmarks and tests. */
  debug?: boolean;
}

export async function openView(file: string, options: OpenViewOptions): Promise<OpenedView> {
  const started = performance.now();
  const batches = readRecordingInBatches(file, options.batchSizes);
  const first = await batches.next();
  if (first.done) throw new Error('readRecordingInBatches ended without a batch');
  const timeline = new Timeline(first.value.header);
  timeline.add(first.value.events);
  if (first.value.done) timeline.finish();

  const listeners = new Set<() => void>();
  const loader: LoadNotifier = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const notify = () => listeners.forEach((listener) => listener());

  let markFirstFrame: (ms: number) => void = () => {};
  const firstFrame = new Promise<number>((resolve) => (markFirstFrame = resolve));
  const instance = render(<ViewApp timeline={timeline} file={options.displayName} loader={loader} size={options.size} />, {
    ...options.streams,
    patchConsole: false,
    exitOnCtrlC: true,
    debug: options.debug ?? false,
    onRender: () => markFirstFrame(performance.now() - started),
  });

  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  instance.waitUntilExit().then(stop, stop);
  const loaded = (async () => {
    if (first.value.done) return { warnings: first.value.warnings };
    for await (const batch of batches) {
      if (stopped) break;
      timeline.add(batch.events);
      if (batch.done) timeline.finish();
      notify();
      if (batch.done) return { warnings: batch.warnings };
      // Let keys and redraws in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { warnings: [] };
  })();
  loaded.catch(() => instance.unmount());
  return { instance, timeline, firstFrame, loaded };
}

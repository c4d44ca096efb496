// Small recordings for the view's in-process tests: the synthetic agent run (LLM call → tool → POST)
// read back through the recorder and folded into a finished timeline.
import { join } from 'node:path';
import { readRecording } from '../../recorder/reading.js';
import { timelineOf, type Timeline } from '../../recorder/model/timeline.js';
import { scratchDirectory } from '../recorder/harness.js';
import { writeSyntheticRecording } from './synthetic-recording.js';

export function syntheticTimeline(events: number): { timeline: Timeline; file: string; remove: () => void } {
  const scratch = scratchDirectory();
  const file = join(scratch.path, 'run.jsonl');
  writeSyntheticRecording(file, { events });
  const recording = readRecording(file);
  return { timeline: timelineOf(recording.header, recording.events), file, remove: scratch.remove };
}

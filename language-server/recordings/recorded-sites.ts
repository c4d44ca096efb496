// The loaded recording, indexed by source line: which timeline entries each line of user code caused.
// A recording made in another checkout still maps: sites are also indexed by their path relative to
// the recorded run's working directory, and looked up relative to each workspace folder.
import { relative, resolve } from 'node:path';
import { timelineOf, type Timeline } from '../../recorder/model/timeline.js';
import type { Recording } from '../../recorder/reading.js';
import { summarizeEntry, type EntrySummary } from './entry-summary.js';

/** Entries a hint is worth showing for; clock and random reads show in the tree view only. */
const HINTED_KINDS = new Set(['http', 'llm', 'tool']);

export class RecordedSites {
  readonly timeline: Timeline;
  private readonly byPath = new Map<string, Map<number, EntrySummary[]>>();
  private readonly byRelativePath = new Map<string, Map<number, EntrySummary[]>>();

  constructor(readonly recording: Recording) {
    this.timeline = timelineOf(recording.header, recording.events);
    for (const entry of this.timeline.entries) {
      if (!HINTED_KINDS.has(entry.kind)) continue;
      const summary = summarizeEntry(this.timeline, entry);
      if (!summary.site) continue;
      const absolute = resolve(recording.header.cwd, summary.site.file);
      add(this.byPath, absolute, summary);
      const rel = relative(recording.header.cwd, absolute);
      if (!rel.startsWith('..')) add(this.byRelativePath, rel, summary);
    }
  }

  /** Number of distinct source lines with hinted entries. */
  get siteCount(): number {
    let count = 0;
    for (const lines of this.byPath.values()) count += lines.size;
    return count;
  }

  /** Entries caused by each line (1-based) of `file`. */
  linesOf(file: string, workspaceFolders: readonly string[]): Map<number, EntrySummary[]> | undefined {
    const exact = this.byPath.get(file);
    if (exact) return exact;
    for (const folder of workspaceFolders) {
      const rel = relative(folder, file);
      if (rel.startsWith('..')) continue;
      const found = this.byRelativePath.get(rel);
      if (found) return found;
    }
    return undefined;
  }
}

function add(index: Map<string, Map<number, EntrySummary[]>>, file: string, summary: EntrySummary): void {
  let lines = index.get(file);
  if (!lines) index.set(file, (lines = new Map()));
  const line = summary.site!.line;
  const list = lines.get(line);
  if (list) list.push(summary);
  else lines.set(line, [summary]);
}

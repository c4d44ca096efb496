// Where a run written by `replay -o` left the recording it replayed: the faults it served and the
// first request that went live (with why), after the last request answered from the source. `diff`
// prints it above the comparison, so two runs read side by side from that point.
import { basename } from 'node:path';
import type { Recording } from '../../reading.js';
import type { HttpRequestEvent } from '../../schema.js';

export function forkPointLines(a: Recording, b: Recording, nameA: string, nameB: string): string[] {
  const lines: string[] = [];
  for (const [derived, derivedName, source, sourceName] of [
    [b, nameB, a, nameA],
    [a, nameA, b, nameB],
  ] as const) {
    const origin = derived.header.source;
    if (!origin) continue;
    const ofThis = basename(origin.recording) === basename(source.file) ? sourceName : origin.recording;
    const requests = derived.events.filter((event): event is HttpRequestEvent => event.type === 'http.request');
    const faults = requests.filter((request) => request.fault);
    const left = requests.find((request) => request.leftRecording);
    const lastServed = [...requests.slice(0, left ? requests.indexOf(left) : requests.length)].reverse().find((request) => request.from);
    lines.push(`${derivedName} is a replay of ${ofThis}:`);
    for (const request of faults) lines.push(`  fault ${request.fault} served at event ${request.id} (in place of ${request.from ?? '?'})`);
    if (left) {
      const after = lastServed?.from ? `after event ${lastServed.from} of ${ofThis}` : 'from the start';
      lines.push(`  went live at event ${left.id} ${after}: ${left.leftRecording}`);
    } else if (faults.length === 0) {
      lines.push('  it never left the recording');
    }
  }
  return lines;
}

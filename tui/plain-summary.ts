// What `agentvet view` prints when there is no terminal to draw in (piped, CI): the run's totals,
// then its processes, HTTP exchanges, LLM calls and tools as an indented list with offsets and
// durations, then the errors. Clock and random reads are counted, not listed.
import type { Timeline, TimelineEntry } from '../recorder/model/timeline.js';
import { commandLine, displaySite, entrySummary } from './entry-summary.js';
import { formatCount, formatDuration } from './format-duration.js';
import { visibleRows } from './visible-rows.js';

const MAX_LISTED = 200;

export function plainSummary(timeline: Timeline, file: string): string {
  const { stats, header } = timeline;
  const runStart = stats.start ?? 0;
  const duration = stats.start !== null && stats.end !== null ? formatDuration(stats.end - stats.start) : '0ms';
  const out = [
    `${file}: recorded ${header.createdAt}`,
    `command   ${commandLine(header.command, header.cwd)}`,
    `run       ${duration} · ${stats.llmCalls} LLM calls · ${formatCount(stats.inputTokens + stats.outputTokens)} tokens ` +
      `(${formatCount(stats.inputTokens)} in / ${formatCount(stats.outputTokens)} out) · ${stats.httpCalls} HTTP calls · ` +
      `${stats.toolCalls} tool calls · ${stats.errors} errors · ${formatCount(stats.events)} events`,
    '',
  ];

  const rows = visibleRows(timeline, { filter: null, expanded: new Set(), collapsed: new Set() });
  const listed = rows.map((row) => timeline.entries[row.entry] as TimelineEntry).filter((entry) => entry.kind !== 'clock' && entry.kind !== 'random');
  for (const entry of listed.slice(0, MAX_LISTED)) {
    const offset = `+${formatDuration(entry.start - runStart)}`.padEnd(9);
    const took = entry.end === null ? '' : `  (${formatDuration(entry.end - entry.start)})`;
    const error = entry.error ? `  ERROR: ${entry.error}` : '';
    out.push(`${offset}${'  '.repeat(Math.min(entry.depth, 8))}${entry.kind.padEnd(8)}${entrySummary(timeline, entry)}${took}${error}`);
  }
  if (listed.length > MAX_LISTED) out.push(`… ${formatCount(listed.length - MAX_LISTED)} more (run \`agentvet view\` in a terminal to browse them all)`);
  const reads = rows.length - listed.length;
  if (reads > 0) out.push(`${formatCount(reads)} clock and random reads not listed`);

  const failed = timeline.entries.filter((entry) => entry.error !== null);
  if (failed.length > 0) {
    out.push('', `errors (${failed.length}):`);
    for (const entry of failed.slice(0, 50)) {
      const event = timeline.events[entry.event];
      const site = displaySite(event?.site, header.cwd);
      out.push(`  ${event?.id ?? '?'}  ${entry.kind} ${entrySummary(timeline, entry)}: ${entry.error}${site ? `  at ${site}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

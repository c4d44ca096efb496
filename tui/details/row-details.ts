// Everything the details pane shows for one row: a line of identity (ids, process, when, how long,
// where in the code), then the kind's own sections, wrapped to the pane's width.
import { exchangeEvents, type Timeline } from '../../recorder/model/timeline.js';
import { displaySite } from '../entry-summary.js';
import { formatDuration } from '../format-duration.js';
import type { Row } from '../visible-rows.js';
import { failure, fields, wrapLines, type DetailLine } from './detail-line.js';
import { exchangeLines, llmLines } from './exchange-details.js';
import { partLines, processLines, readLines, toolLines } from './other-details.js';

export function rowDetails(timeline: Timeline, row: Row | undefined, width: number): DetailLine[] {
  const entry = row ? timeline.entries[row.entry] : undefined;
  if (!row || !entry) return [];
  const position = row.part === -1 ? entry.event : (entry.parts[row.part] ?? entry.event);
  const event = timeline.events[position];
  if (!event) return [];
  const runStart = timeline.stats.start ?? 0;
  const duration = row.part === -1 && entry.end !== null ? formatDuration(entry.end - entry.start) : null;
  const identity = fields(
    [
      ['event', `${event.id}${event.parent ? ` (caused by ${event.parent})` : ''} · process ${event.proc}, pid ${event.pid}`],
      ['at', `+${formatDuration(timeline.timeOf(event) - runStart)}${duration ? `, took ${duration}` : ''}`],
      ['source', displaySite(event.site, timeline.header.cwd) || '(no user frame)'],
    ],
    0,
  );
  const lines: DetailLine[] = [...identity];
  if (row.part === -1 && entry.error) lines.push(failure(`error: ${entry.error}`, 0));
  lines.push(...kindLines(timeline, row));
  return wrapLines(lines, width);
}

function kindLines(timeline: Timeline, row: Row): DetailLine[] {
  const entry = timeline.entries[row.entry];
  if (!entry) return [];
  if (row.part !== -1) {
    const event = timeline.events[entry.parts[row.part] ?? -1];
    return event ? partLines(event) : [];
  }
  const event = timeline.events[entry.event];
  switch (entry.kind) {
    case 'llm':
    case 'http': {
      const exchange = exchangeEvents(timeline, entry);
      return [...(exchange.llm ? llmLines(exchange.llm) : []), ...exchangeLines(exchange)];
    }
    case 'tool':
      return toolLines(timeline, entry);
    case 'process':
      return processLines(timeline, entry);
    default:
      return event ? readLines(event) : [];
  }
}

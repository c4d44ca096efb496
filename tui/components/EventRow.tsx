// One line of the list: selection mark, indentation by causal depth, open/closed mark, kind, summary,
// the waterfall bar and the duration. Wire parts of an expanded exchange are drawn dimmer beneath it.
import { Box, Text } from 'ink';
import type { Timeline } from '../../recorder/model/timeline.js';
import { entrySummary, partSummary } from '../entry-summary.js';
import { formatDuration } from '../format-duration.js';
import type { ViewLayout } from '../layout.js';
import type { Row } from '../visible-rows.js';
import { waterfallBar, type Axis } from '../waterfall.js';
import { KIND_COLOR } from './kind-colors.js';

export interface EventRowProps {
  timeline: Timeline;
  row: Row;
  selected: boolean;
  focused: boolean;
  expanded: boolean;
  collapsed: boolean;
  axis: Axis;
  layout: ViewLayout;
  /** Draw without causal indentation (a kind filter hides the causes). */
  flat: boolean;
}

const MAX_INDENT_LEVELS = 8;

export function EventRow({ timeline, row, selected, focused, expanded, collapsed, axis, layout, flat }: EventRowProps) {
  const entry = timeline.entries[row.entry];
  if (!entry) return null;
  const isPart = row.part !== -1;
  const depth = (flat ? 0 : Math.min(entry.depth, MAX_INDENT_LEVELS)) + (isPart ? 1 : 0);
  const mark = isPart ? ' ' : entry.parts.length > 0 ? (expanded ? '▾' : '▸') : entry.children.length > 0 ? (collapsed ? '▸' : '▾') : ' ';
  const partEvent = isPart ? timeline.events[entry.parts[row.part] ?? -1] : undefined;
  const partTime = partEvent ? timeline.timeOf(partEvent) : null;
  const start = partTime ?? entry.start;
  const end = isPart ? null : entry.end;
  const summary = isPart ? partSummary(timeline, entry.parts[row.part] ?? -1) : entrySummary(timeline, entry);
  const kind = isPart ? '' : entry.kind.padEnd(6);
  const highlight = selected && focused;
  const color = entry.error && !isPart ? 'red' : KIND_COLOR[entry.kind];
  return (
    <Box>
      <Text color={selected ? 'greenBright' : undefined}>{selected ? '›' : ' '}</Text>
      <Box width={layout.labelWidth}>
        <Text wrap="truncate-end" inverse={highlight} dimColor={isPart && !highlight}>
          {`${'  '.repeat(depth)}${mark} `}
          <Text color={highlight ? undefined : color}>{kind}</Text>
          {` ${summary}`}
        </Text>
      </Box>
      <Text> </Text>
      <Text color={color} dimColor={isPart}>
        {waterfallBar(start, end, axis, layout.barWidth)}
      </Text>
      <Box width={layout.durationWidth + 1} justifyContent="flex-end">
        <Text dimColor>{end === null ? '' : formatDuration(end - start)}</Text>
      </Box>
    </Box>
  );
}

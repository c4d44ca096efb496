// The list pane, virtualised: only the rows in the window [top, top + height) are rendered, so a run
// of 100,000 events costs the same to draw as one of twenty. Short lists are padded to keep the layout.
import { Box, Text } from 'ink';
import type { Timeline } from '../../recorder/model/timeline.js';
import type { ViewLayout } from '../layout.js';
import type { Row } from '../visible-rows.js';
import type { Axis } from '../waterfall.js';
import { EventRow } from './EventRow.js';

export interface EventListProps {
  timeline: Timeline;
  rows: readonly Row[];
  top: number;
  height: number;
  selected: number;
  focused: boolean;
  expanded: ReadonlySet<number>;
  collapsed: ReadonlySet<number>;
  layout: ViewLayout;
  flat: boolean;
}

export function EventList({ timeline, rows, top, height, selected, focused, expanded, collapsed, layout, flat }: EventListProps) {
  const axis: Axis = { start: timeline.stats.start ?? 0, end: timeline.stats.end ?? 1 };
  const window = rows.slice(top, top + height);
  return (
    <Box flexDirection="column" height={height}>
      {window.length === 0 ? <Text dimColor>  (no events to show)</Text> : null}
      {window.map((row, offset) => (
        <EventRow
          key={`${row.entry}:${row.part}`}
          timeline={timeline}
          row={row}
          selected={top + offset === selected}
          focused={focused}
          expanded={expanded.has(row.entry)}
          collapsed={collapsed.has(row.entry)}
          axis={axis}
          layout={layout}
          flat={flat}
        />
      ))}
    </Box>
  );
}

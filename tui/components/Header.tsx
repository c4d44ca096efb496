// The top of the screen: the recorded command and file, the run's totals (duration, LLM calls,
// tokens, HTTP calls, tool calls, errors), what is loaded and filtered, and the list's column titles.
import { Box, Text } from 'ink';
import type { Timeline } from '../../recorder/model/timeline.js';
import { commandLine } from '../entry-summary.js';
import { formatCount, formatDuration } from '../format-duration.js';
import type { ViewLayout } from '../layout.js';

export interface HeaderProps {
  timeline: Timeline;
  file: string;
  layout: ViewLayout;
  filter: string | null;
  rowCount: number;
}

export function Header({ timeline, file, layout, filter, rowCount }: HeaderProps) {
  const { stats, header } = timeline;
  const duration = stats.start !== null && stats.end !== null ? formatDuration(stats.end - stats.start) : '–';
  const tokens = stats.inputTokens + stats.outputTokens;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{commandLine(header.command, header.cwd)}</Text>
        <Text dimColor>{`  ${file}`}</Text>
      </Text>
      <Text wrap="truncate-end">
        <Text>{duration}</Text>
        <Text dimColor> · </Text>
        <Text color="magenta">{`${stats.llmCalls} LLM calls`}</Text>
        <Text dimColor> · </Text>
        <Text>{`${formatCount(tokens)} tokens (${formatCount(stats.inputTokens)} in/${formatCount(stats.outputTokens)} out)`}</Text>
        <Text dimColor> · </Text>
        <Text color="cyan">{`${stats.httpCalls} HTTP`}</Text>
        <Text dimColor> · </Text>
        <Text color="yellow">{`${stats.toolCalls} tool calls`}</Text>
        <Text dimColor> · </Text>
        <Text color={stats.errors > 0 ? 'red' : undefined}>{`${stats.errors} errors`}</Text>
        <Text dimColor>{` · ${formatCount(stats.events)} events${timeline.complete ? '' : ' (loading…)'}`}</Text>
      </Text>
      <Box>
        <Box width={layout.labelWidth + 1}>
          <Text wrap="truncate-end">
            <Text dimColor>{'  kind   what'}</Text>
            {filter ? <Text color="green">{`   [filter: ${filter}, ${formatCount(rowCount)} entries · f for the next kind]`}</Text> : null}
          </Text>
        </Box>
        <Box width={layout.barWidth + 1}>
          <Text dimColor wrap="truncate-end">{` 0 → ${duration}`}</Text>
        </Box>
        <Box width={layout.durationWidth} justifyContent="flex-end">
          <Text dimColor>took</Text>
        </Box>
      </Box>
    </Box>
  );
}

// The details pane: a title rule naming the selected event (and whether the pane has the keys), then
// the window of its detail lines that fits, with a position marker when there is more to scroll.
import { Box, Text } from 'ink';
import type { DetailLine, Tone } from '../details/detail-line.js';

export interface DetailsPaneProps {
  heading: string;
  lines: readonly DetailLine[];
  top: number;
  height: number;
  width: number;
  focused: boolean;
}

const TONE_PROPS: Record<Tone, { color?: string; bold?: boolean; dimColor?: boolean }> = {
  title: { bold: true },
  label: { color: 'cyan' },
  plain: {},
  dim: { dimColor: true },
  error: { color: 'red' },
};

export function DetailsPane({ heading, lines, top, height, width, focused }: DetailsPaneProps) {
  const shown = lines.slice(top, top + height);
  const more = lines.length > height ? ` ${top + 1}-${Math.min(top + height, lines.length)}/${lines.length} ` : '';
  const titleText = `─ ${heading}${focused ? ' [keys here: ↑/↓ scroll, Tab back]' : ''} `;
  const rule = '─'.repeat(Math.max(0, width - titleText.length - more.length));
  return (
    <Box flexDirection="column">
      <Text color={focused ? 'greenBright' : 'gray'} wrap="truncate-end">
        {`${titleText}${rule}${more}`}
      </Text>
      <Box flexDirection="column" height={height}>
        {shown.map((line, index) => (
          <Text key={top + index} wrap="truncate-end" {...TONE_PROPS[line.tone]}>
            {line.text === '' ? ' ' : line.text}
          </Text>
        ))}
      </Box>
    </Box>
  );
}

// The bottom line: the search prompt while typing, else the last notice and the keys.
import { Text } from 'ink';

export interface HelpLineProps {
  typing: boolean;
  draft: string;
  notice: string | null;
}

const KEYS = '↑↓/jk move · PgUp/PgDn · Enter expand · Tab pane · / search · n/N next/prev · f filter · q quit';

export function HelpLine({ typing, draft, notice }: HelpLineProps) {
  if (typing) {
    return (
      <Text wrap="truncate-end">
        <Text color="yellow">/</Text>
        {draft}
        <Text inverse> </Text>
        <Text dimColor>{'  Enter search · Esc cancel'}</Text>
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {notice ? <Text color="yellow">{`${notice} · `}</Text> : null}
      <Text dimColor>{KEYS}</Text>
    </Text>
  );
}

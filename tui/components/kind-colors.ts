// One colour per kind of entry, used by the list and the header so a kind reads the same everywhere.
import type { EntryKind } from '../../recorder/model/timeline.js';

export const KIND_COLOR: Record<EntryKind, string> = {
  llm: 'magenta',
  http: 'cyan',
  tool: 'yellow',
  clock: 'blue',
  random: 'gray',
  process: 'green',
};

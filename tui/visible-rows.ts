// Which rows the list shows, in order: the causal tree depth-first (children under their cause),
// minus collapsed subtrees, plus the wire parts of expanded exchanges; or, under a kind filter, only
// the entries of that kind. Rebuilt in one pass, so it stays cheap at 100,000 entries.
import type { EntryKind, Timeline, TimelineEntry } from '../recorder/model/timeline.js';

/** One line of the list: an entry (`part` -1) or one of its wire parts (index into `entry.parts`). */
export interface Row {
  entry: number;
  part: number;
}

export interface RowOptions {
  filter: EntryKind | null;
  /** Exchanges whose response, chunks and end are shown. */
  expanded: ReadonlySet<number>;
  /** Entries whose causal children are hidden. */
  collapsed: ReadonlySet<number>;
}

/** An LLM call is also an HTTP exchange, so the `http` filter keeps it. */
export function matchesKind(entry: TimelineEntry, filter: EntryKind | null): boolean {
  if (filter === null) return true;
  return entry.kind === filter || (filter === 'http' && entry.kind === 'llm');
}

export function visibleRows(timeline: Timeline, options: RowOptions): Row[] {
  const rows: Row[] = [];
  const pushEntry = (entry: TimelineEntry) => {
    rows.push({ entry: entry.index, part: -1 });
    if (options.expanded.has(entry.index)) {
      for (let part = 0; part < entry.parts.length; part++) rows.push({ entry: entry.index, part });
    }
  };

  if (options.filter !== null) {
    for (const entry of timeline.entries) if (matchesKind(entry, options.filter)) pushEntry(entry);
    return rows;
  }

  const stack: number[] = [...timeline.roots].reverse();
  while (stack.length > 0) {
    const entry = timeline.entries[stack.pop() as number] as TimelineEntry;
    pushEntry(entry);
    if (options.collapsed.has(entry.index)) continue;
    for (let child = entry.children.length - 1; child >= 0; child--) stack.push(entry.children[child] as number);
  }
  return rows;
}

export function sameRow(a: Row | undefined, b: Row | undefined): boolean {
  return a !== undefined && b !== undefined && a.entry === b.entry && a.part === b.part;
}

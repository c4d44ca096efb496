// The view's state and the one reducer every key goes through, so keys that arrive together apply in
// order against the rows they produced (Enter then ↓ moves within what Enter opened). Pure: the
// timeline only grows while loading, and a `loaded` action re-derives the rows from it.
import { ENTRY_KINDS, type EntryKind, type Timeline } from '../recorder/model/timeline.js';
import { searchText } from './entry-summary.js';
import { sameRow, visibleRows, type Row } from './visible-rows.js';

export type Pane = 'list' | 'details';

export interface SearchState {
  /** True while the user types after `/`. */
  typing: boolean;
  draft: string;
  /** The committed query (lower-case), or '' for none. */
  query: string;
  /** Positions in `rows` that match the query, ascending. */
  matches: number[];
}

export interface ViewState {
  timeline: Timeline;
  rows: Row[];
  /** Position of the selected row in `rows`. */
  selected: number;
  /** Position of the first row drawn. */
  listTop: number;
  focus: Pane;
  detailsTop: number;
  /** Lines the details pane has for the selected row (the pane reports it after wrapping). */
  detailsLength: number;
  listHeight: number;
  detailsHeight: number;
  filter: EntryKind | null;
  expanded: ReadonlySet<number>;
  collapsed: ReadonlySet<number>;
  search: SearchState;
  /** Details fill the screen (Enter in the details pane). */
  zoomed: boolean;
  /** One line for the help bar: the result of the last search or filter. */
  notice: string | null;
}

export type ViewAction =
  | { type: 'loaded' }
  | { type: 'resize'; listHeight: number; detailsHeight: number }
  | { type: 'move'; by: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'toggle' }
  | { type: 'switch-pane' }
  | { type: 'search-start' }
  | { type: 'search-input'; text: string }
  | { type: 'search-backspace' }
  | { type: 'search-commit' }
  | { type: 'search-cancel' }
  | { type: 'next-match'; direction: 1 | -1 }
  | { type: 'cycle-filter' }
  | { type: 'details-length'; lines: number };

export function initialViewState(timeline: Timeline, listHeight = 10, detailsHeight = 8): ViewState {
  const base: ViewState = {
    timeline,
    rows: [],
    selected: 0,
    listTop: 0,
    focus: 'list',
    detailsTop: 0,
    detailsLength: 0,
    listHeight,
    detailsHeight,
    filter: null,
    expanded: new Set(),
    collapsed: new Set(),
    search: { typing: false, draft: '', query: '', matches: [] },
    zoomed: false,
    notice: null,
  };
  return withRows(base);
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'loaded':
      return withRows(state);
    case 'resize':
      return scrolled({ ...state, listHeight: Math.max(1, action.listHeight), detailsHeight: Math.max(1, action.detailsHeight) });
    case 'move':
      return state.focus === 'list' && !state.zoomed ? select(state, state.selected + action.by) : scrollDetails(state, state.detailsTop + action.by);
    case 'page': {
      if (state.focus === 'list' && !state.zoomed) return select(state, state.selected + action.direction * Math.max(1, state.listHeight - 1));
      return scrollDetails(state, state.detailsTop + action.direction * Math.max(1, detailsViewHeight(state) - 1));
    }
    case 'edge':
      if (state.focus === 'list' && !state.zoomed) return select(state, action.to === 'first' ? 0 : state.rows.length - 1);
      return scrollDetails(state, action.to === 'first' ? 0 : state.detailsLength);
    case 'toggle':
      return state.focus === 'list' ? toggleRow(state) : { ...state, zoomed: !state.zoomed, detailsTop: 0 };
    case 'switch-pane':
      return { ...state, focus: state.focus === 'list' ? 'details' : 'list', zoomed: false };
    case 'search-start':
      return { ...state, search: { ...state.search, typing: true, draft: '' }, notice: null };
    case 'search-input':
      return { ...state, search: { ...state.search, draft: state.search.draft + action.text } };
    case 'search-backspace':
      return { ...state, search: { ...state.search, draft: state.search.draft.slice(0, -1) } };
    case 'search-cancel':
      return { ...state, search: { ...state.search, typing: false, draft: '' } };
    case 'search-commit': {
      const query = state.search.draft.trim().toLowerCase();
      const searched = { ...state, search: { typing: false, draft: '', query, matches: findMatches(state.timeline, state.rows, query) } };
      if (query === '') return { ...searched, notice: null };
      return jumpToMatch(searched, 1, true);
    }
    case 'next-match':
      return jumpToMatch(state, action.direction);
    case 'cycle-filter': {
      const order: Array<EntryKind | null> = [null, ...ENTRY_KINDS];
      const filter = order[(order.indexOf(state.filter) + 1) % order.length] ?? null;
      const filtered = withRows({ ...state, filter });
      return { ...filtered, notice: filter === null ? 'showing every kind' : `showing ${filter} only (${entryCount(filtered.rows)} entries)` };
    }
    case 'details-length':
      return action.lines === state.detailsLength ? state : scrollDetails({ ...state, detailsLength: action.lines }, state.detailsTop);
  }
}

/** Rows that are entries, not wire parts of an expanded exchange. */
export function entryCount(rows: readonly Row[]): number {
  let count = 0;
  for (const row of rows) if (row.part === -1) count++;
  return count;
}

export function selectedRow(state: ViewState): Row | undefined {
  return state.rows[state.selected];
}

/**
 * Re-derives the rows, keeping the selected row selected when it is still shown, else the nearest row
 * above it that is (a filter that hides the selection lands next to where the user was).
 */
function withRows(state: ViewState): ViewState {
  const rows = visibleRows(state.timeline, { filter: state.filter, expanded: state.expanded, collapsed: state.collapsed });
  const selected = anchoredSelection(state.rows, state.selected, rows);
  const matches = findMatches(state.timeline, rows, state.search.query);
  return scrolled({ ...state, rows, selected, search: { ...state.search, matches } });
}

function anchoredSelection(oldRows: readonly Row[], oldSelected: number, rows: readonly Row[]): number {
  const fallback = Math.min(oldSelected, Math.max(0, rows.length - 1));
  const previous = oldRows[oldSelected];
  if (!previous || sameRow(rows[oldSelected], previous)) return fallback;
  const positions = new Map<string, number>();
  rows.forEach((row, position) => positions.set(`${row.entry}:${row.part}`, position));
  for (let position = oldSelected; position >= 0; position--) {
    const row = oldRows[position] as Row;
    const found = positions.get(`${row.entry}:${row.part}`);
    if (found !== undefined) return found;
  }
  return rows.length > 0 ? 0 : fallback;
}

function select(state: ViewState, position: number): ViewState {
  const selected = Math.max(0, Math.min(position, state.rows.length - 1));
  if (selected === state.selected) return state;
  return scrolled({ ...state, selected, detailsTop: 0 });
}

/** Keeps the selected row inside the drawn window. */
function scrolled(state: ViewState): ViewState {
  let listTop = Math.min(state.listTop, Math.max(0, state.rows.length - state.listHeight));
  if (state.selected < listTop) listTop = state.selected;
  if (state.selected >= listTop + state.listHeight) listTop = state.selected - state.listHeight + 1;
  listTop = Math.max(0, listTop);
  return listTop === state.listTop ? state : { ...state, listTop };
}

/** Lines the details pane shows: its own height, or the list's too when zoomed. */
export function detailsViewHeight(state: ViewState): number {
  return state.zoomed ? state.listHeight + state.detailsHeight : state.detailsHeight;
}

function scrollDetails(state: ViewState, top: number): ViewState {
  const detailsTop = Math.max(0, Math.min(top, state.detailsLength - detailsViewHeight(state)));
  return detailsTop === state.detailsTop ? state : { ...state, detailsTop };
}

function toggleRow(state: ViewState): ViewState {
  const row = selectedRow(state);
  const entry = row ? state.timeline.entries[row.entry] : undefined;
  if (!row || !entry) return state;
  if (entry.parts.length > 0) {
    const expanded = new Set(state.expanded);
    if (!expanded.delete(entry.index)) expanded.add(entry.index);
    // Closing from one of its parts moves the selection back to the exchange.
    const anchored = row.part === -1 ? state : { ...state, selected: state.rows.findIndex((item) => item.entry === entry.index && item.part === -1) };
    return withRows({ ...anchored, expanded });
  }
  if (entry.children.length > 0 && state.filter === null) {
    const collapsed = new Set(state.collapsed);
    if (!collapsed.delete(entry.index)) collapsed.add(entry.index);
    return withRows({ ...state, collapsed });
  }
  return state;
}

function findMatches(timeline: Timeline, rows: readonly Row[], query: string): number[] {
  if (query === '') return [];
  const matches: number[] = [];
  for (let position = 0; position < rows.length; position++) {
    const row = rows[position] as Row;
    if (row.part !== -1) continue;
    const entry = timeline.entries[row.entry];
    if (entry && searchText(timeline, entry).includes(query)) matches.push(position);
  }
  return matches;
}

/** Selects the next (or previous) match; `inclusive` lets the selected row itself count (a new search). */
function jumpToMatch(state: ViewState, direction: 1 | -1, inclusive = false): ViewState {
  const { matches, query } = state.search;
  if (query === '') return { ...state, notice: 'no search yet: press / to search' };
  if (matches.length === 0) return { ...state, notice: `no match for "${query}"` };
  const from = inclusive ? state.selected - direction : state.selected;
  let index = direction === 1 ? matches.findIndex((position) => position > from) : findLastIndex(matches, (position) => position < from);
  const wrapped = index === -1;
  if (wrapped) index = direction === 1 ? 0 : matches.length - 1;
  const moved = select({ ...state, focus: 'list', zoomed: false }, matches[index] as number);
  const notice = `match ${index + 1} of ${matches.length} for "${query}"${wrapped ? ' (wrapped)' : ''}`;
  return { ...moved, notice };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index] as T)) return index;
  return -1;
}

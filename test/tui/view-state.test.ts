// The view's reducer: rows in causal order, moving and paging, Enter to open an exchange's wire parts
// or fold a subtree, the kind filter, search with n/N, keys applied in order, and the selection kept
// while more events load.
import { afterAll, describe, expect, it } from 'vitest';
import { Timeline } from '../../recorder/model/timeline.js';
import { entrySummary } from '../../tui/entry-summary.js';
import { initialViewState, selectedRow, viewReducer, type ViewAction, type ViewState } from '../../tui/view-state.js';
import { syntheticTimeline } from './recording-fixtures.js';

const fixture = syntheticTimeline(60);
afterAll(fixture.remove);
const { timeline } = fixture;

function run(state: ViewState, ...actions: ViewAction[]): ViewState {
  return actions.reduce(viewReducer, state);
}

function selectedKind(state: ViewState): string {
  const row = selectedRow(state);
  const entry = row ? state.timeline.entries[row.entry] : undefined;
  return row && row.part !== -1 ? `part:${state.timeline.events[entry?.parts[row.part] ?? -1]?.type}` : (entry?.kind ?? 'none');
}

describe('view state', () => {
  it('lists entries depth-first under their causes, wire parts hidden', () => {
    const state = initialViewState(timeline, 5, 5);
    const kinds = state.rows.slice(0, 7).map((row) => `${'.'.repeat(timeline.entries[row.entry]?.depth ?? 0)}${timeline.entries[row.entry]?.kind}`);
    expect(kinds).toEqual(['process', '.clock', '.llm', '..tool', '...random', '...http', '.clock']);
    expect(state.rows.every((row) => row.part === -1)).toBe(true);
    expect(state.rows).toHaveLength(timeline.entries.length);
  });

  it('moves, pages and jumps within bounds, scrolling the window with the selection', () => {
    let state = initialViewState(timeline, 5, 5);
    state = run(state, { type: 'move', by: -1 });
    expect(state.selected).toBe(0);
    state = run(state, { type: 'move', by: 1 }, { type: 'move', by: 1 });
    expect(selectedKind(state)).toBe('llm');
    state = run(state, { type: 'page', direction: 1 });
    expect(state.selected).toBe(6);
    expect(state.listTop).toBe(2);
    state = run(state, { type: 'edge', to: 'last' });
    expect(state.selected).toBe(state.rows.length - 1);
    expect(state.listTop).toBe(state.rows.length - 5);
    state = run(state, { type: 'edge', to: 'first' });
    expect([state.selected, state.listTop]).toEqual([0, 0]);
  });

  it('opens an exchange with Enter — keys pressed together apply in order — and folds a subtree', () => {
    let state = run(initialViewState(timeline, 5, 5), { type: 'move', by: 2 }, { type: 'toggle' }, { type: 'move', by: 1 });
    expect(selectedKind(state)).toBe('part:http.response');
    state = run(state, { type: 'move', by: 3 });
    expect(selectedKind(state)).toBe('part:http.chunk');
    state = run(state, { type: 'toggle' });
    expect(selectedKind(state)).toBe('llm');
    expect(state.rows.some((row) => row.part !== -1)).toBe(false);
    const before = state.rows.length;
    state = run(state, { type: 'edge', to: 'first' }, { type: 'toggle' });
    expect(state.rows).toHaveLength(1);
    state = run(state, { type: 'toggle' });
    expect(state.rows).toHaveLength(before);
  });

  it('filters by kind in turn, an LLM call counting as HTTP too, and keeps the selected row when it stays', () => {
    let state = run(initialViewState(timeline, 5, 5), { type: 'move', by: 2 }, { type: 'cycle-filter' });
    expect(state.filter).toBe('llm');
    expect(state.rows.every((row) => timeline.entries[row.entry]?.kind === 'llm')).toBe(true);
    expect(selectedKind(state)).toBe('llm');
    expect(state.notice).toMatch(/^showing llm only \(\d+ entries\)$/);
    state = run(state, { type: 'cycle-filter' });
    expect(state.filter).toBe('http');
    expect(new Set(state.rows.map((row) => timeline.entries[row.entry]?.kind))).toEqual(new Set(['llm', 'http']));
    for (let step = 0; step < 5; step++) state = run(state, { type: 'cycle-filter' });
    expect(state.filter).toBeNull();
    expect(state.rows).toHaveLength(timeline.entries.length);
  });

  it('searches with / and steps through matches with n and N, wrapping around', () => {
    let state = run(initialViewState(timeline, 5, 5), { type: 'search-start' });
    for (const character of 'TICKETS.example') state = run(state, { type: 'search-input', text: character });
    state = run(state, { type: 'search-commit' });
    const first = state.selected;
    expect(entrySummary(timeline, timeline.entries[selectedRow(state)?.entry ?? -1]!)).toContain('tickets.example.com');
    expect(state.notice).toMatch(/^match 1 of (\d+) for "tickets.example"$/);
    const total = Number(/of (\d+)/.exec(state.notice ?? '')?.[1]);
    state = run(state, { type: 'next-match', direction: 1 });
    expect(state.selected).toBeGreaterThan(first);
    state = run(state, { type: 'next-match', direction: -1 }, { type: 'next-match', direction: -1 });
    expect(state.notice).toBe(`match ${total} of ${total} for "tickets.example" (wrapped)`);
    state = run(state, { type: 'search-start' }, { type: 'search-input', text: 'no such thing' }, { type: 'search-commit' });
    expect(state.notice).toBe('no match for "no such thing"');
  });

  it('scrolls the details pane when it has the keys, within the lines it has, and zooms with Enter', () => {
    let state = run(initialViewState(timeline, 5, 4), { type: 'details-length', lines: 10 }, { type: 'switch-pane' });
    expect(state.focus).toBe('details');
    state = run(state, { type: 'move', by: 3 }, { type: 'page', direction: 1 }, { type: 'move', by: 100 });
    expect(state.detailsTop).toBe(6);
    expect(state.selected).toBe(0);
    state = run(state, { type: 'toggle' });
    expect(state.zoomed).toBe(true);
    state = run(state, { type: 'edge', to: 'last' });
    expect(state.detailsTop).toBe(1);
    state = run(state, { type: 'switch-pane' });
    expect([state.focus, state.zoomed]).toEqual(['list', false]);
  });

  it('keeps the selection on the same entry while more events load', () => {
    const growing = new Timeline(timeline.header);
    growing.add(timeline.events.slice(0, 20));
    let state = run(initialViewState(growing, 5, 5), { type: 'move', by: 4 });
    const entry = selectedRow(state)?.entry;
    growing.add(timeline.events.slice(20));
    growing.finish();
    state = run(state, { type: 'loaded' });
    expect(selectedRow(state)?.entry).toBe(entry);
    expect(state.rows).toHaveLength(growing.entries.length);
  });
});

// The `agentvet view` screen: header, virtualised event list, details pane and help line, sized to the
// terminal and redrawn on resize. Keys go through `actionForKey` into the one reducer; a loader that
// is still reading the recording tells the app when more events arrived.
import { Box, useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { Timeline } from '../recorder/model/timeline.js';
import { DetailsPane } from './components/DetailsPane.js';
import { EventList } from './components/EventList.js';
import { Header } from './components/Header.js';
import { HelpLine } from './components/HelpLine.js';
import { rowDetails } from './details/row-details.js';
import { actionsForInput } from './key-bindings.js';
import { viewLayout } from './layout.js';
import { useTerminalSize, type TerminalSize } from './terminal-size.js';
import { detailsViewHeight, entryCount, initialViewState, selectedRow, viewReducer } from './view-state.js';

/** Tells the view that the timeline grew (or finished loading). */
export interface LoadNotifier {
  subscribe(listener: () => void): () => void;
}

export interface ViewAppProps {
  timeline: Timeline;
  /** The recording's name, shown in the header. */
  file: string;
  loader?: LoadNotifier;
  /** A fixed size instead of the terminal's (tests). */
  size?: TerminalSize;
}

export function ViewApp({ timeline, file, loader, size }: ViewAppProps) {
  const { exit } = useApp();
  const terminal = useTerminalSize(size);
  const layout = viewLayout(terminal.columns, terminal.rows);
  const [state, dispatch] = useReducer(viewReducer, timeline, (initial) => initialViewState(initial, layout.listHeight, layout.detailsHeight));

  useEffect(() => dispatch({ type: 'resize', listHeight: layout.listHeight, detailsHeight: layout.detailsHeight }), [layout.listHeight, layout.detailsHeight]);
  useEffect(() => loader?.subscribe(() => dispatch({ type: 'loaded' })), [loader]);

  // Keys can arrive faster than React redraws: whether a search is being typed is tracked here at once,
  // not read from the last render, so `/` followed at once by text still goes to the query.
  const typing = useRef(false);
  typing.current = state.search.typing;
  useInput((input, key) => {
    for (const outcome of actionsForInput(input, key, typing.current)) {
      if (outcome === null) continue;
      if (outcome.type === 'quit') return exit();
      if (outcome.type === 'search-start') typing.current = true;
      if (outcome.type === 'search-commit' || outcome.type === 'search-cancel') typing.current = false;
      dispatch(outcome);
    }
  });

  const row = selectedRow(state);
  const details = useMemo(() => rowDetails(timeline, row, terminal.columns), [timeline, row, terminal.columns, timeline.complete]);
  useEffect(() => dispatch({ type: 'details-length', lines: details.length }), [details.length]);

  const entry = row ? timeline.entries[row.entry] : undefined;
  const event = entry ? timeline.events[row && row.part !== -1 ? (entry.parts[row.part] ?? entry.event) : entry.event] : undefined;
  const heading = event && entry ? `details: ${row && row.part !== -1 ? event.type : entry.kind} ${event.id}` : 'details';
  const detailsHeight = detailsViewHeight(state);

  return (
    <Box flexDirection="column" width={terminal.columns} height={terminal.rows}>
      <Header timeline={timeline} file={file} layout={layout} filter={state.filter} rowCount={state.filter === null ? state.rows.length : entryCount(state.rows)} />
      {state.zoomed ? null : (
        <EventList
          timeline={timeline}
          rows={state.rows}
          top={state.listTop}
          height={layout.listHeight}
          selected={state.selected}
          focused={state.focus === 'list'}
          expanded={state.expanded}
          collapsed={state.collapsed}
          layout={layout}
          flat={state.filter !== null}
        />
      )}
      <DetailsPane heading={heading} lines={details} top={state.detailsTop} height={detailsHeight} width={terminal.columns} focused={state.focus === 'details'} />
      <HelpLine typing={state.search.typing} draft={state.search.draft} notice={state.notice} />
    </Box>
  );
}

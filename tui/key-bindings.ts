// Keys to actions, in one table-like function: ↑/↓ j/k, PgUp/PgDn, Home/End g/G, Enter, Tab, `/`,
// n/N, f, q. While a search is being typed every printable key goes to the query instead.
import type { Key } from 'ink';
import type { ViewAction } from './view-state.js';

export type KeyOutcome = ViewAction | { type: 'quit' } | null;

/**
 * The outcomes of one input event. A terminal may deliver several characters at once (fast typing,
 * a paste, tmux): they are taken one by one, and a `/` among them sends the rest to the search query.
 */
export function actionsForInput(input: string, key: Key, typingSearch: boolean): KeyOutcome[] {
  const isPlainText = input.length > 1 && !key.ctrl && !key.meta && !input.includes('\u001b');
  if (!isPlainText) return [actionForKey(input, key, typingSearch)].filter((outcome) => outcome !== null);
  const outcomes: KeyOutcome[] = [];
  let typing = typingSearch;
  let draft = '';
  const flushDraft = () => {
    if (draft !== '') outcomes.push({ type: 'search-input', text: draft });
    draft = '';
  };
  for (const character of input) {
    if (typing && (character === '\r' || character === '\n')) {
      flushDraft();
      outcomes.push({ type: 'search-commit' });
      typing = false;
    } else if (typing) {
      draft += character;
    } else {
      const outcome = actionForKey(character, { ...key, return: character === '\r' }, false);
      if (outcome !== null) outcomes.push(outcome);
      if (outcome?.type === 'search-start') typing = true;
    }
  }
  flushDraft();
  return outcomes.filter((outcome) => outcome !== null);
}

export function actionForKey(input: string, key: Key, typingSearch: boolean): KeyOutcome {
  if (typingSearch) return searchKey(input, key);
  if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
  if (key.pageUp || (key.ctrl && input === 'u')) return { type: 'page', direction: -1 };
  if (key.pageDown || (key.ctrl && input === 'd') || input === ' ') return { type: 'page', direction: 1 };
  if (key.home || input === 'g') return { type: 'edge', to: 'first' };
  if (key.end || input === 'G') return { type: 'edge', to: 'last' };
  if (key.return) return { type: 'toggle' };
  if (key.tab) return { type: 'switch-pane' };
  if (input === '/') return { type: 'search-start' };
  if (input === 'n') return { type: 'next-match', direction: 1 };
  if (input === 'N') return { type: 'next-match', direction: -1 };
  if (input === 'f') return { type: 'cycle-filter' };
  if (input === 'q') return { type: 'quit' };
  return null;
}

function searchKey(input: string, key: Key): KeyOutcome {
  if (key.return) return { type: 'search-commit' };
  if (key.escape) return { type: 'search-cancel' };
  if (key.backspace || key.delete) return { type: 'search-backspace' };
  if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.tab) return null;
  // eslint-disable-next-line no-control-regex
  const text = input.replace(/[\u0000-\u001f\u007f]/g, '');
  return text === '' ? null : { type: 'search-input', text };
}

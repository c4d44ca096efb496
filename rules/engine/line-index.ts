// Line and column of a position, the same numbers ts-morph's `getLineAndColumnAtPos` gives (lines split
// on \n; the column counts from the last \n or \r before the position, from 1) — but from an index of a
// file's line starts built once, and a binary search per position. ts-morph counts characters from the
// start of the file on every call: a file with 60,000 findings spent minutes there.
import type { Node, SourceFile } from 'ts-morph';

interface LineIndex {
  /** Position of the first character of each line (after each \n). */
  lineStarts: number[];
  /** Positions of every \r, where a column also starts again. */
  carriageReturns: number[];
}

// Keyed by the compiler's SourceFile, which a re-parse replaces: an edit gets a fresh index.
const indexes = new WeakMap<object, LineIndex>();

function indexOf(file: SourceFile): LineIndex {
  const key = file.compilerNode;
  let index = indexes.get(key);
  if (index) return index;
  const text = file.getFullText();
  const lineStarts = [0];
  const carriageReturns: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) carriageReturns.push(i);
  index = { lineStarts, carriageReturns };
  indexes.set(key, index);
  return index;
}

/** The index of the last element of a sorted list that is ≤ value (-1 when none). */
function lastAtOrBefore(list: number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** 1-based line and column of `pos` in `file`. */
export function lineAndColumnAt(file: SourceFile, pos: number): { line: number; column: number } {
  const { lineStarts, carriageReturns } = indexOf(file);
  const line = lastAtOrBefore(lineStarts, pos);
  let start = lineStarts[line]!;
  const cr = lastAtOrBefore(carriageReturns, pos - 1);
  if (cr >= 0 && carriageReturns[cr]! + 1 > start) start = carriageReturns[cr]! + 1;
  return { line: line + 1, column: pos - start + 1 };
}

/** 1-based line a node starts on (ts-morph's `getStartLineNumber`, without the scan from the file's start). */
export function startLineOf(node: Node): number {
  return lineAndColumnAt(node.getSourceFile(), node.getStart()).line;
}

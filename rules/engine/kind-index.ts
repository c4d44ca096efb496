// descendantsOfKind: nodes of a kind under a root, from one walk per parse of a file. The walk runs
// over compiler nodes (ts.forEachChild, no syntax lists) and only matches get ts-morph wrappers:
// ts-morph's own getDescendantsOfKind walks and wraps every time, which cost more than the analysis.
import { ts, type KindToNodeMappings, type Node, type SourceFile, type SyntaxKind } from 'ts-morph';

// Keyed by the compiler's SourceFile, which is replaced on every re-parse: edits invalidate for free.
const indexes = new WeakMap<ts.SourceFile, Map<SyntaxKind, ts.Node[]>>();

function indexOf(file: SourceFile): Map<SyntaxKind, ts.Node[]> {
  const compilerFile = file.compilerNode;
  let index = indexes.get(compilerFile);
  if (index) return index;
  const built = new Map<SyntaxKind, ts.Node[]>();
  const visit = (node: ts.Node): void => {
    const kind = node.kind as unknown as SyntaxKind;
    let list = built.get(kind);
    if (!list) built.set(kind, (list = []));
    list.push(node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(compilerFile, visit);
  indexes.set(compilerFile, built);
  index = built;
  return index;
}

/** Descendants of `root` (not `root` itself) of any of `kinds`, in source order. */
export function descendantsOfKinds<T extends Node = Node>(root: Node, kinds: ReadonlyArray<SyntaxKind>): T[] {
  const file = root.getSourceFile();
  const wrap = (file as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node })._getNodeFromCompilerNode.bind(file);
  return compilerDescendantsOfKinds(root, kinds).map((node) => wrap(node)) as T[];
}

/** descendantsOfKinds unwrapped: for a walk that tests the compiler's nodes and wraps only the ones it keeps (`wrapCompilerNode`). */
export function compilerDescendantsOfKinds(root: Node, kinds: ReadonlyArray<SyntaxKind>): ts.Node[] {
  const file = root.getSourceFile();
  const index = indexOf(file);
  const whole = root === file;
  const start = root.getPos();
  const end = root.getEnd();
  const self = root.compilerNode;
  const out: ts.Node[] = [];
  for (const kind of kinds) {
    const list = index.get(kind);
    if (!list) continue;
    if (whole) {
      out.push(...list);
      continue;
    }
    // The walk is pre-order, so each list is sorted by `pos`: start at the first node at or after the
    // root and stop past its end (a function's returns cost their number, not the file's).
    for (let i = firstAtOrAfter(list, start); i < list.length && list[i]!.pos < end; i++) {
      const node = list[i]!;
      if (node.end <= end && node !== self) out.push(node);
    }
  }
  if (kinds.length > 1) out.sort((a, b) => a.pos - b.pos || b.end - a.end);
  return out;
}

function firstAtOrAfter(list: ts.Node[], pos: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.pos < pos) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The nodes of a file that are of `kind` and pass `keep`, tested on the compiler's nodes so that only
 * the kept ones get ts-morph wrappers (`a = b` among all of a file's binary expressions).
 */
export function nodesOfKindWhere<K extends SyntaxKind>(file: SourceFile, kind: K, keep: (node: ts.Node) => boolean): Array<KindToNodeMappings[K]> {
  const wrap = (file as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node })._getNodeFromCompilerNode.bind(file);
  return (indexOf(file).get(kind) ?? []).filter(keep).map((node) => wrap(node)) as Array<KindToNodeMappings[K]>;
}

/**
 * A file's compiler nodes of some kinds, in the order descendantsOfKinds gives them, unwrapped: for an index that wraps
 * only the nodes it is asked for (`wrapCompilerNode`).
 */
export function compilerNodesOfKinds(file: SourceFile, kinds: ReadonlyArray<SyntaxKind>): ts.Node[] {
  const index = indexOf(file);
  const out: ts.Node[] = [];
  for (const kind of kinds) {
    const list = index.get(kind);
    if (list) out.push(...list);
  }
  if (kinds.length > 1) out.sort((a, b) => a.pos - b.pos || b.end - a.end);
  return out;
}

/** The ts-morph wrapper of a compiler node of `file` (made on first use, then ts-morph's own). */
export function wrapCompilerNode<T extends Node = Node>(file: SourceFile, node: ts.Node): T {
  return (file as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node })._getNodeFromCompilerNode(node) as T;
}

export function descendantsOfKind<K extends SyntaxKind>(root: Node, kind: K): Array<KindToNodeMappings[K]> {
  return descendantsOfKinds<KindToNodeMappings[K]>(root, [kind]);
}

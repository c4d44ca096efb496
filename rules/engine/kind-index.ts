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
  const index = indexOf(file);
  const whole = root === file;
  const start = root.getPos();
  const end = root.getEnd();
  const self = root.compilerNode;
  const out: ts.Node[] = [];
  for (const kind of kinds) {
    for (const node of index.get(kind) ?? []) {
      if (whole || (node.pos >= start && node.end <= end && node !== self)) out.push(node);
    }
  }
  if (kinds.length > 1) out.sort((a, b) => a.pos - b.pos || b.end - a.end);
  const wrap = (file as unknown as { _getNodeFromCompilerNode(node: ts.Node): Node })._getNodeFromCompilerNode.bind(file);
  return out.map((node) => wrap(node)) as T[];
}

export function descendantsOfKind<K extends SyntaxKind>(root: Node, kind: K): Array<KindToNodeMappings[K]> {
  return descendantsOfKinds<KindToNodeMappings[K]>(root, [kind]);
}

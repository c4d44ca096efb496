// Orderings by wall-clock time in agent code: record fields stamped with `Date.now()` / `new Date()`
// in a file, and the places in that file that order records by such a field — a sort comparator, a
// sortBy/orderBy key, a comparison between two records, a max/min over them.
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { originOf, unwrap } from './callee.js';
import { outboundCallsIn } from './deadlines.js';
import { descendantsOfKind } from './kind-index.js';
import type { ProjectModel } from './project-model.js';
import { constInitializer } from './scope.js';
import { findToolHandlers } from './tool-handlers.js';

export interface ClockOrdering {
  /** The sort call, comparison or max/min that orders by the field. */
  use: Node;
  /** The field, and where it is stamped from the clock. */
  field: string;
  stamp: Node;
  how: 'sort' | 'compare' | 'latest';
}

/** Cheap text gates: a file with no clock read, or no ordering construct, has nothing to say. */
const CLOCK_TEXT = /\bDate\.now\s*\(|\bnew Date\s*\(\s*\)/;
const ORDER_TEXT = /\.(sort|toSorted)\s*\(|\b(sortBy|orderBy)\s*\(|Math\.(max|min)\s*\(|\.\w+\s*[<>]=?\s*\w+\.\w+/;
const CLOCK_METHODS = new Set(['toISOString', 'getTime', 'valueOf', 'toJSON', 'toString']);

export function wallClockOrderings(file: SourceFile, model: ProjectModel): ClockOrdering[] {
  return model.memoize('wall-clock-orderings', file, () => {
    const text = file.getFullText();
    if (!CLOCK_TEXT.test(text) || !ORDER_TEXT.test(text)) return [];
    if (!isAgentCode(file, model)) return [];
    const stamps = clockStampedFields(file, model);
    if (stamps.size === 0) return [];
    const out: ClockOrdering[] = [];
    for (const call of descendantsOfKind(file, SyntaxKind.CallExpression)) {
      const found = sortByField(call, stamps) ?? latestByField(call, stamps);
      if (found) out.push(found);
    }
    for (const binary of descendantsOfKind(file, SyntaxKind.BinaryExpression)) {
      const found = comparedByField(binary, stamps);
      if (found) out.push(found);
    }
    return out;
  });
}

/** Code that talks to models or tools: a model/MCP call, or a tool handler, in the file. */
function isAgentCode(file: SourceFile, model: ProjectModel): boolean {
  return outboundCallsIn(file, model).some((o) => o.fact.kind === 'llm' || o.fact.kind === 'mcp') || findToolHandlers(file, model).length > 0;
}

/** Fields given a wall-clock value in this file: `{ ts: Date.now() }`, `event.at = new Date()`, `{ createdAt }` of such a const. */
function clockStampedFields(file: SourceFile, model: ProjectModel): Map<string, Node> {
  const stamps = new Map<string, Node>();
  for (const property of descendantsOfKind(file, SyntaxKind.PropertyAssignment)) {
    const init = property.getInitializer();
    if (init && isClockValue(init, model, 0)) stamps.set(property.getName(), property);
  }
  for (const shorthand of descendantsOfKind(file, SyntaxKind.ShorthandPropertyAssignment)) {
    if (isClockValue(shorthand.getNameNode(), model, 0)) stamps.set(shorthand.getName(), shorthand);
  }
  for (const binary of descendantsOfKind(file, SyntaxKind.BinaryExpression)) {
    const left = binary.getLeft();
    if (binary.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isPropertyAccessExpression(left) && isClockValue(binary.getRight(), model, 0)) {
      stamps.set(left.getName(), binary);
    }
  }
  return stamps;
}

/** `Date.now()`, `new Date()` (now, not a given time), their ISO/number forms, or a const holding one. */
function isClockValue(expression: Node, model: ProjectModel, depth: number): boolean {
  if (depth > 3) return false;
  let node = unwrap(expression);
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.PlusToken) node = unwrap(node.getOperand());
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    if (Node.isPropertyAccessExpression(callee) && CLOCK_METHODS.has(callee.getName()) && isClockValue(callee.getExpression(), model, depth + 1)) return true;
    if (Node.isIdentifier(callee) && callee.getText() === 'String' && node.getArguments()[0]) return isClockValue(node.getArguments()[0]!, model, depth + 1);
    const origin = originOf(callee, model.types(), 0);
    return origin?.module === 'global' && origin.exportName === 'Date' && origin.path.join('.') === 'now';
  }
  if (Node.isNewExpression(node)) {
    const origin = originOf(node.getExpression(), model.types(), 0);
    return origin?.module === 'global' && origin.exportName === 'Date' && origin.path.length === 0 && (node.getArguments()?.length ?? 0) === 0;
  }
  if (Node.isIdentifier(node)) {
    const init = constInitializer(node);
    return init ? isClockValue(init, model, depth + 1) : false;
  }
  return false;
}

/** `events.sort((a, b) => a.ts - b.ts)`, `toSorted(…)`, `sortBy(events, 'ts')`, `orderBy(events, ['ts'])`. */
function sortByField(call: CallExpression, stamps: Map<string, Node>): ClockOrdering | undefined {
  const callee = call.getExpression();
  const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
  if (/^(sort|toSorted)$/.test(name)) {
    const comparator = call.getArguments()[0];
    if (!comparator || !(Node.isArrowFunction(comparator) || Node.isFunctionExpression(comparator))) return undefined;
    const [a, b] = comparator.getParameters().map((p) => p.getName());
    if (!a || !b) return undefined;
    for (const [field, stamp] of stamps) {
      if (readsField(comparator, a, field) && readsField(comparator, b, field)) return { use: call, field, stamp, how: 'sort' };
    }
    return undefined;
  }
  if (/(^|\.)(sortBy|orderBy)$/.test(name)) {
    const key = call.getArguments()[1];
    if (!key) return undefined;
    const keys = (Node.isArrayLiteralExpression(key) ? key.getElements() : [key]).map((k) => (Node.isStringLiteral(k) ? k.getLiteralValue() : undefined));
    const field = keys.find((k): k is string => k !== undefined && stamps.has(k));
    return field ? { use: call, field, stamp: stamps.get(field)!, how: 'sort' } : undefined;
  }
  return undefined;
}

/** `Math.max(...events.map((e) => e.ts))`: the latest record by the clock. */
function latestByField(call: CallExpression, stamps: Map<string, Node>): ClockOrdering | undefined {
  if (!/^Math\.(max|min)$/.test(call.getExpression().getText())) return undefined;
  for (const mapCall of descendantsOfKind(call, SyntaxKind.CallExpression)) {
    const callee = mapCall.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'map') continue;
    const fn = mapCall.getArguments()[0];
    if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) continue;
    const param = fn.getParameters()[0]?.getName();
    if (!param) continue;
    for (const [field, stamp] of stamps) if (readsField(fn, param, field)) return { use: call, field, stamp, how: 'latest' };
  }
  return undefined;
}

/** `if (incoming.updatedAt > current.updatedAt)`: two records compared by their clock field (last writer wins). */
function comparedByField(binary: Node, stamps: Map<string, Node>): ClockOrdering | undefined {
  if (!Node.isBinaryExpression(binary)) return undefined;
  const kind = binary.getOperatorToken().getKind();
  if (![SyntaxKind.LessThanToken, SyntaxKind.GreaterThanToken, SyntaxKind.LessThanEqualsToken, SyntaxKind.GreaterThanEqualsToken].includes(kind)) return undefined;
  const left = fieldRead(binary.getLeft());
  const right = fieldRead(binary.getRight());
  if (!left || !right || left.field !== right.field || left.owner === right.owner) return undefined;
  const stamp = stamps.get(left.field);
  return stamp ? { use: binary, field: left.field, stamp, how: 'compare' } : undefined;
}

function fieldRead(expression: Node): { owner: string; field: string } | undefined {
  let node = unwrap(expression);
  // new Date(a.ts).getTime(), a.ts.getTime(), Date.parse(a.ts)
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    if (Node.isPropertyAccessExpression(callee) && CLOCK_METHODS.has(callee.getName())) node = unwrap(callee.getExpression());
    else if (callee.getText() === 'Date.parse' && node.getArguments()[0]) node = unwrap(node.getArguments()[0]!);
  }
  if (Node.isNewExpression(node) && node.getExpression().getText() === 'Date' && node.getArguments()?.[0]) node = unwrap(node.getArguments()![0]!);
  if (Node.isPropertyAccessExpression(node)) return { owner: node.getExpression().getText(), field: node.getName() };
  return undefined;
}

function readsField(fn: Node, param: string, field: string): boolean {
  return descendantsOfKind(fn, SyntaxKind.PropertyAccessExpression).some((p) => p.getName() === field && p.getExpression().getText() === param);
}

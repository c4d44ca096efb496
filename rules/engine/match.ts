// Matching a resolved callee (or value origin) against the knowledge tables' call patterns.
import type { CallPattern } from '../knowledge/types.js';
import type { ValueOrigin } from './callee.js';

export function moduleMatches(patterns: ReadonlyArray<string>, module: string): boolean {
  return patterns.some((pattern) => {
    if (pattern.endsWith('/*')) {
      const base = pattern.slice(0, -2);
      return module === base || module.startsWith(`${base}/`);
    }
    return pattern === module;
  });
}

export function pathMatches(patterns: ReadonlyArray<string>, path: ReadonlyArray<string>): boolean {
  return patterns.some((pattern) => {
    if (pattern === '') return path.length === 0;
    let segments = pattern.split('.');
    let rest = path;
    if (segments[0] === '**') {
      segments = segments.slice(1);
      if (rest.length < segments.length) return false;
      rest = rest.slice(rest.length - segments.length);
    }
    if (segments.length !== rest.length) return false;
    return segments.every((segment, i) => segment === '*' || segment === rest[i]);
  });
}

/** Whether a callee origin matches a pattern. For a namespace import, the first path segment is the export. */
export function calleeMatches(pattern: CallPattern, origin: ValueOrigin): boolean {
  if (!moduleMatches(pattern.module, origin.module)) return false;
  let exportName = origin.exportName;
  let path = origin.path;
  if (exportName === '*' && path.length > 0) {
    exportName = path[0]!;
    path = path.slice(1);
  }
  if (pattern.export && !pattern.export.includes(exportName)) return false;
  if (pattern.exceptExport?.includes(exportName)) return false;
  if (pattern.instance === true && !origin.instance) return false;
  if (pattern.instance === false && origin.instance) return false;
  return pathMatches(pattern.path, path);
}

export function findMatch<T extends CallPattern>(facts: ReadonlyArray<T>, origin: ValueOrigin | undefined): T | undefined {
  if (!origin) return undefined;
  return facts.find((fact) => calleeMatches(fact, origin));
}

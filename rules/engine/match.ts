// Matching a resolved callee (or value origin) against the knowledge tables' call patterns.
import type { CallPattern } from '../knowledge/types.js';
import type { ValueOrigin } from './callee.js';
import { COMMONJS_MODULE } from './scope.js';

/** `text` as a regular-expression source matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The lower-case words of the identifiers in `text`, split at camelCase and snake_case (`maxTurnCount` → max, turn, count). */
export function identifierWords(text: string): string[] {
  return (text.match(/[A-Za-z_$][\w$]*/g) ?? []).flatMap((name) =>
    name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase().split(/[_$]+/).filter(Boolean));
}

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

/**
 * Whether a callee origin matches a pattern. For a namespace import (`import * as m`), the first path
 * segment names the export. A CommonJS module object (`require('m')`, `import m = require('m')`) is the
 * package's default export with its named exports attached, so both readings are tried
 * (`const OpenAI = require('openai'); new OpenAI()`, `const axios = require('axios'); axios.post()`).
 */
export function calleeMatches(pattern: CallPattern, origin: ValueOrigin): boolean {
  if (!moduleMatches(pattern.module, origin.module)) return false;
  const [first, ...rest] = origin.path;
  if (origin.exportName === '*') return first !== undefined && exportAndPathMatch(pattern, origin, first, rest);
  if (origin.exportName === COMMONJS_MODULE) {
    if (first !== undefined && exportAndPathMatch(pattern, origin, first, rest)) return true;
    return exportAndPathMatch(pattern, origin, 'default', origin.path);
  }
  // `import bolt from '@slack/bolt'; const { App } = bolt`: a CommonJS package's default import is its `module.exports`,
  // whose members are its named exports — for a pattern that names that export.
  if (origin.exportName === 'default' && first !== undefined && pattern.export?.includes(first) && exportAndPathMatch(pattern, origin, first, rest)) return true;
  return exportAndPathMatch(pattern, origin, origin.exportName, origin.path);
}

function exportAndPathMatch(pattern: CallPattern, origin: ValueOrigin, exportName: string, path: ReadonlyArray<string>): boolean {
  if (pattern.export && !pattern.export.includes(exportName)) return false;
  if (pattern.exceptExport?.includes(exportName)) return false;
  if (pattern.instance === true && !origin.instance) return false;
  if (pattern.instance === false && origin.instance) return false;
  return pathMatches(pattern.path, path);
}

export function findMatch<T extends CallPattern>(facts: ReadonlyArray<T>, origin: ValueOrigin | undefined): T | undefined {
  if (!origin) return undefined;
  return factsForModule(facts, origin.module).find((fact) => calleeMatches(fact, origin));
}

/**
 * Per table, per module: the facts whose module patterns match it, in table order. Every call of a file is matched
 * against the tables (hundreds of facts, most for other packages); a table is a constant, so the list for a module is
 * worked out once. Keyed weakly, so a table filtered for one question is let go with it.
 */
const factsByModule = new WeakMap<ReadonlyArray<CallPattern>, Map<string, ReadonlyArray<CallPattern>>>();

function factsForModule<T extends CallPattern>(facts: ReadonlyArray<T>, module: string): ReadonlyArray<T> {
  let modules = factsByModule.get(facts);
  if (!modules) factsByModule.set(facts, (modules = new Map()));
  let list = modules.get(module);
  if (!list) modules.set(module, (list = facts.filter((fact) => moduleMatches(fact.module, module))));
  return list as ReadonlyArray<T>;
}

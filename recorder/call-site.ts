// Finds the first frame of user code on the current stack (async frames included): the source
// location of an event and the key that clock and random reads are replayed by. User code is any
// file outside node_modules, Node's internals, WebAssembly (undici's parser) and the recorder itself.
import { findSourceMap, type SourceMap } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Site } from './schema.js';

export interface UserCaller {
  site: Site;
  /** True when user code itself made the call (no library frame in between; Node's own may be). */
  direct: boolean;
}

const recorderDirectory = dirname(fileURLToPath(import.meta.url));
const STACK_DEPTH = 80;

export function findUserCaller(skipAbove: Function): UserCaller | null {
  let direct = true;
  for (const frame of captureFrames(skipAbove)) {
    const file = frame.getFileName() ?? frame.getScriptNameOrSourceURL();
    if (file && isUserFile(file)) {
      return { site: siteOf(file, frame.getLineNumber() ?? 0, frame.getColumnNumber() ?? 0), direct };
    }
    // Node's own modules (node:crypto delegating to Web Crypto) do not make a call indirect.
    if (!file || !isNodeInternal(file)) direct = false;
  }
  return null;
}

function isNodeInternal(file: string): boolean {
  return file.startsWith('node:') || file.startsWith('internal/');
}

export function siteKey(site: Site): string {
  return `${site.file}:${site.line}:${site.col}`;
}

function captureFrames(skipAbove: Function): NodeJS.CallSite[] {
  const previousPrepare = Error.prepareStackTrace;
  const previousLimit = Error.stackTraceLimit;
  try {
    Error.prepareStackTrace = (_error, callSites) => callSites;
    Error.stackTraceLimit = STACK_DEPTH;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder, skipAbove);
    return Array.isArray(holder.stack) ? (holder.stack as NodeJS.CallSite[]) : [];
  } finally {
    Error.prepareStackTrace = previousPrepare;
    Error.stackTraceLimit = previousLimit;
  }
}

export function isUserFile(file: string): boolean {
  if (isNodeInternal(file) || file.startsWith('wasm://')) return false;
  const path = file.startsWith('file://') ? safeFilePath(file) : file;
  if (path.includes('/node_modules/') || path.includes('\\node_modules\\')) return false;
  return !path.startsWith(recorderDirectory);
}

function safeFilePath(url: string): string {
  try {
    return fileURLToPath(url);
  } catch {
    return url;
  }
}

const sourceMaps = new Map<string, SourceMap | null>();

/** Maps a generated position back to its source (tsx, ts-node) when Node has a source map for it. */
function siteOf(file: string, line: number, col: number): Site {
  const path = file.startsWith('file://') ? safeFilePath(file) : file;
  let map = sourceMaps.get(file);
  if (map === undefined) {
    map = lookUpSourceMap(file);
    if (map !== null) sourceMaps.set(file, map);
  }
  if (map) {
    const entry = map.findEntry(line - 1, col - 1) as Partial<{ originalSource: string; originalLine: number; originalColumn: number }>;
    if (entry.originalSource && entry.originalLine !== undefined && entry.originalColumn !== undefined) {
      const source = entry.originalSource.startsWith('file://') ? safeFilePath(entry.originalSource) : entry.originalSource;
      return { file: source, line: entry.originalLine + 1, col: entry.originalColumn + 1 };
    }
  }
  return { file: path, line, col };
}

function lookUpSourceMap(file: string): SourceMap | null {
  try {
    return findSourceMap(file) ?? null;
  } catch {
    return null;
  }
}

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
const SHALLOW_DEPTH = 12;
const STACK_DEPTH = 60;

export function findUserCaller(skipAbove: Function): UserCaller | null {
  // Capturing a stack costs per frame, and user code is usually near the top: look at a few frames
  // first, and at a deep stack only when the shallow one was full and held no user code.
  const shallow = captureFrames(skipAbove, SHALLOW_DEPTH);
  const found = firstUserFrame(shallow);
  if (found !== null || shallow.length < SHALLOW_DEPTH) return found;
  return firstUserFrame(captureFrames(skipAbove, STACK_DEPTH));
}

function firstUserFrame(frames: NodeJS.CallSite[]): UserCaller | null {
  let direct = true;
  for (const frame of frames) {
    const file = frame.getFileName() ?? frame.getScriptNameOrSourceURL();
    if (file && isUserFileCached(file)) {
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

/**
 * True when the immediate caller is machinery whose reads never reach user code: Node's own HTTP
 * client and timers (undici's timing info, the Date header) and the interceptor library. Checked
 * on one frame, so the frequent reads they make do not pay for a whole stack walk.
 */
export function calledByMachinery(skipAbove: Function): boolean {
  const [frame] = captureFrames(skipAbove, 1);
  const file = frame?.getFileName() ?? '';
  if (file.startsWith('node:internal/deps/') || file.startsWith('node:internal/timers') || file.startsWith('node:_http')) return true;
  return file.includes('/node_modules/@mswjs/interceptors/');
}

function captureFrames(skipAbove: Function, depth = STACK_DEPTH): NodeJS.CallSite[] {
  const previousPrepare = Error.prepareStackTrace;
  const previousLimit = Error.stackTraceLimit;
  try {
    Error.prepareStackTrace = (_error, callSites) => callSites;
    Error.stackTraceLimit = depth;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder, skipAbove);
    return Array.isArray(holder.stack) ? (holder.stack as NodeJS.CallSite[]) : [];
  } finally {
    Error.prepareStackTrace = previousPrepare;
    Error.stackTraceLimit = previousLimit;
  }
}

const userFiles = new Map<string, boolean>();

/** Stack walks run on every clock read: classify each file once. */
function isUserFileCached(file: string): boolean {
  let user = userFiles.get(file);
  if (user === undefined) {
    user = isUserFile(file);
    userFiles.set(file, user);
  }
  return user;
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
const paths = new Map<string, string>();

/** Maps a generated position back to its source (tsx, ts-node) when Node has a source map for it. */
function siteOf(file: string, line: number, col: number): Site {
  let path = paths.get(file);
  if (path === undefined) {
    path = file.startsWith('file://') ? safeFilePath(file) : file;
    paths.set(file, path);
  }
  // Node registers a module's source map when it loads the module, before its code can run.
  let map = sourceMaps.get(file);
  if (map === undefined) {
    map = lookUpSourceMap(file);
    sourceMaps.set(file, map);
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

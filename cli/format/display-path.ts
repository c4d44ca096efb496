// Paths as outputs show them: relative to a base directory with `/` separators when the file is
// inside it, absolute otherwise; and as URI references for SARIF.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `file` relative to `base` with forward slashes, or undefined when it lies outside `base`. */
export function relativeInside(file: string, base: string): string | undefined {
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

export function displayPath(file: string, base: string): string {
  return relativeInside(file, base) ?? file;
}

/** A relative URI reference for a path with `/` separators (spaces, `%`, `?` and `#` escaped). */
export function relativeUri(relPath: string): string {
  return encodeURI(relPath).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A directory as a file URI ending in `/`, as SARIF's `originalUriBaseIds` requires. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

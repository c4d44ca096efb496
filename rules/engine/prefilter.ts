// The text prefilter: most files of a real repository cannot hold a finding, so only files that mention
// a known package, `fetch`, a retry construct or a tool registration are parsed — plus files importing
// a candidate that imports a known package or registers tools (`import { openai } from './lib/openai'`
// brings the client in; a project's own tool wrapper makes its callers' functions handlers).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { knownPackageNames } from '../knowledge/index.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export interface Prefilter {
  isCandidate(text: string): boolean;
  /** Whether a candidate's importers need analysis too: it brings in a known package or registers tools. */
  exportsAgentCode(text: string): boolean;
}

export function makePrefilter(extraNames: ReadonlyArray<string> = []): Prefilter {
  const packages = knownPackageNames().map(escape).join('|');
  const importOfKnown = new RegExp(`(?:from\\s*|require\\s*\\(\\s*|import\\s*\\(\\s*|import\\s+)['"](?:${packages})(?:/[^'"]*)?['"]`);
  const constructs =
    /\bfetch\s*\(|\bretr(?:y|ies|ying)\b|\battempts?\b|\bbackoff\b|\bmaxRetries\b|registerTool|\.tool\s*\(|createTool|tool_calls|tool_use|toolCalls|use step|CreateAction|setRequestHandler|\bwhile\s*\(\s*true\s*\)|\bfor\s*\(\s*;\s*;\s*\)/i;
  const extra = extraNames.length ? new RegExp(extraNames.map((n) => escape(n.split(':').pop()!)).join('|')) : undefined;
  return {
    isCandidate: (text) => importOfKnown.test(text) || constructs.test(text) || (extra?.test(text) ?? false),
    exportsAgentCode: (text) => /\bexport\b/.test(text) && (importOfKnown.test(text) || registersTools.test(text)),
  };
}

const relativeImport = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const registersTools = /\btool\s*\(|registerTool|\.tool\s*\(|createTool|DynamicStructuredTool|DynamicTool|addTool/;

/** Files that import a candidate which exports agent code (a client, a tool wrapper): one level, no more. */
export function importersOfAgentModules(
  files: ReadonlyArray<string>,
  texts: ReadonlyMap<string, string>,
  candidates: ReadonlySet<string>,
  prefilter: Prefilter,
): string[] {
  const toolModules = new Set([...candidates].filter((file) => prefilter.exportsAgentCode(texts.get(file) ?? '')));
  if (toolModules.size === 0) return [];
  const out: string[] = [];
  for (const file of files) {
    if (candidates.has(file)) continue;
    const text = texts.get(file) ?? '';
    for (const match of text.matchAll(relativeImport)) {
      const target = resolveRelative(file, match[1]!);
      if (target && toolModules.has(target)) {
        out.push(file);
        break;
      }
    }
  }
  return out;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier).replace(/\.(c|m)?js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}.js`, `${base}.mts`, `${base}/index.ts`, `${base}/index.js`, base]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

// The text prefilter: most files of a real repository cannot hold a finding, so only files that mention
// a known package, `fetch`, a retry construct or a tool registration are parsed — plus files importing
// a candidate that imports a known package or registers tools (`import { openai } from './lib/openai'`
// brings the client in; a project's own tool wrapper makes its callers' functions handlers).
import { knowledge, knownPackageNames, writePackageNames } from '../knowledge/index.js';
import type { ModuleResolver } from './module-resolution.js';
import type { PrefilterVerdicts } from './prefilter-verdicts.js';
import { escapeRegExp as escape } from './match.js';
import { textIfPresent } from './project-places.js';

export interface Prefilter {
  /** Whether a file can hold a finding, by its text (and, when given, its path: a tool class file by its name). */
  isCandidate(text: string, path?: string): boolean;
  /** Whether a candidate's importers need analysis too: it brings in a known package or registers tools. */
  exportsAgentCode(text: string): boolean;
}

export function makePrefilter(extraNames: ReadonlyArray<string> = []): Prefilter {
  const packages = knownPackageNames().map(escape).join('|');
  // `npm:openai@4`, `https://esm.sh/ai@4.2.6`: a package named through npm's prefix or a CDN (knowledge/module-specifiers.ts).
  const served = `(?:${knowledge.npmSpecifierPrefixes.map(escape).join('|')})?(?:v\\d+/|stable/)?`;
  const importOfKnown = new RegExp(`(?:from\\s*|require\\s*\\(\\s*|import\\s*\\(\\s*|import\\s+)['"]${served}(?:${packages})(?:@[^'"/]*)?(?:/[^'"]*)?['"]`);
  const constructs =
    /\bfetch\s*\(|\bretr(?:y|ies|ying)\b|\battempts?\b|\bbackoff\b|\bmaxRetries\b|registerTool|\.tool\s*\(|\btool\s*\(\s*\{|\[\s*\w*(?:tool|func|function|fn)_?name\s*\]|createTool|\b(?:define|make|build)\w*Tool\s*\(|tool_calls|tool_use|toolCalls|use step|CreateAction|setRequestHandler|['"`](?:claude(?:-yes)?|codex|opencode)['"`\s]|['"`]gemini['"`]\s*,\s*\[|['"`](?:launchctl|crontab|schtasks)\b|\bwhile\s*\(\s*true\s*\)|\bfor\s*\(\s*;\s*;\s*\)/i;
  const extra = extraNames.length ? new RegExp(extraNames.map((n) => escape(n.split(':').pop()!)).join('|')) : undefined;
  const importOfWriter = new RegExp(`(?:from\\s*|require\\s*\\(\\s*)['"](?:${writePackageNames().map(escape).join('|')})(?:/[^'"]*)?['"]`);
  return {
    isCandidate: (text, path) => importOfKnown.test(text) || constructs.test(text) || callsToolHelper(text) || (extra?.test(text) ?? false) || (importOfWriter.test(text) && catchRepeatsACall(text)) ||
      (path !== undefined && isToolClassFile(path, text)) || definesTool(text),
    exportsAgentCode: (text) => /\bexport\b|\bmodule\.exports\b|\bexports\.[\w$]/.test(text) && (importOfKnown.test(text) || registersTools.test(text)),
  };
}

/**
 * A file a runtime serves as a tool server by its name, with the default-exported class it serves (knowledge
 * `toolClassFiles`: a Photon's `*.photon.ts`), whatever it imports.
 */
function isToolClassFile(path: string, text: string): boolean {
  return knowledge.toolClassFiles.some((fact) => fact.fileName.test(path)) && /\bexport\s+default\s+class\b/.test(text);
}

/**
 * `{ name: 'open_ticket', description: '…', parameters: { type: 'object', … }, run: async (args) => … }`: a tool the
 * model is shown, by its JSON schema (or zod object) beside a name and a description, whatever names it as a tool. A
 * file of such skills whose registry or dispatcher lies in another folder (`agentvet lint src/skills`, the runner in
 * src/core) holds handlers the analysis finds from the skill's side (tool-handlers.ts) — but only if the file is analysed.
 */
function definesTool(text: string): boolean {
  return TOOL_SCHEMA.test(text) && /\bname\s*:\s*['"`]/.test(text) && /\bdescription\s*:/.test(text);
}

const TOOL_SCHEMA = /\b(?:parameters|inputSchema|input_schema|schema)\s*:\s*(?:\{\s*['"]?type['"]?\s*:\s*['"]object['"]|z\.object\s*\()/;

/**
 * `try { … octokit.rest.issues.createComment(…) … } catch { … octokit.rest.issues.createComment(…) }`: a catch block that
 * makes a member call the code before it made (unkeyed-retry's catch re-attempt), by text: cheap, and only asked of
 * files that import a package with writes.
 */
function catchRepeatsACall(text: string): boolean {
  const at = text.search(/\bcatch\s*(?:\(|\{)/);
  if (at < 0) return false;
  const before = new Set<string>();
  for (const match of text.slice(0, at).matchAll(memberCall)) before.add(match[1]!);
  for (const match of text.slice(at).matchAll(memberCall)) if (before.has(match[1]!) && !commonCalls.has(match[1]!)) return true;
  return false;
}

const memberCall = /\.([A-Za-z_$][\w$]*)\s*\(/g;
const commonCalls = new Set(['log', 'error', 'warn', 'info', 'debug', 'push', 'map', 'filter', 'join', 'toString', 'json', 'text', 'stringify', 'parse', 'then', 'catch', 'includes', 'slice', 'replace', 'split', 'trim', 'get', 'set', 'has', 'keys', 'values', 'entries', 'forEach', 'find', 'some', 'every', 'reduce', 'concat', 'startsWith', 'endsWith', 'toLowerCase', 'toUpperCase', 'exit', 'setFailed', 'getInput']);

/**
 * `KnockTool({ … })`, `CreateXeroTool(name, …)`: a call of a project helper named for a tool (tool-handlers.ts), case as
 * written — what `/\b[A-Z]\w*Tool\s*\(/` matches. Searched from each `Tool(` back to the start of its word: the pattern
 * itself, tried at every capitalised word of every file, was the prefilter's costliest test (~30 ms on vercel/ai).
 */
export function callsToolHelper(text: string): boolean {
  TOOL_CALL.lastIndex = 0;
  for (let match = TOOL_CALL.exec(text); match; match = TOOL_CALL.exec(text)) {
    let start = match.index;
    while (start > 0 && isWordCharacter(text.charCodeAt(start - 1))) start--;
    // A capital letter before `Tool` begins the word (`Tool(` alone is not a helper's name).
    const first = text.charCodeAt(start);
    if (start < match.index && first >= 65 && first <= 90) return true;
  }
  return false;
}

const TOOL_CALL = /Tool\s*\(/g;

/** `\w`: ASCII letters, digits and `_`. */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

const registersTools = /\btool\s*\(|registerTool|\.tool\s*\(|createTool|DynamicStructuredTool|DynamicTool|addTool/;
const importSpecifier = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g;

/** The specifiers a text imports (static, `export … from`, `require`, `import()`), in order, repeats included. */
export function importSpecifiersIn(text: string): string[] {
  return Array.from(text.matchAll(importSpecifier), (match) => match[1]!);
}

/**
 * What the engine reads from a run file's text alone, kept by `--cache` for the files that did not change
 * (prefilter-verdicts.ts); without it, read from the text each time.
 */
export interface TextFacts {
  importSpecifiers(file: string, text: string): string[];
  exportsAgentCode(file: string, text: string): boolean;
}

/** A prefilter's text facts read afresh, or through the kept verdicts of a `--cache` run. */
export function textFacts(prefilter: Prefilter, verdicts?: PrefilterVerdicts): TextFacts {
  if (!verdicts) return { importSpecifiers: (_file, text) => importSpecifiersIn(text), exportsAgentCode: (_file, text) => prefilter.exportsAgentCode(text) };
  return {
    importSpecifiers: (file, text) => verdicts.importSpecifiers(file, () => importSpecifiersIn(text)),
    exportsAgentCode: (file, text) => verdicts.exportsAgentCode(file, () => prefilter.exportsAgentCode(text)),
  };
}

/**
 * Files that import a module which exports agent code (a client, a tool wrapper): one level, no more.
 * The imported module may lie outside the files of the run (`agentvet lint app/api/route.ts` importing
 * `@/lib/openai`): it is then read from disk, once.
 */
export function importersOfAgentModules(
  files: ReadonlyArray<string>,
  texts: ReadonlyMap<string, string>,
  candidates: ReadonlySet<string>,
  prefilter: Prefilter,
  modules: ModuleResolver,
  facts: TextFacts = textFacts(prefilter),
): string[] {
  // Once per module, not once per importer: a module many files import (a package's shared helpers, its types) had its
  // text searched again for each of them.
  const answers = new Map<string, boolean>();
  const exportsAgentCode = (target: string): boolean => {
    let answer = answers.get(target);
    if (answer === undefined) {
      const known = texts.get(target);
      if (known !== undefined) answer = candidates.has(target) && facts.exportsAgentCode(target, known);
      else {
        const text = textIfPresent(target) ?? ''; // unreadable: not agent code
        answer = prefilter.isCandidate(text) && prefilter.exportsAgentCode(text);
      }
      answers.set(target, answer);
    }
    return answer;
  };
  const out: string[] = [];
  for (const file of files) {
    if (candidates.has(file)) continue;
    for (const specifier of facts.importSpecifiers(file, texts.get(file) ?? '')) {
      // Within a package (relative, `paths`): a sibling package's entry forwards all of it (module-resolution.ts).
      if (!modules.isProjectSpecifier(specifier, file, { workspacePackages: false })) continue;
      const target = modules.resolve(file, specifier, { workspacePackages: false });
      if (target && exportsAgentCode(target)) {
        out.push(file);
        break;
      }
    }
  }
  return out;
}

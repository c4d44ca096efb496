// The quick fixes of the rules added after the core (issue 14) produce the code they promise, the fixed
// code no longer has the finding, and only fixes that change nothing but timing are marked safe.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import type { Finding, Suggestion } from '../../rules/engine/types.js';
import { allRules } from '../../rules/index.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function lint(text: string, ruleId: string): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'agentvet-later-fix-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'agent.ts'), text);
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: 'warn' as const })), {}, dir);
  return Engine.open({ cwd: dir, config }).analyze().findings.filter((f) => f.ruleId === ruleId);
}

function apply(text: string, suggestion: Suggestion): string {
  const edits = [...suggestion.edits].sort((a, b) => b.start - a.start);
  return edits.reduce((out, edit) => out.slice(0, edit.start) + edit.newText + out.slice(edit.end), text);
}

it('retry-without-backoff turns p-retry jitter on (safe), with or without an options object', () => {
  const text = `import pRetry from 'p-retry';
export const a = () => pRetry(() => fetch('https://a.example.com', { signal: AbortSignal.timeout(5_000) }));
export const b = () => pRetry(() => fetch('https://b.example.com', { signal: AbortSignal.timeout(5_000) }), { retries: 3 });
`;
  const findings = lint(text, 'retry-without-backoff');
  expect(findings).toHaveLength(2);
  let fixed = text;
  for (const finding of [...findings].reverse()) {
    const fix = finding.suggestions[0]!;
    expect(fix.safe).toBe(true);
    fixed = apply(fixed, fix);
  }
  expect(fixed).toContain("AbortSignal.timeout(5_000) }), { randomize: true })");
  expect(fixed).toContain('{ randomize: true, retries: 3 }');
  expect(lint(fixed, 'retry-without-backoff')).toEqual([]);
});

it('retry-without-backoff offers exponential-backoff full jitter, and replaces an explicit `randomize: false` only as an unsafe suggestion', () => {
  const text = `import { backOff } from 'exponential-backoff';
import pRetry from 'p-retry';
export const a = () => backOff(() => fetch('https://a.example.com', { signal: AbortSignal.timeout(5_000) }), { numOfAttempts: 4 });
export const b = () => pRetry(() => fetch('https://b.example.com', { signal: AbortSignal.timeout(5_000) }), { randomize: false });
`;
  const [first, second] = lint(text, 'retry-without-backoff');
  expect(first!.suggestions[0]).toMatchObject({ safe: true });
  expect(apply(text, first!.suggestions[0]!)).toContain("{ jitter: 'full', numOfAttempts: 4 }");
  expect(second!.suggestions[0]).toMatchObject({ safe: false });
  expect(apply(text, second!.suggestions[0]!)).toContain('{ randomize: true }');
});

it('unchecked-truncation offers a guard on finish_reason before the parse, and the guarded code is clean', () => {
  const text = `import OpenAI from 'openai';
const openai = new OpenAI({ timeout: 30_000 });
export async function extract(input: string) {
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: input }] });
  const data = JSON.parse(completion.choices[0]!.message.content ?? '{}');
  return data;
}
`;
  const [finding] = lint(text, 'unchecked-truncation');
  const fix = finding!.suggestions[0]!;
  expect(fix.safe).toBe(false);
  const fixed = apply(text, fix);
  expect(fixed).toContain("  if (completion.choices[0]?.finish_reason === 'length' || completion.choices[0]?.finish_reason === 'content_filter') throw new Error('model output was cut off');\n  const data = JSON.parse(");
  expect(lint(fixed, 'unchecked-truncation')).toEqual([]);
});

it('silent-fallback offers to log the error (binding it when the catch has none), and the logged catch is clean', () => {
  const text = `import OpenAI from 'openai';
const openai = new OpenAI({ timeout: 30_000 });
export async function tags(input: string) {
  try {
    const r = await openai.responses.create({ model: 'gpt-5-mini', input });
    return r.output_text.split(',');
  } catch {
    return [];
  }
}
export const quick = (input: string) => openai.responses.create({ model: 'gpt-5-mini', input }).catch(() => null);
`;
  const findings = lint(text, 'silent-fallback');
  expect(findings).toHaveLength(2);
  let fixed = text;
  for (const finding of [...findings].sort((a, b) => b.range.line - a.range.line)) fixed = apply(fixed, finding.suggestions[0]!);
  expect(fixed).toContain('} catch (error) { console.error(error);');
  expect(fixed).toContain('.catch((error) => { console.error(error); return null; })');
  expect(lint(fixed, 'silent-fallback')).toEqual([]);
});

it('deadline-not-propagated offers to pass the received signal on (combined with one already there), and the fixed handler is clean', () => {
  const text = `import { tool } from 'ai';
import { z } from 'zod';
export const a = tool({
  inputSchema: z.object({ q: z.string() }),
  execute: async ({ q }, { abortSignal }) => (await fetch('https://a.example.com/?q=' + q, { method: 'GET' })).json(),
});
export const b = tool({
  inputSchema: z.object({ q: z.string() }),
  execute: async ({ q }, { abortSignal }) => (await fetch('https://b.example.com/?q=' + q, { signal: AbortSignal.timeout(5_000) })).json(),
});
`;
  const findings = lint(text, 'deadline-not-propagated');
  expect(findings).toHaveLength(2);
  let fixed = text;
  // Adding the signal only lets the caller cancel (safe for --fix); combining needs AbortSignal.any (Node 20.3+): editor only.
  expect(findings.map((f) => f.suggestions.map((s) => [s.title, s.safe]))).toEqual([
    [["Forward the caller's signal (abortSignal)", true]],
    [["Combine the caller's signal (abortSignal) with the call's own", false]],
  ]);
  for (const finding of [...findings].sort((x, y) => y.range.line - x.range.line)) fixed = apply(fixed, finding.suggestions[0]!);
  expect(fixed).toContain("{ signal: abortSignal, method: 'GET' }");
  expect(fixed).toContain('{ signal: AbortSignal.any([abortSignal, AbortSignal.timeout(5_000)]) }');
  expect(lint(fixed, 'deadline-not-propagated')).toEqual([]);
});

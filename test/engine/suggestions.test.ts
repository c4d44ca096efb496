// The fixes the engine offers (the editor's quick fixes) produce the code they promise, and the result
// no longer has the finding.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import type { Suggestion } from '../../rules/engine/types.js';
import { allRules } from '../../rules/index.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function lintText(text: string, settings: { fixTimeoutMs?: number } = {}, rules: Record<string, 'off' | 'warn' | 'error'> = {}) {
  dir = mkdtempSync(join(tmpdir(), 'agentvet-fix-'));
  const file = join(dir, 'agent.ts');
  writeFileSync(file, text);
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: r.meta.defaultSeverity })), { settings, rules }, dir);
  return { file, findings: Engine.open({ cwd: dir, config }).analyze().findings };
}

function apply(text: string, suggestion: Suggestion): string {
  const edits = [...suggestion.edits].sort((a, b) => b.start - a.start);
  return edits.reduce((out, edit) => out.slice(0, edit.start) + edit.newText + out.slice(edit.end), text);
}

const handler = `import { tool } from 'ai';
import { z } from 'zod';

export const refund = tool({
  description: 'Refund an order',
  inputSchema: z.object({ orderId: z.string() }),
  execute: async ({ orderId }, { abortSignal, toolCallId }) => {
    const res = await fetch('https://pay.example.com/refunds', { method: 'POST', body: orderId });
    return res.ok;
  },
});
`;

it('deadline-not-propagated offers to forward the handler signal, and the fixed code is clean of both deadline rules', () => {
  const { findings } = lintText(handler);
  // One mistake, one finding: the rule that owns a dropped signal reports it, missing-deadline stays silent.
  expect(findings.filter((f) => f.ruleId === 'missing-deadline')).toEqual([]);
  const finding = findings.find((f) => f.ruleId === 'deadline-not-propagated')!;
  const forward = finding.suggestions.find((s) => s.title.includes('abortSignal'))!;
  const fixed = apply(handler, forward);
  expect(fixed).toContain("{ signal: abortSignal, method: 'POST', body: orderId }");
  expect(lintText(fixed).findings.filter((f) => f.ruleId === 'missing-deadline' || f.ruleId === 'deadline-not-propagated')).toEqual([]);
});

it('with deadline-not-propagated off, missing-deadline reports the call and offers the same forwarding', () => {
  const { findings } = lintText(handler, {}, { 'deadline-not-propagated': 'off' });
  const finding = findings.find((f) => f.ruleId === 'missing-deadline')!;
  const fixed = apply(handler, finding.suggestions.find((s) => s.title.includes('abortSignal'))!);
  expect(fixed).toContain("{ signal: abortSignal, method: 'POST', body: orderId }");
  expect(lintText(fixed, {}, { 'deadline-not-propagated': 'off' }).findings.filter((f) => f.ruleId === 'missing-deadline')).toEqual([]);
});

it('missing-deadline offers AbortSignal.timeout where no signal is in scope, also with no options argument', () => {
  const text = `export async function health() {\n  return fetch('https://status.example.com');\n}\n`;
  const finding = lintText(text).findings.find((f) => f.ruleId === 'missing-deadline')!;
  const fixed = apply(text, finding.suggestions[0]!);
  expect(fixed).toContain("fetch('https://status.example.com', { signal: AbortSignal.timeout(30_000) })");
  expect(lintText(fixed).findings).toEqual([]);
});

it('non-idempotent-tool offers an Idempotency-Key header from the tool call id, and the fixed tool is clean', () => {
  const finding = lintText(handler).findings.find((f) => f.ruleId === 'non-idempotent-tool')!;
  const fixed = apply(handler, finding.suggestions[0]!);
  expect(fixed).toContain("headers: { 'Idempotency-Key': toolCallId }");
  expect(lintText(fixed).findings.filter((f) => f.ruleId === 'non-idempotent-tool')).toEqual([]);
  expect(readFileSync(join(dir, 'agent.ts'), 'utf8')).toBe(fixed);
});

it('forwarding a received signal is safe for --fix; an invented deadline is not, unless the config names its value', () => {
  const owned = lintText(handler).findings.find((f) => f.ruleId === 'deadline-not-propagated')!.suggestions;
  expect(owned.map((s) => [s.title, s.safe])).toEqual([["Forward the caller's signal (abortSignal)", true]]);
  const forward = lintText(handler, {}, { 'deadline-not-propagated': 'off' }).findings.find((f) => f.ruleId === 'missing-deadline')!.suggestions;
  expect(forward.map((s) => [s.title, s.safe])).toEqual([
    ["Forward the caller's signal (abortSignal)", true],
    ['Add signal: AbortSignal.timeout(30_000)', false],
  ]);
  const text = `export async function health() {\n  return fetch('https://status.example.com');\n}\n`;
  expect(lintText(text).findings[0]!.suggestions.map((s) => [s.title, s.safe])).toEqual([['Add signal: AbortSignal.timeout(30_000)', false]]);
  const configured = lintText(text, { fixTimeoutMs: 120000 }).findings[0]!.suggestions;
  expect(configured.map((s) => [s.title, s.safe])).toEqual([['Add signal: AbortSignal.timeout(120_000)', true]]);
  expect(apply(text, configured[0]!)).toContain("fetch('https://status.example.com', { signal: AbortSignal.timeout(120_000) })");
});

it('a signal named like the option is passed in shorthand, by whichever deadline rule reports the call', () => {
  const text = `export async function health(signal: AbortSignal) {\n  return fetch('https://status.example.com', { method: 'GET' });\n}\n`;
  for (const rules of [{}, { 'deadline-not-propagated': 'off' }] as Array<Record<string, 'off'>>) {
    const [finding] = lintText(text, {}, rules).findings;
    expect(finding!.ruleId).toBe('deadline-not-propagated' in rules ? 'missing-deadline' : 'deadline-not-propagated');
    expect(apply(text, finding!.suggestions[0]!)).toContain("{ signal, method: 'GET' }");
  }
});

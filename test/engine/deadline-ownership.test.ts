// One mistake, one finding: a call that drops a signal its function received is deadline-not-propagated's
// finding while that rule is on, and missing-deadline stays silent there; with the rule off,
// missing-deadline reports the call as before. Lines marked
// `// expect: deadline-not-propagated else missing-deadline [severity=warn]` in the missing-deadline
// fixtures are checked both ways, and no line of any fixture carries both rules' findings.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import type { SeveritySetting } from '../../rules/engine/types.js';
import { allRules } from '../../rules/index.js';

const fixtures = join(import.meta.dirname, '..', 'rules');
const missingDeadline = join(fixtures, 'missing-deadline');

function lint(dir: string, overrides: Record<string, SeveritySetting> = {}) {
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: overrides[r.id] ?? 'error' })), { minConfidence: 'low' }, dir);
  return Engine.open({ cwd: dir, paths: [dir], config }).analyze().findings;
}

interface Marked {
  key: string;
  severity: string;
}

function markers(pattern: RegExp): Marked[] {
  const out: Marked[] = [];
  for (const name of readdirSync(missingDeadline, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|tsx|js)$/.test(name)) continue;
    readFileSync(join(missingDeadline, name), 'utf8').split('\n').forEach((line, i) => {
      const match = pattern.exec(line);
      if (match) out.push({ key: `${name}:${i + 1}`, severity: /severity=warn/.test(match[0]) ? 'warn' : 'error' });
    });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

const OWNED = /\/\/\s*expect:\s*deadline-not-propagated else missing-deadline( severity=warn)?/;
const PLAIN = /\/\/\s*expect:\s*missing-deadline( severity=warn)?/;

describe('deadline-not-propagated owns the calls that drop a received signal', () => {
  const owned = markers(OWNED);

  it('with every rule on, only deadline-not-propagated reports those calls, and no line carries both rules', () => {
    expect(owned.length).toBeGreaterThanOrEqual(5);
    const findings = lint(fixtures);
    const at = (ruleId: string) => new Set(findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.range.file}:${f.range.line}`));
    const dnp = at('deadline-not-propagated');
    const md = at('missing-deadline');
    for (const { key } of owned) {
      expect(dnp.has(join(missingDeadline, key)), `${key}: deadline-not-propagated`).toBe(true);
      expect(md.has(join(missingDeadline, key)), `${key}: missing-deadline must stay silent`).toBe(false);
    }
    expect([...dnp].filter((line) => md.has(line)).map((line) => relative(fixtures, line))).toEqual([]);
  }, 240_000);

  it('with deadline-not-propagated off, missing-deadline reports them again (and nothing else changes)', () => {
    const findings = lint(missingDeadline, { 'deadline-not-propagated': 'off' }).filter((f) => f.ruleId === 'missing-deadline');
    const actual = findings.map((f) => ({ key: `${relative(missingDeadline, f.range.file)}:${f.range.line}`, severity: f.severity })).sort((a, b) => a.key.localeCompare(b.key));
    const expected = [...markers(PLAIN), ...owned].sort((a, b) => a.key.localeCompare(b.key));
    expect(actual).toEqual(expected);
  }, 240_000);
});

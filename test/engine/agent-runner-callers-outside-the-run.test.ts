// A project's generic SDK agent runner (`runTurn(input)`, no `maxTurns`) is reported at the calls that configure it —
// when they are linted. Linting only the runner's file (the corpus lints the labelled files; an editor shows one
// file), its callers are found by the package search but not analysed: the run itself carries the finding.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import { allRules } from '../../rules/index.js';

function loopFindings(paths: string[]) {
  const root = join(import.meta.dirname, '..', 'rules', 'unbounded-agent-loop', 'agent-sdk-runner-callers-outside-the-run');
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: 'error' as const })), { minConfidence: 'low' }, root);
  return Engine.open({ cwd: root, paths: paths.map((p) => join(root, p)), config })
    .analyze()
    .findings.filter((f) => f.ruleId === 'unbounded-agent-loop')
    .map((f) => `${f.range.file.slice(root.length + 1)}:${f.range.line}`)
    .sort();
}

describe('a generic agent runner whose callers are outside the run', () => {
  it('is reported at its own run when linted alone', () => {
    expect(loopFindings(['runner.ts'])).toEqual(['runner.ts:19']);
  });

  it('is reported at the calls that configure it when they are linted', () => {
    expect(loopFindings(['runner.ts', 'inbox.ts', 'digest.ts'])).toEqual(['digest.ts:4', 'inbox.ts:4']);
  });

  it('is reported somewhere when only one of its callers is linted', () => {
    // One call among the run's files: not taken for a generic runner (call-sites.ts searches the run's importers).
    expect(loopFindings(['runner.ts', 'inbox.ts'])).toEqual(['runner.ts:19']);
  });
});

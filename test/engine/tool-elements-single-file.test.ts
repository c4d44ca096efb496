// Per-tool handlers registered in another file (tool-elements.ts) are found from either side: linting only the
// tool's own file — what an editor shows, what `agentvet lint create-dashboard.ts` asks — reports its write, and
// linting the registering file with it reports that write once, not once per file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import { allRules } from '../../rules/index.js';

const fixture = join(import.meta.dirname, '..', 'rules', 'non-idempotent-tool', 'registered-handler-runs-each-tool');

function toolFindings(paths: string[]) {
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: 'error' as const })), { minConfidence: 'low' }, fixture);
  return Engine.open({ cwd: fixture, paths: paths.map((p) => join(fixture, p)), config })
    .analyze()
    .findings.filter((f) => f.ruleId === 'non-idempotent-tool')
    .map((f) => `${f.range.file.slice(fixture.length + 1)}:${f.range.line}`)
    .sort();
}

describe('tools registered in another file', () => {
  it('are found when only the tool files are linted', () => {
    expect(toolFindings(['tools/create-dashboard.ts', 'tools/get-dashboard.ts', 'domain/deploy-site.ts', 'item-tools.ts'])).toEqual([
      'domain/deploy-site.ts:12',
      'item-tools.ts:33',
      'tools/create-dashboard.ts:8',
    ]);
  });

  it('are reported once when the registering files are linted too', () => {
    expect(toolFindings(['server.ts', 'tools/create-dashboard.ts', 'domain/register.ts', 'domain/deploy-site.ts', 'toolkit.ts', 'item-tools.ts'])).toEqual([
      'domain/deploy-site.ts:12',
      'item-tools.ts:33',
      'tools/create-dashboard.ts:8',
    ]);
  });
});

// A file's findings must not depend on which other files of the same project the run names with it: a summary memoised
// by whichever file asked first, or callers searched only among the named files, made a tool's finding come and go
// with the files beside it. Each case lints its file alone, with the others named, and as part of its folder.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import { allRules } from '../../rules/index.js';

const root = join(import.meta.dirname, '..', 'rules');
const tempRoot = mkdtempSync(join(tmpdir(), 'agentvet-named-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

const CASES: Array<{ folder: string; file: string; others: string[]; expected: string[] }> = [
  {
    folder: 'non-idempotent-tool/helper-first-reached-past-the-depth-bound',
    file: 'create-tool.ts',
    others: ['a-workflow-tool.ts'],
    expected: ['create-tool.ts:10 non-idempotent-tool'],
  },
  {
    folder: 'non-idempotent-tool/registry-of-many-tools-beside-a-fixed-name-caller',
    file: 'registry.ts',
    others: ['cron.ts'],
    expected: ['registry.ts:53 non-idempotent-tool'],
  },
  {
    folder: 'non-idempotent-tool/registration-wrapper-called-from-files-the-run-may-not-name',
    file: 'registry.ts',
    others: ['tools.ts'],
    expected: ['registry.ts:19 non-idempotent-tool'],
  },
];

function findingsIn(cwd: string, file: string, paths: string[]): string[] {
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: 'error' as const })), { minConfidence: 'low' }, cwd);
  return Engine.open({ cwd, paths, config }).analyze().findings
    .filter((f) => relative(cwd, f.range.file) === file)
    .map((f) => `${file}:${f.range.line} ${f.ruleId}`)
    .sort();
}

describe('the same findings whichever files the run names with a file', () => {
  for (const { folder, file, others, expected } of CASES) {
    // In a copy with no node_modules: with types available each run costs seconds (run-parity.test.ts keeps those few).
    it(`${folder}/${file}`, () => {
      const cwd = join(tempRoot, folder);
      cpSync(join(root, folder), cwd, { recursive: true });
      expect(findingsIn(cwd, file, [file])).toEqual(expected);
      expect(findingsIn(cwd, file, [file, ...others])).toEqual(expected);
      expect(findingsIn(cwd, file, [...others, file])).toEqual(expected);
      expect(findingsIn(cwd, file, [cwd])).toEqual(expected);
    });
  }
});

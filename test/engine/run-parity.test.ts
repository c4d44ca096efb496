// A file's findings must not depend on how the run reached it: the folder linted, its files named (in either
// order), or — in a copy with no node_modules and no tsconfig above it — no paths at all (every source file under
// cwd). Checked on every fixture case that is a folder (a case spread over files is where another file decides);
// named files are given in reverse order (the folder's run takes them sorted).
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import { SOURCE_EXTENSIONS } from '../../rules/engine/project-loader.js';
import { allRules } from '../../rules/index.js';

const root = join(import.meta.dirname, '..', 'rules');
const tempRoot = mkdtempSync(join(tmpdir(), 'agentvet-parity-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

const caseFolders = readdirSync(root)
  .filter((rule) => statSync(join(root, rule)).isDirectory())
  .flatMap((rule) => readdirSync(join(root, rule)).map((name) => join(rule, name)))
  .filter((name) => statSync(join(root, name)).isDirectory())
  .sort();

const sourceExtension = new RegExp(`\\.(?:${SOURCE_EXTENSIONS.join('|')})$`);
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => sourceExtension.test(name) && !name.endsWith('.d.ts') && !name.split(/[\\/]/).includes('node_modules'))
    .map((name) => join(folder, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

function findings(cwd: string, paths: string[] | undefined): string[] {
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: 'error' as const })), { minConfidence: 'low' }, cwd);
  const result = Engine.open({ cwd, ...(paths ? { paths } : {}), config }).analyze();
  return result.findings
    .map((f) => `${relative(cwd, f.range.file)}:${f.range.line}:${f.range.column} ${f.ruleId} ${f.confidence} ${f.severity} ${f.message}`)
    .sort();
}

/** Cases also run where packages resolve (the type checker's answers can differ); the whole set there costs minutes. */
const TYPED_CASES = [
  'missing-deadline/wrapper-called-from-files-with-no-agent-word',
  'non-idempotent-tool/project-wrappers-forward-handler',
];

describe('the same findings however the run reaches a file', () => {
  for (const name of caseFolders) {
    it(`${name} (no node_modules)`, () => {
      const folder = join(tempRoot, name);
      cpSync(join(root, name), folder, { recursive: true });
      const byFolder = findings(folder, [folder]);
      expect(findings(folder, sourceFiles(folder).reverse())).toEqual(byFolder);
      expect(findings(folder, undefined)).toEqual(byFolder);
    });
  }
  for (const name of TYPED_CASES) {
    it(`${name} (types available)`, () => {
      const folder = join(root, name);
      expect(findings(folder, sourceFiles(folder).reverse())).toEqual(findings(folder, [folder]));
    });
  }
});

it('reports a wrapper judged by a caller with no agent word whether the folder is linted or the files are named', () => {
  const folder = join(tempRoot, 'repro');
  cpSync(join(root, 'missing-deadline', 'wrapper-called-from-files-with-no-agent-word'), folder, { recursive: true });
  const expected = ['http-client.ts:5'];
  const lines = (paths: string[] | undefined) => findings(folder, paths).map((f) => f.split(':').slice(0, 2).join(':'));
  expect(lines([folder])).toEqual(expected);
  expect(lines(undefined)).toEqual(expected);
  expect(lines(sourceFiles(folder))).toEqual(expected);
});

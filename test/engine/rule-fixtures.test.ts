// Runs every fixture case under test/rules/<rule-id>/ through the engine, twice: in place (packages
// resolvable from the repo's node_modules) and from a temp copy with no node_modules (import-specifier
// matching). Each case must report exactly the findings its `// expect: <rule-id>` comments mark.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import { allRules } from '../../rules/index.js';

const root = join(import.meta.dirname, '..', 'rules');
const WHOLE_TREE_TIMEOUT_MS = 240_000;
const ruleIds = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
const tempRoot = mkdtempSync(join(tmpdir(), 'agentvet-fixtures-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

/** The fixture tree copied where no node_modules can be found. */
function copyTree(): string {
  const target = join(tempRoot, 'rules');
  try {
    statSync(target);
  } catch {
    cpSync(root, target, { recursive: true });
  }
  return target;
}

interface Expectation {
  key: string;
  confidence?: string;
  severity: string;
  /** `mode=types`: expected only when the type checker can resolve installed packages. */
  typesOnly: boolean;
}

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file) && statSync(file).isFile());
}

function expectationsOf(caseRoot: string, files: string[], ruleId: string): Expectation[] {
  const out: Expectation[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((text, index) => {
      for (const match of text.matchAll(/\/\/\s*expect:\s*([a-z-]+)((?:\s+(?:confidence|severity|mode)=\w+)*)/g)) {
        if (match[1] !== ruleId) continue;
        const attrs = Object.fromEntries([...match[2]!.matchAll(/(confidence|severity|mode)=(\w+)/g)].map((m) => [m[1], m[2]]));
        out.push({
          key: `${relative(caseRoot, file) || basename(file)}:${index + 1}`,
          confidence: attrs.confidence,
          severity: attrs.severity ?? 'error',
          typesOnly: attrs.mode === 'types',
        });
      }
    });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

interface Reported {
  key: string;
  confidence: string;
  severity: string;
  message: string;
}

/** One engine over the whole fixture tree per mode: the type checker's program is built once, not per case. */
const runs = new Map<string, Map<string, Reported[]>>();
function findingsUnder(tree: string): Map<string, Reported[]> {
  let byFile = runs.get(tree);
  if (byFile) return byFile;
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: 'error' as const })), { minConfidence: 'low' }, tree);
  const result = Engine.open({ cwd: tree, paths: [tree], config }).analyze();
  byFile = new Map();
  for (const f of result.findings) {
    const list = byFile.get(f.range.file) ?? [];
    list.push({ key: `${f.ruleId}:${f.range.line}`, confidence: f.confidence, severity: f.severity, message: `${f.ruleId}: ${f.message}` });
    byFile.set(f.range.file, list);
  }
  runs.set(tree, byFile);
  return byFile;
}

function run(ruleId: string, tree: string, caseRoot: string, files: string[]): Reported[] {
  const byFile = findingsUnder(tree);
  return files
    .flatMap((file) =>
      (byFile.get(file) ?? [])
        .filter((f) => f.key.startsWith(`${ruleId}:`))
        .map((f) => ({ ...f, key: `${relative(caseRoot, file) || basename(file)}:${f.key.slice(ruleId.length + 1)}` })),
    )
    .sort((a, b) => a.key.localeCompare(b.key));
}

function compare(expected: Expectation[], actual: Reported[]) {
  const got = actual.map((f) => {
    const want = expected.find((e) => e.key === f.key);
    return `${f.key} severity=${f.severity}${want?.confidence ? ` confidence=${f.confidence}` : ''}`;
  });
  const wanted = expected.map((e) => `${e.key} severity=${e.severity}${e.confidence ? ` confidence=${e.confidence}` : ''}`);
  expect(got, actual.map((f) => `${f.key}: ${f.message}`).join('\n')).toEqual(wanted);
}

for (const ruleId of ruleIds) {
  describe(ruleId, () => {
    const cases = readdirSync(join(root, ruleId)).filter((name) => name !== 'README.md');
    for (const name of cases) {
      const casePath = join(root, ruleId, name);
      const isDir = statSync(casePath).isDirectory();
      const caseRoot = isDir ? casePath : join(root, ruleId);
      const files = sourceFiles(casePath);
      const expected = expectationsOf(caseRoot, files, ruleId);
      // The first case of each mode analyses the whole fixture tree: on a loaded machine that alone can take a minute.
      it(`${name} (types available)`, () => {
        compare(expected, run(ruleId, root, caseRoot, files));
      }, WHOLE_TREE_TIMEOUT_MS);
      it(`${name} (no node_modules)`, () => {
        const copy = (path: string) => join(copyTree(), relative(root, path));
        compare(expected.filter((e) => !e.typesOnly), run(ruleId, copyTree(), copy(caseRoot), files.map(copy)));
      }, WHOLE_TREE_TIMEOUT_MS);
    }
  });
}

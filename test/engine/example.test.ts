// The bundled example (examples/support-agent) reports exactly the bugs its `// expect:` comments mark,
// and its fixed twins under src/fixed/ stay clean.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import { allRules } from '../../rules/index.js';

const example = join(import.meta.dirname, '..', '..', 'examples', 'support-agent');

it('lints the bundled example to exactly its planted findings', () => {
  const expected: string[] = [];
  for (const name of readdirSync(example, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.ts')) continue;
    readFileSync(join(example, name), 'utf8').split('\n').forEach((line, i) => {
      for (const match of line.matchAll(/\/\/\s*expect:\s*([a-z-]+)/g)) expected.push(`${name}:${i + 1} ${match[1]}`);
    });
  }
  const config = loadConfig(example, allRules.map((r) => ({ id: r.id, defaultSeverity: r.meta.defaultSeverity })));
  const result = Engine.open({ cwd: example, config }).analyze();
  const actual = result.findings.map((f) => `${relative(example, f.range.file)}:${f.range.line} ${f.ruleId}`);
  expect(actual.sort()).toEqual(expected.sort());
  expect(actual.filter((f) => f.includes('src/fixed/'))).toEqual([]);
  expect(expected.length).toBeGreaterThanOrEqual(4);
});

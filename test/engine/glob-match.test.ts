// globMatcher answers exactly as picomatch (`dot: true`) does; its substring first look only saves time.
import picomatch from 'picomatch';
import { expect, it } from 'vitest';
import { globMatcher } from '../../rules/engine/glob-match.js';
import { TEST_FILES } from '../../rules/engine/project-loader.js';

const PATHS = [
  'src/agent.ts', 'src/agent.test.ts', 'src/agent.spec.tsx', 'src/__tests__/a.ts', 'src/__mocks__/openai.ts', 'test/a.ts', 'tests/b.ts',
  'packages/ai/test/x.ts', 'packages/testing/src/a.ts', 'src/latest.ts', 'src/contest/tests.ts', 'src/Button.stories.tsx', '.env',
  'dist/index.js', 'src/dist/x.ts', 'dist/Makefile', 'generated/client.ts', 'src/generated/types.ts', 'a/b/c/d.mjs', 'x.test', '.test.ts',
];
const GLOB_SETS = [
  TEST_FILES,
  ['dist/**'], ['./dist/**'], ['**/generated/**', 'src/legacy/*.ts'], ['**/*.ts'], ['*.ts'], ['**/.env'], ['src/**/*.{ts,tsx}'],
  ['!src/**'], ['**/[ab]/**'], ['src/?gent.ts'], ['generated'], ['**/*.test'], ['**'],
];

it('matches exactly what picomatch matches', () => {
  for (const globs of GLOB_SETS) {
    const expected = picomatch(globs, { dot: true });
    const matcher = globMatcher(globs);
    for (const path of PATHS) expect([globs, path, matcher(path)]).toEqual([globs, path, expected(path)]);
  }
});

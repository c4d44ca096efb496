// The lint command loaded from the build's one-file bundle (cli/lint-bundle.ts, dist/cli/lint.bundle.cjs): taken only
// while it is at least as new as the lint command's own module, never when it is missing or AGENTVET_LINT_BUNDLE=0;
// and a lint through the bundle reports exactly what the modules themselves report, cold and warm with --cache.
import { existsSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { lintBundle } from '../../cli/lint-bundle.js';
import { tempFolderWith } from '../temp-files.js';
import { assertBuilt, CLI, runCli, tempProject, TSCONFIG } from './cli-process.js';

beforeAll(assertBuilt);

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A dist folder with a bundle whose exports say where they came from, and the lint command's module. */
function fakeDist(): { dir: string; url: URL; age: (file: string, seconds: number) => void } {
  const dir = tempFolderWith('bundle', {
    'cli/lint.bundle.cjs': "module.exports = { from: 'bundle' };\n",
    'cli/commands/lint.js': "export const from = 'modules';\n",
  });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const age = (file: string, seconds: number) => {
    const when = new Date(Date.now() - seconds * 1000);
    utimesSync(join(dir, file), when, when);
  };
  return { dir, url: pathToFileURL(`${dir}/`), age };
}

it('takes the bundle while it is at least as new as the lint command module', () => {
  const { url, age } = fakeDist();
  age('cli/commands/lint.js', 60);
  age('cli/lint.bundle.cjs', 30);
  expect(lintBundle<{ from: string }>(url, {})).toEqual({ from: 'bundle' });
});

it('passes over a bundle older than the lint command module (tsc ran after the build), a missing one, and AGENTVET_LINT_BUNDLE=0', () => {
  const stale = fakeDist();
  stale.age('cli/lint.bundle.cjs', 60);
  stale.age('cli/commands/lint.js', 30);
  expect(lintBundle(stale.url, {})).toBeUndefined();

  const current = fakeDist();
  current.age('cli/commands/lint.js', 60);
  expect(lintBundle(current.url, { AGENTVET_LINT_BUNDLE: '0' })).toBeUndefined();
  rmSync(join(current.dir, 'cli/lint.bundle.cjs'));
  expect(lintBundle(current.url, {})).toBeUndefined();
});

const AGENT = `import { helper } from './helper.js';
export async function lookUp(base: string) {
  return helper(await fetch(\`\${base}/items\`));
}
`;
const HELPER = `export function helper(response: Response) {
  return response.json();
}
`;

it('the build made a current bundle, and a lint through it reports what the modules report, cold and warm', () => {
  const bundle = join(dirname(CLI), 'lint.bundle.cjs');
  expect(existsSync(bundle)).toBe(true);
  expect(statSync(bundle).mtimeMs).toBeGreaterThanOrEqual(statSync(join(dirname(CLI), 'commands/lint.js')).mtimeMs);
  const project = tempProject({ 'tsconfig.json': TSCONFIG, 'src/agent.ts': AGENT, 'src/helper.ts': HELPER });
  cleanups.push(project.dispose);
  const modules = { AGENTVET_LINT_BUNDLE: '0' };
  const lint = (env: NodeJS.ProcessEnv, ...extra: string[]) => runCli(['lint', '--format', 'json', ...extra], project.dir, env);
  const viaModules = lint(modules);
  expect(viaModules.stderr).toBe('');
  expect(viaModules.stdout).toContain('missing-deadline');
  const viaBundle = lint({});
  expect(viaBundle.code).toBe(viaModules.code);
  expect(viaBundle.stdout).toBe(viaModules.stdout);
  expect(viaBundle.stderr).toBe('');
  // --cache: filled by one, read by the other, both ways.
  const cache = join(project.dir, '.agentvet-test-cache');
  expect(lint(modules, '--cache', '--cache-location', cache).stdout).toBe(viaModules.stdout);
  expect(lint({}, '--cache', '--cache-location', cache).stdout).toBe(viaModules.stdout);
  expect(lint(modules, '--cache', '--cache-location', cache).stdout).toBe(viaModules.stdout);
});

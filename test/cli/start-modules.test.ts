// What every command's start loads before the command itself (cli/main.ts, program.ts): only small modules — the
// error printer tells a config error by a class of its own module (rules/engine/config-error.ts) and agentvet's
// package.json is read without zod, so neither the config schema nor zod (~0.8 MB of ES modules) is loaded then.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { packageInfo } from '../../cli/package-info.js';
import { EXIT_USAGE, reportFailure } from '../../cli/usage-error.js';
import { ConfigError, parseRuleFlag } from '../../rules/engine/config.js';
import { ConfigError as ConfigErrorOwnModule } from '../../rules/engine/config-error.js';
import { assertBuilt, CLI } from './cli-process.js';

beforeAll(assertBuilt);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

it('reads its version and homepage from its own package.json', () => {
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; homepage: string };
  expect(packageInfo()).toEqual({ version: own.version, homepage: own.homepage });
});

it('prints a config error one line, whichever module it is imported from', () => {
  expect(ConfigError).toBe(ConfigErrorOwnModule);
  let thrown: unknown;
  try {
    parseRuleFlag('no-such-rule:warn', new Set(['missing-deadline']));
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigErrorOwnModule);
  let printed = '';
  const code = reportFailure(thrown, { write: (text: string) => (printed += text) } as unknown as NodeJS.WritableStream);
  expect(code).toBe(EXIT_USAGE);
  expect(printed).toBe('agentvet: --rule no-such-rule:warn: unknown rule "no-such-rule" (run `agentvet rules` for the list)\n');
});

/** The built modules a module imports statically (`import … from './x.js'`), followed to the end. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]|^import\s*['"](\.[^'"]+)['"]/gm)) {
    const target = match[1] ?? match[2];
    if (target) staticImports(resolve(dirname(file), target), seen);
  }
  return seen;
}

it('loads neither zod nor the config schema before the command', () => {
  // main.js, then program.js (imported by main.js once the compile cache is in place) and what they import statically.
  const seen = staticImports(CLI);
  staticImports(join(dirname(CLI), 'program.js'), seen);
  const loaded = [...seen].map((file) => file.slice(dirname(dirname(CLI)).length + 1)).sort();
  expect(loaded).toContain('cli/program.js');
  expect(loaded).toContain('cli/usage-error.js');
  expect(loaded).not.toContain('zod.bundle.js');
  expect(loaded).not.toContain('rules/engine/config.js');
});

// Resolution across a project, beyond what the rule fixtures show: each file's own tsconfig (and
// `--project` overriding it), known packages under `paths`, a broken nested tsconfig, cycles in value
// following, and an edit to a caller changing what a parameter holds in another file.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolderWith } from '../temp-files.js';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import { isKnownPackage, makeModuleResolver } from '../../rules/engine/module-resolution.js';
import { allRules } from '../../rules/index.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  root = tempFolderWith('resolution', files);
  return root;
}

function open(cwd: string, options: { project?: string; paths?: string[] } = {}) {
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: 'error' as const })), { minConfidence: 'low' }, cwd);
  return Engine.open({ cwd, config, ...options });
}

function deadlines(cwd: string, options: { project?: string; paths?: string[] } = {}) {
  return open(cwd, options)
    .analyze()
    .findings.filter((f) => f.ruleId === 'missing-deadline')
    .map((f) => `${f.range.file.slice(cwd.length + 1)}:${f.range.line}`);
}

const untimedClient = `import OpenAI from 'openai';\nexport const llm = new OpenAI();\n`;
const timedClient = `import OpenAI from 'openai';\nexport const llm = new OpenAI({ timeout: 5_000 });\n`;
const useClient = `import { llm } from '@llm/client';
export async function ask(q: string) {
  return llm.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: q }] });
}
`;
const aliasConfig = JSON.stringify({ compilerOptions: { paths: { '@llm/*': ['./src/*'] } }, include: ['src'] });

describe("each file's nearest tsconfig", () => {
  it('reads each package’s own paths when a monorepo is linted from its root', () => {
    const cwd = project({
      'packages/a/tsconfig.json': aliasConfig,
      'packages/a/src/client.ts': untimedClient,
      'packages/a/src/ask.ts': useClient,
      'packages/b/tsconfig.json': aliasConfig,
      'packages/b/src/client.ts': timedClient,
      'packages/b/src/ask.ts': useClient,
    });
    expect(deadlines(cwd)).toEqual(['packages/a/src/ask.ts:3']);
  });

  it('with --project, that one tsconfig applies to every file (its paths, not the packages’ own)', () => {
    const cwd = project({
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@llm/*': ['./packages/b/src/*'] } }, include: ['packages'] }),
      'packages/a/tsconfig.json': aliasConfig,
      'packages/a/src/client.ts': untimedClient,
      'packages/a/src/ask.ts': useClient,
      'packages/b/src/client.ts': timedClient,
    });
    expect(deadlines(cwd, { project: 'tsconfig.json' })).toEqual([]);
    expect(deadlines(cwd)).toEqual(['packages/a/src/ask.ts:3']);
  });

  it('a nested tsconfig that cannot be read is passed over, and the run goes on', () => {
    const cwd = project({
      'packages/a/tsconfig.json': '{ "compilerOptions": { "paths": ',
      'packages/a/src/fetcher.ts': `export const get = () => fetch('https://example.com/a');\n`,
    });
    expect(deadlines(cwd)).toEqual(['packages/a/src/fetcher.ts:1']);
  });
});

describe('the files of a run', () => {
  it('a file named alone that imports a client from a file outside the run is analysed', () => {
    const cwd = project({
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }),
      'app/openai.ts': untimedClient,
      'app/api/files/route.ts': `import { llm } from '@/app/openai';
export async function POST() {
  return llm.files.list();
}
`,
    });
    expect(deadlines(cwd, { paths: ['app/api/files/route.ts'] })).toEqual(['app/api/files/route.ts:3']);
  });
});

describe('test folders', () => {
  it('skips test/ and tests/ folders below the folder linted, not a checkout that lives under one', () => {
    const cwd = project({
      'tests/repo/src/client.ts': `export const get = () => fetch('https://example.com/a');\n`,
      'tests/repo/tests/smoke.ts': `export const smoke = () => fetch('https://example.com/health');\n`,
      'tests/repo/packages/sdk/test/e2e.ts': `export const e2e = () => fetch('https://example.com/e2e');\n`,
    });
    const repo = join(cwd, 'tests/repo');
    expect(deadlines(repo)).toEqual(['src/client.ts:1']);
    expect(deadlines(repo, { paths: ['tests'] })).toEqual(['tests/smoke.ts:1']);
  });
});

describe('known packages under tsconfig paths', () => {
  it('a bare import of a known package (and its subpaths) is never a project alias', () => {
    const resolver = makeModuleResolver({ baseUrl: '/repo', paths: { openai: ['./src/index.ts'], 'openai/*': ['./src/*'], '@/*': ['./src/*'] } });
    expect(resolver.isProjectSpecifier('openai')).toBe(false);
    expect(resolver.isProjectSpecifier('openai/resources/chat')).toBe(false);
    expect(resolver.isProjectSpecifier('@/lib/db')).toBe(true);
    expect(isKnownPackage('@anthropic-ai/sdk/resources')).toBe(true);
    expect(isKnownPackage('@acme/llm')).toBe(false);
  });
});

describe('value following', () => {
  it('terminates on cycles, and follows a parameter a recursive function hands on unchanged', () => {
    const cwd = project({
      'cycle.ts': `import OpenAI from 'openai';
function left(c: unknown): any { return right(c); }
function right(c: unknown): any { return left(c); }
function step(client: any, n: number): any { return n ? step(client, n - 1) : client.responses.create({ model: 'm', input: 'x' }); }
function ping(client: any, n: number): any { return n ? pong(client, n - 1) : client.responses.create({ model: 'm', input: 'x' }); }
function pong(client: any, n: number): any { return ping(client, n); }
export const made = left(new OpenAI()).responses.create({ model: 'm', input: 'x' });
export const run = () => [step(new OpenAI(), 3), ping(new OpenAI(), 3)];
`,
    });
    // left/right return each other: unknown. step's own recursive call passes `client` on, so run()'s client
    // is what it holds (reported). ping and pong pass it round between them: a cycle, left unknown.
    expect(deadlines(cwd)).toEqual(['cycle.ts:4']);
  });

  it('an edit to a caller in another file changes what the parameter holds (the editor path)', () => {
    const cwd = project({
      'ask.ts': `export async function ask(client: any, q: string) {
  return client.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: q }] });
}
`,
      'main.ts': `import OpenAI from 'openai';\nimport { ask } from './ask.js';\nexport const answer = () => ask(new OpenAI(), 'hi');\n`,
    });
    const engine = open(cwd);
    const inAsk = () => engine.analyzeFile(join(cwd, 'ask.ts')).findings.filter((f) => f.ruleId === 'missing-deadline').map((f) => f.range.line);
    expect(inAsk()).toEqual([2]);
    engine.updateFile(join(cwd, 'main.ts'), `import OpenAI from 'openai';\nimport { ask } from './ask.js';\nexport const answer = () => ask(new OpenAI({ timeout: 9_000 }), 'hi');\n`);
    expect(inAsk()).toEqual([]);
  });
});

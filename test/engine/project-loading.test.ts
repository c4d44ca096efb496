// Project loading: tsconfig `paths` aliases are followed to helpers, a file that does not parse gets
// one diagnostic while the rest of the run goes on, and `ignores` keep files out.
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempFolderWith } from '../temp-files.js';
import { afterEach, expect, it } from 'vitest';
import { resolveConfig, type ConfigFile } from '../../rules/engine/config.js';
import { DirectoryListings } from '../../rules/engine/directory-listings.js';
import { Engine } from '../../rules/engine/engine.js';
import { allRules } from '../../rules/index.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  root = tempFolderWith('project', files);
  return root;
}

function lint(cwd: string, file: ConfigFile = {}) {
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: r.meta.defaultSeverity })), file, cwd);
  return Engine.open({ cwd, config }).analyze();
}

const tool = `import { tool } from 'ai';
import { z } from 'zod';
import { saveSuggestion } from '@/lib/queries';

export const suggest = tool({
  description: 'Save a suggestion',
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }) => saveSuggestion(text),
});
`;
const queries = `export async function saveSuggestion(text: string) {
  const res = await fetch('https://db.example.com/suggestions', { method: 'POST', body: text, signal: AbortSignal.timeout(5000) });
  return res.ok;
}
`;

it('follows a tsconfig paths alias (@/…) to the helper that writes', () => {
  const cwd = project({
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, paths: { '@/*': ['./src/*'] } }, include: ['src'] }),
    'src/tools/suggest.ts': tool,
    'src/lib/queries.ts': queries,
  });
  const findings = lint(cwd).findings.filter((f) => f.ruleId === 'non-idempotent-tool');
  expect(findings.map((f) => `${f.range.file.slice(cwd.length)}:${f.range.line}`)).toEqual(['/src/tools/suggest.ts:8']);
  expect(findings[0]!.relatedLocations[0]!.file).toBe(join(cwd, 'src/lib/queries.ts'));
});

it('without the alias in tsconfig, the import is a package and nothing is guessed', () => {
  const cwd = project({
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }),
    'src/tools/suggest.ts': tool,
    'src/lib/queries.ts': queries,
  });
  expect(lint(cwd).findings.filter((f) => f.ruleId === 'non-idempotent-tool')).toEqual([]);
});

const dynamicTool = `import { tool } from 'ai';
import { z } from 'zod';

export const suggest = tool({
  description: 'Save a suggestion',
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const { saveSuggestion } = await import('~/lib/queries');
    return saveSuggestion(text);
  },
});
`;

it("follows Nitro's ~/ alias (to its srcDir) when tsconfig extends the generated .nitro/types/tsconfig.json the repository lacks, and still says the base is missing", () => {
  const cwd = project({
    'tsconfig.json': JSON.stringify({ extends: './.nitro/types/tsconfig.json', compilerOptions: { strict: true } }),
    'nitro.config.ts': `export default defineNitroConfig({\n  srcDir: 'server',\n});\n`,
    'server/tools/suggest.ts': dynamicTool,
    'server/lib/queries.ts': queries,
  });
  const result = lint(cwd);
  const findings = result.findings.filter((f) => f.ruleId === 'non-idempotent-tool');
  expect(findings.map((f) => `${f.range.file.slice(cwd.length)}:${f.range.line}`)).toEqual(['/server/tools/suggest.ts:9']);
  expect(findings[0]!.relatedLocations[0]!.file).toBe(join(cwd, 'server/lib/queries.ts'));
  expect(result.notes).toHaveLength(1);
  expect(result.notes![0]).toContain('.nitro/types/tsconfig.json');
  expect(result.notes![0]).toContain("Nitro's aliases ~/*, @/*, ~~/*, @@/*");
});

it("follows Nuxt's ~~/ alias to the root and ~/ to app/ (its default srcDir) from a server tsconfig extending the missing .nuxt/tsconfig.server.json", () => {
  const cwd = project({
    'nuxt.config.ts': `export default defineNuxtConfig({});\n`,
    'app/app.vue': '<template><div /></template>\n',
    'app/lib/queries.ts': queries,
    'server/tsconfig.json': JSON.stringify({ extends: '../.nuxt/tsconfig.server.json' }),
    'server/tools/suggest.ts': dynamicTool,
    'server/tools/root.ts': dynamicTool.replace("'~/lib/queries'", "'~~/shared/queries'"),
    'shared/queries.ts': queries,
  });
  const findings = lint(cwd).findings.filter((f) => f.ruleId === 'non-idempotent-tool');
  expect(findings.map((f) => `${f.range.file.slice(cwd.length)}:${f.range.line}`)).toEqual(['/server/tools/root.ts:9', '/server/tools/suggest.ts:9']);
});

it('assumes no framework alias without the framework config beside the build folder, nor over the paths the tsconfig writes itself', () => {
  const files = {
    'tsconfig.json': JSON.stringify({ extends: './.nitro/types/tsconfig.json', compilerOptions: { strict: true } }),
    'server/tools/suggest.ts': dynamicTool,
    'server/lib/queries.ts': queries,
  };
  const bare = project(files);
  const result = lint(bare);
  expect(result.findings.filter((f) => f.ruleId === 'non-idempotent-tool')).toEqual([]);
  expect(result.notes![0]).not.toContain('aliases');
  rmSync(bare, { recursive: true, force: true });
  const own = project({
    ...files,
    'nitro.config.ts': `export default defineNitroConfig({ srcDir: 'server' });\n`,
    'tsconfig.json': JSON.stringify({ extends: './.nitro/types/tsconfig.json', compilerOptions: { paths: { '~/*': ['./elsewhere/*'] } } }),
  });
  expect(lint(own).findings.filter((f) => f.ruleId === 'non-idempotent-tool')).toEqual([]);
});

it('reports one parse diagnostic for a broken file and still analyses the others', () => {
  const cwd = project({
    'broken.ts': `import { generateText } from 'ai';\nexport async function f( {\n  await generateText({ prompt: 'x' });\n`,
    'fine.ts': `export async function g() {\n  return fetch('https://example.com/a');\n}\n`,
  });
  const result = lint(cwd);
  expect(result.parseDiagnostics).toHaveLength(1);
  expect(result.parseDiagnostics[0]!.file).toBe(join(cwd, 'broken.ts'));
  expect(result.findings.some((f) => f.range.file === join(cwd, 'fine.ts') && f.ruleId === 'missing-deadline')).toBe(true);
});

it('keeps files matched by `ignores` out of the run', () => {
  const cwd = project({ 'scripts/seed.ts': `export const s = () => fetch('https://example.com');\n`, 'src/a.ts': `export const a = () => fetch('https://example.com');\n` });
  const result = lint(cwd, { ignores: ['scripts/**'] });
  expect(result.findings.map((f) => f.range.file)).toEqual([join(cwd, 'src/a.ts')]);
});

it('reads the files of referenced projects from a solution tsconfig, and skips test files unless asked', () => {
  const cwd = project({
    'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './packages/api' }] }),
    'packages/api/tsconfig.json': JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }),
    'packages/api/src/client.ts': `export const ping = () => fetch('https://api.example.com/ping');\n`,
    'packages/api/src/client.test.ts': `export const t = () => fetch('http://127.0.0.1:9/ping');\n`,
  });
  const rel = (result: ReturnType<typeof lint>) => result.findings.map((f) => f.range.file.slice(cwd.length)).sort();
  expect(rel(lint(cwd))).toEqual(['/packages/api/src/client.ts']);
  expect(rel(lint(cwd, { includeTests: true }))).toEqual(['/packages/api/src/client.test.ts', '/packages/api/src/client.ts']);
});

it('lints with the file\'s own options when its `extends` base is missing (uninstalled shared config, ungenerated .nuxt/)', () => {
  const cwd = project({
    'tsconfig.json': JSON.stringify({ extends: ['@acme/tsconfig/base.json', './.nuxt/tsconfig.json'], compilerOptions: { strict: true }, include: ['src'] }),
    'src/client.ts': `export const ping = () => fetch('https://api.example.com/ping');\n`,
  });
  const result = lint(cwd);
  expect(result.findings.map((f) => f.range.file.slice(cwd.length))).toEqual(['/src/client.ts']);
  // Said once, naming the tsconfig and the base that is not there.
  expect(result.notes).toHaveLength(2);
  expect(result.notes![0]).toContain(join(cwd, 'tsconfig.json'));
  expect(result.notes![0]).toContain('@acme/tsconfig/base.json');
  expect(result.notes![1]).toContain('.nuxt/tsconfig.json');
  expect(lint(project({ 'tsconfig.json': JSON.stringify({ include: ['src'] }), 'src/client.ts': 'export {};\n' })).notes).toBeUndefined();
});

it('lints a folder reached twice through a symbolic link loop once, by its real path (and does not loop)', () => {
  const cwd = project({ 'src/sub/client.ts': `export const ping = () => fetch('https://api.example.com/ping');\n` });
  symlinkSync('..', join(cwd, 'src/sub/up'));
  symlinkSync('../src', join(cwd, 'src/again'));
  for (const paths of [undefined, ['src'], ['.']]) {
    const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: r.meta.defaultSeverity })), {}, cwd);
    const result = Engine.open({ cwd, config, paths }).analyze();
    expect(result.files).toEqual([join(cwd, 'src/sub/client.ts')]);
    expect(result.findings.map((f) => f.range.file)).toEqual([join(cwd, 'src/sub/client.ts')]);
  }
  // A file inside a linked folder outside the run is listed by its real path.
  const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'agentvet-linked-')));
  try {
    writeFileSync(join(elsewhere, 'shared.ts'), `export const ping = () => fetch('https://api.example.com/shared');\n`);
    symlinkSync(elsewhere, join(cwd, 'src/linked'));
    const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: r.meta.defaultSeverity })), {}, cwd);
    expect(Engine.open({ cwd, config, paths: ['src'] }).analyze().files).toEqual([join(elsewhere, 'shared.ts'), join(cwd, 'src/sub/client.ts')].sort());
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

it("lists a tsconfig's files the same through a kept folder walk (directory-listings.ts) as through TypeScript's, links and all", async () => {
  const cwd = project({
    'tsconfig.json': JSON.stringify({ include: ['src', 'more'] }),
    'src/sub/client.ts': `export const ping = () => fetch('https://api.example.com/ping');\n`,
    'more/other.ts': 'export {};\n',
  });
  symlinkSync('..', join(cwd, 'src/sub/up'));
  symlinkSync('../src', join(cwd, 'more/again'));
  await new Promise((done) => setTimeout(done, 20));
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: r.meta.defaultSeverity })), {}, cwd);
  const own = Engine.open({ cwd, config }).analyze().files;
  expect(own).toHaveLength(2);
  const first = new DirectoryListings(undefined, 0);
  expect(Engine.open({ cwd, config, folderWalks: first }).analyze().files).toEqual(own);
  const kept = new DirectoryListings(JSON.parse(JSON.stringify(first.toJSON())), 0);
  expect(Engine.open({ cwd, config, folderWalks: kept }).analyze().files).toEqual(own);
  expect(kept.listedByRealPath().size).toBe(0);
});

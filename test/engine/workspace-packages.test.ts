// A bare import of a package of the same repository names its sources (workspace-packages.ts): npm/yarn
// `workspaces`, pnpm-workspace.yaml, `file:` dependencies (and bare relative folders); entries naming build output read back to sources;
// `exports` subpaths; what the file system says is re-read after `forget()`.
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolderWith } from '../temp-files.js';
import { afterEach, describe, expect, it } from 'vitest';
import { isDescribedPackage, isKnownPackage, makeModuleResolver } from '../../rules/engine/module-resolution.js';
import { packageRoot } from '../../rules/engine/workspace-packages.js';
import { dependencyRangeAbove, packageNameAbove } from '../../rules/engine/project-places.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function repo(files: Record<string, string>): string {
  root = tempFolderWith('workspace', files);
  return root;
}

const manifest = (fields: Record<string, unknown>) => JSON.stringify(fields);

describe('workspace packages', () => {
  it('resolves npm workspaces (entry in dist read back to src), exports subpaths, and leaves other packages alone', () => {
    const dir = repo({
      'package.json': manifest({ name: 'mono', workspaces: ['packages/*', 'tools/**'] }),
      'packages/core/package.json': manifest({ name: '@mono/core', main: 'dist/index.js', exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './tools/*': './dist/tools/*.js' } }),
      'packages/core/src/index.ts': 'export const core = 1;\n',
      'packages/core/src/tools/search.ts': 'export const search = 1;\n',
      'packages/root-entry/package.json': manifest({ name: 'root-entry', main: 'dist/index.js' }),
      'packages/root-entry/index.ts': 'export const root = 1;\n',
      'tools/deep/x/package.json': manifest({ name: 'deep-tool', main: 'lib/main.js' }),
      'tools/deep/x/src/main.ts': 'export const deep = 1;\n',
      'packages/app/src/main.ts': 'import { core } from "@mono/core";\n',
    });
    const resolver = makeModuleResolver({});
    const from = join(dir, 'packages/app/src/main.ts');
    expect(resolver.isProjectSpecifier('@mono/core', from)).toBe(true);
    expect(resolver.resolve(from, '@mono/core')).toBe(join(dir, 'packages/core/src/index.ts'));
    expect(resolver.resolve(from, '@mono/core/tools/search')).toBe(join(dir, 'packages/core/src/tools/search.ts'));
    expect(resolver.resolve(from, 'root-entry')).toBe(join(dir, 'packages/root-entry/index.ts'));
    expect(resolver.resolve(from, 'deep-tool')).toBe(join(dir, 'tools/deep/x/src/main.ts'));
    expect(resolver.isProjectSpecifier('zod', from)).toBe(false);
    expect(resolver.resolve(from, 'zod')).toBeUndefined();
    // A package the knowledge tables know stays that package, even as a workspace of its own repository.
    expect(resolver.isProjectSpecifier('openai', from)).toBe(false);
    // Without the importing file, only the run's tsconfig decides.
    expect(resolver.isProjectSpecifier('@mono/core')).toBe(false);
  });

  it('resolves pnpm-workspace.yaml globs and file: dependencies, and re-reads the file system after forget()', () => {
    const dir = repo({
      'package.json': manifest({ name: 'mono' }),
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - examples/*  # demos\n\nnodeLinker: hoisted\n",
      'packages/agents/package.json': manifest({ name: '@p/agents', types: 'dist/index.d.ts' }),
      'packages/agents/tsconfig.json': '{ "compilerOptions": { "outDir": "./out" } }',
      'packages/agents/src/index.ts': 'export const agents = 1;\n',
      'examples/demo/package.json': manifest({ name: 'demo', dependencies: { '@p/agents': 'workspace:*', '@x/linked': 'file:../../vendor/linked' } }),
      'examples/demo/main.ts': 'export {};\n',
      'vendor/linked/package.json': manifest({ name: '@x/linked', main: 'out/index.js' }),
      'vendor/linked/src/index.ts': 'export const linked = 1;\n',
    });
    const resolver = makeModuleResolver({});
    const from = join(dir, 'examples/demo/main.ts');
    expect(resolver.resolve(from, '@p/agents')).toBe(join(dir, 'packages/agents/src/index.ts'));
    expect(resolver.resolve(from, '@x/linked')).toBe(join(dir, 'vendor/linked/src/index.ts'));
    renameSync(join(dir, 'vendor/linked/src/index.ts'), join(dir, 'vendor/linked/index.ts'));
    resolver.forget();
    expect(resolver.resolve(from, '@x/linked')).toBe(join(dir, 'vendor/linked/index.ts'));
  });

  it('resolves a dependency declared as a bare relative folder (npm installs "../shared" as file:../shared)', () => {
    const dir = repo({
      'packages/shared/package.json': manifest({ name: '@bot/shared', main: 'dist/index.js' }),
      'packages/shared/src/index.ts': 'export const shared = 1;\n',
      'packages/agent/package.json': manifest({ name: 'agent', dependencies: { '@bot/shared': '../shared', 'left-pad': '^1.3.0', 'gh-dep': 'github:user/repo' } }),
      'packages/agent/src/main.ts': 'import { shared } from "@bot/shared";\n',
    });
    const resolver = makeModuleResolver({});
    const from = join(dir, 'packages/agent/src/main.ts');
    expect(resolver.resolve(from, '@bot/shared')).toBe(join(dir, 'packages/shared/src/index.ts'));
    expect(resolver.resolve(from, 'left-pad')).toBeUndefined();
    expect(resolver.resolve(from, 'gh-dep')).toBeUndefined();
  });

  it('passes over a package.json that is not JSON or not an object, and folders with none, looking further up', () => {
    // Each folder is looked in before its package.json is read (project-places.ts textIfPresent): the answers are those of
    // reading it and catching the failure.
    const dir = repo({
      'package.json': manifest({ name: 'mono', workspaces: ['packages/*'], dependencies: { zod: '^3.23.0' } }),
      'packages/core/package.json': manifest({ name: '@mono/core', main: 'src/index.ts' }),
      'packages/core/src/index.ts': 'export const core = 1;\n',
      'packages/broken/package.json': '{ "name": "broken", ',
      'packages/broken/src/deep/main.ts': 'import { core } from "@mono/core";\n',
      'packages/scalar/package.json': '"just a string"',
      'packages/scalar/src/main.ts': 'export {};\n',
    });
    const from = join(dir, 'packages/broken/src/deep/main.ts');
    expect(packageNameAbove(join(dir, 'packages/broken/src/deep'))).toBe('mono');
    expect(packageNameAbove(join(dir, 'packages/scalar/src'))).toBe('mono');
    expect(packageNameAbove(join(dir, 'packages/core/src'))).toBe('@mono/core');
    expect(dependencyRangeAbove(join(dir, 'packages/broken/src/deep'), 'zod')).toBe('^3.23.0');
    expect(dependencyRangeAbove(join(dir, 'packages/core/src'), 'left-pad')).toBeUndefined();
    const resolver = makeModuleResolver({});
    expect(resolver.resolve(from, '@mono/core')).toBe(join(dir, 'packages/core/src/index.ts'));
    // The broken manifest names no package: `broken` is not one of the workspace's.
    expect(resolver.resolve(join(dir, 'packages/core/src/index.ts'), 'broken')).toBeUndefined();
  });

  it('lists the files of the package declaring a type that implement or extend it', () => {
    const dir = repo({
      'packages/llm/package.json': manifest({ name: '@mono/llm' }),
      'packages/llm/src/api.ts': 'export interface ChatApi { complete(): Promise<string> }\n',
      'packages/llm/src/openai.ts': 'import type { ChatApi } from "./api.js";\nexport class OpenAIChat implements ChatApi { async complete() { return ""; } }\n',
      'packages/llm/src/other.ts': 'export class Unrelated {}\n',
      'packages/llm/src/openai.test.ts': 'class Fake implements ChatApi {}\n',
      'packages/llm/nested/package.json': manifest({ name: 'nested' }),
      'packages/llm/nested/impl.ts': 'class Elsewhere implements ChatApi {}\n',
    });
    const resolver = makeModuleResolver({});
    expect(resolver.filesImplementing(join(dir, 'packages/llm/src/api.ts'), 'ChatApi')).toEqual([join(dir, 'packages/llm/src/openai.ts')]);
  });
});

describe("a package's content digest (what its text searches read, for answers --cache keeps)", () => {
  it('is the same while the package is, and differs when a source changes, is added, or the package grows a package.json', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = repo({
      'packages/a/package.json': manifest({ name: 'a' }),
      'packages/a/src/x.ts': 'export const x = 1;\n',
      'packages/a/src/y.ts': 'export const y = 2;\n',
      'packages/b/package.json': manifest({ name: 'b' }),
      'packages/b/src/z.ts': 'export const z = 3;\n',
    });
    const from = join(dir, 'packages/a/src/x.ts');
    const other = join(dir, 'packages/b/src/z.ts');
    const digestNow = (path: string) => makeModuleResolver({}).packageContentDigest(path);
    const first = digestNow(from);
    const otherFirst = digestNow(other);
    expect(digestNow(join(dir, 'packages/a/src/y.ts'))).toBe(first);
    writeFileSync(join(dir, 'packages/a/src/y.ts'), 'export const y = 3;\n');
    const edited = digestNow(from);
    expect(edited).not.toBe(first);
    // Another package's digest does not move with it.
    expect(digestNow(other)).toBe(otherFirst);
    writeFileSync(join(dir, 'packages/a/src/w.ts'), '');
    const added = digestNow(from);
    expect(added).not.toBe(edited);
    // A package.json between the file and its package makes another package of the folder below it.
    writeFileSync(join(dir, 'packages/a/src/package.json'), manifest({ name: 'inner' }));
    expect(digestNow(from)).not.toBe(added);
    // A resolver answers from what it read until forget(): an edit after the first read is seen after it.
    const resolver = makeModuleResolver({});
    const before = resolver.packageContentDigest(other);
    writeFileSync(other, 'export const z = 4;\n');
    expect(resolver.packageContentDigest(other)).toBe(before);
    resolver.forget();
    expect(resolver.packageContentDigest(other)).not.toBe(before);
  });
});

describe("a file's package (the folder of the nearest package.json above it), kept for the folders passed on the way up", () => {
  it('gives each file the package a fresh look gives it, whichever file was asked about first', () => {
    const dir = repo({
      'packages/a/package.json': manifest({ name: 'a' }),
      'packages/a/src/deep/er/x.ts': 'export const x = 1;\n',
      'packages/a/src/y.ts': 'export const y = 2;\n',
      'packages/a/src/inner/package.json': manifest({ name: 'inner' }),
      'packages/a/src/inner/lib/z.ts': 'export const z = 3;\n',
      // No package.json above: each folder asked from is its own package, a folder below it too.
      'loose/one/p.ts': 'export const p = 4;\n',
      'loose/one/two/q.ts': 'export const q = 5;\n',
    });
    const at = (path: string) => join(dir, path);
    const asked = ['packages/a/src/deep/er/x.ts', 'packages/a/src/inner/lib/z.ts', 'packages/a/src/y.ts', 'loose/one/p.ts', 'loose/one/two/q.ts'];
    const shared = makeModuleResolver({});
    for (const order of [asked, [...asked].reverse()]) {
      shared.forget();
      for (const file of order) {
        expect(shared.filesMatching(at(file), /export/), file).toEqual(makeModuleResolver({}).filesMatching(at(file), /export/));
        expect(shared.packageContentDigest(at(file)), file).toBe(makeModuleResolver({}).packageContentDigest(at(file)));
      }
    }
    expect(shared.filesMatching(at('packages/a/src/inner/lib/z.ts'), /export/)).toEqual([at('packages/a/src/inner/lib/z.ts')]);
    expect(shared.filesMatching(at('packages/a/src/y.ts'), /export/)).toEqual([at('packages/a/src/deep/er/x.ts'), at('packages/a/src/y.ts')]);
    expect(shared.filesMatching(at('loose/one/p.ts'), /export/)).toEqual([at('loose/one/p.ts'), at('loose/one/two/q.ts')]);
    expect(shared.filesMatching(at('loose/one/two/q.ts'), /export/)).toEqual([at('loose/one/two/q.ts')]);
  });
});

describe("a package's files placing a name (filesPlacing: an index of each package's texts, built once per place)", () => {
  it('answers as the pattern the places spell over the names would, file by file and in package order', () => {
    const texts: Record<string, string> = {
      'a.ts': 'export const all = { ...alphaTools, ...other };\n',
      'b.ts': 'export const list = [\n  alphaTool,\n  betaTool\n];\n',
      'c.ts': 'register(def, alphaTool);\nmap.set(x , betaTool );\n',
      'd.ts': 'const x = alphaToolbox(1); const y = [alphaTool.name]; const z = f(alphaTool.run);\n',
      'e.ts': 'f(a,b,c, gamma)\n[gamma2]\n... \n  gamma3\n',
      'f.ts': 'const s = `${(alpha$)}`; g(1, $beta) ;\n',
      'g.test.ts': 'register(alphaTool);\n',
    };
    const files = Object.fromEntries(Object.entries(texts).map(([name, text]) => [`pkg/src/${name}`, text]));
    const dir = repo({ 'pkg/package.json': manifest({ name: 'pkg' }), ...files });
    const from = join(dir, 'pkg/src/a.ts');
    const spelled = (names: string[], places: Array<'spread' | 'listed' | 'argument'>) => {
      const word = `(?:${names.map((n) => n.replace(/[$]/g, '\\$')).join('|')})(?![\\w$])`;
      const parts = places.map((place) =>
        place === 'spread' ? `\\.\\.\\.\\s*${word}` : place === 'listed' ? `[[,]\\s*${word}\\s*[,\\]]` : `[(,]\\s*${word}\\s*[,)]`,
      );
      return new RegExp(parts.join('|'));
    };
    const resolver = makeModuleResolver({});
    const nameSets = [['alphaTools'], ['alphaTool'], ['betaTool', 'gamma'], ['gamma2', 'gamma3'], ['alpha$', '$beta'], ['alpha'], ['c', 'b']];
    const placeSets: Array<Array<'spread' | 'listed' | 'argument'>> = [['spread'], ['listed'], ['argument'], ['spread', 'listed']];
    for (const names of nameSets) {
      for (const places of placeSets) {
        expect(resolver.filesPlacing(from, places, names), `${places} ${names}`).toEqual(resolver.filesMatching(from, spelled(names, places)));
      }
    }
    // What the cases exercise: a spread, a list over lines, a call's later argument; not a longer name, a member, a test file.
    expect(resolver.filesPlacing(from, ['spread', 'listed'], ['alphaTool', 'alphaTools'])).toEqual([join(dir, 'pkg/src/a.ts'), join(dir, 'pkg/src/b.ts')]);
    expect(resolver.filesPlacing(from, ['argument'], ['alphaTool'])).toEqual([join(dir, 'pkg/src/c.ts')]);
    expect(resolver.filesPlacing(from, ['argument'], ['b', 'c'])).toEqual([join(dir, 'pkg/src/e.ts')]);
  });
});

describe('packageRoot', () => {
  it('names the package of a bare specifier: scoped, unscoped, with subpaths, and the odd shapes as splitting on / did', () => {
    const cases: Record<string, string> = {
      openai: 'openai',
      'openai/resources/chat': 'openai',
      '@ai-sdk/openai': '@ai-sdk/openai',
      '@ai-sdk/openai/internal': '@ai-sdk/openai',
      '@scope': '@scope',
      '@scope/': '@scope/',
      '@scope//x': '@scope/',
      'pkg/': 'pkg',
      '/abs/path': '',
      '': '',
    };
    for (const [specifier, root] of Object.entries(cases)) {
      expect(packageRoot(specifier)).toBe(root);
      // What it replaces: the first part, or the first two of a scoped name.
      const parts = specifier.split('/');
      expect(packageRoot(specifier)).toBe(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
    expect(isKnownPackage('openai/resources/chat')).toBe(true);
    expect(isKnownPackage('@anthropic-ai/sdk/resources')).toBe(true);
    expect(isKnownPackage('@mono/core')).toBe(false);
    expect(isDescribedPackage('@anthropic-ai/sdk')).toBe(true);
  });
});

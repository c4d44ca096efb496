// `agentvet lint --cache` never serves a stale result: each thing a finding is computed from besides the
// file's own text — the name in a package.json above a helper, a Next.js route file a page's request reaches,
// a nested tsconfig's `paths`, the set of files an import can resolve to, the config, agentvet's own code —
// is changed between a cold and a warm run, and the warm run must report what a run without the cache reports.
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { openAnalysisSession } from '../../cli/lint/analysis-session.js';
import { bundleDigest, cacheKey } from '../../cli/lint/cache-key.js';
import { silentProgress } from '../../cli/progress-line.js';
import { resolveConfig, type ConfigFile } from '../../rules/engine/config.js';
import type { AnalysisResult } from '../../rules/engine/types.js';
import { allRules } from '../../rules/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(HERE, '../rules');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'agentvet-stale-'));
  dirs.push(dir);
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

const config = (cwd: string, file: ConfigFile = {}) =>
  resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: r.meta.defaultSeverity })), { minConfidence: 'low', ...file }, cwd);

async function lint(cwd: string, cache: boolean): Promise<AnalysisResult> {
  const session = await openAnalysisSession({ cwd, paths: [], config: config(cwd), progress: silentProgress, ...(cache ? { cache: {} } : {}) });
  return session.analyzeOnce();
}

const found = (result: AnalysisResult, cwd: string) => result.findings.map((f) => `${f.range.file.slice(cwd.length + 1)}:${f.range.line} ${f.ruleId}`);

/** A warm run after `change` reports what a cold run without the cache reports, and that differs from before. */
async function expectWarmFollows(cwd: string, change: () => void): Promise<{ before: string[]; after: string[]; warm: AnalysisResult }> {
  const before = found(await lint(cwd, true), cwd);
  expect(found(await lint(cwd, true), cwd)).toEqual(before);
  change();
  const warm = await lint(cwd, true);
  const after = found(await lint(cwd, false), cwd);
  expect(found(warm, cwd)).toEqual(after);
  expect(after).not.toEqual(before);
  return { before, after, warm };
}

it("follows a package.json's name: a helper's folder that stops being an SDK's own sources", async () => {
  const cwd = copyOf('non-idempotent-tool/package-own-sources-are-the-package');
  const manifest = join(cwd, 'agentkit/package.json');
  const { before, after } = await expectWarmFollows(cwd, () =>
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"@coinbase/agentkit"', '"payouts-internal"')),
  );
  expect(before).toEqual(['agentkit/src/action-providers/payoutActionProvider.ts:9 non-idempotent-tool']);
  expect(after).toEqual([]);
});

it("follows a Next.js route file that appears where a page's request leads", async () => {
  const cwd = copyOf('unbounded-agent-loop/loop-over-own-model-route');
  const route = join(cwd, 'app/api/agent/route.ts');
  const aside = join(cwd, 'agent-route.txt');
  renameSync(route, aside);
  const { before, after } = await expectWarmFollows(cwd, () => renameSync(aside, route));
  expect(before).toEqual([]);
  expect(after).toEqual(['components/use-autopilot.ts:6 unbounded-agent-loop']);
});

it('follows a Next.js route file that moves under src/app', async () => {
  const cwd = copyOf('unbounded-agent-loop/loop-over-own-model-route');
  const { after } = await expectWarmFollows(cwd, () => {
    mkdirSync(join(cwd, 'src/app/api'), { recursive: true });
    renameSync(join(cwd, 'app'), join(cwd, 'moved-app'));
  });
  expect(after).toEqual([]);
});

it("follows a nested tsconfig's `paths`: the alias now leads to the other package's client", async () => {
  const cwd = copyOf('missing-deadline/monorepo-packages-own-tsconfig');
  const tsconfig = join(cwd, 'packages/support/tsconfig.json');
  const { before, after } = await expectWarmFollows(cwd, () =>
    writeFileSync(tsconfig, readFileSync(tsconfig, 'utf8').replace('"./src/llm/*"', '"../billing/src/llm/*"')),
  );
  expect(before).toContain('packages/support/src/reply.ts:6 missing-deadline');
  expect(after).not.toContain('packages/support/src/reply.ts:6 missing-deadline');
});

it('follows a nested tsconfig that appears nearer a file than the one it used', async () => {
  const cwd = copyOf('missing-deadline/monorepo-packages-own-tsconfig');
  const { before, after } = await expectWarmFollows(cwd, () =>
    writeFileSync(
      join(cwd, 'packages/support/src/tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', paths: { '@llm/*': ['../../billing/src/llm/*'] } } }),
    ),
  );
  expect(before).toContain('packages/support/src/reply.ts:6 missing-deadline');
  expect(after).not.toContain('packages/support/src/reply.ts:6 missing-deadline');
});

it("follows a nested tsconfig that starts mapping an import it read as a package's", async () => {
  const cwd = copyOf('missing-deadline/monorepo-packages-own-tsconfig');
  const tsconfig = join(cwd, 'packages/support/tsconfig.json');
  const written = readFileSync(tsconfig, 'utf8');
  writeFileSync(tsconfig, written.replace(/"paths": \{[^}]*\}/, '"types": []'));
  const { before, after } = await expectWarmFollows(cwd, () => writeFileSync(tsconfig, written));
  expect(before).not.toContain('packages/support/src/reply.ts:6 missing-deadline');
  expect(after).toContain('packages/support/src/reply.ts:6 missing-deadline');
});

it('follows the set of files: a helper added where an import now resolves, and helpers deleted', async () => {
  const cwd = copyOf('non-idempotent-tool/helper-chain-across-files-charges-card');
  const gateway = join(cwd, 'payment-gateway.ts');
  // `./payment-gateway.js` names a .js file before the .ts one: the added file (which only reads) takes the import over.
  const added = join(cwd, 'payment-gateway.js');
  const { before, after } = await expectWarmFollows(cwd, () =>
    writeFileSync(added, readFileSync(gateway, 'utf8').replace(/method: 'POST'/g, "method: 'GET'").replace(/: Promise<[^>]+>|: ChargeRequest|export interface ChargeRequest \{[^}]*\}/g, '')),
  );
  expect(before).toEqual(['support-tools.ts:11 non-idempotent-tool']);
  expect(after).toEqual([]);
  // The added file goes: the import leads back to the .ts gateway, and the finding is back.
  rmSync(added);
  expect(found(await lint(cwd, true), cwd)).toEqual(before);
  // The gateway goes too: nothing is resolved, and the warm run agrees with a cold one.
  rmSync(gateway);
  const warm = found(await lint(cwd, true), cwd);
  expect(warm).toEqual(found(await lint(cwd, false), cwd));
  expect(warm).toEqual([]);
});

it('follows a helper added where a kept resolution of a relative import led: the folder it looked in changed', async () => {
  // Relative imports' files are kept with the folders they looked in, for folders settled two seconds before the run
  // (kept-resolutions.ts); the cache is kept outside the project, whose folder would otherwise change with each write.
  const cwd = copyOf('non-idempotent-tool/helper-chain-across-files-charges-card');
  const elsewhere = mkdtempSync(join(tmpdir(), 'agentvet-stale-cache-'));
  dirs.push(elsewhere);
  const location = join(elsewhere, 'cache');
  const lintKept = async (cache: boolean) =>
    found(await (await openAnalysisSession({ cwd, paths: [], config: config(cwd), progress: silentProgress, ...(cache ? { cache: { location } } : {}) })).analyzeOnce(), cwd);
  const past = Date.now() / 1000 - 60;
  utimesSync(cwd, past, past);
  await new Promise((done) => setTimeout(done, 2_100));
  const before = await lintKept(true);
  expect(before).toEqual(['support-tools.ts:11 non-idempotent-tool']);
  expect(await lintKept(true)).toEqual(before);
  const kept = (JSON.parse(readFileSync(location, 'utf8')) as { resolutions: { resolved: Array<[string, string | null]> } }).resolutions.resolved;
  expect(kept).toContainEqual([`${cwd}\0./payment-gateway.js`, join(cwd, 'payment-gateway.ts'), [0]]);
  // `./payment-gateway.js` names a .js file before the .ts one: the added file (which only reads) takes the import over.
  const gateway = join(cwd, 'payment-gateway.ts');
  writeFileSync(
    join(cwd, 'payment-gateway.js'),
    readFileSync(gateway, 'utf8').replace(/method: 'POST'/g, "method: 'GET'").replace(/: Promise<[^>]+>|: ChargeRequest|export interface ChargeRequest \{[^}]*\}/g, ''),
  );
  const warm = await lintKept(true);
  expect(warm).toEqual(await lintKept(false));
  expect(warm).toEqual([]);
});

it('follows an importer that starts calling a function: a caller the parameter was read from without parsing it', async () => {
  // `draft`'s client is known from what every caller passes. other.ts imports helper.ts but does not name `draft`,
  // so it is not parsed for call sites (project-model.ts callSitesOf); the analysis still depends on its text.
  const cwd = mkdtempSync(join(tmpdir(), 'agentvet-stale-'));
  dirs.push(cwd);
  mkdirSync(join(cwd, 'src'));
  writeFileSync(join(cwd, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: false, module: 'ESNext', moduleResolution: 'Bundler' }, include: ['src'] }));
  writeFileSync(
    join(cwd, 'src/helper.ts'),
    [
      "import type { ClientOptions } from 'openai';",
      'export type Options = ClientOptions;',
      'export const VERSION = 1;',
      'interface ChatClient {',
      '  chat: { completions: { create(body: unknown, options?: unknown): Promise<any> } };',
      '}',
      'export async function draft(client: ChatClient, topic: string) {',
      "  const completion = await client.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: topic }] });",
      '  return completion.choices[0].message.content as string;',
      '}',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(cwd, 'src/caller.ts'),
    ["import OpenAI from 'openai';", "import { draft } from './helper';", 'export async function run(topic: string) {', '  return draft(new OpenAI(), topic);', '}', ''].join('\n'),
  );
  const other = join(cwd, 'src/other.ts');
  writeFileSync(other, ["import { VERSION } from './helper';", 'export const label = `v${VERSION}`;', ''].join('\n'));
  const { before, after } = await expectWarmFollows(cwd, () =>
    writeFileSync(other, ["import { VERSION, draft } from './helper';", 'export const label = `v${VERSION}`;', 'export const again = (client: any) => draft(client, label);', ''].join('\n')),
  );
  expect(before).toEqual(['src/helper.ts:8 missing-deadline']);
  expect(after).toEqual([]);
});

it("follows a file that starts importing a helper, edited with its size and modification time kept: the specifiers kept with its verdict are not taken", async () => {
  // The specifiers each file imports are kept with the prefilter's verdict, by file identity, for files settled two
  // seconds before the run (prefilter-verdicts.ts): other.ts's kept ones must not answer who imports helper.ts once
  // it is edited, though its size and modification time read the same.
  const cwd = mkdtempSync(join(tmpdir(), 'agentvet-stale-'));
  dirs.push(cwd);
  mkdirSync(join(cwd, 'src'));
  writeFileSync(join(cwd, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: false, module: 'ESNext', moduleResolution: 'Bundler' }, include: ['src'] }));
  writeFileSync(
    join(cwd, 'src/helper.ts'),
    [
      "import type { ClientOptions } from 'openai';",
      'export type Options = ClientOptions;',
      'interface ChatClient {',
      '  chat: { completions: { create(body: unknown, options?: unknown): Promise<any> } };',
      '}',
      'export async function draft(client: ChatClient, topic: string) {',
      "  const completion = await client.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: topic }] });",
      '  return completion.choices[0].message.content as string;',
      '}',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(cwd, 'src/caller.ts'),
    ["import OpenAI from 'openai';", "import { draft } from './helper';", 'export async function run(topic: string) {', '  return draft(new OpenAI(), topic);', '}', ''].join('\n'),
  );
  const other = join(cwd, 'src/other.ts');
  const importing = ["import { draft } from './helper';", "export const again = (client: any) => draft(client, 'x');", ''].join('\n');
  const alone = 'export const label = 1;\n';
  writeFileSync(other, alone.padEnd(importing.length - 1, ' ') + '\n');
  utimesSync(other, 1_700_000_000, 1_700_000_000);
  await new Promise((done) => setTimeout(done, 2_100));
  const { before, after } = await expectWarmFollows(cwd, () => {
    writeFileSync(other, importing);
    utimesSync(other, 1_700_000_000, 1_700_000_000);
  });
  expect(before).toEqual(['src/helper.ts:7 missing-deadline']);
  expect(after).toEqual([]);
});

it('follows a caller the prefilter passes over: a file with no agent word that decides a wrapper\'s deadline', async () => {
  // jobs.ts names no agent package and calls no fetch (not a candidate, never analysed itself), yet what it passes
  // decides whether http-client.ts's fetches have a deadline: the cached findings must depend on its text.
  const cwd = copyOf('missing-deadline/wrapper-called-from-files-with-no-agent-word');
  const jobs = join(cwd, 'jobs.ts');
  const { before, after } = await expectWarmFollows(cwd, () =>
    writeFileSync(jobs, readFileSync(jobs, 'utf8').replace("body: JSON.stringify({ id }) });", "body: JSON.stringify({ id }), signal: AbortSignal.timeout(5_000) });")),
  );
  expect(before).toEqual(['http-client.ts:5 missing-deadline']);
  expect(after).toEqual([]);
});

it("follows a file edited with its size and modification time kept: the prefilter's kept verdict is not taken", async () => {
  // The verdicts are kept by file identity (prefilter-verdicts.ts) and only for files that settled two seconds before
  // the run: wait that out, so the warm runs hold a verdict on tool.ts to be wrong about.
  const cwd = mkdtempSync(join(tmpdir(), 'agentvet-stale-'));
  dirs.push(cwd);
  const tool = join(cwd, 'tool.ts');
  const source = (module: string) =>
    `import OpenAI from '${module}';\n\nconst client = new OpenAI();\n\nexport async function ask(question: string) {\n` +
    `  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: question }] });\n}\n`;
  writeFileSync(tool, source('openaj'));
  writeFileSync(join(cwd, 'other.ts'), 'export const greeting = 1;\n');
  utimesSync(tool, 1_700_000_000, 1_700_000_000);
  await new Promise((done) => setTimeout(done, 2_100));
  const { before, after } = await expectWarmFollows(cwd, () => {
    writeFileSync(tool, source('openai'));
    utimesSync(tool, 1_700_000_000, 1_700_000_000);
  });
  expect(before).toEqual([]);
  expect(after).toEqual(['tool.ts:6 missing-deadline']);
});

it("takes a package search's answer kept with the package's texts, and searches again when they differ", async () => {
  // handlers/invitations.ts's handlers are found from the package's files that name its exports and route by a name
  // (a `matching-both` question: the files matching a router's text and naming the exports). The cold run keeps each
  // answer with a digest of the package's sources and texts; a warm run with the same digest takes the kept answer
  // instead of searching.
  const cwd = copyOf('non-idempotent-tool/router-switch-in-another-file');
  const cold = await lint(cwd, true);
  const path = join(cwd, '.agentvetcache');
  const written = readFileSync(path, 'utf8');
  // A kept answer is `[place, context]`, the question and its answer's digest being the pair at that place in `queries`.
  type Written = { queries: Array<[string, string]>; answers: Array<[number, string]> };
  const data = JSON.parse(written) as Written;
  const kept = data.answers.findIndex(([place]) => data.queries[place]![0].startsWith('matching-both:') && data.queries[place]![0].includes('invitations.ts'));
  expect(kept).toBeGreaterThanOrEqual(0);
  const [place, context] = data.answers[kept]!;
  const query = data.queries[place]![0];
  /** The cache as written, with the kept answer to `query` replaced by `[context, digest]`. */
  const keeping = (keptContext: string, digest: string) => {
    const changed = JSON.parse(written) as Written;
    changed.answers[kept] = [changed.queries.push([query, digest]) - 1, keptContext];
    return JSON.stringify(changed);
  };
  const files = cold.stats.filesAnalysed;
  expect((await lint(cwd, true)).stats.filesReused).toBe(files);
  // A kept answer that no longer agrees with the entries, under the same context: taken as it is, so the files that
  // asked the question are analysed again (a search would have agreed with them).
  writeFileSync(path, keeping(context, 'not-the-answer'));
  expect((await lint(cwd, true)).stats.filesReused).toBeLessThan(files);
  // Under another context (the package's texts changed since), the kept answer is not taken: the search agrees.
  writeFileSync(path, keeping('another-context', 'not-the-answer'));
  const warm = await lint(cwd, true);
  expect(warm.stats.filesReused).toBe(files);
  expect(found(warm, cwd)).toEqual(found(cold, cwd));
});

it('follows a file that starts reading as a router: the search of the files both routing and naming a handler file\'s exports', async () => {
  // With its switch on `toolKind` the router's text shows no routing (DISPATCH_TEXT) and handlers/invitations.ts's
  // handlers are not found from it; renamed back to `toolName`, they are, and the warm run must say so though
  // handlers/invitations.ts did not change.
  const cwd = copyOf('non-idempotent-tool/router-switch-in-another-file');
  const router = join(cwd, 'router/tool-router.ts');
  const text = readFileSync(router, 'utf8');
  writeFileSync(router, text.replaceAll('toolName', 'toolKind'));
  await expectWarmFollows(cwd, () => writeFileSync(router, text));
});

it('follows a file that starts handing a handler to a registry: the indexed search of the files placing its exports', async () => {
  // handlers/issue-invoice.ts's handler is found through the files handing its export to a registry's registration
  // function (a `placing` question, answered from an index of the package's texts). Registered nowhere at first, it is
  // found once a new file registers it, and the warm run must say so though handlers/issue-invoice.ts did not change.
  const cwd = copyOf('non-idempotent-tool/tool-registry-filled-by-a-registration-function');
  const init = join(cwd, 'init.ts');
  writeFileSync(init, readFileSync(init, 'utf8').replace(/\n.*issueInvoice\);\n/, '\n'));
  const { before, after } = await expectWarmFollows(cwd, () =>
    writeFileSync(
      join(cwd, 'billing-init.ts'),
      [
        "import { registerAgentTool } from './registry.js';",
        "import { issueInvoice } from './handlers/issue-invoice.js';",
        "registerAgentTool({ name: 'issue_invoice', description: 'Issue a new invoice', parameters: { type: 'object' } }, issueInvoice);",
        '',
      ].join('\n'),
    ),
  );
  expect(before).toEqual([]);
  expect(after).toEqual(['handlers/issue-invoice.ts:3 non-idempotent-tool']);
});

it("keys the cache on agentvet's version, its config and its compiler setting", () => {
  const base = { version: '1.0.0', config: config('/tmp'), compilerOptions: {}, typesAvailable: false, root: '/tmp' };
  const key = cacheKey(base);
  expect(cacheKey({ ...base })).toBe(key);
  expect(cacheKey({ ...base, version: '1.0.1' })).not.toBe(key);
  expect(cacheKey({ ...base, config: config('/tmp', { minConfidence: 'high' }) })).not.toBe(key);
  expect(cacheKey({ ...base, compilerOptions: { strict: true } })).not.toBe(key);
  expect(cacheKey({ ...base, projectConfigs: 'a' })).not.toBe(key);
});

it("keys agentvet's own code by the lint bundle's identity when it runs from the bundle, never by a bundle just written", () => {
  // Two files settled on disk (written more than a few seconds ago): each its own digest, the same each time asked.
  const settledA = resolve(HERE, '../../package.json');
  const settledB = resolve(HERE, '../../tsconfig.json');
  expect(bundleDigest(settledA)).toBeDefined();
  expect(bundleDigest(settledA)).toBe(bundleDigest(settledA));
  expect(bundleDigest(settledB)).not.toBe(bundleDigest(settledA));
  // A bundle written a moment ago could be written again within the same change time: its modules are read instead.
  const dir = mkdtempSync(join(tmpdir(), 'agentvet-bundle-key-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'lint.bundle.cjs'), '"use strict";\n');
  expect(bundleDigest(join(dir, 'lint.bundle.cjs'))).toBeUndefined();
  expect(bundleDigest(join(dir, 'missing.cjs'))).toBeUndefined();
  // A rewrite gives another identity: compile-cache.test.ts (fileKey, the same key the code cache uses).
});

it('re-analyses a file whose cache entry does not pass the schema, and serves the others', async () => {
  const cwd = copyOf('non-idempotent-tool/helper-chain-across-files-charges-card');
  const cold = await lint(cwd, true);
  const path = join(cwd, '.agentvetcache');
  const data = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { findings: unknown }> };
  data.entries[join(cwd, 'support-tools.ts')]!.findings = 'not a list';
  writeFileSync(path, JSON.stringify(data));
  const warm = await lint(cwd, true);
  expect(warm.stats.filesReused).toBe(warm.stats.filesAnalysed - 1);
  expect(warm.findings).toEqual(cold.findings);
});

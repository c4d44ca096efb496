// `agentvet lint --cache`: a warm run re-uses the results of files whose inputs did not change, and
// re-analyses a file when another file its findings came from changed (a helper two files away). A cache
// that cannot be read, or was written by another version or config, is a cold run and never an error.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { openAnalysisSession } from '../../cli/lint/analysis-session.js';
import { silentProgress } from '../../cli/progress-line.js';
import { resolveConfig, type ConfigFile } from '../../rules/engine/config.js';
import type { AnalysisResult } from '../../rules/engine/types.js';
import { allRules } from '../../rules/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURE = resolve(HERE, '../rules/non-idempotent-tool/helper-chain-across-files-charges-card');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'agentvet-cache-'));
  dirs.push(dir);
  cpSync(FIXTURE, join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['src'] }));
  return dir;
}

async function lint(cwd: string, options: { cache?: boolean; file?: ConfigFile } = {}): Promise<AnalysisResult> {
  const config = resolveConfig(allRules.map((r) => ({ id: r.id, defaultSeverity: r.meta.defaultSeverity })), options.file ?? {}, cwd);
  const session = await openAnalysisSession({ cwd, paths: [], config, progress: silentProgress, ...(options.cache === false ? {} : { cache: {} }) });
  return session.analyzeOnce();
}

const found = (result: AnalysisResult, cwd: string) => result.findings.map((f) => `${f.range.file.slice(cwd.length + 1)}:${f.range.line} ${f.ruleId}`);

it('serves a warm run with nothing changed from the cache, with the same findings as without one', async () => {
  const cwd = project();
  const cold = await lint(cwd);
  expect(found(cold, cwd)).toEqual(['src/support-tools.ts:11 non-idempotent-tool']);
  expect(cold.stats.filesReused).toBe(0);
  expect(existsSync(join(cwd, '.agentvetcache'))).toBe(true);

  const warm = await lint(cwd);
  expect(warm.stats.filesReused).toBe(warm.stats.filesAnalysed);
  expect(warm.stats.filesAnalysed).toBe(3);
  expect(warm.findings).toEqual(cold.findings);
  expect((await lint(cwd, { cache: false })).findings).toEqual(cold.findings);
  // Written whole and renamed into place: no temp file is left beside it.
  expect(readdirSync(cwd).filter((name) => name.includes('.tmp'))).toEqual([]);
});

it('re-analyses the tool when the helper two files away changes, and only what depends on it', async () => {
  const cwd = project();
  await lint(cwd);
  // The gateway now sends a key made from stable input: the charge two files up is no longer a finding.
  const gateway = join(cwd, 'src/payment-gateway.ts');
  writeFileSync(
    gateway,
    readFileSync(gateway, 'utf8').replace("headers: { 'content-type': 'application/json',", "headers: { 'Idempotency-Key': `charge-${charge.reference}`, 'content-type': 'application/json',"),
  );
  const warm = await lint(cwd);
  const cold = await lint(cwd, { cache: false });
  expect(found(cold, cwd)).toEqual([]);
  expect(warm.findings).toEqual(cold.findings);
  // The gateway, the service that calls it and the tools that call the service: none could be re-used.
  expect(warm.stats.filesReused).toBe(0);

  // A file nothing depends on changes: the others are served from the cache.
  writeFileSync(join(cwd, 'src/unrelated.ts'), `export const ping = () => fetch('https://status.example.com/ping', { signal: AbortSignal.timeout(1_000) });\n`);
  const again = await lint(cwd);
  expect(again.stats.filesAnalysed).toBe(4);
  expect(again.stats.filesReused).toBe(3);
  expect(again.findings).toEqual(cold.findings);
});

it('runs cold, without an error, on a cache that cannot be read or was written under another config', async () => {
  const cwd = project();
  const expected = found(await lint(cwd), cwd);
  writeFileSync(join(cwd, '.agentvetcache'), '{"format": 2, "key": "trunc');
  const corrupt = await lint(cwd);
  expect(corrupt.stats.filesReused).toBe(0);
  expect(found(corrupt, cwd)).toEqual(expected);
  expect(JSON.parse(readFileSync(join(cwd, '.agentvetcache'), 'utf8')).format).toBe(2);

  // Another config (a rule's severity) is another key: nothing is re-used, the finding follows the config.
  const warnings = await lint(cwd, { file: { rules: { 'non-idempotent-tool': 'warn' } } });
  expect(warnings.stats.filesReused).toBe(0);
  expect(warnings.findings.map((f) => f.severity)).toEqual(['warn']);
  const back = await lint(cwd);
  expect(back.stats.filesReused).toBe(0);
  expect(back.findings.map((f) => f.severity)).toEqual(['error']);
});

it('re-analyses a file whose cached entry is damaged (its files or questions not a list of places in the tables), with the same findings', async () => {
  const cwd = project();
  const expected = found(await lint(cwd), cwd);
  const path = join(cwd, '.agentvetcache');
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { files: unknown; queries: unknown }> };
  const files = Object.keys(stored.entries).sort();
  expect(files.length).toBeGreaterThanOrEqual(3);
  // One entry each way: no list at all (reading it would throw), a list of questions rather than places, a place that is
  // not in its table; the others left whole.
  const [first, second, third] = files as [string, string, string];
  stored.entries[first]!.files = null;
  stored.entries[second]!.queries = ['importers:x'];
  stored.entries[third]!.queries = [1_000_000];
  writeFileSync(path, JSON.stringify(stored));
  const warm = await lint(cwd);
  expect(warm.stats.filesReused).toBe(files.length - 3);
  expect(found(warm, cwd)).toEqual(expected);
});

it("takes the tsconfig's files from the walk it kept while the folders are unchanged, and sees a file added since", async () => {
  const cwd = project();
  // A walk is kept only of folders last changed two seconds or more before it (directory-listings.ts).
  await new Promise((done) => setTimeout(done, 2_100));
  const cold = await lint(cwd);
  const path = join(cwd, '.agentvetcache');
  const kept = JSON.parse(readFileSync(path, 'utf8')) as { listings: Record<string, { names: string[] }> };
  const walks = Object.values(kept.listings);
  expect(walks.map((walk) => walk.names.length)).toEqual([cold.stats.filesAnalysed]);
  expect((await lint(cwd)).stats.filesReused).toBe(cold.stats.filesAnalysed);

  // A new tool in a folder the walk read: its folder's times changed, so the next run walks again and finds it.
  writeFileSync(
    join(cwd, 'src/refund-tools.ts'),
    readFileSync(join(cwd, 'src/support-tools.ts'), 'utf8').replaceAll('support', 'refund'),
  );
  const warm = await lint(cwd);
  const fresh = await lint(cwd, { cache: false });
  expect(found(warm, cwd)).toEqual(found(fresh, cwd));
  expect(found(warm, cwd)).toContain('src/refund-tools.ts:11 non-idempotent-tool');
}, 20_000);

it('keeps the walk and the resolutions that read the folder the cache file is written in, which every run changes by writing it', async () => {
  const cwd = project();
  // The project's files in its own folder, beside the default cache file: the walk and the resolutions read it.
  for (const name of readdirSync(join(cwd, 'src'))) renameSync(join(cwd, 'src', name), join(cwd, name));
  rmSync(join(cwd, 'src'), { recursive: true });
  writeFileSync(join(cwd, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['**/*.ts'] }));
  // Kept only of folders last changed two seconds or more before (directory-listings.ts, kept-resolutions.ts).
  await new Promise((done) => setTimeout(done, 2_100));
  const cold = await lint(cwd);
  expect(found(cold, cwd)).toEqual(['support-tools.ts:11 non-idempotent-tool']);
  const path = join(cwd, '.agentvetcache');
  // The run straight after: the project's folder was changed by writing the cache, yet reads the same by its entries.
  const warm = await lint(cwd);
  expect(warm.stats.filesReused).toBe(3);
  const kept = JSON.parse(readFileSync(path, 'utf8')) as { listings: Record<string, { names: string[] }>; resolutions: { resolved: Array<[string, string | null, number[]]> } };
  expect(kept.resolutions.resolved.map(([key, file]) => [key, file])).toContainEqual([`${cwd}\0./billing-service.js`, join(cwd, 'billing-service.ts')]);
  const walks = Object.values(kept.listings);
  expect(walks.map((walk) => walk.names.length)).toEqual([3]);

  // Taken by the next run: a kept walk without the gateway (as no walk would give) leaves it out.
  for (const walk of walks) walk.names = walk.names.filter((name) => !name.endsWith('payment-gateway.ts'));
  writeFileSync(path, JSON.stringify(kept));
  expect((await lint(cwd)).stats.filesAnalysed).toBe(2);

  // A file added beside the cache file is walked again and found.
  writeFileSync(join(cwd, 'refund-tools.ts'), readFileSync(join(cwd, 'support-tools.ts'), 'utf8').replaceAll('support', 'refund'));
  const added = await lint(cwd);
  expect(added.stats.filesAnalysed).toBe(4);
  expect(found(added, cwd)).toEqual(found(await lint(cwd, { cache: false }), cwd));
  expect(found(added, cwd)).toContain('refund-tools.ts:11 non-idempotent-tool');
}, 20_000);

it('takes the digests of files that did not change from the identities it kept, and re-analyses a helper edited with its size and modification time kept', async () => {
  const cwd = project();
  const gateway = join(cwd, 'src/payment-gateway.ts');
  // Whole seconds, so setting the time back after the edit restores it exactly.
  utimesSync(gateway, 1_700_000_000, 1_700_000_000);
  // A file's digest is kept only when it was last changed two seconds or more before the run (prefilter-verdicts.ts).
  await new Promise((done) => setTimeout(done, 2_100));
  const cold = await lint(cwd);
  expect(found(cold, cwd)).toEqual(['src/support-tools.ts:11 non-idempotent-tool']);
  const kept = JSON.parse(readFileSync(join(cwd, '.agentvetcache'), 'utf8')) as { prefilter: { files: Record<string, unknown[]> } };
  expect(kept.prefilter.files[gateway]).toHaveLength(3);
  expect((await lint(cwd)).stats.filesReused).toBe(cold.stats.filesAnalysed);

  // The charge becomes a read: same length, modification time set back; only the change time tells.
  const { size } = statSync(gateway);
  await new Promise((done) => setTimeout(done, 30));
  writeFileSync(gateway, readFileSync(gateway, 'utf8').replace("method: 'POST',", "method: 'GET' ,"));
  utimesSync(gateway, 1_700_000_000, 1_700_000_000);
  expect(statSync(gateway).size).toBe(size);
  expect(statSync(gateway).mtimeMs).toBe(1_700_000_000_000);
  const warm = await lint(cwd);
  expect(found(warm, cwd)).toEqual(found(await lint(cwd, { cache: false }), cwd));
  expect(found(warm, cwd)).toEqual([]);
  expect(warm.stats.filesReused).toBeLessThan(warm.stats.filesAnalysed);
}, 20_000);

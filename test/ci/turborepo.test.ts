// The README's Turborepo recipe on a two-package npm workspace with the real `turbo` from npm: cache
// misses and hits for real (local cache), the declared inputs (a package's files, its workspace
// dependencies, the root config) and outputs (the SARIF log), failures not cached, and the remote
// cache against a stand-in server on 127.0.0.1 implementing Turborepo's artifact API.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writeFiles } from '../temp-files.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../cli/cli-process.js';
import { commitAll, gitInit } from '../cli/scratch-git.js';
import { readmeSnippet } from './readme-snippets.js';
import { installAgentvet, installFromNpm } from './scratch-install.js';

const TSCONFIG = JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, lib: ['ES2023', 'DOM'] }, include: ['src'] });
const LEGACY = 'export async function invoice(id: string): Promise<unknown> {\n  const response = await fetch(`https://billing.example.com/invoices/${id}`);\n  return response.json();\n}\n';
const CLEAN = 'export function greeting(name: string): string {\n  return `Hello ${name}`;\n}\n';
const NEW_CALL = 'export async function ticket(id: string): Promise<unknown> {\n  return fetch(`https://support.example.com/tickets/${id}`);\n}\n';

const scratch = mkdtempSync(join(tmpdir(), 'agentvet-turbo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// No telemetry, no update check: the machine has no network but the registry, and the test must not wait on one.
const QUIET: NodeJS.ProcessEnv = { TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1', TURBO_PRINT_VERSION_DISABLED: '1', FORCE_COLOR: '0' };


/** Two packages: billing (one old finding, recorded in its suppressions file) and support, which depends on billing. */
function workspace(): string {
  const dir = join(scratch, `workspace-${Math.random().toString(36).slice(2, 8)}`);
  const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const script = JSON.parse(readmeSnippet('turbo-package-script')) as { scripts: Record<string, string> };
  const pkg = (name: string, deps: Record<string, string> = {}) => `${JSON.stringify({ name, version: '1.0.0', private: true, dependencies: deps, ...script }, null, 2)}\n`;
  writeFiles(dir, {
    'package.json': `${JSON.stringify({ name: 'acme', private: true, packageManager: `npm@${npmVersion}`, workspaces: ['packages/*'] }, null, 2)}\n`,
    'turbo.json': readmeSnippet('turbo-json'),
    '.gitignore': 'node_modules/\n.turbo/\n',
    'packages/billing/package.json': pkg('@acme/billing'),
    'packages/billing/tsconfig.json': TSCONFIG,
    'packages/billing/src/invoices.ts': LEGACY,
    'packages/support/package.json': pkg('@acme/support', { '@acme/billing': '1.0.0' }),
    'packages/support/tsconfig.json': TSCONFIG,
    'packages/support/src/greeting.ts': CLEAN,
  });
  // npm links the workspace packages and writes the lockfile turbo reads (no external dependency: offline).
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install failed: ${install.stdout}${install.stderr}`);
  installFromNpm(dir, 'turbo');
  installAgentvet(dir);
  const recorded = spawnSync(join(dir, 'node_modules/.bin/agentvet'), ['lint', '--suppress-all'], { cwd: join(dir, 'packages/billing'), encoding: 'utf8' });
  if (recorded.status !== 0) throw new Error(`recording billing's suppressions failed: ${recorded.stdout}${recorded.stderr}`);
  gitInit(dir);
  commitAll(dir, 'workspace');
  return dir;
}

/** turbo, asynchronously: the remote cache server answers from this process. */
async function turbo(dir: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(join(dir, 'node_modules/.bin/turbo'), ['run', 'agentvet', '--continue'], { cwd: dir, env: { ...process.env, ...QUIET, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, output: stripVTControlCharacters(output) };
}

const cacheStatus = (output: string, pkg: string) => new RegExp(`@acme/${pkg}:agentvet: cache (hit, replaying logs|miss, executing)`).exec(output)?.[1];
const sarifOf = (dir: string, pkg: string) => join(dir, 'packages', pkg, 'agentvet.sarif');

beforeAll(assertBuilt);

describe('Turborepo: the README recipe with the local cache', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace();
  });

  it('runs agentvet in both packages, then replays both from the cache and restores the SARIF logs', async () => {
    const first = await turbo(dir);
    expect(first.code, first.output).toBe(0);
    expect([cacheStatus(first.output, 'billing'), cacheStatus(first.output, 'support')]).toEqual(['miss, executing', 'miss, executing']);
    const billingSarif = JSON.parse(readFileSync(sarifOf(dir, 'billing'), 'utf8')) as { runs: Array<{ automationDetails: { id: string }; results: unknown[] }> };
    expect(billingSarif.runs[0]!.automationDetails).toEqual({ id: 'agentvet/@acme/billing/' });
    expect(billingSarif.runs[0]!.results).toEqual([]); // the old finding is recorded in billing's suppressions file

    rmSync(sarifOf(dir, 'billing'));
    rmSync(sarifOf(dir, 'support'));
    const second = await turbo(dir);
    expect(second.code).toBe(0);
    expect(second.output).toContain('Cached:    2 cached, 2 total');
    expect(second.output).toContain('FULL TURBO');
    expect(existsSync(sarifOf(dir, 'billing')) && existsSync(sarifOf(dir, 'support'))).toBe(true);
  });

  it('an edit to one package re-runs it alone; a new finding fails the run, and a failure is never cached', async () => {
    await turbo(dir);
    writeFiles(dir, { 'packages/support/src/tickets.ts': NEW_CALL });
    const failed = await turbo(dir);
    expect(failed.code).not.toBe(0);
    expect([cacheStatus(failed.output, 'billing'), cacheStatus(failed.output, 'support')]).toEqual(['hit, replaying logs', 'miss, executing']);
    expect(failed.output).toMatch(/@acme\/support:agentvet: +2:10 +error +`fetch\(\)` has no deadline/);
    const again = await turbo(dir);
    expect(cacheStatus(again.output, 'support')).toBe('miss, executing');
    rmSync(join(dir, 'packages/support/src/tickets.ts'));
    expect(cacheStatus((await turbo(dir)).output, 'support')).toBe('hit, replaying logs');
  });

  it('an edit to billing re-runs support too (its dependency), while the root config re-runs both', async () => {
    await turbo(dir);
    writeFiles(dir, { 'packages/billing/src/greeting.ts': CLEAN });
    const dependency = await turbo(dir);
    expect([cacheStatus(dependency.output, 'billing'), cacheStatus(dependency.output, 'support')]).toEqual(['miss, executing', 'miss, executing']);
    writeFiles(dir, { 'agentvet.config.json': '{ "minConfidence": "high" }\n' });
    const config = await turbo(dir);
    expect([cacheStatus(config.output, 'billing'), cacheStatus(config.output, 'support')]).toEqual(['miss, executing', 'miss, executing']);
    // A README change is not an input.
    writeFiles(dir, { 'packages/support/README.md': '# support\n' });
    expect((await turbo(dir)).output).toContain('FULL TURBO');
  });
});

describe('Turborepo: remote cache (TURBO_API, TURBO_TOKEN, TURBO_TEAM) against a stand-in on 127.0.0.1', () => {
  const artifacts = new Map<string, Buffer>();
  const requests: Array<{ method: string; path: string; authorization?: string; slug: string | null }> = [];
  let server: Server;
  let api: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, slug: url.searchParams.get('slug') });
        const artifact = /^\/v8\/artifacts\/([0-9a-f]+)$/.exec(url.pathname)?.[1];
        if (artifact && req.method === 'PUT') {
          artifacts.set(artifact, Buffer.concat(chunks));
          res.writeHead(202, { 'content-type': 'application/json' }).end('{"urls":[]}');
        } else if (artifact && (req.method === 'GET' || req.method === 'HEAD')) {
          const body = artifacts.get(artifact);
          if (!body) res.writeHead(404).end();
          else res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length, 'x-artifact-duration': '1' }).end(req.method === 'GET' ? body : undefined);
        } else if (url.pathname === '/v8/artifacts/status') {
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"enabled"}');
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        }
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('uploads each package\'s artifact, and a machine with an empty local cache replays both from the remote', async () => {
    const dir = workspace();
    const remote = { TURBO_API: api, TURBO_TOKEN: 'turbo-test-token', TURBO_TEAM: 'acme' };
    const first = await turbo(dir, remote);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('Remote caching enabled');
    const uploads = requests.filter((r) => r.method === 'PUT');
    expect(uploads).toHaveLength(2);
    expect(uploads.every((r) => r.authorization === 'Bearer turbo-test-token' && r.slug === 'acme')).toBe(true);

    rmSync(join(dir, '.turbo'), { recursive: true, force: true }); // another machine: nothing cached locally
    rmSync(sarifOf(dir, 'billing'));
    const second = await turbo(dir, remote);
    expect([cacheStatus(second.output, 'billing'), cacheStatus(second.output, 'support')]).toEqual(['hit, replaying logs', 'hit, replaying logs']);
    expect(existsSync(sarifOf(dir, 'billing'))).toBe(true);
    expect(requests.filter((r) => r.method === 'GET' && r.path.startsWith('/v8/artifacts/') && artifacts.has(r.path.slice(14)))).not.toHaveLength(0);
  });
});

describe('the README CI step for the monorepo', () => {
  it('continues past a failing package and uploads the packages folder after any outcome', () => {
    const steps = parse(readmeSnippet('turbo-ci')) as Array<{ run?: string; if?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }>;
    expect(steps[0]).toMatchObject({ run: 'npx turbo run agentvet --continue', env: { TURBO_TOKEN: '${{ secrets.TURBO_TOKEN }}', TURBO_TEAM: '${{ vars.TURBO_TEAM }}' } });
    expect(steps[1]).toEqual({ if: 'always()', uses: 'github/codeql-action/upload-sarif@v4', with: { sarif_file: 'packages' } });
  });
});

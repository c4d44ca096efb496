// The server as the .vsix ships it: extension/build.mjs bundles it with esbuild, and it must run from a
// folder with no node_modules anywhere above it — diagnostics, hovers quoting the bundled rule docs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyWorkspace, LspTestClient, repoRoot } from './lsp-test-client.js';

let installed: string;
let workspace: ReturnType<typeof copyWorkspace>;
let client: LspTestClient;

beforeAll(async () => {
  execFileSync(process.execPath, [join(repoRoot, 'extension/build.mjs')], { stdio: 'pipe' });
  installed = mkdtempSync(join(tmpdir(), 'agentvet-vsix-'));
  cpSync(join(repoRoot, 'extension/dist'), join(installed, 'dist'), { recursive: true });
  cpSync(join(repoRoot, 'extension/package.json'), join(installed, 'package.json'));
  workspace = copyWorkspace();
  client = await LspTestClient.start({ workspace: workspace.dir, serverModule: join(installed, 'dist/server.mjs') });
}, 120_000);

afterAll(async () => {
  expect(await client.stop()).toBe(0);
  workspace.remove();
  rmSync(installed, { recursive: true, force: true });
});

test('the bundled server analyses and explains without node_modules', async () => {
  const uri = await client.open('src/notify.ts');
  const published = await client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
  expect(published.diagnostics.map((d) => d.code)).toEqual(['missing-deadline', 'deadline-not-propagated']);
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: published.diagnostics[0]!.range.start });
  expect(hover.contents.value).toContain('**Why it matters.**');
});

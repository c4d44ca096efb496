// The bundled example (examples/support-agent) in the language server, with its packages reachable so
// the type checker takes part, as in a real checkout: its planted findings, then the quick fix a person
// applies first, edit after edit, with every rule still working on the new text.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LspTestClient, repoRoot } from './lsp-test-client.js';

let workspace: string;
let client: LspTestClient;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'agentvet-example-'));
  cpSync(join(repoRoot, 'examples/support-agent'), workspace, { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(workspace, 'node_modules'));
  client = await LspTestClient.start({ workspace });
});

afterAll(async () => {
  expect(client.internalErrors()).toEqual([]);
  expect(await client.stop()).toBe(0);
  rmSync(workspace, { recursive: true, force: true });
});

test('intake.ts: the planted findings, then a deadline added and removed again', async () => {
  const text = readFileSync(join(workspace, 'src/intake.ts'), 'utf8');
  const uri = await client.open('src/intake.ts');
  const first = await client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0, 60_000);
  expect(first.diagnostics.map((d) => [d.code, d.range.start.line + 1])).toEqual([
    ['unkeyed-retry', 21],
    ['missing-deadline', 38],
  ]);
  const fixed = text.replace('await fetch(webhookUrl, {', 'await fetch(webhookUrl, { signal: AbortSignal.timeout(30_000),');
  for (const [next, expected] of [[fixed, ['unkeyed-retry']], [text, ['unkeyed-retry', 'missing-deadline']], [fixed, ['unkeyed-retry']]] as const) {
    const version = await client.change(uri, next);
    const published = await client.diagnosticsFor(uri, (p) => p.version === version, 60_000);
    expect(published.diagnostics.map((d) => d.message.startsWith('internal error') ? d.message : d.code)).toEqual(expected);
  }
});

test('support-tools.ts: findings through helpers in other files carry the path to the write', async () => {
  const uri = await client.open('src/support-tools.ts');
  const published = await client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0, 60_000);
  expect(published.diagnostics.map((d) => d.code)).toEqual(['non-idempotent-tool', 'non-idempotent-tool']);
  expect(published.diagnostics[0]!.relatedInformation?.[0]?.location.uri).toMatch(/ticket-api\.ts$/);
});

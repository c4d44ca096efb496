// Recordings in the editor over stdio: loading one through the custom request, inlay hints at the lines
// that made recorded calls (status, duration, tokens), refresh on load and unload, and a clear error
// for a file that is not a recording.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useLspSession } from './lsp-test-client.js';
import { writeRecordingFixture } from './recording-fixture.js';

interface Hint {
  position: { line: number; character: number };
  label: string;
  tooltip?: { kind: string; value: string };
}

describe('recordings', () => {
  const lsp = useLspSession();

  const wholeFile = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

  test('a loaded recording shows its calls as inlay hints at their call sites', async () => {
    const notify = join(lsp.workspace.dir, 'src/notify.ts');
    const recording = writeRecordingFixture(lsp.workspace.dir, lsp.workspace.dir, { file: notify, line: 3 }, { file: `file://${notify}`, line: 11 });
    const uri = await lsp.client.open('src/notify.ts');
    const before = await lsp.client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: wholeFile });
    expect(before).toEqual([]);

    const result = await lsp.client.request('agentvet/loadRecording', { recording });
    expect(result).toEqual({ ok: true, events: 12, sites: 2, warnings: [] });
    await lsp.client.until(() => lsp.client.inlayRefreshes > 0 || undefined, 10_000, 'an inlay hint refresh');

    const hints = await lsp.client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: wholeFile });
    expect(hints.map((h) => [h.position.line, h.label])).toEqual([
      [2, '● ×2 POST 500 · 80 ms … (1 failed)'],
      [10, '● gpt-4o-mini · stop · 1,234 tok · 850 ms'],
    ]);
    // At the end of the line, after the code.
    expect(hints[0]!.position.character).toBe('  await fetch(webhookUrl, {'.length);
    expect(hints[0]!.tooltip!.value).toContain('**POST hooks.example.com/notify** — 200 · 120 ms');
    expect(hints[0]!.tooltip!.value).toContain('— ⚠ HTTP 500');

    const outside = await lsp.client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 4, character: 0 }, end: { line: 8, character: 0 } } });
    expect(outside).toEqual([]);
  });

  test('unloading removes the hints', async () => {
    const uri = lsp.client.uri('src/notify.ts');
    const refreshes = lsp.client.inlayRefreshes;
    await lsp.client.request('agentvet/unloadRecording', {});
    await lsp.client.until(() => lsp.client.inlayRefreshes > refreshes || undefined, 10_000, 'a refresh after unload');
    expect(await lsp.client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: wholeFile })).toEqual([]);
  });

  test('a recording made in another checkout maps by its path relative to the run directory', async () => {
    const recording = writeRecordingFixture(lsp.workspace.dir, '/home/ci/build/agent', { file: '/home/ci/build/agent/src/notify.ts', line: 3 }, { file: '/home/ci/build/agent/src/notify.ts', line: 11 });
    expect(await lsp.client.request('agentvet/loadRecording', { recording })).toMatchObject({ ok: true, sites: 2 });
    const hints = await lsp.client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri: lsp.client.uri('src/notify.ts') }, range: wholeFile });
    expect(hints.map((h) => h.position.line)).toEqual([2, 10]);
  });

  test('a file that is not a recording is a clear error naming the line, and the server goes on', async () => {
    const bad = join(lsp.workspace.dir, 'notes.jsonl');
    writeFileSync(bad, '{"hello": "world"}\n');
    const result = await lsp.client.request<{ ok: boolean; error?: string }>('agentvet/loadRecording', { recording: bad });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/notes\.jsonl:1: .*is this an agentvet recording\?/);
    const missing = await lsp.client.request<{ ok: boolean; error?: string }>('agentvet/loadRecording', { recording: join(lsp.workspace.dir, 'nope.jsonl') });
    expect(missing.error).toMatch(/nope\.jsonl:0: no such file/);
  });
});

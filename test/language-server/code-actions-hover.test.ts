// Quick fixes, suppression and hover over stdio: a fix's edits, applied the way an editor applies them,
// make the finding go away on the next analysis; cancelled requests answer RequestCancelled.
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { useLspSession, type PublishedDiagnostics } from './lsp-test-client.js';

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: PublishedDiagnostics['diagnostics'];
  edit?: { changes?: Record<string, Array<{ range: PublishedDiagnostics['diagnostics'][number]['range']; newText: string }>> };
  command?: { command: string; arguments?: unknown[] };
}

describe('code actions and hover', () => {
  const lsp = useLspSession({ initializationOptions: { clientCommands: ['agentvet.selectSuppressionReason'] } });
  const texts = new Map<string, string>();

  async function openWithDiagnostics(path: string) {
    const uri = await lsp.client.open(path);
    const published = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
    return { uri, published };
  }

  async function actionsAt(uri: string, diagnostic: PublishedDiagnostics['diagnostics'][number]): Promise<CodeAction[]> {
    return lsp.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  /** Applies an action's edits to the open buffer, as an editor does, and sends the change. */
  async function apply(uri: string, action: CodeAction): Promise<{ version: number; text: string }> {
    const edits = action.edit?.changes?.[uri] ?? [];
    const current = texts.get(uri) ?? (await import('node:fs')).readFileSync(new URL(uri), 'utf8');
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'typescript', 0, current), edits);
    texts.set(uri, text);
    return { version: await lsp.client.change(uri, text), text };
  }

  test('missing-deadline offers to add a timeout, and applying it clears the finding', async () => {
    const { uri, published } = await openWithDiagnostics('src/notify.ts');
    const actions = await actionsAt(uri, published.diagnostics[0]!);
    expect(actions.map((a) => a.title)).toEqual(['Add signal: AbortSignal.timeout(30_000)', 'Suppress missing-deadline on this line (with a reason)']);
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true });
    const { version, text } = await apply(uri, actions[0]!);
    expect(text).toContain("await fetch(webhookUrl, { signal: AbortSignal.timeout(30_000),");
    const after = await lsp.client.diagnosticsFor(uri, (p) => p.version === version);
    expect(after.diagnostics.map((d) => d.range.start.line)).toEqual([10]);
  });

  test("a function that received a signal is offered to forward it", async () => {
    const uri = lsp.client.uri('src/notify.ts');
    const published = lsp.client.latest(uri)!;
    // The dropped signal is deadline-not-propagated's finding (missing-deadline stays silent there), with the same fix.
    expect(published.diagnostics.map((d) => d.code)).toEqual(['deadline-not-propagated']);
    const actions = await actionsAt(uri, published.diagnostics[0]!);
    expect(actions.map((a) => a.title)).toContain("Forward the caller's signal (signal)");
    const { version, text } = await apply(uri, actions.find((a) => a.title.startsWith('Forward'))!);
    expect(text).toContain("fetch(url, { signal, method: 'GET' })");
    const after = await lsp.client.diagnosticsFor(uri, (p) => p.version === version);
    expect(after.diagnostics).toEqual([]);
  });

  test('non-idempotent-tool offers an Idempotency-Key from the tool call id', async () => {
    const { uri, published } = await openWithDiagnostics('src/tools.ts');
    const closeTicket = published.diagnostics.find((d) => d.message.includes('closeTicket'))!;
    const actions = await actionsAt(uri, closeTicket);
    const keyFix = actions.find((a) => a.title.includes('Idempotency-Key'));
    expect(keyFix).toBeDefined();
    const { version, text } = await apply(uri, keyFix!);
    expect(text).toContain("headers: { 'Idempotency-Key': toolCallId }");
    const after = await lsp.client.diagnosticsFor(uri, (p) => p.version === version);
    expect(after.diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringContaining('closeTicket'));
  });

  test('suppress with a reason inserts the directive above, and the client is asked to select the reason', async () => {
    const uri = lsp.client.uri('src/tools.ts');
    const published = lsp.client.latest(uri)!;
    const addNote = published.diagnostics.find((d) => d.message.includes('addNote'))!;
    const suppress = (await actionsAt(uri, addNote)).find((a) => a.title.startsWith('Suppress'))!;
    expect(suppress.command).toEqual({ title: 'Select the reason', command: 'agentvet.selectSuppressionReason', arguments: [uri, addNote.range.start.line] });
    const { version, text } = await apply(uri, suppress);
    expect(text).toContain('    // agentvet-disable-next-line non-idempotent-tool -- TODO: why this is safe\n    await addTicketNote(');
    const after = await lsp.client.diagnosticsFor(uri, (p) => p.version === version);
    expect(after.diagnostics).toEqual([]);
  });

  test('an unused suppression can be removed with one action', async () => {
    const uri = await lsp.client.open('src/quiet.ts', '// agentvet-disable-next-line missing-deadline -- reviewed\nexport const answer = 42;\n');
    const published = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
    expect(published.diagnostics[0]!.code).toBe('unused-suppression');
    const [remove] = await actionsAt(uri, published.diagnostics[0]!);
    expect(remove!.title).toBe('Remove the unused suppression');
    texts.set(uri, '// agentvet-disable-next-line missing-deadline -- reviewed\nexport const answer = 42;\n');
    const { version, text } = await apply(uri, remove!);
    expect(text).toBe('export const answer = 42;\n');
    expect((await lsp.client.diagnosticsFor(uri, (p) => p.version === version)).diagnostics).toEqual([]);
  });

  test('hover on a finding shows the rule, its confidence, its explanation and a link', async () => {
    const tools = await lsp.client.open('src/other-tools.ts', "import { tool } from 'ai';\nexport const t = tool({ description: 'd', execute: async () => fetch('https://x.example.com/a', { method: 'DELETE' }) });\n");
    const diagnostics = await lsp.client.diagnosticsFor(tools, (p) => p.diagnostics.length > 0);
    const target = diagnostics.diagnostics[0]!;
    const hover = await lsp.client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri: tools },
      position: target.range.start,
    });
    expect(hover!.contents.kind).toBe('markdown');
    expect(hover!.contents.value).toContain(`**agentvet** \`${String(target.code)}\``);
    expect(hover!.contents.value).toContain('**Why it matters.**');
    expect(hover!.contents.value).toContain(`[Rule documentation](https://github.com/agentvet/agentvet/blob/main/rules/docs/${String(target.code)}.md)`);
    const nothing = await lsp.client.request('textDocument/hover', { textDocument: { uri: tools }, position: { line: 0, character: 0 } });
    expect(nothing).toBeNull();
  });

  test('a request cancelled while its analysis is pending answers RequestCancelled', async () => {
    const uri = lsp.client.uri('src/notify.ts');
    await lsp.client.change(uri, `${texts.get(uri)}\n// one more line\n`);
    const source = new CancellationTokenSource();
    const pending = lsp.client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } }, source.token);
    source.cancel();
    await expect(pending).rejects.toMatchObject({ code: -32800 });
    // The server is fine afterwards.
    const hover = await lsp.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
  });
});

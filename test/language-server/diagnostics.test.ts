// The language server over stdio, as an editor drives it: diagnostics on open and on change, parse
// errors, files outside the workspace, very large files, and re-linting when agentvet.config.json changes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { copyWorkspace, LspTestClient, useLspSession } from './lsp-test-client.js';

const NOTIFY_WITH_SIGNAL = `// Posts a message to the on-call channel.
export async function notifyOnCall(webhookUrl: string, text: string): Promise<void> {
  await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(5_000),
  });
}
`;

describe('diagnostics', () => {
  const lsp = useLspSession();

  test('an opened file gets its findings, with rule id, docs link, confidence and version', async () => {
    const uri = await lsp.client.open('src/notify.ts');
    const published = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
    expect(published.version).toBe(1);
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['missing-deadline', 2],
      ['deadline-not-propagated', 10], // a received signal it drops: that rule's finding, not missing-deadline's
    ]);
    const first = published.diagnostics[0]!;
    expect(first).toMatchObject({
      source: 'agentvet',
      severity: 1,
      codeDescription: { href: 'https://github.com/agentvet/agentvet/blob/main/rules/docs/missing-deadline.md' },
      data: { confidence: 'high', version: 1, index: 0 },
    });
    expect(first.message).toContain('has no deadline');
  });

  test('a finding across files carries the path to the write as related information', async () => {
    const uri = await lsp.client.open('src/tools.ts');
    const published = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
    const addNote = published.diagnostics.find((d) => d.message.includes('addNote'))!;
    expect(addNote.code).toBe('non-idempotent-tool');
    expect(addNote.relatedInformation?.map((r) => [r.location.uri.split('/').pop(), r.message])).toEqual([
      ['ticket-api.ts', 'the write: POST via fetch'],
      ['tools.ts', 'tool registered here (Vercel AI SDK)'],
    ]);
  });

  test('an edit re-analyses the buffer, not the file on disk', async () => {
    const uri = lsp.client.uri('src/notify.ts');
    const version = await lsp.client.change(uri, NOTIFY_WITH_SIGNAL);
    const published = await lsp.client.diagnosticsFor(uri, (p) => p.version === version);
    expect(published.diagnostics).toEqual([]);
  });

  test('an edit to a helper re-analyses the open files that call it', async () => {
    const tools = lsp.client.uri('src/tools.ts');
    const helper = await lsp.client.open('src/ticket-api.ts');
    await lsp.client.diagnosticsFor(helper);
    const before = lsp.client.published.length;
    // The helper now sends a key: the tool that calls it is no longer reported.
    const keyed = `// The ticketing system's HTTP API.
const TICKETS_URL = 'https://tickets.example.com/api';

export async function addTicketNote(ticketId: string, note: string, signal?: AbortSignal): Promise<void> {
  await fetch(\`\${TICKETS_URL}/tickets/\${ticketId}/notes\`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': \`note-\${ticketId}-\${note.length}\` },
    body: JSON.stringify({ note }),
    signal,
  });
}
`;
    await lsp.client.change(helper, keyed);
    const published = await lsp.client.until(
      () => lsp.client.published.slice(before).find((p) => p.uri === tools && !p.diagnostics.some((d) => d.message.includes('addNote'))),
      30_000,
      'tools.ts re-published without the addNote finding after its helper changed',
    );
    expect(published.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('closeTicket'));
  });

  test('repeated edits of a file keep every rule working (no stale nodes from the previous text)', async () => {
    const intake = `import pRetry from 'p-retry';

export async function openTicket(subject: string): Promise<string> {
  return pRetry(async () => {
    const response = await fetch('https://tickets.example.com/api/tickets', {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ subject }),
      signal: AbortSignal.timeout(10_000),
    });
    return ((await response.json()) as { id: string }).id;
  }, { retries: 4, randomize: true });
}

export async function notifyOnCall(webhookUrl: string, text: string): Promise<void> {
  await fetch(webhookUrl, { method: 'POST', body: JSON.stringify({ text }) });
}
`;
    const uri = await lsp.client.open('src/intake.ts', intake);
    const first = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
    expect(first.diagnostics.map((d) => d.code)).toEqual(['unkeyed-retry', 'missing-deadline']);
    for (const [index, edit] of ['{ signal: AbortSignal.timeout(5_000), ', '{ '].entries()) {
      const version = await lsp.client.change(uri, intake.replace("await fetch(webhookUrl, { ", `await fetch(webhookUrl, ${edit}`));
      const after = await lsp.client.diagnosticsFor(uri, (p) => p.version === version);
      expect(after.diagnostics.map((d) => d.code)).toEqual(index === 0 ? ['unkeyed-retry'] : ['unkeyed-retry', 'missing-deadline']);
    }
  });

  test('a syntax error is one diagnostic, and the server keeps answering', async () => {
    const uri = await lsp.client.open('src/broken.ts', 'export async function f( {\n  await fetch("https://x.example.com");\n');
    const published = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
    expect(published.diagnostics.filter((d) => d.message.startsWith('Parsing error'))).toHaveLength(1);
    const version = await lsp.client.change(uri, 'export async function f() {\n  await fetch("https://x.example.com");\n}\n');
    const fixed = await lsp.client.diagnosticsFor(uri, (p) => p.version === version);
    expect(fixed.diagnostics.map((d) => d.code)).toEqual(['missing-deadline']);
  });

  test('a file outside every workspace folder is analysed on its own', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'agentvet-loose-'));
    try {
      const file = join(elsewhere, 'script.ts');
      const text = 'export async function ping() {\n  return fetch("https://status.example.com/ping");\n}\n';
      writeFileSync(file, text);
      const uri = pathToFileURL(file).href;
      await lsp.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
      const published = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length > 0);
      expect(published.diagnostics.map((d) => d.code)).toEqual(['missing-deadline']);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('a document that is not a file on disk is skipped with a log line', async () => {
    await lsp.client.notify('textDocument/didOpen', {
      textDocument: { uri: 'untitled:Untitled-1', languageId: 'typescript', version: 1, text: 'fetch("https://x.example.com")' },
    });
    await lsp.client.until(() => lsp.client.logs.some((l) => l.includes('untitled:Untitled-1 is not a file on disk')), 10_000, 'skip log');
  });
});

describe('edits followed through the facts a finding was computed from', () => {
  const lsp = useLspSession();

  test("an edit to the app's route a page's loop requests re-analyses the page (no import links them)", async () => {
    mkdirSync(join(lsp.workspace.dir, 'src/app/api/agent'), { recursive: true });
    mkdirSync(join(lsp.workspace.dir, 'src/components'), { recursive: true });
    const routeText = (body: string) => `${body}\nexport async function POST(request: Request) {\n  const { messages } = await request.json();\n  return Response.json(await step(messages));\n}\n`;
    const noModel = routeText('async function step(messages: unknown[]) {\n  return { text: String(messages.length), done: true };\n}');
    writeFileSync(join(lsp.workspace.dir, 'src/app/api/agent/route.ts'), noModel);
    writeFileSync(
      join(lsp.workspace.dir, 'src/components/autopilot.ts'),
      `export async function runAutopilot(messages: Array<{ role: string; content: string }>) {
  let done = false;
  while (!done) {
    const res = await fetch('/api/agent', { method: 'POST', body: JSON.stringify({ messages }) });
    const step = await res.json();
    messages.push({ role: 'assistant', content: step.text });
    done = step.done;
  }
}
`,
    );
    const page = await lsp.client.open('src/components/autopilot.ts');
    expect((await lsp.client.diagnosticsFor(page)).diagnostics).toEqual([]);
    const route = await lsp.client.open('src/app/api/agent/route.ts');
    await lsp.client.diagnosticsFor(route);
    const before = lsp.client.published.length;
    // The route now runs a model: the page's loop is an agent loop with nothing but the model's answer to end it.
    await lsp.client.change(
      route,
      routeText(`import { openai } from '@ai-sdk/openai';\nimport { generateText } from 'ai';\n\nasync function step(messages: any[]) {\n  const result = await generateText({ model: openai('gpt-5-mini'), messages, timeout: 60_000 });\n  return { text: result.text, done: result.finishReason === 'stop' };\n}`),
    );
    const published = await lsp.client.until(
      () => lsp.client.published.slice(before).find((p) => p.uri === page && p.diagnostics.length > 0),
      30_000,
      'autopilot.ts re-published with a finding after the route it requests changed',
    );
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['unbounded-agent-loop', 2]]);
  });
});

describe('robustness limits and configuration', () => {
  const lsp = useLspSession({ initializationOptions: { maxFileBytes: 4_000 } });

  test('a very large file is skipped with a log line and no diagnostics', async () => {
    const big = `${'// padding line to make the file large\n'.repeat(200)}export const f = () => fetch('https://x.example.com');\n`;
    const uri = await lsp.client.open('src/generated.ts', big);
    const published = await lsp.client.diagnosticsFor(uri);
    expect(published.diagnostics).toEqual([]);
    expect(lsp.client.logs.join('\n')).toMatch(/skipped .*generated\.ts: [\d,]+ bytes is more than the 4,000 analysed as you type/);
  });

  test('editing agentvet.config.json re-lints open files (server-side watch for clients that do not watch)', async () => {
    const uri = await lsp.client.open('src/notify.ts');
    await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 2);
    // With deadline-not-propagated off, missing-deadline reports the dropped signal again.
    writeFileSync(join(lsp.workspace.dir, 'agentvet.config.json'), JSON.stringify({ rules: { 'missing-deadline': 'warn', 'deadline-not-propagated': 'off' } }));
    const warned = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 2 && p.diagnostics.every((d) => d.severity === 2));
    expect(warned.diagnostics.map((d) => d.code)).toEqual(['missing-deadline', 'missing-deadline']);
  });

  test('a bad config is shown as a message and on the config file, and the last good config stays in force', async () => {
    const configUri = pathToFileURL(join(lsp.workspace.dir, 'agentvet.config.json')).href;
    const uri = lsp.client.uri('src/notify.ts');
    writeFileSync(join(lsp.workspace.dir, 'agentvet.config.json'), JSON.stringify({ rules: { 'missing-deadline': 'loud' } }));
    const onConfig = await lsp.client.diagnosticsFor(configUri, (p) => p.diagnostics.some((d) => d.message.includes('rules.missing-deadline')));
    expect(onConfig.diagnostics[0]!.message).toBe('rules.missing-deadline: Invalid input; got "loud"');
    await lsp.client.until(() => lsp.client.shownMessages.find((m) => m.includes('"loud"')), 10_000, 'a message naming the bad value');
    const lastGood = await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 2);
    expect(lastGood.diagnostics.map((d) => d.severity)).toEqual([2, 2]);

    writeFileSync(join(lsp.workspace.dir, 'agentvet.config.json'), JSON.stringify({ rules: { 'missing-deadline': 'off', 'deadline-not-propagated': 'off' } }));
    await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 0);
    await lsp.client.diagnosticsFor(configUri, (p) => p.diagnostics.length === 0);
  });
});

describe('settings and watched files from a client like VS Code', () => {
  const lsp = useLspSession({ settings: { enable: true, configPath: null }, watchesFiles: true });

  test('asks the client to watch config and source files', async () => {
    await lsp.client.until(() => lsp.client.registrations.includes('workspace/didChangeWatchedFiles') || undefined, 10_000, 'registration');
  });

  test('agentvet.enable: false clears diagnostics; true brings them back', async () => {
    const uri = await lsp.client.open('src/notify.ts');
    await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 2);
    lsp.client.settings = { enable: false };
    await lsp.client.notify('workspace/didChangeConfiguration', { settings: null });
    await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 0);
    lsp.client.settings = { enable: true };
    await lsp.client.notify('workspace/didChangeConfiguration', { settings: null });
    await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 2);
  });

  test('agentvet.configPath points at another config, applied live', async () => {
    const uri = lsp.client.uri('src/notify.ts');
    writeFileSync(join(lsp.workspace.dir, 'strict.json'), JSON.stringify({ rules: { 'missing-deadline': 'warn', 'deadline-not-propagated': 'warn' } }));
    lsp.client.settings = { enable: true, configPath: 'strict.json' };
    await lsp.client.notify('workspace/didChangeConfiguration', { settings: null });
    await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 2 && p.diagnostics.every((d) => d.severity === 2));
  });

  test('a watched-file event for the config re-lints', async () => {
    const uri = lsp.client.uri('src/notify.ts');
    writeFileSync(join(lsp.workspace.dir, 'strict.json'), JSON.stringify({ rules: { 'missing-deadline': 'off', 'deadline-not-propagated': 'off' } }));
    await lsp.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(lsp.workspace.dir, 'agentvet.config.json')).href, type: 2 }] });
    await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 0);
  });

  test('a bad setting value is logged and replaced by its default', async () => {
    const uri = lsp.client.uri('src/notify.ts');
    lsp.client.settings = { enable: 'yes please', configPath: null };
    await lsp.client.notify('workspace/didChangeConfiguration', { settings: null });
    await lsp.client.until(() => lsp.client.logs.find((l) => l.includes('setting agentvet.enable')), 10_000, 'a log naming the setting');
    await lsp.client.diagnosticsFor(uri, (p) => p.diagnostics.length === 2);
  });
});

describe('lint the workspace', () => {
  test('publishes the findings of files that are not open, and clears them when they are gone', async () => {
    const workspace = copyWorkspace();
    const client = await LspTestClient.start({ workspace: workspace.dir });
    try {
      const result = await client.request<{ files: number; findings: number }>('agentvet/lintWorkspace', {});
      expect(result).toEqual({ files: 3, findings: 4 });
      const notify = await client.diagnosticsFor(client.uri('src/notify.ts'), (p) => p.diagnostics.length > 0);
      expect(notify.diagnostics.map((d) => d.code)).toEqual(['missing-deadline', 'deadline-not-propagated']);
      writeFileSync(join(workspace.dir, 'agentvet.config.json'), JSON.stringify({ rules: { 'missing-deadline': 'off', 'deadline-not-propagated': 'off' } }));
      await client.until(() => client.logs.find((l) => l.includes('agentvet.config.json changed')), 10_000, 'the config reload');
      expect(await client.request('agentvet/lintWorkspace', {})).toEqual({ files: 3, findings: 2 });
      await client.diagnosticsFor(client.uri('src/notify.ts'), (p) => p.diagnostics.length === 0);
    } finally {
      expect(await client.stop()).toBe(0);
      workspace.remove();
    }
  });
});

// A real LSP client for tests: spawns agentvet-language-server over stdio, speaks JSON-RPC with
// vscode-jsonrpc, answers the server's own requests (configuration, registration, refresh) and
// collects what it publishes so tests can wait for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, expect } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
export const FIXTURE_WORKSPACE = join(here, 'fixtures', 'agent-workspace');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    codeDescription?: { href: string };
    source?: string;
    message: string;
    relatedInformation?: Array<{ location: { uri: string; range: unknown }; message: string }>;
    data?: unknown;
  }>;
}

export interface ClientOptions {
  workspace: string;
  initializationOptions?: Record<string, unknown>;
  /** Answer workspace/configuration with these `agentvet` settings (else the client has no configuration support). */
  settings?: Record<string, unknown>;
  /** Claim dynamic file-watcher registration (VS Code does; Neovim 0.7 does not). */
  watchesFiles?: boolean;
  /** Run the built server (dist/) instead of the sources through tsx. */
  built?: boolean;
  /** Run this server module instead (the extension's bundle). */
  serverModule?: string;
}

export class LspTestClient {
  readonly published: PublishedDiagnostics[] = [];
  readonly logs: string[] = [];
  readonly shownMessages: string[] = [];
  readonly registrations: string[] = [];
  inlayRefreshes = 0;
  settings: Record<string, unknown> | undefined;
  private readonly waiters: Array<() => void> = [];
  private versions = new Map<string, number>();

  private constructor(
    readonly connection: MessageConnection,
    readonly child: ChildProcess,
    readonly workspace: string,
  ) {}

  static async start(options: ClientOptions): Promise<LspTestClient> {
    const command = options.serverModule
      ? [options.serverModule, '--stdio']
      : options.built
      ? [join(repoRoot, 'dist/language-server/main.js'), '--stdio']
      : ['--import', 'tsx', join(repoRoot, 'language-server/main.ts'), '--stdio'];
    const child = spawn(process.execPath, command, { cwd: options.serverModule ? dirname(options.serverModule) : repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(connection, child, options.workspace);
    client.settings = options.settings;
    child.stderr!.on('data', (chunk: Buffer) => client.logs.push(chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      client.published.push(params);
      client.wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logs.push(params.message);
      client.wake();
    });
    connection.onNotification('window/showMessage', (params: { message: string }) => {
      client.shownMessages.push(params.message);
      client.wake();
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === 'agentvet' ? (client.settings ?? null) : null)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string }> }) => {
      client.registrations.push(...params.registrations.map((r) => r.method));
      return null;
    });
    connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      client.shownMessages.push(params.message);
      client.wake();
      return null;
    });
    connection.onRequest('workspace/inlayHint/refresh', () => {
      client.inlayRefreshes++;
      client.wake();
      return null;
    });
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(options.workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(options.workspace).href, name: 'workspace' }],
      initializationOptions: options.initializationOptions ?? {},
      capabilities: {
        workspace: {
          configuration: options.settings !== undefined,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: options.watchesFiles ?? false },
          inlayHint: { refreshSupport: true },
          workspaceFolders: true,
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          inlayHint: {},
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  uri(relativePath: string): string {
    return pathToFileURL(join(this.workspace, relativePath)).href;
  }

  async open(relativePath: string, text?: string): Promise<string> {
    const uri = this.uri(relativePath);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version: 1, text: text ?? readFileSync(join(this.workspace, relativePath), 'utf8') },
    });
    return uri;
  }

  /** Replaces the whole text (a full-document change), returning the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** An incremental change: replace `range` with `text`. */
  async edit(uri: string, range: PublishedDiagnostics['diagnostics'][number]['range'], text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The latest diagnostics published for `uri`. */
  latest(uri: string): PublishedDiagnostics | undefined {
    return [...this.published].reverse().find((p) => p.uri === uri);
  }

  /** Waits until diagnostics matching `test` are published for `uri` (checking ones already received first). */
  async diagnosticsFor(uri: string, test: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 30_000): Promise<PublishedDiagnostics> {
    const found = await this.until(() => {
      const latest = this.latest(uri);
      return latest && test(latest) ? latest : undefined;
    }, timeoutMs, `diagnostics for ${uri}`);
    return found;
  }

  async until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server log:\n${this.logs.join('\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Diagnostics that report a bug in the engine rather than a finding (there should be none). */
  internalErrors(): string[] {
    return this.published.flatMap((p) => p.diagnostics.filter((d) => d.message.startsWith('internal error')).map((d) => `${p.uri}: ${d.message}`));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5_000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

/** A fresh copy of a fixture workspace in a temp folder (tests edit its files). */
export function copyWorkspace(source = FIXTURE_WORKSPACE): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'agentvet-lsp-'));
  cpSync(source, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh copy of the fixture workspace and a server on it for the enclosing describe block: started
 * before its tests; after them the server must have logged no internal error and exit 0.
 */
export function useLspSession(options: Omit<ClientOptions, 'workspace'> = {}): {
  readonly client: LspTestClient;
  readonly workspace: { dir: string; remove(): void };
} {
  let workspace: { dir: string; remove(): void } | undefined;
  let client: LspTestClient | undefined;
  beforeAll(async () => {
    workspace = copyWorkspace();
    client = await LspTestClient.start({ ...options, workspace: workspace.dir });
  });
  afterAll(async () => {
    if (client) {
      expect(client.internalErrors()).toEqual([]);
      expect(await client.stop()).toBe(0);
    }
    workspace?.remove();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the language server starts in beforeAll');
    return value;
  };
  return {
    get client() {
      return started(client);
    },
    get workspace() {
      return started(workspace);
    },
  };
}

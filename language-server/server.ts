// agentvet's language server: wires LSP messages to the warm engines (diagnostics, code actions,
// hover), to the loaded recording (inlay hints) and to settings and watched config files. All
// analysis happens in rules/; all recording reading in recorder/.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor } from './code-actions.js';
import { ConfigFileWatch, type WatchedChange } from './config-file-watch.js';
import { findingToDiagnostic, isAgentvetDiagnostic, toLspRange } from './diagnostics.js';
import { DocumentLinter, type DocumentAnalysis } from './document-linter.js';
import { hoverFor } from './hover.js';
import { ImportGraph } from './import-graph.js';
import { LintQueue } from './lint-queue.js';
import { ProjectEngines, type ProjectEngine } from './project-engines.js';
import {
  initializationOptionsSchema,
  LINT_WORKSPACE_REQUEST,
  LOAD_RECORDING_REQUEST,
  SELECT_SUPPRESSION_REASON_COMMAND,
  UNLOAD_RECORDING_REQUEST,
  type InitializationOptions,
  type LintWorkspaceResult,
  type LoadRecordingParams,
  type ServerSettings,
} from './protocol.js';
import { RecordingSession } from './recordings/recording-session.js';
import { RuleExplanations } from './rule-explanations.js';
import { parseSettings } from './settings.js';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.log(message);
  const engines = new ProjectEngines(log);
  const explanations = new RuleExplanations();
  const imports = new ImportGraph((path) => documents.get(pathToFileURL(path).href)?.getText());
  const watch = new ConfigFileWatch(connection, (changes) => onWatchedChanges(changes));
  let options: InitializationOptions = initializationOptionsSchema.parse({});
  let settings: ServerSettings = parseSettings(undefined, log);
  let linter!: DocumentLinter;
  let queue!: LintQueue;
  let recordings!: RecordingSession;
  let canPullConfiguration = false;
  /** Closed files given diagnostics by the last lint-workspace run. */
  let workspaceDiagnostics = new Set<string>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const parsed = initializationOptionsSchema.safeParse(params.initializationOptions ?? {});
    if (parsed.success) options = parsed.data;
    else log(`agentvet: initializationOptions: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}; using defaults`);
    settings = parseSettings(options.settings, log);
    const folders = params.workspaceFolders?.map((f) => fileURLToPath(f.uri)) ?? (params.rootUri ? [fileURLToPath(params.rootUri)] : []);
    engines.setFolders(folders);
    engines.setConfigPath(settings.configPath);
    linter = new DocumentLinter(connection, documents, engines, options.maxFileBytes);
    linter.enabled = settings.enable;
    linter.verbose = settings.trace.server === 'verbose';
    queue = new LintQueue(options.debounceMs, options.backgroundDelayMs, (uri) => lintAndFollow(uri));
    recordings = new RecordingSession(connection, documents, () => engines.workspaceFolders(), params.capabilities.workspace?.inlayHint?.refreshSupport === true);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    const clientWatches = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    connection.onInitialized(() => {
      if (clientWatches) void watch.useClientWatcher().catch((error: Error) => log(`agentvet: file watching: ${error.message}`));
      else watch.watchFolders(folders);
      if (params.capabilities.workspace?.workspaceFolders) followWorkspaceFolders();
      if (canPullConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'agentvet' }).catch(() => undefined);
        void pullSettings();
      }
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        inlayHintProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'agentvet-language-server', version: serverVersion() },
    };
  });

  documents.onDidChangeContent(({ document }) => queue.edited(document.uri));
  documents.onDidClose(({ document }) => {
    queue.forget(document.uri);
    const analysis = linter.analyses.get(document.uri);
    const reverted = linter.closed(document.uri, document.getText());
    if (!analysis) return;
    imports.forget(analysis.path);
    if (reverted) followEdit(analysis.path, analysis.project, document.uri);
  });

  /** Analyses `uri`; when its text was new to the engine, the open documents it can affect follow. */
  function lintAndFollow(uri: string): void {
    const outcome = linter.lint(uri);
    const edited = linter.analyses.get(uri);
    if (outcome.textChanged && outcome.project && edited) followEdit(edited.path, outcome.project, uri);
  }

  /**
   * Queues the open documents of `project` that an edit of `path` can affect: those whose last analysis read the
   * edited file or got another answer to a project-wide question than the engine gives now (the facts `--cache`
   * keeps: dependencies.ts), and those connected to it through relative imports.
   */
  function followEdit(path: string, project: ProjectEngine, except: string): void {
    const sameProject = [...linter.analyses.entries()].filter(([other, analysis]) => other !== except && analysis.project === project);
    const affected = new Set(imports.affected(path, sameProject.map(([, analysis]) => analysis.path)));
    for (const [other, analysis] of sameProject) {
      if (affected.has(analysis.path) || dependsOn(analysis, path, project)) queue.enqueue(other, 'background');
    }
  }

  function dependsOn(analysis: DocumentAnalysis, edited: string, project: ProjectEngine): boolean {
    const { files, queries } = analysis.dependencies;
    return files.includes(edited) || Object.entries(queries).some(([query, answer]) => project.engine.answer(query) !== answer);
  }

  function relintOpenDocuments(): void {
    for (const document of documents.all()) queue.enqueue(document.uri, 'background');
  }

  /** The analysis of a document at its current version, running a pending one now (requests want fresh results). */
  async function currentAnalysis(uri: string, token: CancellationToken) {
    const document = documents.get(uri);
    if (!document) return undefined;
    if (queue.isDebouncing(uri)) {
      // An edit's analysis is due within the debounce: wait for it, unless the client gives up first.
      await new Promise<void>((resolve) => {
        const subscription = token.onCancellationRequested(() => resolve());
        void queue.whenDone(uri).then(() => {
          subscription.dispose();
          resolve();
        });
      });
    } else if (linter.analyses.get(uri)?.version !== document.version || queue.isPending(uri)) {
      // Let a $/cancelRequest that is already on the wire arrive before paying for an analysis.
      await yieldToMessages();
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (linter.analyses.get(uri)?.version !== document.version || queue.isPending(uri)) {
      queue.forget(uri);
      lintAndFollow(uri);
    }
    const analysis = linter.analyses.get(uri);
    return analysis && analysis.version === document.version ? { document, analysis } : undefined;
  }

  connection.onCodeAction(async (params, token) => {
    if (params.context.only && !params.context.only.some((kind) => kind === CodeActionKind.QuickFix || kind === 'quickfix')) return [];
    const current = await currentAnalysis(params.textDocument.uri, token);
    if (!current) return [];
    const { document, analysis } = current;
    const requested = params.range;
    return analysis.findings.flatMap((finding, index) => {
      const range = toLspRange(finding.range);
      const sent = params.context.diagnostics.find((d) => isAgentvetDiagnostic(d) && d.data.index === index && d.data.version === analysis.version);
      if (!sent && !overlaps(range, requested)) return [];
      return codeActionsFor({
        document,
        diagnostic: sent ?? findingToDiagnostic(finding, analysis.version, index),
        finding,
        documentFor: (file) => linter.analysedDocument(file),
        clientSelectsReason: options.clientCommands.includes(SELECT_SUPPRESSION_REASON_COMMAND),
      });
    });
  });

  connection.onHover(async (params, token) => {
    const current = await currentAnalysis(params.textDocument.uri, token);
    return current ? hoverFor(current.analysis.findings, params.position, explanations) : null;
  });

  connection.languages.inlayHint.on((params, token) => {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return recordings.inlayHints(params.textDocument.uri, params.range);
  });

  connection.onRequest(LOAD_RECORDING_REQUEST, (params: LoadRecordingParams) => recordings.load(params));
  connection.onRequest(UNLOAD_RECORDING_REQUEST, () => recordings.unload());
  connection.onRequest(LINT_WORKSPACE_REQUEST, async (_params: unknown, token: CancellationToken) => lintWorkspace(token));

  connection.onDidChangeConfiguration(async (params) => {
    const pushed = (params.settings as { agentvet?: unknown } | null | undefined)?.agentvet;
    if (pushed !== undefined) applySettings(parseSettings(pushed, log));
    else if (canPullConfiguration) await pullSettings();
  });

  function followWorkspaceFolders(): void {
    connection.workspace.onDidChangeWorkspaceFolders(() => {
      void connection.workspace.getWorkspaceFolders().then((folders) => {
        engines.setFolders((folders ?? []).map((f) => fileURLToPath(f.uri)));
        relintOpenDocuments();
      });
    });
  }

  async function pullSettings(): Promise<void> {
    try {
      const [raw] = (await connection.workspace.getConfiguration([{ section: 'agentvet' }])) as unknown[];
      applySettings(parseSettings(raw, log));
    } catch (error) {
      log(`agentvet: could not read settings: ${(error as Error).message}`);
    }
  }

  function applySettings(next: ServerSettings): void {
    const previous = settings;
    settings = next;
    linter.verbose = next.trace.server === 'verbose';
    if (next.configPath !== previous.configPath) {
      engines.setConfigPath(next.configPath);
      linter.resetProblems(engines.currentProblems());
    }
    if (next.enable !== linter.enabled) {
      linter.enabled = next.enable;
      if (!next.enable) return linter.clearAll();
    }
    if (next.enable) relintOpenDocuments();
  }

  function onWatchedChanges(changes: WatchedChange[]): void {
    let reload: 'config' | 'tsconfig' | undefined;
    let learned = false;
    for (const change of changes) {
      if (change.kind === 'tsconfig') reload = 'tsconfig';
      else if (change.kind === 'config') reload ??= 'config';
      else if (change.kind === 'source' && !change.deleted && !documents.get(pathToFileURL(change.file).href)) {
        // A file changed outside the editor (git checkout, codegen): the engine learns the disk text.
        imports.forget(change.file);
        const project = engines.existing(change.file);
        if (project && !project.synced.has(change.file)) {
          try {
            project.engine.updateFile(change.file, readFileSync(change.file, 'utf8'));
            learned = true;
          } catch {
            // Gone again already: nothing to learn.
          }
        }
      }
    }
    if (reload === 'tsconfig') engines.reloadProjects();
    else if (reload === 'config') engines.reloadConfigs();
    if (reload) {
      log(`agentvet: ${reload === 'config' ? 'agentvet.config.json' : 'tsconfig.json'} changed; analysing open files again`);
      linter.resetProblems(engines.currentProblems());
    }
    // A save of an open document changes nothing the engine does not already have.
    if (reload || learned) relintOpenDocuments();
  }

  async function lintWorkspace(token: CancellationToken): Promise<LintWorkspaceResult> {
    let files = 0;
    let findings = 0;
    const open = new Set(documents.all().map((d) => d.uri));
    const published = new Set<string>();
    for (const folder of engines.workspaceFolders()) {
      await yieldToMessages();
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const { project, problem } = engines.forFolder(folder);
      if (problem) linter.showProblems([problem]);
      if (!project) continue;
      const result = project.engine.analyze();
      files += result.stats.filesAnalysed;
      findings += result.findings.length;
      const byFile = new Map<string, typeof result.findings>();
      for (const finding of result.findings) byFile.set(finding.range.file, [...(byFile.get(finding.range.file) ?? []), finding]);
      for (const [file, fileFindings] of byFile) {
        const uri = pathToFileURL(file).href;
        if (open.has(uri)) continue;
        published.add(uri);
        // Closed files have no version: code actions need an open document, so these carry none.
        void connection.sendDiagnostics({ uri, diagnostics: fileFindings.map((f, i) => findingToDiagnostic(f, -1, i)) });
      }
    }
    for (const uri of workspaceDiagnostics) {
      if (!published.has(uri) && !open.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    workspaceDiagnostics = published;
    relintOpenDocuments();
    return { files, findings };
  }

  documents.listen(connection);
  connection.onShutdown(() => {
    queue?.dispose();
    watch.dispose();
  });
  connection.listen();
}

async function yieldToMessages(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

function overlaps(a: ReturnType<typeof toLspRange>, b: ReturnType<typeof toLspRange>): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) =>
    p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function serverVersion(): string {
  try {
    // dist/language-server/ in the npm package; extension/dist/ in the .vsix.
    for (const relative of ['../../package.json', '../package.json']) {
      const manifest = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'agentvet' && manifest.version) return manifest.version;
    }
  } catch {
    // No manifest beside the server: the version is only informative.
  }
  return '0.0.0';
}

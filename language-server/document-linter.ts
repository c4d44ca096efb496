// Analyses one open document with its project's warm engine and publishes the diagnostics. Only a
// document whose text changed is handed to the engine (each update invalidates the engine's caches);
// too large, ignored, unsaved-loose or non-file documents are skipped with one log line.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileDependencies } from '../rules/engine/dependencies.js';
import type { Finding } from '../rules/engine/types.js';
import { DIAGNOSTIC_SOURCE, findingToDiagnostic, parseProblemToDiagnostic } from './diagnostics.js';
import type { ConfigProblem, ProjectEngine, ProjectEngines } from './project-engines.js';

const ANALYSED_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

export interface DocumentAnalysis {
  version: number;
  path: string;
  findings: Finding[];
  project: ProjectEngine;
  /** What the findings were computed from in other files (dependencies.ts): an edit there re-analyses this document. */
  dependencies: FileDependencies;
}

export interface LintOutcome {
  /** The engine was given new text, so other documents of the project may have changed too. */
  textChanged: boolean;
  project?: ProjectEngine;
}

export class DocumentLinter {
  readonly analyses = new Map<string, DocumentAnalysis>();
  /** Config files that currently carry a problem diagnostic, so a fix can clear them. */
  private readonly configFilesWithProblems = new Map<string, string>();
  private readonly shownProblems = new Set<string>();
  private readonly skipLogged = new Set<string>();
  enabled = true;
  verbose = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly engines: ProjectEngines,
    private readonly maxFileBytes: number,
  ) {}

  lint(uri: string): LintOutcome {
    const document = this.documents.get(uri);
    if (!document || !this.enabled) return { textChanged: false };
    const path = this.lintablePath(document);
    if (!path) return { textChanged: false };
    const text = document.getText();
    const bytes = Buffer.byteLength(text);
    if (bytes > this.maxFileBytes) {
      this.logOnce(`${uri}@size`, `agentvet: skipped ${path}: ${bytes.toLocaleString('en-US')} bytes is more than the ${this.maxFileBytes.toLocaleString('en-US')} analysed as you type`);
      this.publish(uri, document.version, []);
      return { textChanged: false };
    }
    const started = performance.now();
    const { project, problem } = this.engines.lookup(path);
    this.showProblems(problem ? [problem] : []);
    if (!project || project.isIgnored(path)) {
      if (problem && !project) this.logOnce(`${uri}@${problem.message}`, `agentvet: ${path} not analysed: ${problem.message}`);
      this.publish(uri, document.version, []);
      return { textChanged: false };
    }
    const textChanged = project.synced.get(path) !== document.version && !(!project.synced.has(path) && sameAsDisk(path, text));
    if (!textChanged) project.synced.set(path, document.version);
    else {
      project.engine.updateFile(path, text);
      project.synced.set(path, document.version);
    }
    let result: ReturnType<ProjectEngine['engine']['analyzeRecorded']>;
    try {
      result = project.engine.analyzeRecorded(path);
    } catch (error) {
      // An engine bug must not take the server down; the log line carries what a bug report needs.
      this.connection.console.error(`agentvet: internal error analysing ${path}: ${(error as Error).stack ?? String(error)}`);
      this.publish(uri, document.version, []);
      return { textChanged, project };
    }
    this.analyses.set(uri, { version: document.version, path, findings: result.findings, project, dependencies: result.dependencies });
    const diagnostics = [
      ...result.parseDiagnostics.map(parseProblemToDiagnostic),
      ...result.findings.map((finding, index) => findingToDiagnostic(finding, document.version, index)),
    ];
    this.publish(uri, document.version, diagnostics);
    if (this.verbose) {
      this.connection.console.log(`agentvet: ${path} v${document.version}: ${result.findings.length} findings in ${(performance.now() - started).toFixed(1)} ms`);
    }
    return { textChanged, project };
  }

  /** The document closed: its diagnostics go, and the engine goes back to the text on disk. True when that differed. */
  closed(uri: string, bufferText: string): boolean {
    this.analyses.delete(uri);
    this.publish(uri, undefined, []);
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    if (!path) return false;
    const project = this.engines.existing(path);
    if (!project || !project.synced.has(path)) return false;
    project.synced.delete(path);
    try {
      const disk = readFileSync(path, 'utf8');
      if (disk === bufferText) return false;
      project.engine.updateFile(path, disk);
      return true;
    } catch {
      // Deleted before it closed: the engine keeps the last text, which no open document shows.
      return false;
    }
  }

  /** Disabled: every agentvet diagnostic goes away until it is enabled again. */
  clearAll(): void {
    for (const document of this.documents.all()) this.publish(document.uri, undefined, []);
    this.analyses.clear();
  }

  /** The analysed text of a file (open buffer the engine has, or disk), for edits in other files. */
  analysedDocument(path: string): TextDocument | undefined {
    const uri = pathToFileURL(path).href;
    const open = this.documents.get(uri);
    if (open) return this.analyses.get(uri)?.version === open.version ? open : undefined;
    try {
      return TextDocument.create(uri, 'typescript', 0, readFileSync(path, 'utf8'));
    } catch {
      return undefined;
    }
  }

  /** Shows config problems once each, as a message and as a diagnostic on the config file; clears fixed ones. */
  showProblems(problems: ConfigProblem[]): void {
    for (const problem of problems) {
      if (!this.shownProblems.has(problem.message)) {
        this.shownProblems.add(problem.message);
        // A notification, not a request: nothing waits for the person to dismiss it.
        void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `agentvet: ${problem.message}` });
      }
      if (problem.file && this.configFilesWithProblems.get(problem.file) !== problem.message) {
        this.configFilesWithProblems.set(problem.file, problem.message);
        const diagnostic: Diagnostic = {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          severity: DiagnosticSeverity.Error,
          source: DIAGNOSTIC_SOURCE,
          message: problem.message.replace(`${problem.file}: `, ''),
        };
        void this.connection.sendDiagnostics({ uri: pathToFileURL(problem.file).href, diagnostics: [diagnostic] });
      }
    }
  }

  /** After a config reload: problems no longer present lose their diagnostics and may be shown again. */
  resetProblems(current: ConfigProblem[]): void {
    const still = new Set(current.flatMap((p) => (p.file ? [p.file] : [])));
    for (const file of [...this.configFilesWithProblems.keys()]) {
      if (still.has(file)) continue;
      this.configFilesWithProblems.delete(file);
      void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
    }
    this.shownProblems.clear();
    this.showProblems(current);
  }

  private lintablePath(document: TextDocument): string | undefined {
    if (!document.uri.startsWith('file:')) {
      this.logOnce(document.uri, `agentvet: ${document.uri} is not a file on disk; not analysed`);
      return undefined;
    }
    const path = fileURLToPath(document.uri);
    return ANALYSED_EXTENSIONS.has(extname(path).toLowerCase()) ? path : undefined;
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    void this.connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics });
  }

  private logOnce(key: string, message: string): void {
    if (this.skipLogged.has(key)) return;
    this.skipLogged.add(key);
    this.connection.console.log(message);
  }
}

/** A freshly opened file usually matches the disk, which the engine already has: no need to invalidate it. */
function sameAsDisk(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

// The engine: loads a project, prefilters it, runs every enabled rule over each candidate file and
// returns findings in the one contract every shell reads. The editor keeps one Engine warm and feeds
// it edits through `updateFile`.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import picomatch from 'picomatch';
import { Project, type SourceFile } from 'ts-morph';
import { allRules } from '../index.js';
import { effectiveSeverity, type ResolvedConfig } from './config.js';
import { DOCS_BASE, type ReportInput, type Rule } from './define-rule.js';
import { importersOfAgentModules, makePrefilter, type Prefilter } from './prefilter.js';
import { makeModuleResolver, type ModuleResolver } from './module-resolution.js';
import { lineAndColumnAt } from './line-index.js';
import { loadProjectFiles, TEST_FILES } from './project-loader.js';
import { ProjectModel } from './project-model.js';
import { applySuppressions } from './suppressions.js';
import type { AnalysisResult, Confidence, Finding, ParseDiagnostic, RelatedLocation, SourceRange } from './types.js';
import type { Node } from 'ts-morph';

export interface EngineOptions {
  cwd: string;
  /** tsconfig path (`--project`); found upward from the paths or cwd when omitted. */
  project?: string;
  /** Files, folders or globs to analyse; the tsconfig's files (or every source file) when omitted. */
  paths?: string[];
  config: ResolvedConfig;
  onProgress?: (done: number, total: number) => void;
  /** Rules to run (all registered rules by default). */
  rules?: ReadonlyArray<Rule>;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export class Engine {
  private readonly model: ProjectModel;
  private readonly prefilter: Prefilter;
  private files: string[];
  private candidates: Set<string>;
  private readonly rules: ReadonlyArray<Rule>;
  private config: ResolvedConfig;
  private notes: string[] = [];

  private constructor(
    private readonly options: EngineOptions,
    project: Project,
    files: string[],
    candidates: Set<string>,
    typesAvailable: boolean,
    prefilter: Prefilter,
    modules: ModuleResolver,
  ) {
    this.config = options.config;
    this.rules = options.rules ?? allRules;
    this.files = files;
    this.candidates = candidates;
    this.prefilter = prefilter;
    this.model = new ProjectModel(project, typesAvailable, {}, modules);
  }

  /** Finds the files and prefilters them by text; nothing is parsed until `analyze`. Throws ConfigError. */
  static open(options: EngineOptions): Engine {
    const loaded = loadProjectFiles(options.cwd, {
      project: options.project,
      paths: options.paths,
      ignores: options.config.ignores,
      includeTests: options.config.includeTests,
      ignoreBase: options.config.baseDir,
    });
    const extraNames = [...options.config.rules.values()].flatMap((r) => r.options.sideEffectFunctions ?? []);
    const prefilter = makePrefilter(extraNames);
    const texts = new Map<string, string>();
    const candidates = new Set<string>();
    for (const file of loaded.files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      texts.set(file, text);
      if (prefilter.isCandidate(text)) candidates.add(file);
    }
    const modules = makeModuleResolver(loaded.compilerOptions, loaded.optionsFor);
    for (const file of importersOfAgentModules(loaded.files, texts, candidates, prefilter, modules)) candidates.add(file);
    const project = new Project({
      compilerOptions: loaded.compilerOptions,
      skipAddingFilesFromTsConfig: true,
      skipFileDependencyResolution: true,
      skipLoadingLibFiles: false,
    });
    for (const file of candidates) project.createSourceFile(file, texts.get(file)!, { overwrite: true });
    const engine = new Engine(options, project, loaded.files, candidates, loaded.typesAvailable, prefilter, modules);
    engine.notes = loaded.notes;
    return engine;
  }

  setConfig(config: ResolvedConfig): void {
    this.config = config;
    this.model.invalidate();
  }

  /** Replaces a file's text (an unsaved editor buffer) and invalidates what depends on it. */
  updateFile(path: string, text: string): void {
    // A fresh SourceFile object rather than replaceWithText: ts-morph keeps the old object for the new
    // text, so caches keyed by it (scope answers, export tables) would hand back forgotten nodes.
    const existing = this.model.project.getSourceFile(path);
    if (existing) this.model.project.removeSourceFile(existing);
    this.model.fileChanged(path);
    this.model.project.createSourceFile(path, text, { overwrite: true });
    if (!this.files.includes(path)) this.files.push(path);
    if (!this.isIgnored(path) && this.prefilter.isCandidate(text)) this.candidates.add(path);
    else this.candidates.delete(path);
    this.model.invalidate();
  }

  /** Analyses the whole project. */
  analyze(): AnalysisResult {
    const started = performance.now();
    const findings: Finding[] = [];
    const parseDiagnostics: ParseDiagnostic[] = [];
    const candidates = [...this.candidates].sort();
    candidates.forEach((path, index) => {
      const result = this.analyzeFile(path);
      findings.push(...result.findings);
      parseDiagnostics.push(...result.parseDiagnostics);
      this.options.onProgress?.(index + 1, candidates.length);
    });
    return {
      findings,
      parseDiagnostics,
      files: [...this.files],
      stats: {
        filesInProject: this.files.length,
        filesAnalysed: candidates.length,
        typesAvailable: this.model.typesAvailable,
        durationMs: performance.now() - started,
      },
      ...(this.notes.length ? { notes: [...this.notes] } : {}),
    };
  }

  /** Whether a rule runs in this configuration (registered here and not `off`). */
  private isRuleEnabled(ruleId: string): boolean {
    const setting = this.config.rules.get(ruleId);
    return this.rules.some((rule) => rule.id === ruleId) && setting !== undefined && setting.severity !== 'off';
  }

  /** Whether the config keeps a file out of every run (`ignores`, test files): the editor then shows nothing either. */
  isIgnored(path: string): boolean {
    const rel = relative(this.config.baseDir, path).split('\\').join('/');
    if (this.config.ignores.length && picomatch(this.config.ignores, { dot: true })(rel)) return true;
    return !this.config.includeTests && picomatch(TEST_FILES, { dot: true })(rel);
  }

  /** Analyses one file (it need not be a prefilter candidate: the editor asks for the file it shows). */
  analyzeFile(path: string): { findings: Finding[]; parseDiagnostics: ParseDiagnostic[] } {
    if (this.isIgnored(path) && !this.candidates.has(path)) return { findings: [], parseDiagnostics: [] };
    let sourceFile = this.model.project.getSourceFile(path);
    if (!sourceFile) {
      try {
        sourceFile = this.model.project.addSourceFileAtPath(path);
      } catch {
        return { findings: [], parseDiagnostics: [] };
      }
    }
    const parseDiagnostics = parseProblems(sourceFile);
    const findings: Finding[] = [];
    const active = new Set<string>();
    for (const rule of this.rules) {
      const setting = this.config.rules.get(rule.id);
      if (!setting || setting.severity === 'off') continue;
      active.add(rule.id);
      const report = (input: ReportInput) => {
        const severity = effectiveSeverity(setting.severity, input.lowerSeverity ?? false);
        if (!severity) return;
        findings.push({
          ruleId: rule.id,
          severity,
          confidence: input.confidence,
          message: input.message,
          range: rangeOf(input.node),
          relatedLocations: (input.related ?? []).map((r): RelatedLocation => ({ ...rangeOf(r.node), message: r.message })),
          docsUrl: rule.docsUrl,
          suggestions: input.suggestions ?? [],
        });
      };
      try {
        rule.check({ sourceFile, model: this.model, options: setting.options, report, isEnabled: (id) => this.isRuleEnabled(id) });
      } catch (error) {
        // A rule bug must not take the run down; it becomes a diagnostic that names the rule and file.
        parseDiagnostics.push({ file: path, line: 1, column: 1, message: `internal error in rule ${rule.id}: ${(error as Error).message}` });
        if (process.env.AGENTVET_DEBUG) console.error(error);
      }
    }
    const unique = dedupe(findings);
    const kept = applySuppressions(sourceFile, unique, active, DOCS_BASE).filter(
      (f) => CONFIDENCE_RANK[f.confidence] >= CONFIDENCE_RANK[this.config.minConfidence],
    );
    kept.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column || a.ruleId.localeCompare(b.ruleId));
    return { findings: kept, parseDiagnostics };
  }
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}:${f.range.line}:${f.range.column}:${f.range.endLine}:${f.range.endColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function rangeOf(node: Node): SourceRange {
  const file = node.getSourceFile();
  const start = lineAndColumnAt(file, node.getStart());
  const end = lineAndColumnAt(file, node.getEnd());
  return { file: file.getFilePath(), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function parseProblems(sourceFile: SourceFile): ParseDiagnostic[] {
  const diagnostics = (sourceFile.compilerNode as unknown as { parseDiagnostics?: Array<{ start?: number; messageText: unknown }> })
    .parseDiagnostics;
  const first = diagnostics?.[0];
  if (!first) return [];
  const { line, column } = lineAndColumnAt(sourceFile, first.start ?? 0);
  const text = typeof first.messageText === 'string' ? first.messageText : String((first.messageText as { messageText?: string }).messageText);
  const more = diagnostics!.length > 1 ? ` (and ${diagnostics!.length - 1} more)` : '';
  return [{ file: sourceFile.getFilePath(), line, column, message: `Parsing error: ${text}${more}` }];
}

// The engine: loads a project, prefilters it, runs every enabled rule over each candidate file and
// returns findings in the one contract every shell reads. The editor keeps one Engine warm and feeds
// it edits through `updateFile`.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Project, type SourceFile } from 'ts-morph';
import { allRules } from '../index.js';
import { effectiveSeverity, type ResolvedConfig } from './config.js';
import { DOCS_BASE, type ReportInput, type Rule } from './define-rule.js';
import { globMatcher } from './glob-match.js';
import { importersOfAgentModules, makePrefilter, textFacts, type Prefilter } from './prefilter.js';
import { makeModuleResolver, type ModuleResolver } from './module-resolution.js';
import { lineAndColumnAt } from './line-index.js';
import { loadProjectFiles, TEST_FILES } from './project-loader.js';
import { ProjectModel } from './project-model.js';
import { DependencyRecorder, type FileDependencies } from './dependencies.js';
import type { FolderWalks } from './directory-listings.js';
import type { PrefilterVerdicts } from './prefilter-verdicts.js';
import type { KeptResolutions } from './kept-resolutions.js';
import { RunFiles } from './run-files.js';
import { runFileSystem } from './run-file-system.js';
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
  /** Record what each file's findings depend on in other files (`--cache` keeps it with the findings). */
  recordDependencies?: boolean;
  /** How a tsconfig's `include` is walked (`--cache` answers from a kept walk, directory-listings.ts); TypeScript's walk by default. */
  folderWalks?: FolderWalks;
  /** The prefilter's verdicts an earlier run kept, taken for the files that did not change (`--cache`, prefilter-verdicts.ts). */
  prefilterVerdicts?: PrefilterVerdicts;
  /** `--cache`: the files relative imports resolved to in an earlier run, with the folders they looked in (kept-resolutions.ts). */
  keptResolutions?: KeptResolutions;
}

/** One file's results. */
export interface FileAnalysis {
  findings: Finding[];
  parseDiagnostics: ParseDiagnostic[];
}

/** What besides the project's files can change a finding: the run's compiler setting (for a cache key). */
export interface RunSetting {
  compilerOptions: unknown;
  tsconfigPath?: string;
  typesAvailable: boolean;
  /** Where the project starts (the tsconfig's folder, or the folder linted). */
  root: string;
  /** Every tsconfig that applies to a file of the run (each file's nearest, see project-loader.ts), with the options it resolves to. */
  projectConfigs: string;
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
  private runFiles!: RunFiles;
  private setting!: RunSetting;

  private constructor(
    private readonly options: EngineOptions,
    project: Project,
    files: string[],
    candidates: Set<string>,
    typesAvailable: boolean,
    prefilter: Prefilter,
    modules: ModuleResolver,
    runFiles: RunFiles,
  ) {
    this.config = options.config;
    this.rules = options.rules ?? allRules;
    this.files = files;
    this.candidates = candidates;
    this.prefilter = prefilter;
    this.runFiles = runFiles;
    this.model = new ProjectModel(project, typesAvailable, {}, modules, runFiles, options.recordDependencies ? new DependencyRecorder() : undefined);
  }

  /** Finds the files and prefilters them by text; nothing is parsed until a file is analysed. Throws ConfigError. */
  static open(options: EngineOptions): Engine {
    const loaded = loadProjectFiles(options.cwd, {
      project: options.project,
      paths: options.paths,
      ignores: options.config.ignores,
      includeTests: options.config.includeTests,
      ignoreBase: options.config.baseDir,
      ...(options.folderWalks ? { folderWalks: options.folderWalks } : {}),
    });
    const extraNames = [...options.config.rules.values()].flatMap((r) => r.options.sideEffectFunctions ?? []);
    const prefilter = makePrefilter(extraNames);
    const texts = new Map<string, string>();
    const candidates = new Set<string>();
    // A file the user names is analysed whatever its text says (as the editor analyses the file it shows): a tool
    // whose registration is in another file holds a finding with no word the prefilter looks for (tool-elements.ts).
    const named = new Set((options.paths ?? []).map((p) => resolve(options.cwd, p)));
    const verdicts = options.prefilterVerdicts?.forPrefilter(extraNames);
    for (const file of loaded.files) {
      // Looked at before it is read (prefilter-verdicts.ts): a write in between then reads as a change next time.
      const looked = verdicts?.look(file);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      texts.set(file, text);
      const candidate = verdicts ? verdicts.verdict(file, looked, () => prefilter.isCandidate(text, file)) : prefilter.isCandidate(text, file);
      if (candidate || named.has(file)) candidates.add(file);
    }
    const modules = makeModuleResolver(
      loaded.compilerOptions,
      loaded.optionsFor,
      (path) => texts.get(path),
      verdicts ? (path, text) => verdicts.textDigest(path, text) : undefined,
      options.keptResolutions,
    );
    const facts = textFacts(prefilter, verdicts);
    for (const file of importersOfAgentModules(loaded.files, texts, candidates, prefilter, modules, facts)) candidates.add(file);
    // Candidates are parsed when analysed (or reached): a `--cache` run parses only what changed.
    const runFiles = new RunFiles([...candidates].sort(), texts, modules, (file, text) => facts.importSpecifiers(file, text));
    const project = new Project({
      compilerOptions: loaded.compilerOptions,
      skipAddingFilesFromTsConfig: true,
      skipFileDependencyResolution: true,
      skipLoadingLibFiles: false,
      fileSystem: runFileSystem((path) => runFiles.text(path)),
    });
    const engine = new Engine(options, project, loaded.files, candidates, loaded.typesAvailable, prefilter, modules, runFiles);
    engine.notes = loaded.notes;
    const searchFrom = options.paths?.[0] ? resolve(options.cwd, options.paths[0]) : options.cwd;
    const configs = new Map<string, unknown>();
    for (const file of loaded.files) {
      const { key, options: fileOptions } = loaded.optionsFor(file);
      if (!configs.has(key)) configs.set(key, fileOptions);
    }
    engine.setting = {
      projectConfigs: JSON.stringify([...configs].sort(([a], [b]) => a.localeCompare(b))),
      compilerOptions: loaded.compilerOptions,
      typesAvailable: loaded.typesAvailable,
      root: loaded.tsconfigPath ? dirname(loaded.tsconfigPath) : searchFrom,
      ...(loaded.tsconfigPath ? { tsconfigPath: loaded.tsconfigPath } : {}),
    };
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
    // What the kept verdicts read from its text on disk is not this text's.
    this.options.prefilterVerdicts?.fileChanged(path);
    if (!this.files.includes(path)) this.files.push(path);
    const candidate = !this.isIgnored(path) && this.prefilter.isCandidate(text, path);
    if (candidate) this.candidates.add(path);
    else this.candidates.delete(path);
    this.runFiles.update(path, text, candidate);
    // Read back through the run's file system (run-file-system.ts): the new text, parsed once.
    this.model.project.addSourceFileAtPath(path);
    // A file created or moved (a route, a package.json beside it) changes what the file system answers.
    this.runFiles.placesChanged();
    this.model.modules.forget();
    this.model.invalidate();
  }

  /** Analyses the whole project. */
  analyze(): AnalysisResult {
    const started = performance.now();
    const candidates = this.candidateFiles();
    const results = new Map<string, FileAnalysis>();
    candidates.forEach((path, index) => {
      results.set(path, this.analyzeFile(path));
      this.options.onProgress?.(index + 1, candidates.length);
    });
    return this.assemble(results, started);
  }

  /** The files a full analysis analyses (prefilter candidates), sorted: the order of the findings. */
  candidateFiles(): string[] {
    return [...this.candidates].sort();
  }

  /** The run's text of a file (files outside the run are read from disk, once). */
  textOf(path: string): string | undefined {
    return this.runFiles.text(path);
  }

  /** The digest of a project-wide answer now, by its recorded key (see dependencies.ts). */
  answer(query: string): string {
    return this.runFiles.answer(query);
  }

  /** What a project-wide answer is a function of, where that is cheaper to know (RunFiles.answerContext). */
  answerContext(query: string): string | undefined {
    return this.runFiles.answerContext(query);
  }

  runSetting(): RunSetting {
    return this.setting;
  }

  /** Analyses files and says what each depended on in other files (the engine must record dependencies). */
  analyzeRecorded(path: string): FileAnalysis & { dependencies: FileDependencies } {
    const recorder = this.model.recorder;
    if (!recorder) throw new Error('analyzeRecorded needs an engine opened with recordDependencies');
    const { value, dependencies } = recorder.forFile(path, () => this.analyzeFile(path));
    return { ...value, dependencies };
  }

  /** The whole run's result from each candidate's (in candidate order: the same output however they were computed). */
  assemble(results: ReadonlyMap<string, FileAnalysis>, started: number): AnalysisResult {
    const findings: Finding[] = [];
    const parseDiagnostics: ParseDiagnostic[] = [];
    const candidates = this.candidateFiles();
    for (const path of candidates) {
      const result = results.get(path);
      if (!result) continue;
      for (const finding of result.findings) findings.push(finding);
      for (const diagnostic of result.parseDiagnostics) parseDiagnostics.push(diagnostic);
    }
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
    // Matchers compiled once per config (compiling them for every file cost more than the check).
    if (this.ignoreMatchers?.config !== this.config) {
      this.ignoreMatchers = {
        config: this.config,
        ignores: this.config.ignores.length ? globMatcher(this.config.ignores) : undefined,
        tests: this.config.includeTests ? undefined : globMatcher(TEST_FILES),
      };
    }
    const rel = relative(this.config.baseDir, path).split('\\').join('/');
    if (this.ignoreMatchers.ignores?.(rel)) return true;
    return this.ignoreMatchers.tests?.(rel) ?? false;
  }

  private ignoreMatchers: { config: ResolvedConfig; ignores?: (path: string) => boolean; tests?: (path: string) => boolean } | undefined;

  /** Analyses one file (it need not be a prefilter candidate: the editor asks for the file it shows). */
  analyzeFile(path: string): FileAnalysis {
    if (this.isIgnored(path) && !this.candidates.has(path)) return { findings: [], parseDiagnostics: [] };
    const sourceFile = this.model.fileAt(path);
    if (!sourceFile) return { findings: [], parseDiagnostics: [] };
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
  // Keyed by rule and place; the message too (one call can be reported once per distinct write it reaches,
  // non-idempotent-tool), but compared only when a place repeats: a key holding every message cost a long string
  // built and hashed per finding (60,000 of them on one file).
  const firstMessage = new Map<string, string>();
  let more: Set<string> | undefined;
  return findings.filter((f) => {
    const place = `${f.ruleId}:${f.range.line}:${f.range.column}:${f.range.endLine}:${f.range.endColumn}`;
    const first = firstMessage.get(place);
    if (first === undefined) {
      firstMessage.set(place, f.message);
      return true;
    }
    if (first === f.message) return false;
    const key = `${place}:${f.message}`;
    more ??= new Set();
    if (more.has(key)) return false;
    more.add(key);
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

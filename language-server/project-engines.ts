// One warm Engine per workspace folder (plus small ones for files outside every folder), created on
// first need and kept across edits. A config problem is a value the server shows, never a crash: a
// folder opened with a bad config uses `recommended`; one whose config breaks later keeps the last good one.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, loadConfig, resolveConfig, type ResolvedConfig } from '../rules/engine/config.js';
import { Engine } from '../rules/engine/engine.js';
import { allRules } from '../rules/index.js';

const RULE_DEFAULTS = allRules.map((rule) => ({ id: rule.id, defaultSeverity: rule.meta.defaultSeverity }));
/** Engines for loose files (no workspace folder) are small; keep a few, drop the oldest. */
const MAX_LOOSE_ENGINES = 8;

export interface ProjectEngine {
  /** The workspace folder, or the directory of a loose file. */
  root: string;
  engine: Engine;
  config: ResolvedConfig;
  isIgnored(file: string): boolean;
  /** Files whose current text the engine has (path → document version); disk text otherwise. */
  synced: Map<string, number>;
}

export interface ConfigProblem {
  root: string;
  /** The file at fault (agentvet.config.json or tsconfig.json), when the message names one. */
  file?: string;
  message: string;
}

export interface EngineLookup {
  project?: ProjectEngine;
  problem?: ConfigProblem;
}

export class ProjectEngines {
  private folders: string[] = [];
  private readonly engines = new Map<string, ProjectEngine>();
  private readonly problems = new Map<string, ConfigProblem>();
  /** Roots whose project could not be opened (a broken tsconfig), until the next reload. */
  private readonly failed = new Map<string, ConfigProblem>();
  private configPath: string | null = null;

  constructor(private readonly log: (message: string) => void) {}

  setFolders(folders: string[]): void {
    this.folders = [...new Set(folders.map((f) => resolve(f)))].sort((a, b) => b.length - a.length);
    for (const root of [...this.engines.keys()]) if (!this.folders.includes(root) && !this.isLoose(root)) this.drop(root);
  }

  /** `agentvet.configPath`; relative paths are taken from each folder. Re-reads every config. */
  setConfigPath(configPath: string | null): void {
    if (configPath === this.configPath) return;
    this.configPath = configPath;
    this.reloadConfigs();
  }

  /** The engine a file belongs to: its workspace folder's, or one for the file's own directory. */
  lookup(file: string): EngineLookup {
    const root = this.rootOf(file);
    const existing = this.engines.get(root);
    if (existing) return { project: existing, problem: this.problems.get(root) };
    return this.open(root, this.folders.includes(root) ? undefined : [file]);
  }

  /** A workspace folder's engine, opened if needed (linting the whole workspace). */
  forFolder(root: string): EngineLookup {
    const existing = this.engines.get(root);
    if (existing) return { project: existing, problem: this.problems.get(root) };
    return this.open(root, undefined);
  }

  /** The engine a file belongs to, only if it is already open. */
  existing(file: string): ProjectEngine | undefined {
    return this.engines.get(this.rootOf(file));
  }

  /** Every engine made so far (the lint-workspace command opens one per folder first). */
  all(): ProjectEngine[] {
    return [...this.engines.values()];
  }

  workspaceFolders(): string[] {
    return [...this.folders];
  }

  /** Config and project problems, one per root, for the server to show. */
  currentProblems(): ConfigProblem[] {
    return [...this.problems.values(), ...this.failed.values()];
  }

  /** Re-reads agentvet.config.json for every engine; a changed `ignores` re-opens the engine (its file list depends on it). */
  reloadConfigs(): void {
    this.failed.clear();
    for (const project of [...this.engines.values()]) {
      const loaded = this.loadConfigFor(project.root);
      if (!loaded.config) continue;
      if (JSON.stringify(loaded.config.ignores) !== JSON.stringify(project.config.ignores) || loaded.config.baseDir !== project.config.baseDir) {
        this.log(`agentvet: ignores changed for ${project.root}; reloading its project`);
        this.drop(project.root);
        continue;
      }
      project.config = loaded.config;
      project.engine.setConfig(loaded.config);
    }
  }

  /** A tsconfig changed: the file list and compiler options may differ, so the engine starts over. */
  reloadProjects(): void {
    this.failed.clear();
    for (const root of [...this.engines.keys()]) this.drop(root);
  }

  private open(root: string, paths: string[] | undefined): EngineLookup {
    const failed = this.failed.get(root);
    if (failed) return { problem: failed };
    if (paths?.some((path) => !existsSync(path))) {
      // An unsaved file outside every folder: nothing on disk to anchor a project to.
      return { problem: { root, message: `${paths[0]}: not saved and outside the workspace folders; not analysed` } };
    }
    const loaded = this.loadConfigFor(root);
    const config = loaded.config ?? resolveConfig(RULE_DEFAULTS, undefined, root);
    const started = performance.now();
    let engine: Engine;
    try {
      // Dependencies recorded: an edit re-analyses the open documents whose findings read the edited file.
      engine = Engine.open({ cwd: root, paths, config, recordDependencies: true });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // A broken tsconfig: nothing can be analysed until it is fixed (a watched-file change retries).
      const problem = { root, message: error.message, file: fileNamedIn(error.message) };
      this.failed.set(root, problem);
      this.log(`agentvet: cannot open the project at ${root}: ${error.message}`);
      return { problem };
    }
    this.log(`agentvet: project ${root} opened in ${Math.round(performance.now() - started)} ms${paths ? ' (a file outside the workspace folders)' : ''}`);
    const project: ProjectEngine = { root, engine, config, isIgnored: ignoreMatcher(config), synced: new Map() };
    if (paths) this.evictLooseEngines();
    this.engines.set(root, project);
    return { project, problem: this.problems.get(root) };
  }

  private loadConfigFor(root: string): { config?: ResolvedConfig } {
    this.problems.delete(root);
    const explicit = this.configPath ? (isAbsolute(this.configPath) ? this.configPath : resolve(root, this.configPath)) : undefined;
    try {
      return { config: loadConfig(root, RULE_DEFAULTS, [], explicit) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const file = explicit ?? fileNamedIn(error.message);
      this.problems.set(root, { root, file, message: error.message });
      this.log(`agentvet: ${error.message} (using the recommended settings until it is fixed)`);
      return {};
    }
  }

  private rootOf(file: string): string {
    return this.folders.find((folder) => isWithin(file, folder)) ?? dirname(file);
  }

  private isLoose(root: string): boolean {
    return !this.folders.includes(root);
  }

  private evictLooseEngines(): void {
    const loose = [...this.engines.keys()].filter((root) => this.isLoose(root));
    while (loose.length >= MAX_LOOSE_ENGINES) this.drop(loose.shift()!);
  }

  private drop(root: string): void {
    this.engines.delete(root);
    this.problems.delete(root);
  }
}

function isWithin(file: string, folder: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The same test the engine's project loader applies to `ignores`: globs relative to the config's folder. */
function ignoreMatcher(config: ResolvedConfig): (file: string) => boolean {
  if (config.ignores.length === 0) return () => false;
  const matches = picomatch(config.ignores, { dot: true });
  return (file) => {
    const rel = relative(config.baseDir, file).split('\\').join('/');
    return !rel.startsWith('..') && matches(rel);
  };
}

/** ConfigError messages start with the file they are about (`/path/agentvet.config.json: rules.x: …`). */
function fileNamedIn(message: string): string | undefined {
  const match = /^(\/[^:]+\.json):/.exec(message);
  return match?.[1];
}

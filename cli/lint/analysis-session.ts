// The one place `agentvet lint` turns a request into analysis results: the engine opened on the
// project, the `--cache` of earlier results, worker threads, and the progress line. Everything after it
// (fixes, suppressions, the baseline) reads results through `AnalysisSession`.
import type { ResolvedConfig } from '../../rules/engine/config.js';
import type { Rule } from '../../rules/engine/define-rule.js';
import type { DirectoryListings } from '../../rules/engine/directory-listings.js';
import type { Engine, FileAnalysis } from '../../rules/engine/engine.js';
import type { KeptResolutions } from '../../rules/engine/kept-resolutions.js';
import type { PrefilterVerdicts } from '../../rules/engine/prefilter-verdicts.js';
import type { AnalysisResult } from '../../rules/engine/types.js';
import { packageInfo } from '../package-info.js';
import type { ProgressLine } from '../progress-line.js';
import { analyzerDigest, cacheKey } from './cache-key.js';
import { analyseInParallel, threadCount, type AnalysedFile, type Concurrency, type WorkerOptions } from './parallel-analysis.js';
import { cacheFilePath, ResultCache } from './result-cache.js';
import type { AnalysisSession } from './safe-fixes.js';

export interface AnalysisRequest {
  cwd: string;
  project?: string;
  paths: string[];
  config: ResolvedConfig;
  progress: ProgressLine;
  /** `--cache`: re-use the results of files whose inputs did not change; the location is `--cache-location`. */
  cache?: { location?: string };
  /** `--concurrency`: threads analysing files (default off: one). */
  concurrency?: Concurrency;
}

/** The engine and rules load ts-morph: imported on first use, so other commands start fast. */
export async function loadEngine() {
  const [{ Engine }, { allRules }] = await Promise.all([import('../../rules/engine/engine.js'), import('../../rules/index.js')]);
  return { Engine, allRules: allRules as ReadonlyArray<Rule> };
}

export async function openAnalysisSession(request: AnalysisRequest): Promise<AnalysisSession & { analyzeOnce(): Promise<AnalysisResult> }> {
  const { Engine } = await loadEngine();
  const { progress } = request;
  const options = {
    cwd: request.cwd,
    project: request.project,
    paths: request.paths,
    config: request.config,
    recordDependencies: request.cache !== undefined,
  };
  // A `--cache` run reads the cache first: the folder walks it kept answer the tsconfig's `include` when the folders are
  // unchanged (directory-listings.ts).
  const cacheFile = request.cache ? cacheFilePath(request.cwd, request.cache.location) : undefined;
  const cached = cacheFile ? { file: cacheFile, read: ResultCache.read(cacheFile) } : undefined;
  // The folder the cache file is written in is read by its entries, not its times, which writing the cache changes (path-signatures.ts).
  const paths = cacheFile ? new (await import('../../rules/engine/path-signatures.js')).PathSignatures(cacheFile) : undefined;
  const listings = cached ? new (await import('../../rules/engine/directory-listings.js')).DirectoryListings(ResultCache.listingsOf(cached.read), undefined, paths) : undefined;
  // And the prefilter's verdicts on the files that did not change (prefilter-verdicts.ts).
  const verdicts = cached
    ? new (await import('../../rules/engine/prefilter-verdicts.js')).PrefilterVerdicts(ResultCache.verdictsOf(cached.read), analyzerDigest())
    : undefined;
  // And the files relative imports resolved to, with the folders they looked in (kept-resolutions.ts).
  const resolutions = cached
    ? new (await import('../../rules/engine/kept-resolutions.js')).KeptResolutions(ResultCache.resolutionsOf(cached.read), analyzerDigest(), undefined, paths)
    : undefined;
  const engine = Engine.open({
    ...options,
    onProgress: (done, total) => progress.update(done, total),
    ...(listings ? { folderWalks: listings } : {}),
    ...(verdicts ? { prefilterVerdicts: verdicts } : {}),
    ...(resolutions ? { keptResolutions: resolutions } : {}),
  });
  return {
    analyze(): AnalysisResult {
      try {
        return engine.analyze();
      } finally {
        progress.clear();
      }
    },
    async analyzeOnce(): Promise<AnalysisResult> {
      try {
        return await analyzeWithCacheAndThreads(engine, options, request, cached && listings && verdicts && resolutions ? { ...cached, listings, verdicts, resolutions } : undefined);
      } finally {
        progress.clear();
      }
    },
    updateFile: (path, text) => engine.updateFile(path, text),
  };
}

/**
 * The first, whole analysis of a lint run: each candidate file served from the cache when nothing it was
 * computed from changed, the rest analysed (on several threads when asked), then the cache written.
 */
async function analyzeWithCacheAndThreads(
  engine: Engine,
  options: WorkerOptions,
  request: AnalysisRequest,
  cached: { file: string; read: unknown; listings: DirectoryListings; verdicts: PrefilterVerdicts; resolutions: KeptResolutions } | undefined,
): Promise<AnalysisResult> {
  const started = performance.now();
  const candidates = engine.candidateFiles();
  const results = new Map<string, FileAnalysis>();
  let cache: ResultCache | undefined;
  if (cached) {
    const key = cacheKey({ version: packageInfo().version, config: request.config, ...engine.runSetting() });
    cache = ResultCache.open(cached.file, key, (file) => engine.textOf(file), cached.read, (file, text) => cached.verdicts.textDigest(file, text));
    cache.keepListings(cached.listings.toJSON());
    // Kept as they are when the cache is written (JSON.stringify calls their toJSON): what the analysis reads joins them.
    cache.keepVerdicts(cached.verdicts);
    cache.keepResolutions(cached.resolutions);
    // Files share most questions (4,573 asked, 1,285 distinct on vercel/ai's packages), and nothing changes the
    // answers before the analysis starts: each is computed once.
    const answers = new Map<string, string>();
    const answer = (query: string) => {
      let digest = answers.get(query);
      if (digest === undefined) {
        // A question whose context is unchanged since the cache was written has the answer kept with it.
        const context = engine.answerContext(query);
        digest = (context !== undefined ? cache!.rememberedAnswer(query, context) : undefined) ?? engine.answer(query);
        answers.set(query, digest);
      }
      return digest;
    };
    for (const path of candidates) {
      const entry = cache.lookup(path, answer);
      if (entry) results.set(path, { findings: entry.findings, parseDiagnostics: entry.parseDiagnostics });
    }
  }
  const toAnalyse = candidates.filter((path) => !results.has(path));
  let done = results.size;
  const progressed = () => request.progress.update(++done, candidates.length);
  const threads = threadCount(request.concurrency ?? 'off', toAnalyse.length);
  const recorded = cache !== undefined;
  const analysed =
    threads > 1
      ? await analyseInParallel(engine, { options, recorded }, toAnalyse, threads, progressed)
      : analyseHere(engine, toAnalyse, recorded, progressed);
  for (const [path, result] of analysed) {
    results.set(path, { findings: result.findings, parseDiagnostics: result.parseDiagnostics });
    if (cache && result.dependencies) cache.store(path, result, result.dependencies);
  }
  if (cache) {
    cache.retain(new Set(candidates));
    cache.keepAnswers((query) => engine.answerContext(query));
    const problem = cache.save();
    if (problem) process.stderr.write(problem);
  }
  const result = engine.assemble(results, started);
  if (cache) result.stats.filesReused = candidates.length - toAnalyse.length;
  return result;
}


function analyseHere(engine: Engine, paths: ReadonlyArray<string>, recorded: boolean, progressed: () => void) {
  const out = new Map<string, AnalysedFile>();
  for (const path of paths) {
    out.set(path, recorded ? engine.analyzeRecorded(path) : engine.analyzeFile(path));
    progressed();
  }
  return out;
}

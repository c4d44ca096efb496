// The one place `agentvet lint` turns a request into analysis results: the engine opened on the
// project, with the progress line. Everything after it (fixes, suppressions, the baseline) reads
// results through `AnalysisSession`, so a result cache or worker processes can be put in here alone.
import type { ResolvedConfig } from '../../rules/engine/config.js';
import type { Rule } from '../../rules/engine/define-rule.js';
import type { AnalysisResult } from '../../rules/engine/types.js';
import type { ProgressLine } from '../progress-line.js';
import type { AnalysisSession } from './safe-fixes.js';

export interface AnalysisRequest {
  cwd: string;
  project?: string;
  paths: string[];
  config: ResolvedConfig;
  progress: ProgressLine;
}

/** The engine and rules load ts-morph: imported on first use, so other commands start fast. */
export async function loadEngine() {
  const [{ Engine }, { allRules }] = await Promise.all([import('../../rules/engine/engine.js'), import('../../rules/index.js')]);
  return { Engine, allRules: allRules as ReadonlyArray<Rule> };
}

export async function openAnalysisSession(request: AnalysisRequest): Promise<AnalysisSession> {
  const { Engine } = await loadEngine();
  const { progress } = request;
  const engine = Engine.open({
    cwd: request.cwd,
    project: request.project,
    paths: request.paths,
    config: request.config,
    onProgress: (done, total) => progress.update(done, total),
  });
  return {
    analyze(): AnalysisResult {
      try {
        return engine.analyze();
      } finally {
        progress.clear();
      }
    },
    updateFile: (path, text) => engine.updateFile(path, text),
  };
}

// `--baseline-ref <ref>`: which of today's findings were already there at the ref. The project is
// linted a second time in a checkout of the ref, with today's config, and findings are matched by their
// SARIF fingerprints (rule, file, line text, occurrence), which do not change when lines move.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AnalysisResult, Finding } from '../../rules/engine/types.js';
import { findingFingerprints } from '../format/sarif-fingerprint.js';
import { checkoutSnapshot, gitTopLevel, resolveCommit } from './git-snapshot.js';

export const BASELINE_FLAG = '--baseline-ref';

/** Lints the snapshot: `cwd` is the working directory's twin there, `toSnapshot` maps any absolute path. */
export type SnapshotAnalysis = (cwd: string, toSnapshot: (path: string) => string) => Promise<AnalysisResult | undefined>;

export interface BaselineOutcome {
  commit: string;
  /** The findings of `current` that were already there at the ref. */
  known: Set<Finding>;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** `readSource` reads today's files (with any fixes not written to disk); the snapshot is read from disk. */
export async function findingsAtRef(
  current: AnalysisResult,
  ref: string,
  workingDir: string,
  analyseSnapshot: SnapshotAnalysis,
  readSource: (file: string) => string | undefined,
): Promise<BaselineOutcome> {
  const cwd = realpathSync(workingDir);
  const topLevel = gitTopLevel(cwd, BASELINE_FLAG);
  const commit = resolveCommit(ref, topLevel, BASELINE_FLAG);
  const snapshot = checkoutSnapshot(commit, topLevel);
  try {
    const toSnapshot = (path: string) => {
      const rel = relative(topLevel, path);
      return rel.startsWith('..') || rel.startsWith(sep) ? path : join(snapshot.root, rel);
    };
    const snapshotCwd = toSnapshot(cwd);
    // The folder did not exist at the ref (a package added since): everything in it is new.
    const before = existsSync(snapshotCwd) ? await analyseSnapshot(snapshotCwd, toSnapshot) : undefined;
    const known = new Set(before ? findingFingerprints(before.findings, snapshot.root, readText) : []);
    const now = findingFingerprints(current.findings, topLevel, readSource);
    return { commit, known: new Set(current.findings.filter((_, index) => known.has(now[index]!))) };
  } finally {
    snapshot.dispose();
  }
}

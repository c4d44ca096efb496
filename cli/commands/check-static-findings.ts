// The static engine's findings in the source files that dynamic checks point at, so `check` can tie
// a finding on the wire to the line the static rules flag. Loaded only when there is something to
// tie: it brings in ts-morph and TypeScript, which the checks themselves do not need.
import { existsSync } from 'node:fs';
import type { CheckFinding } from '../../recorder/model/checks/check-finding.js';
import { ConfigError, loadConfig } from '../../rules/engine/config.js';
import { Engine } from '../../rules/engine/engine.js';
import type { Finding } from '../../rules/engine/types.js';
import { allRules } from '../../rules/index.js';

const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * Static findings in the source files the checks point at (run only when there is something to tie).
 * A bad agentvet.config.json where the program ran is not the check's business: without the static
 * findings the checks still stand.
 */
export function staticFindingsFor(checks: readonly CheckFinding[], cwd: string): Finding[] {
  const files = [...new Set(checks.map((check) => check.event.site?.file).filter((file): file is string => !!file && SOURCE_FILE.test(file) && existsSync(file)))];
  if (files.length === 0) return [];
  try {
    const config = loadConfig(cwd, allRules.map((rule) => ({ id: rule.id, defaultSeverity: rule.meta.defaultSeverity })));
    return Engine.open({ cwd, paths: files, config }).analyze().findings;
  } catch (error) {
    if (error instanceof ConfigError) return [];
    throw error;
  }
}

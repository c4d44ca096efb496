// The config `agentvet init` writes: `recommended`, every rule listed at its default so changing one
// is a one-word edit, the default confidence spelled out, and build output and dependencies ignored.
import type { ConfigFile } from '../rules/engine/config.js';
import type { RuleInfo } from './format/format-context.js';

export const STARTER_IGNORES = ['**/node_modules/**', '**/dist/**', '**/build/**'];

export function starterConfig(rules: ReadonlyArray<RuleInfo>): ConfigFile {
  return {
    extends: 'recommended',
    rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.meta.defaultSeverity])),
    ignores: STARTER_IGNORES,
    minConfidence: 'medium',
  };
}

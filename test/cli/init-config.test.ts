import { describe, expect, it } from 'vitest';
import { starterConfig } from '../../cli/starter-config.js';
import { parseConfig } from '../../rules/engine/config.js';
import { sampleRules } from './sample-result.js';

describe('starter config', () => {
  it('extends recommended, lists every rule at its default, ignores build output, and validates', () => {
    const config = starterConfig(sampleRules);
    expect(config).toEqual({
      extends: 'recommended',
      rules: { 'non-idempotent-tool': 'error', 'missing-deadline': 'error' },
      ignores: ['**/node_modules/**', '**/dist/**', '**/build/**'],
      minConfidence: 'medium',
    });
    const text = JSON.stringify(config, null, 2);
    expect(parseConfig(text, 'agentvet.config.json', new Set(sampleRules.map((r) => r.id)))).toEqual(config);
  });
});

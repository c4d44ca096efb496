// Every terminal-prompt fact names the package version and file it was checked against, as the other knowledge facts do.
import { describe, expect, it } from 'vitest';
import { terminalPrompts } from '../../rules/knowledge/terminal-prompts.js';

describe('terminalPrompts knowledge', () => {
  it('gives each fact a checkedAgainst naming its package and version', () => {
    for (const fact of terminalPrompts) expect(fact.checkedAgainst).toMatch(new RegExp(`^${fact.module}@\\d+\\.\\d+\\.\\d+ `));
  });
});

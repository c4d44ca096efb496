// The language server's pure parts: hover text from a docs page, settings with bad values, and the
// order in which the lint queue runs edited and background documents.
import { describe, expect, test } from 'vitest';
import { LintQueue } from '../../language-server/lint-queue.js';
import { RuleExplanations, summarise } from '../../language-server/rule-explanations.js';
import { parseSettings } from '../../language-server/settings.js';

describe('rule explanations', () => {
  test('the opening paragraph and "Why it matters", with links made absolute', () => {
    const page = '# demo-rule\n\nFinds [things](./other-rule.md) that break.\n\n- Default severity: error\n\n## Why it matters\n\nBecause [reasons](#severity).\n\nMore text.\n\n## How to fix\n\nFix it.\n';
    expect(summarise(page, 'demo-rule')).toBe(
      'Finds [things](https://github.com/agentvet/agentvet/blob/main/rules/docs/other-rule.md) that break.\n\n' +
        '**Why it matters.** Because [reasons](https://github.com/agentvet/agentvet/blob/main/rules/docs/demo-rule.md#severity).',
    );
  });

  test('every core rule has an explanation in rules/docs', () => {
    const explanations = new RuleExplanations();
    for (const id of ['non-idempotent-tool', 'missing-deadline', 'unbounded-agent-loop', 'unkeyed-retry']) {
      expect(explanations.explain(id)).toMatch(/\*\*Why it matters\.\*\*/);
    }
    expect(explanations.explain('unused-suppression')).toBeUndefined();
    expect(explanations.explain('../etc/passwd')).toBeUndefined();
  });
});

describe('settings', () => {
  test('defaults, an empty path, and a bad value replaced by its default with a log line', () => {
    const logs: string[] = [];
    expect(parseSettings(undefined, (m) => logs.push(m))).toEqual({ enable: true, configPath: null, trace: { server: 'off' } });
    expect(parseSettings({ configPath: '' }, (m) => logs.push(m)).configPath).toBeNull();
    expect(parseSettings({ enable: 'sometimes', trace: { server: 'verbose' } }, (m) => logs.push(m))).toEqual({
      enable: true,
      configPath: null,
      trace: { server: 'verbose' },
    });
    expect(logs).toEqual(['agentvet: setting agentvet.enable: Invalid input: expected boolean, received string; using its default']);
  });
});

describe('lint queue', () => {
  test('an edit waits out the debounce and runs once; background documents wait until edits pause', async () => {
    const ran: string[] = [];
    const queue = new LintQueue(5, 150, (uri) => ran.push(uri));
    queue.enqueue('b1', 'background');
    queue.enqueue('b2', 'background');
    queue.edited('e');
    queue.edited('e');
    expect(queue.isPending('e')).toBe(true);
    await queue.whenDone('e');
    // The edit ran once; background documents wait for the pause after it.
    expect(ran).toEqual(['e']);
    await queue.whenDone('b2');
    expect(ran).toEqual(['e', 'b1', 'b2']);
    queue.enqueue('x', 'background');
    queue.edited('y');
    expect(queue.isPending('x')).toBe(true);
    await queue.whenDone('x');
    expect(ran.slice(-2)).toEqual(['y', 'x']);
    queue.dispose();
  });
});

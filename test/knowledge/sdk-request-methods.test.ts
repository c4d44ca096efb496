// The OpenAI and Anthropic request-method tables are read from the installed SDKs' declarations: every method
// of the installed client that takes request options is in its table with the same option arguments (older SDK
// versions may add paths and arguments), and every model call the knowledge names is a request method.
import { describe, expect, it } from 'vitest';
import { anthropicRequestMethods } from '../../rules/knowledge/anthropic-request-methods.js';
import { knowledge } from '../../rules/knowledge/index.js';
import { openaiRequestMethods } from '../../rules/knowledge/openai-request-methods.js';
import { requestMethodsOf } from './sdk-request-methods.js';

const root = new URL('../..', import.meta.url).pathname;

describe.each([
  ['openai', openaiRequestMethods],
  ['@anthropic-ai/sdk', anthropicRequestMethods],
])('%s request methods', (pkg, table) => {
  const installed = requestMethodsOf(pkg, root);

  it('lists every request method of the installed client with its request-options argument', () => {
    expect(installed.length).toBeGreaterThan(100);
    const missing = installed.filter((m) => !m.optionsArgs.every((i) => table[m.path]?.includes(i))).map((m) => `${m.path} ${m.optionsArgs}`);
    expect(missing).toEqual([]);
  });

  it('is what the outbound-call facts match, each path once', () => {
    // openai 3's `OpenAIApi` is another client (checked against openai 3.3.0), not in the generated table.
    const facts = knowledge.outboundCalls.filter((f) => f.module.includes(pkg) && !f.export?.includes('OpenAIApi'));
    const paths = facts.flatMap((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(table[path], path).toBeDefined();
    for (const fact of facts) for (const path of fact.path) expect(fact.optionsArgs).toEqual(table[path]);
  });

  it('places the idempotency header of each stateful write in the argument that takes its request options', () => {
    const writes = knowledge.writes.filter((f) => f.module.includes(pkg));
    expect(writes.length).toBeGreaterThan(0);
    for (const write of writes) {
      for (const path of write.path) {
        expect(table[path], path).toBeDefined();
        if (write.keyOption?.names.includes('headers')) expect(table[path], path).toContain(write.keyOption.arg);
      }
    }
  });
});

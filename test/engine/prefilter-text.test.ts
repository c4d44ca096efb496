// The prefilter's tests by hand (rules/engine/prefilter.ts) answer what the patterns they replace answer:
// `callsToolHelper` is `/\b[A-Z]\w*Tool\s*\(/`, on written cases and on generated text full of near-misses.
import { expect, it } from 'vitest';
import { callsToolHelper, makePrefilter } from '../../rules/engine/prefilter.js';
import { packageSpecifier } from '../../rules/engine/scope.js';

const PATTERN = /\b[A-Z]\w*Tool\s*\(/;

const CASES: Array<[string, boolean]> = [
  ['const t = KnockTool({ name });', true],
  ['CreateXeroTool(name, schema)', true],
  ['x = MyTool  \n (a)', true],
  ['Tool()', false],
  ['ToolTool()', true],
  ['myTool()', false],
  ['new DynamicTool({})', true],
  ['$KnockTool()', true],
  ['_KnockTool()', false],
  ['9KnockTool()', false],
  ['é KnockTool()', true],
  ['éKnockTool()', true],
  ['KnockTools()', false],
  ['KnockTool', false],
  ['Knock.Tool()', false],
  ['const a = "Knock" + Tool()', false],
  ['aTool() + BTool()', true],
  ['', false],
];

it('answers as the pattern on written cases', () => {
  for (const [text, expected] of CASES) {
    expect(PATTERN.test(text), text).toBe(expected);
    expect(callsToolHelper(text), text).toBe(expected);
  }
});

it('answers as the pattern on generated text', () => {
  const pieces = ['Tool', 'tool', 'T', 'K', 'k', '_', '9', '$', ' ', '\n', '(', ')', '.', 'é', 'ool', 'Too'];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 20_000; i++) {
    const length = 1 + (next() % 8);
    let text = '';
    for (let j = 0; j < length; j++) text += pieces[next() % pieces.length];
    expect(callsToolHelper(text), JSON.stringify(text)).toBe(PATTERN.test(text));
  }
});

it('reads a package named through npm: or an npm CDN as the package (knowledge/module-specifiers.ts)', () => {
  const prefilter = makePrefilter();
  expect(prefilter.isCandidate("import { streamText } from 'https://esm.sh/ai@4.2.6';")).toBe(true);
  expect(prefilter.isCandidate('import OpenAI from "npm:openai@4.77.0";')).toBe(true);
  expect(prefilter.isCandidate("import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';")).toBe(false);
  expect(packageSpecifier('https://esm.sh/ai@4.2.6')).toBe('ai');
  expect(packageSpecifier('https://esm.sh/v135/@supabase/supabase-js@2.38.4')).toBe('@supabase/supabase-js');
  expect(packageSpecifier('npm:@ai-sdk/openai@1.3.0')).toBe('@ai-sdk/openai');
  expect(packageSpecifier('https://cdn.jsdelivr.net/npm/ai@4/+esm')).toBe('ai');
  expect(packageSpecifier('openai/index.mjs')).toBe('openai');
  expect(packageSpecifier('openai/resources/index.mjs')).toBe('openai/resources');
  expect(packageSpecifier('openai/client')).toBe('openai');
  // A tsconfig alias or a package the tables do not name keeps its specifier.
  expect(packageSpecifier('@api/services/index.js')).toBe('@api/services/index.js');
  expect(packageSpecifier('./lib/index.js')).toBe('./lib/index.js');
  expect(packageSpecifier('https://deno.land/x/llm@0.1.0/mod.ts')).toBe('https://deno.land/x/llm@0.1.0/mod.ts');
});

it('takes a file defining a tool by name, description and JSON schema, whatever registers it', () => {
  const prefilter = makePrefilter();
  const skill = (schema: string) => `import { exec } from 'node:child_process';\nexport const s = {\n  name: 'run_line',\n  description: 'Runs a line.',\n  ${schema},\n  run: async ({ line }) => exec(line),\n};`;
  expect(prefilter.isCandidate(skill("parameters: { type: 'object', properties: { line: { type: 'string' } } }"))).toBe(true);
  expect(prefilter.isCandidate(skill('inputSchema: {\n    "type": "object",\n    properties: {}\n  }'))).toBe(true);
  expect(prefilter.isCandidate(skill('inputSchema: z.object({ line: z.string() })'))).toBe(true);
  // A schema with no name and description beside it, or a parameters list that is no JSON schema, is not a tool.
  expect(prefilter.isCandidate("import { exec } from 'node:child_process';\nconst parameters = { type: 'object' };\nexec('ls');")).toBe(false);
  expect(prefilter.isCandidate(skill("parameters: ['line']"))).toBe(false);
});

// The prefilter's tests by hand (rules/engine/prefilter.ts) answer what the patterns they replace answer:
// `callsToolHelper` is `/\b[A-Z]\w*Tool\s*\(/`, on written cases and on generated text full of near-misses.
import { expect, it } from 'vitest';
import { callsToolHelper } from '../../rules/engine/prefilter.js';

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

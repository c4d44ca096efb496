// The line index gives the same line and column as ts-morph's own (slow) lookup, at every position of
// texts with \n, \r\n, lone \r, tabs and non-ASCII characters.
import { Project } from 'ts-morph';
import { expect, it } from 'vitest';
import { lineAndColumnAt } from '../../rules/engine/line-index.js';

const texts = [
  'const a = 1;\nconst b = 2;\n',
  'const a = 1;\r\nconst b = "é";\r\n\r\nfetch(url);',
  'let x = 1;\rlet y = 2;\r\nlet z = 3;\n\n\tfetch("ü");',
  '',
  '\n\n\n',
  '// no newline at the end',
];

it('agrees with ts-morph at every position', () => {
  const project = new Project({ useInMemoryFileSystem: true });
  texts.forEach((text, i) => {
    const file = project.createSourceFile(`/f${i}.ts`, text);
    for (let pos = 0; pos <= text.length; pos++) {
      expect(lineAndColumnAt(file, pos), `text ${i} at ${pos}`).toEqual(file.getLineAndColumnAtPos(pos));
    }
  });
});

it('answers in time independent of the position (a 60,000-line file, one lookup per line)', () => {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('/big.ts', Array.from({ length: 60_000 }, (_, i) => `fetch('/items/${i}');`).join('\n'));
  const started = performance.now();
  let last = { line: 0, column: 0 };
  for (let line = 0, pos = 0; line < 60_000; line++, pos = file.getFullText().indexOf('\n', pos) + 1) last = lineAndColumnAt(file, pos);
  expect(last).toEqual({ line: 60_000, column: 1 });
  expect(performance.now() - started).toBeLessThan(2_000);
});

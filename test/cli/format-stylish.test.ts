import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../cli/format/stylish.js';
import { context, finding, mixedResult, result } from './sample-result.js';

describe('stylish format', () => {
  it('prints a header per file, aligned rows with confidence, related locations and the summary', () => {
    const text = formatStylish(mixedResult(), context());
    expect(text).toBe(
      [
        '',
        'src/agent.ts',
        '  20:9  warning  generateText() has no abortSignal or timeout.  missing-deadline  medium confidence',
        '',
        'src/broken.ts',
        "  2:1  error  Parsing error: '}' expected.",
        '',
        'src/tools.ts',
        '  7:5  error  Tool "refund" creates a refund with no idempotency key.  non-idempotent-tool  high confidence',
        '       ↳ src/db.ts:12:3  inserts into refunds here',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('aligns columns within a file', () => {
    const text = formatStylish(
      result({ findings: [finding({ line: 7 }), finding({ line: 120, column: 11, severity: 'warn', ruleId: 'missing-deadline', message: 'short' })] }),
      context(),
    );
    const rows = text.split('\n').filter((line) => line.startsWith('  '));
    expect(rows[0]).toMatch(/^ {2}7:5 {5}error {4}Tool/);
    expect(rows[1]).toMatch(/^ {2}120:11 {2}warning {2}short {2,}missing-deadline/);
    expect(rows[0]!.indexOf('non-idempotent-tool')).toBe(rows[1]!.indexOf('missing-deadline'));
  });

  it('uses singular words for one problem', () => {
    expect(formatStylish(result({ findings: [finding()] }), context())).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('prints nothing for a clean run', () => {
    expect(formatStylish(result(), context())).toBe('');
  });

  it('colours only when asked', () => {
    expect(formatStylish(mixedResult(), context())).not.toContain('\u001b[');
    const coloured = formatStylish(mixedResult(), context({ color: true }));
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[4msrc/tools.ts\u001b[24m');
  });

  it('shows files outside the working directory with absolute paths', () => {
    const text = formatStylish(result({ findings: [finding({ file: '/elsewhere/x.ts' })] }), context());
    expect(text).toContain('\n/elsewhere/x.ts\n');
  });
});

describe('stylish format with long messages', () => {
  it('does not pad short messages to the width of a long one', () => {
    const long = 'x'.repeat(120);
    const text = formatStylish(result({ findings: [finding({ line: 1, message: long }), finding({ line: 2, message: 'short' })] }), context());
    expect(text).toContain('  2:5  error  short  non-idempotent-tool  high confidence\n');
  });
});

describe('stylish format in colour', () => {
  it('ends rows without trailing styled blanks', () => {
    const text = formatStylish(mixedResult(), context({ color: true }));
    expect(text).toContain("\u001b[31merror\u001b[39m  Parsing error: '}' expected.\n");
  });
});

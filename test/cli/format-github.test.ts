import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../cli/format/github.js';
import { context, finding, mixedResult, result, ROOT } from './sample-result.js';

describe('github format', () => {
  it('prints one workflow command per problem with relative paths and the rule in the title', () => {
    const lines = formatGithub(mixedResult(), context()).trimEnd().split('\n');
    expect(lines).toEqual([
      '::warning file=src/agent.ts,line=20,endLine=20,col=9,endColumn=19,title=agentvet(missing-deadline)::generateText() has no abortSignal or timeout.%0A%0AConfidence: medium. Docs: https://github.com/agentvet/agentvet/blob/main/rules/docs/missing-deadline.md',
      "::error file=src/broken.ts,line=2,col=1,title=agentvet::Parsing error: '}' expected.",
      '::error file=src/tools.ts,line=7,endLine=7,col=5,endColumn=15,title=agentvet(non-idempotent-tool)::Tool "refund" creates a refund with no idempotency key.%0A%0AConfidence: high. Docs: https://github.com/agentvet/agentvet/blob/main/rules/docs/non-idempotent-tool.md',
    ]);
  });

  it('escapes %, CR and LF in messages, and also , and : in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\dir,x%\n')).toBe('C%3A\\dir%2Cx%25%0A');
    const text = formatGithub(result({ findings: [finding({ file: `${ROOT}/src/a,b:c.ts`, message: '50% of\nretries' })] }), context());
    expect(text).toMatch(/^::error file=src\/a%2Cb%3Ac\.ts,line=3,/);
    expect(text).toContain('::50%25 of%0Aretries%0A%0AConfidence');
  });

  it('prints nothing for a clean run', () => {
    expect(formatGithub(result(), context())).toBe('');
  });
});

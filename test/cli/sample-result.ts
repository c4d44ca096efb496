// Hand-built analysis results and a format context for the formatter tests, so they do not depend
// on the engine: two files under a fake project root, an error, a warning and a parse problem.
import type { AnalysisResult, Finding } from '../../rules/engine/types.js';
import type { FormatContext, RuleInfo } from '../../cli/format/format-context.js';

export const ROOT = '/work/project';
export const DOCS = 'https://github.com/agentvet/agentvet/blob/main/rules/docs';

export const sampleRules: RuleInfo[] = [
  {
    id: 'non-idempotent-tool',
    meta: { description: 'A tool handler performs a write with no idempotency protection.', defaultSeverity: 'error', hasSuggestions: true, fixable: false },
    docsUrl: `${DOCS}/non-idempotent-tool.md`,
  },
  {
    id: 'missing-deadline',
    meta: { description: 'An LLM or network call with no deadline in scope.', defaultSeverity: 'error', hasSuggestions: true, fixable: true },
    docsUrl: `${DOCS}/missing-deadline.md`,
  },
];

export function finding(overrides: Partial<Finding> & { file?: string; line?: number; column?: number } = {}): Finding {
  const { file = `${ROOT}/src/tools.ts`, line = 3, column = 5, ...rest } = overrides;
  const ruleId = rest.ruleId ?? 'non-idempotent-tool';
  return {
    ruleId,
    severity: 'error',
    confidence: 'high',
    message: 'Tool "refund" creates a refund with no idempotency key.',
    range: { file, line, column, endLine: line, endColumn: column + 10 },
    relatedLocations: [],
    docsUrl: `${DOCS}/${ruleId}.md`,
    suggestions: [],
    ...rest,
  };
}

export function result(partial: Partial<AnalysisResult> = {}): AnalysisResult {
  return {
    findings: [],
    parseDiagnostics: [],
    files: [`${ROOT}/src/tools.ts`, `${ROOT}/src/agent.ts`, `${ROOT}/src/clean.ts`],
    stats: { filesInProject: 3, filesAnalysed: 3, typesAvailable: true, durationMs: 12 },
    ...partial,
  };
}

/** An error with a related location, a warning in another file, and a parse problem. */
export function mixedResult(): AnalysisResult {
  return result({
    findings: [
      finding({
        line: 7,
        relatedLocations: [{ file: `${ROOT}/src/db.ts`, line: 12, column: 3, endLine: 12, endColumn: 30, message: 'inserts into refunds here' }],
      }),
      finding({
        file: `${ROOT}/src/agent.ts`,
        line: 20,
        column: 9,
        ruleId: 'missing-deadline',
        severity: 'warn',
        confidence: 'medium',
        message: 'generateText() has no abortSignal or timeout.',
      }),
    ],
    parseDiagnostics: [{ file: `${ROOT}/src/broken.ts`, line: 2, column: 1, message: "Parsing error: '}' expected." }],
  });
}

export const SOURCES: Record<string, string> = {
  [`${ROOT}/src/tools.ts`]: ['import { tool } from "ai";', '', '', '', '', '', '  await stripe.refunds.create({ charge });', ''].join('\n'),
};

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    tool: { version: '0.1.0', informationUri: 'https://github.com/agentvet/agentvet' },
    cwd: ROOT,
    rootDir: ROOT,
    rules: sampleRules,
    color: false,
    readSource: (file) => SOURCES[file],
    ...overrides,
  };
}

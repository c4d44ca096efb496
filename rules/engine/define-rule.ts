// defineRule: the one helper every rule is declared with (id, meta, and a check over one file).
import type { Node, SourceFile } from 'ts-morph';
import type { RuleOptions } from './config.js';
import type { Confidence, RuleMeta, Suggestion } from './types.js';
import type { ProjectModel } from './project-model.js';

export const DOCS_BASE = 'https://github.com/agentvet/agentvet/blob/main/rules/docs';

export interface RelatedInput {
  node: Node;
  message: string;
}

export interface ReportInput {
  node: Node;
  message: string;
  confidence: Confidence;
  /** "Lower severity" in RULES.md: one step lower than the configured severity (error → warn). */
  lowerSeverity?: boolean;
  related?: RelatedInput[];
  suggestions?: Suggestion[];
}

export interface RuleContext {
  readonly sourceFile: SourceFile;
  readonly model: ProjectModel;
  readonly options: RuleOptions;
  /** Whether another rule runs in this configuration (a rule that owns a call lets the other stay silent there). */
  isEnabled(ruleId: string): boolean;
  report(input: ReportInput): void;
}

export interface Rule {
  readonly id: string;
  readonly meta: RuleMeta;
  readonly docsUrl: string;
  check(context: RuleContext): void;
}

export function defineRule(definition: { id: string; meta: RuleMeta; create: (context: RuleContext) => void }): Rule {
  return {
    id: definition.id,
    meta: definition.meta,
    docsUrl: `${DOCS_BASE}/${definition.id}.md`,
    check: definition.create,
  };
}

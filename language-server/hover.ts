// Hover over an agentvet finding: the rule, its confidence, the rule's explanation from its docs page
// and a link to the whole page. Several findings at one position each get their section.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Finding } from '../rules/engine/types.js';
import { toLspRange } from './diagnostics.js';
import type { RuleExplanations } from './rule-explanations.js';

export function hoverFor(findings: readonly Finding[], position: Position, explanations: RuleExplanations): Hover | null {
  const here = findings.filter((finding) => contains(toLspRange(finding.range), position));
  if (here.length === 0) return null;
  const sections = [...new Map(here.map((f) => [f.ruleId, f])).values()].map((finding) => {
    const explanation = explanations.explain(finding.ruleId);
    return [
      `**agentvet** \`${finding.ruleId}\` — ${finding.confidence} confidence`,
      ...(explanation ? [explanation] : []),
      `[Rule documentation](${finding.docsUrl})`,
    ].join('\n\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toLspRange(here[0]!.range) };
}

function contains(range: ReturnType<typeof toLspRange>, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}

// `agentvet rules`: the rule catalogue — id, default severity, whether it fixes or suggests, and what it
// finds — as a table for people or JSON for scripts.
import { Command, Option } from 'commander';
import { z } from 'zod';
import { ansiStyle, padEnd } from '../format/ansi-style.js';
import type { RuleInfo } from '../format/format-context.js';
import { colorEnabled } from '../color-support.js';
import { commandAction, UsageError } from '../usage-error.js';

const rulesOptionsSchema = z.object({ format: z.enum(['table', 'json']) });

export interface RuleCatalogueEntry {
  id: string;
  defaultSeverity: string;
  fixable: boolean;
  hasSuggestions: boolean;
  description: string;
  docsUrl: string;
}

export function ruleCatalogue(rules: ReadonlyArray<RuleInfo>): RuleCatalogueEntry[] {
  return rules.map((rule) => ({
    id: rule.id,
    defaultSeverity: rule.meta.defaultSeverity,
    fixable: rule.meta.fixable,
    hasSuggestions: rule.meta.hasSuggestions,
    description: rule.meta.description,
    docsUrl: rule.docsUrl,
  }));
}

export function formatRuleTable(rules: ReadonlyArray<RuleInfo>, color: boolean): string {
  const style = ansiStyle(color);
  const header = ['rule', 'default', 'fixable', 'suggestions', 'description'];
  const rows = ruleCatalogue(rules).map((entry) => [
    entry.id,
    entry.defaultSeverity,
    entry.fixable ? 'yes' : '-',
    entry.hasSuggestions ? 'yes' : '-',
    entry.description,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => padEnd(cell, widths[column]!)).join('  ').trimEnd();
  const out = [style.bold(line(header)), ...rows.map(line)];
  out.push('', style.dim('Docs: run with --format json for each rule\'s docs URL; configure rules in agentvet.config.json (agentvet init).'));
  return `${out.join('\n')}\n`;
}

async function listRules(rawOptions: unknown): Promise<number> {
  // Loaded on use: the rules import ts-morph, which other commands should not pay for.
  const { allRules } = await import('../../rules/index.js');
  const parsed = rulesOptionsSchema.safeParse(rawOptions);
  if (!parsed.success) {
    throw new UsageError(`--format ${JSON.stringify((rawOptions as { format?: unknown }).format)}: expected table or json`);
  }
  const text =
    parsed.data.format === 'json'
      ? `${JSON.stringify(ruleCatalogue(allRules), null, 2)}\n`
      : formatRuleTable(allRules, colorEnabled(process.stdout));
  process.stdout.write(text);
  return 0;
}

export function registerRulesCommand(program: Command): void {
  program
    .command('rules')
    .description('list the rules: id, default severity, fixable, suggestions, description')
    .addOption(new Option('-f, --format <format>', 'table or json').default('table'))
    .action(commandAction(listRules));
}

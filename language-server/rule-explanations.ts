// The explanation a hover shows for a rule: the opening paragraph of rules/docs/<id>.md, then the first
// paragraph of its "Why it matters" section, with relative links made absolute.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCS_BASE } from '../rules/engine/define-rule.js';

export const RULE_DOCS_ENV = 'AGENTVET_RULE_DOCS';

/** Where the docs pages are: beside the bundle (extension), or rules/docs from source, dist/ or an npm install. */
export function ruleDocsDirectory(): string | undefined {
  const override = process.env[RULE_DOCS_ENV];
  if (override) return override;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'rules-docs'), join(here, '..', 'rules', 'docs'), join(here, '..', '..', 'rules', 'docs')];
  return candidates.find((dir) => existsSync(join(dir, 'missing-deadline.md')));
}

const SECTIONS = ['Why it matters'];

export class RuleExplanations {
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly docsDir: string | undefined = ruleDocsDirectory()) {}

  /** Markdown for a hover, or undefined when the rule has no docs page here. */
  explain(ruleId: string): string | undefined {
    if (!/^[a-z0-9-]+$/.test(ruleId) || !this.docsDir) return undefined;
    if (!this.cache.has(ruleId)) {
      let text: string | null = null;
      try {
        text = summarise(readFileSync(join(this.docsDir, `${ruleId}.md`), 'utf8'), ruleId);
      } catch {
        text = null;
      }
      this.cache.set(ruleId, text);
    }
    return this.cache.get(ruleId) ?? undefined;
  }
}

/** Picks the opening paragraph and the first paragraph of each section in SECTIONS. */
export function summarise(markdown: string, ruleId: string): string {
  const blocks = markdown.replace(/\r\n/g, '\n').split(/\n{2,}/);
  const parts: string[] = [];
  const opening = blocks.find((block) => !block.startsWith('#') && !block.startsWith('- '));
  if (opening) parts.push(opening);
  for (const section of SECTIONS) {
    const at = blocks.findIndex((block) => block.trim() === `## ${section}`);
    const paragraph = at >= 0 ? blocks.slice(at + 1).find((block) => !block.startsWith('#')) : undefined;
    if (paragraph && !paragraph.startsWith('## ')) parts.push(`**${section}.** ${paragraph}`);
  }
  return absoluteLinks(parts.join('\n\n'), `${ruleId}.md`);
}

/** `(./other-rule.md)` and `(#severity)` point into the docs folder; a hover needs full URLs. */
function absoluteLinks(markdown: string, thisPage: string): string {
  return markdown.replace(/\]\((\.\/)?([a-z0-9-]+\.md)?(#[a-z0-9-]+)?\)/g, (whole, _dot, page: string | undefined, anchor: string | undefined) =>
    page || anchor ? `](${DOCS_BASE}/${page ?? thisPage}${anchor ?? ''})` : whole,
  );
}

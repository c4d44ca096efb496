// The labelled corpus's one file format (test/corpus/README.md): a repository, the commit its line
// numbers refer to, and each labelled file with its split and labels. Read through zod, so a bad
// label names its file and field instead of skewing a score.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const CORE_RULES = ['non-idempotent-tool', 'missing-deadline', 'unbounded-agent-loop', 'unkeyed-retry'] as const;
export type CoreRule = (typeof CORE_RULES)[number];

const label = z.strictObject({
  line: z.number().int().positive(),
  rule: z.enum(CORE_RULES),
  verdict: z.enum(['finding', 'clean']),
  note: z.string(),
});

const labelledFile = z.strictObject({
  path: z.string().min(1).refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), 'a path inside the repository'),
  split: z.enum(['dev', 'heldout']),
  labelledBy: z.string().min(1),
  labels: z.array(label),
});

const repositoryLabels = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name'),
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit'),
  files: z.array(labelledFile).min(1),
});

export type Label = z.infer<typeof label>;
export type LabelledFile = z.infer<typeof labelledFile>;
export type RepositoryLabels = z.infer<typeof repositoryLabels>;
export type Split = LabelledFile['split'];

export class LabelsError extends Error {}

/** Every `labels/*.json` file, validated; throws LabelsError naming the file and the field. */
export function readLabels(folder: string): RepositoryLabels[] {
  const out: RepositoryLabels[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(folder, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new LabelsError(`${file}: not JSON (${(error as Error).message})`);
    }
    const parsed = repositoryLabels.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new LabelsError(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
    const expectedName = parsed.data.repo.replace('/', '+') + '.json';
    if (name !== expectedName) throw new LabelsError(`${file}: holds ${parsed.data.repo}, so it must be named ${expectedName}`);
    const seen = new Set<string>();
    for (const f of parsed.data.files) {
      if (seen.has(f.path)) throw new LabelsError(`${file}: ${f.path} is listed twice`);
      seen.add(f.path);
    }
    out.push(parsed.data);
  }
  return out;
}

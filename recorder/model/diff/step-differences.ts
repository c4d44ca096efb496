// What differs between two steps that line up, field by field, in words: JSON bodies path by path
// (LLM requests by model, messages, tools and parameters, as replay words a divergence), other fields
// as "old → new".
import { parseJson, stableStringify } from '../../fingerprint.js';
import { requestDifferences } from '../../replay/request-differences.js';
import type { RunStep } from './run-steps.js';

const MAX_PER_STEP = 6;

export function stepDifferences(a: RunStep, b: RunStep): string[] {
  const out: string[] = [];
  if (a.signature !== b.signature) out.push(`${a.label} → ${b.label}`);
  const fields = [...new Set([...Object.keys(a.content), ...Object.keys(b.content)])];
  for (const field of fields) {
    const before = a.content[field] ?? '';
    const after = b.content[field] ?? '';
    if (before === after) continue;
    if (field === 'request body') {
      out.push(...requestDifferences({ method: '', url: '', body: before }, { method: '', url: '', body: after }).map((line) => `request ${line}`));
      continue;
    }
    const beforeJson = parseJson(before);
    const afterJson = parseJson(after);
    if (beforeJson !== undefined && afterJson !== undefined) jsonDifferences(beforeJson, afterJson, field, out);
    else out.push(`${field}: ${show(before)} → ${show(after)}`);
  }
  return out.slice(0, MAX_PER_STEP);
}

function jsonDifferences(before: unknown, after: unknown, path: string, out: string[]): void {
  if (out.length >= MAX_PER_STEP || stableStringify(before) === stableStringify(after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) out.push(`${path}: ${before.length} items → ${after.length}`);
    for (let index = 0; index < Math.min(before.length, after.length); index++) jsonDifferences(before[index], after[index], `${path}[${index}]`, out);
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) jsonDifferences(before[key], after[key], `${path}.${key}`, out);
    return;
  }
  out.push(`${path}: ${show(before)} → ${show(after)}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined || value === '') return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value) : stableStringify(value);
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

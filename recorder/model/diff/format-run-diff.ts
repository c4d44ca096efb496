// `agentvet diff` output: whether the runs are equivalent, the first point where they diverge (both
// sides, with the event, recording line and source location), then every differing step on one line.
import { relative } from 'node:path';
import type { Site } from '../../schema.js';
import type { RunDiff, StepDifference } from './run-diff.js';
import type { RunStep } from './run-steps.js';

const MAX_LISTED = 100;
const IGNORED = 'timing, ids, and the values of clock and random reads are ignored';

export function formatRunDiff(diff: RunDiff, nameA: string, nameB: string, cwd: string): string {
  if (diff.equivalent) return `${nameA} and ${nameB} are equivalent: ${diff.same} steps each (${IGNORED}).\n`;
  const out: string[] = [];
  const first = diff.differences[0] as StepDifference;
  out.push(`${nameA} and ${nameB} diverge at ${positions(first)} of process ${first.proc}: ${describeChange(first)}`);
  out.push(`  a: ${first.a ? stepLine(first.a, nameA, cwd) : '(no such step)'}`);
  out.push(`  b: ${first.b ? stepLine(first.b, nameB, cwd) : '(no such step)'}`);
  for (const detail of first.details) out.push(`     ${detail}`);
  out.push('');
  out.push(`${diff.differences.length} step(s) differ, ${diff.same} the same (a has ${diff.stepsA} steps, b ${diff.stepsB}; ${IGNORED}):`);
  for (const difference of diff.differences.slice(0, MAX_LISTED)) {
    const mark = difference.change === 'changed' ? '~' : difference.change === 'only-in-a' ? '-' : '+';
    const step = (difference.a ?? difference.b) as RunStep;
    const where = difference.change === 'only-in-b' ? 'only in b' : difference.change === 'only-in-a' ? 'only in a' : (difference.details[0] ?? 'differs');
    out.push(`  ${mark} process ${difference.proc} ${positions(difference)}  ${step.label}: ${where}`);
  }
  if (diff.differences.length > MAX_LISTED) out.push(`  … and ${diff.differences.length - MAX_LISTED} more`);
  return `${out.join('\n')}\n`;
}

/** "step 6", or "step 6 of a, 8 of b" when the runs reached it at different points. */
function positions(difference: StepDifference): string {
  const { positionA, positionB } = difference;
  if (positionA !== null && positionB !== null) return positionA === positionB ? `step ${positionA}` : `step ${positionA} of a, ${positionB} of b`;
  return positionA !== null ? `step ${positionA} of a` : `step ${positionB} of b`;
}

function describeChange(difference: StepDifference): string {
  if (difference.change === 'only-in-a') return `a took a step b did not (${difference.a?.label})`;
  if (difference.change === 'only-in-b') return `b took a step a did not (${difference.b?.label})`;
  return `the same step with different content (${difference.a?.label})`;
}

function stepLine(step: RunStep, recording: string, cwd: string): string {
  return `${step.label}  (event ${step.eventId}, ${recording}:${step.line}${step.site ? `, ${siteText(step.site, cwd)}` : ''})`;
}

function siteText(site: Site, cwd: string): string {
  const file = site.file.startsWith('/') ? relative(cwd, site.file) : site.file;
  return `${file}:${site.line}:${site.col}`;
}

// Compares two runs: each process's steps are aligned (Myers) by signature, aligned steps are compared
// by content, and what is left is a step only one run took. Steps that changed identity in place (a
// request to another URL) pair up as "changed". The first difference in run order is the divergence.
import type { Recording } from '../../reading.js';
import { alignSteps, type AlignedStep } from './align-steps.js';
import { runSteps, type RunStep } from './run-steps.js';
import { stepDifferences } from './step-differences.js';

export interface StepDifference {
  change: 'changed' | 'only-in-a' | 'only-in-b';
  proc: string;
  a: RunStep | null;
  b: RunStep | null;
  /** Position of the step among its process's steps in each run, 1-based; null where it is missing. */
  positionA: number | null;
  positionB: number | null;
  details: string[];
}

export interface RunDiff {
  equivalent: boolean;
  stepsA: number;
  stepsB: number;
  /** Steps equal in both runs. */
  same: number;
  differences: StepDifference[];
}

export function diffRuns(a: Recording, b: Recording): RunDiff {
  const stepsA = runSteps(a);
  const stepsB = runSteps(b);
  const byProcA = groupByProc(stepsA);
  const byProcB = groupByProc(stepsB);
  const procs = [...new Set([...byProcA.keys(), ...byProcB.keys()])];
  let same = 0;
  const differences: StepDifference[] = [];
  for (const proc of procs) {
    const left = byProcA.get(proc) ?? [];
    const right = byProcB.get(proc) ?? [];
    const aligned = pairReplacements(alignSteps(left.map((step) => step.signature), right.map((step) => step.signature)), left, right);
    for (const item of aligned) {
      if (item.op === 'same') {
        const details = stepDifferences(left[item.a] as RunStep, right[item.b] as RunStep);
        if (details.length === 0) same++;
        else differences.push({ change: 'changed', proc, a: left[item.a] as RunStep, b: right[item.b] as RunStep, positionA: item.a + 1, positionB: item.b + 1, details });
      } else if (item.op === 'removed') {
        differences.push({ change: 'only-in-a', proc, a: left[item.a] as RunStep, b: null, positionA: item.a + 1, positionB: null, details: [] });
      } else {
        differences.push({ change: 'only-in-b', proc, a: null, b: right[item.b] as RunStep, positionA: null, positionB: item.b + 1, details: [] });
      }
    }
  }
  return { equivalent: differences.length === 0, stepsA: stepsA.length, stepsB: stepsB.length, same, differences };
}

function groupByProc(steps: readonly RunStep[]): Map<string, RunStep[]> {
  const groups = new Map<string, RunStep[]>();
  for (const step of steps) {
    const group = groups.get(step.proc);
    if (group) group.push(step);
    else groups.set(step.proc, [step]);
  }
  return groups;
}

/** Kinds whose steps can change identity in place; a read at another call site is another read. */
const PAIRED_KINDS = new Set(['http', 'llm', 'tool', 'process']);

/**
 * A run of removals followed by a run of additions is, step for step, one step done differently when
 * the kinds agree (the same call with another URL): pair those so their content is compared.
 */
function pairReplacements(aligned: AlignedStep[], left: readonly RunStep[], right: readonly RunStep[]): AlignedStep[] {
  const out: AlignedStep[] = [];
  for (let index = 0; index < aligned.length; ) {
    const removed: number[] = [];
    const added: number[] = [];
    while (index < aligned.length && aligned[index]?.op !== 'same') {
      const item = aligned[index++] as AlignedStep;
      if (item.op === 'removed') removed.push(item.a);
      else if (item.op === 'added') added.push(item.b);
    }
    let r = 0;
    let s = 0;
    while (r < removed.length || s < added.length) {
      const ra = removed[r];
      const ab = added[s];
      if (ra !== undefined && ab !== undefined && left[ra]?.kind === right[ab]?.kind && PAIRED_KINDS.has(left[ra]?.kind ?? 'clock')) {
        out.push({ op: 'same', a: ra, b: ab });
        r++;
        s++;
      } else if (ra !== undefined && (ab === undefined || ra - (removed[0] ?? 0) <= ab - (added[0] ?? 0))) {
        out.push({ op: 'removed', a: ra });
        r++;
      } else if (ab !== undefined) {
        out.push({ op: 'added', b: ab });
        s++;
      }
    }
    if (index < aligned.length) out.push(aligned[index++] as AlignedStep);
  }
  return out;
}

// The diff's alignment keeps the longest common run of steps (checked against dynamic programming on
// many small random sequences) and always accounts for every step of both runs, in order.
import { describe, expect, it } from 'vitest';
import { alignSteps } from '../../recorder/model/diff/align-steps.js';

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  return table[0]![0]!;
}

/** A small deterministic generator, so a failure can be replayed. */
function sequence(seed: number, length: number, alphabet: number): string[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(97 + (state % alphabet));
  });
}

describe('alignSteps', () => {
  it('is a valid, optimal alignment on 2,000 random pairs', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const a = sequence(seed, seed % 13, 3);
      const b = sequence(seed * 7 + 1, (seed * 5) % 11, 3);
      const aligned = alignSteps(a, b);
      let nextA = 0;
      let nextB = 0;
      let same = 0;
      for (const step of aligned) {
        if (step.op === 'same') {
          expect([step.a, step.b, a[step.a]]).toEqual([nextA++, nextB++, b[step.b]]);
          same++;
        } else if (step.op === 'removed') expect(step.a).toBe(nextA++);
        else expect(step.b).toBe(nextB++);
      }
      expect([nextA, nextB]).toEqual([a.length, b.length]);
      expect(same).toBe(lcsLength(a, b));
    }
  });

  it('pairs by position past the edit limit instead of searching forever', () => {
    const a = sequence(3, 400, 26);
    const b = sequence(5, 400, 26);
    const aligned = alignSteps(a, b, 10);
    expect(aligned.filter((step) => step.op !== 'added')).toHaveLength(400);
    expect(aligned.filter((step) => step.op !== 'removed')).toHaveLength(400);
  });
});

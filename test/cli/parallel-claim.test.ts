// How threads share the files of a `--concurrency` run (parallel-analysis.ts): each works through its own
// contiguous segment from the front, then takes from the back of the segment with most left; every file is
// claimed exactly once, however the claims interleave.
import { expect, it } from 'vitest';
import { claim, makeSegments } from '../../cli/lint/parallel-analysis.js';

const files = Array.from({ length: 23 }, (_, i) => `f${String(i).padStart(2, '0')}`);

it('gives each thread its own contiguous segment first, in order', () => {
  const segments = new BigInt64Array(makeSegments(files.length, 3));
  expect(claim(segments, 0, files)).toEqual(['f00', 'f01', 'f02', 'f03']);
  expect(claim(segments, 1, files)).toEqual(['f07', 'f08', 'f09', 'f10']);
  expect(claim(segments, 2, files)).toEqual(['f15', 'f16', 'f17', 'f18']);
  expect(claim(segments, 0, files)).toEqual(['f04', 'f05', 'f06']);
});

it('lets a thread done with its segment take from the back of the fullest one', () => {
  const segments = new BigInt64Array(makeSegments(files.length, 3));
  // Thread 2 finishes its segment (f15–f22) first.
  expect([...claim(segments, 2, files), ...claim(segments, 2, files)]).toEqual(['f15', 'f16', 'f17', 'f18', 'f19', 'f20', 'f21', 'f22']);
  claim(segments, 0, files); // thread 0 has 3 files left, thread 1 all 8
  expect(claim(segments, 2, files)).toEqual(['f11', 'f12', 'f13', 'f14']);
  expect(claim(segments, 1, files)).toEqual(['f07', 'f08', 'f09', 'f10']);
});

it('claims every file exactly once, whichever thread asks', () => {
  for (const threads of [1, 2, 3, 5, 23, 30]) {
    const segments = new BigInt64Array(makeSegments(files.length, threads));
    const claimed: string[] = [];
    // Threads asking in a shifting order, as they would when their files take different times.
    for (let turn = 0; ; turn++) {
      const batch = claim(segments, (turn * 7) % threads, files);
      if (batch.length === 0) break;
      claimed.push(...batch);
    }
    expect(claimed.sort()).toEqual(files);
  }
});

// Aligns two sequences of step signatures with Myers' O(ND) difference algorithm: the longest run of
// equal steps kept in order, the rest as removed (only in a) or added (only in b). Past `maxEdits`
// differences the runs are too far apart for that to mean much, and the rest is paired by position.

export type AlignedStep = { op: 'same'; a: number; b: number } | { op: 'removed'; a: number } | { op: 'added'; b: number };

export function alignSteps(a: readonly string[], b: readonly string[], maxEdits = 2000): AlignedStep[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let endA = a.length;
  let endB = b.length;
  while (endA > prefix && endB > prefix && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: AlignedStep[] = [];
  for (let index = 0; index < prefix; index++) head.push({ op: 'same', a: index, b: index });
  const middleA = a.slice(prefix, endA);
  const middleB = b.slice(prefix, endB);
  const middle = (myers(middleA, middleB, maxEdits) ?? byPosition(middleA, middleB)).map((step) => shift(step, prefix));
  const tail: AlignedStep[] = [];
  for (let offset = 0; offset < a.length - endA; offset++) tail.push({ op: 'same', a: endA + offset, b: endB + offset });
  return [...head, ...middle, ...tail];
}

function shift(step: AlignedStep, by: number): AlignedStep {
  if (step.op === 'same') return { op: 'same', a: step.a + by, b: step.b + by };
  return step.op === 'removed' ? { op: 'removed', a: step.a + by } : { op: 'added', b: step.b + by };
}

function myers(a: readonly string[], b: readonly string[], maxEdits: number): AlignedStep[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  /** v as it was at the start of each round d (only the diagonals -d-1..d+1 are kept). */
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxEdits); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): AlignedStep[] {
  const steps: AlignedStep[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const before = trace[d] as Int32Array;
    // `before` starts at diagonal -d-1.
    const at = (k: number) => before[k + d + 1] as number;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) steps.push({ op: 'same', a: --x, b: --y });
    if (x === previousX) steps.push({ op: 'added', b: --y });
    else steps.push({ op: 'removed', a: --x });
  }
  while (x > 0 && y > 0) steps.push({ op: 'same', a: --x, b: --y });
  return steps.reverse();
}

function byPosition(a: readonly string[], b: readonly string[]): AlignedStep[] {
  const steps: AlignedStep[] = [];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (index < a.length && index < b.length && a[index] === b[index]) steps.push({ op: 'same', a: index, b: index });
    else {
      if (index < a.length) steps.push({ op: 'removed', a: index });
      if (index < b.length) steps.push({ op: 'added', b: index });
    }
  }
  return steps;
}

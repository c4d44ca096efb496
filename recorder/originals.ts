// The clock and randomness functions as they were before any adapter replaced them. The recorder's
// own reads (event timestamps, ids) go through these, so they are never recorded or replayed.
export const OriginalDate = Date;
export const originalDateNow = Date.now.bind(Date);
export const originalPerformanceNow = performance.now.bind(performance);
export const originalMathRandom = Math.random;

// A helper that calls itself after a good response to send the next batch (`res.ok && batch.length === 500`) sends
// other rows, not the same ones again: clean, though 500 appears in the condition. The same helper calling itself when
// the status is a 5xx (`res.status >= 500`) re-sends the rows it just posted with no key: a finding.
const BATCH = 500;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function uploadRows(rows: string[]): Promise<void> {
  const batch = rows.slice(0, BATCH);
  const rest = rows.slice(BATCH);
  const res = await fetch('https://warehouse.example.com/api/rows', {
    method: 'POST',
    body: JSON.stringify({ rows: batch }),
    signal: AbortSignal.timeout(10_000),
  });
  if (res.ok && batch.length === 500) return uploadRows(rest);
}

export async function importRows(rows: string[], attempt = 0): Promise<void> {
  const res = await fetch('https://warehouse.example.com/api/imports', { // expect: unkeyed-retry
    method: 'POST',
    body: JSON.stringify({ rows }),
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status >= 500 && attempt < 3) {
    await delay(2 ** attempt * 500);
    return importRows(rows, attempt + 1);
  }
}

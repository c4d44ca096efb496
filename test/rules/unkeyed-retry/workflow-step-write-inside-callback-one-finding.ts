// A retried Workflow DevKit step hands its write to a wrapper that records the run first: the wrapper's own
// POST and the callback's POST both run again on a retry, and both belong to the one retried call — one
// finding, at the wrapper call, naming both writes.
async function recordStepRun(step: string): Promise<void> {
  await fetch('https://records.example.com/api/step-runs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ step, at: Date.now() }),
    signal: AbortSignal.timeout(5_000),
  });
}

async function withStepRun<T>(step: string, run: () => Promise<T>): Promise<T> {
  await recordStepRun(step);
  return run();
}

async function createContact(email: string): Promise<string> {
  const res = await fetch('https://crm.example.com/api/contacts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await res.json()) as { id: string }).id;
}

export async function createContactStep(email: string) {
  'use step';
  return withStepRun('create-contact', () => createContact(email)); // expect: unkeyed-retry
}

// Near miss: a project function that happens to be called `tool` with four arguments, the last a function: it schedules
// a maintenance job, nothing a model calls (clean).
const jobs: Array<{ name: string; run: () => Promise<void> }> = [];

function tool(name: string, _every: string, _owner: { team: string }, run: () => Promise<void>) {
  jobs.push({ name, run });
}

tool('reindex', 'hourly', { team: 'search' }, async () => {
  await fetch('https://search.example.com/api/reindex', { method: 'POST', signal: AbortSignal.timeout(60_000) });
});

export { jobs };

// A generic job runner the run_job case hands one field of the input to: a helper, reported at the case's call.
// Its other caller, a nightly webhook switch on an event's name, is no tool dispatch: nothing it calls is a tool's.
const JOBS = 'https://jobs.example.com/api';

export async function runJob(job: string) {
  const res = await fetch(`${JOBS}/runs`, { method: 'POST', body: JSON.stringify({ job }), signal: AbortSignal.timeout(10_000) });
  return res.status;
}

export async function onWebhook(event: { name: string; payload: { job: string } }) {
  switch (event.name) {
    case 'nightly':
      return runJob(event.payload.job);
    case 'hourly':
      return runJob(event.payload.job);
    default:
      return undefined;
  }
}

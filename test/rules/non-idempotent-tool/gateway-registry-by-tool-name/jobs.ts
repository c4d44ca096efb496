// Near-miss: a job table looked up by a job's name (a scheduler's, not a model's): its POST is no tool's.
const STORE = 'https://store.example.com/api';

export async function compactStore() {
  const res = await fetch(`${STORE}/admin/compact`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  return res.status;
}

const jobs: Record<string, () => Promise<unknown>> = { compact: compactStore };

export async function runJob(jobName: string) {
  const job = jobs[jobName];
  if (!job) throw new Error(`Unknown job: ${jobName}`);
  return job();
}

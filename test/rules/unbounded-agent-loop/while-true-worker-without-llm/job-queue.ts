// Job queue access for the worker: plain HTTP to the queue service, no model anywhere.
export interface Job {
  id: string;
  kind: 'resize-image' | 'send-digest';
  payload: Record<string, unknown>;
}

const QUEUE_URL = process.env.QUEUE_URL ?? 'http://127.0.0.1:7400';

export async function claimNextJob(): Promise<Job | undefined> {
  const res = await fetch(`${QUEUE_URL}/jobs/claim`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
  if (res.status === 204) return undefined;
  return (await res.json()) as Job;
}

export async function completeJob(id: string) {
  await fetch(`${QUEUE_URL}/jobs/${id}/complete`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

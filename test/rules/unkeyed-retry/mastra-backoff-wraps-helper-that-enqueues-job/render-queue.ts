// Client for the video render service: submitting a job creates a new job every time it is called.
const RENDER_API = process.env.RENDER_API ?? 'https://render.example.com';

export interface RenderJob {
  jobId: string;
  status: 'queued' | 'running' | 'done';
}

export async function submitRenderJob(templateId: string, variables: Record<string, string>): Promise<RenderJob> {
  const res = await fetch(`${RENDER_API}/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ templateId, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`render service answered ${res.status}`);
  return (await res.json()) as RenderJob;
}

export async function getRenderJob(jobId: string): Promise<RenderJob> {
  const res = await fetch(`${RENDER_API}/jobs/${encodeURIComponent(jobId)}`, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`render service answered ${res.status}`);
  return (await res.json()) as RenderJob;
}

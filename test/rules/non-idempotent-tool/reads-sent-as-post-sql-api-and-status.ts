// Reads sent as POST: Cloudflare Workers Analytics Engine's SQL API takes the query in the body and only runs SELECT
// and SHOW statements; a POST to a `…/status` endpoint with a job's id in the body asks for its state. Both tools read.
// A POST that adds an annotation to the dashboard service stays a finding.
import { tool } from 'ai';
import { z } from 'zod';

const ACCOUNT = process.env.CF_ACCOUNT_ID;
const GATEWAY = 'https://jobs.example.com/v2/render';

class MetricsStore {
  async query(sql: string): Promise<unknown> {
    const res = await fetch(`https://api.cloudflare.com/client/v4/accounts/${ACCOUNT}/analytics_engine/sql`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.CF_API_TOKEN}`, 'Content-Type': 'text/plain' },
      body: sql,
      signal: AbortSignal.timeout(15_000),
    });
    return res.json();
  }

  async annotate(dashboard: string, text: string): Promise<void> {
    await fetch(`https://dashboards.example.com/api/${dashboard}/annotations`, { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(5_000) });
  }
}

const store = new MetricsStore();

async function callGateway(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${GATEWAY}/${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  return res.json();
}

export const topEvents = tool({
  description: 'Top events of the last day',
  inputSchema: z.object({ dataset: z.string() }),
  execute: async ({ dataset }) => store.query(`SELECT blob1 AS event, count() AS n FROM ${dataset} GROUP BY event ORDER BY n DESC LIMIT 10`),
});

export const renderStatus = tool({
  description: 'State of a render job',
  inputSchema: z.object({ jobId: z.string() }),
  execute: async ({ jobId }) => callGateway('status', { job_id: jobId }),
});

export const annotateDashboard = tool({
  description: 'Add a note to a dashboard',
  inputSchema: z.object({ dashboard: z.string(), text: z.string() }),
  execute: async ({ dashboard, text }) => store.annotate(dashboard, text), // expect: non-idempotent-tool
});

// A client's request helper whose URL is `fullUrl || `${this.baseUrl}${endpoint}``: an optional whole URL (a next-page
// link) may stand in, and without it the caller's path follows the base. The path the callers pass decides: labels
// added to an issue are kept once (a repeat adds nothing), a search sent as POST reads, a new issue per call is a write.
// A path an environment variable may override reads as its written default: the SQL endpoint's `/query` is a read.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

class TrackerClient {
  private readonly baseUrl = 'https://api.github.com';

  async request<T>(endpoint: string, init: RequestInit = {}, fullUrl?: string): Promise<T> {
    const url = fullUrl || `${this.baseUrl}${endpoint}`;
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
    if (!res.ok) throw new Error(`request failed: ${res.status}`);
    return (await res.json()) as T;
  }

  post<T>(endpoint: string, body: unknown): Promise<T> {
    return this.request<T>(endpoint, { method: 'POST', body: JSON.stringify(body) });
  }
}

const client = new TrackerClient();
const server = new McpServer({ name: 'tracker', version: '1.0.0' });

server.tool('label_issue', { repo: z.string(), issue: z.number(), labels: z.array(z.string()) }, async ({ repo, issue, labels }) => {
  await client.post(`/repos/${repo}/issues/${issue}/labels`, { labels });
  return { content: [{ type: 'text', text: 'labelled' }] };
});

server.tool('search_issues', { query: z.string() }, async ({ query }) => {
  const found = await client.post('/search', { query });
  return { content: [{ type: 'text', text: JSON.stringify(found) }] };
});

server.tool('run_report_query', { sql: z.string() }, async ({ sql }) => {
  const queryPath = process.env.REPORTS_QUERY_PATH || '/reports/v1/query';
  const res = await fetch(`${process.env.REPORTS_URL}${queryPath}`, { method: 'POST', body: JSON.stringify({ sql }), signal: AbortSignal.timeout(20_000) });
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('file_issue', { repo: z.string(), title: z.string() }, async ({ repo, title }) => {
  const created = await client.post(`/repos/${repo}/issues`, { title }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(created) }] };
});

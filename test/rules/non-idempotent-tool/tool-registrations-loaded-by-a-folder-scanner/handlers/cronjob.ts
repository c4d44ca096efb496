import type { ToolHandler } from '../registry.js';

const API = 'https://api.hosting.example.com/v2';
const headers = { authorization: `Bearer ${process.env.HOSTING_TOKEN}`, 'content-type': 'application/json' };

export const handleCronjobExecute: ToolHandler = async (args: { cronjobId: string }) => {
  const res = await fetch(`${API}/cronjobs/${args.cronjobId}/executions`, { method: 'POST', headers, signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(await res.json()) }] };
};

export async function handleCronjobCreate(args: { projectId: string; command: string; interval: string }) {
  const body = JSON.stringify({ command: args.command, interval: args.interval });
  const res = await fetch(`${API}/projects/${args.projectId}/cronjobs`, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text' as const, text: JSON.stringify(await res.json()) }] };
}

export const handleCronjobList: ToolHandler = async (args: { projectId: string }) => {
  const res = await fetch(`${API}/projects/${args.projectId}/cronjobs`, { headers, signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: JSON.stringify(await res.json()) }] };
};

/** Not a tool: only the maintenance script below runs it. */
export async function purgeAndRecreate(projectId: string) {
  const res = await fetch(`${API}/projects/${projectId}/cronjobs`, { method: 'POST', headers, body: '{}', signal: AbortSignal.timeout(10_000) });
  return res.json();
}

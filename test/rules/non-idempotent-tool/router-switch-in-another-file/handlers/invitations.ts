// Per-tool handler functions: router/tool-router.ts's switch on the tool name hands each its arguments as they came
// (corpus README question 11), so each function is its tool's handler. Sending an invitation is reported here; the
// listing is a read.
const API = 'https://tasks.example.com/api';

export async function handleInviteToProject(args: { projectId: string; email: string }): Promise<string> {
  const res = await fetch(`${API}/projects/${args.projectId}/invitations`, { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ email: args.email }),
    signal: AbortSignal.timeout(10_000),
  });
  return `invited: ${res.status}`;
}

export async function handleListInvitations(args: { projectId: string }): Promise<string> {
  const res = await fetch(`${API}/projects/${args.projectId}/invitations`, { signal: AbortSignal.timeout(10_000) });
  return JSON.stringify(await res.json());
}

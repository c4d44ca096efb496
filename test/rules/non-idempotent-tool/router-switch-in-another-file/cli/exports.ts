// Near-miss: a command function run by a CLI's own switch on the command a person typed (cli/main.ts), not by a model.
const API = 'https://tasks.example.com/api';

export async function handleExport(args: { projectId: string }): Promise<string> {
  const res = await fetch(`${API}/projects/${args.projectId}/exports`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  return `export started: ${res.status}`;
}

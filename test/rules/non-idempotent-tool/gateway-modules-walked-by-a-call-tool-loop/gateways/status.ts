// The status gateway: reads only.
export const TOOLS = [{ name: 'desk_status', description: 'Is the desk up?', inputSchema: { type: 'object', properties: {} } }];

export async function handle(name: string, _args: Record<string, any>) {
  if (name !== 'desk_status') return null;
  const res = await fetch('https://desk.example.com/api/status', { signal: AbortSignal.timeout(5_000) });
  return { content: [{ type: 'text' as const, text: String(res.status) }] };
}

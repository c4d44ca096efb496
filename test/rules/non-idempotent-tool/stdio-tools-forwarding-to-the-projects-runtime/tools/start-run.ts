export async function startRun(params: { goal: string }, runtimeUrl: string, sessionId: string) {
  const res = await fetch(`${runtimeUrl}/api/agent-bridge/v1/runs`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId, goal: params.goal }),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text' as const, text: await res.text() }] };
}

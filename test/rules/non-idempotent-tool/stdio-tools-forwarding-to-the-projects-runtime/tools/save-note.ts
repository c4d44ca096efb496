export async function saveNote(params: { text: string }, runtimeUrl: string, sessionId: string) {
  const res = await fetch(`${runtimeUrl}/api/agent-bridge/v1/notes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId, text: params.text }),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text' as const, text: await res.text() }] };
}

// The project's runtime: one HTTP handler dispatching every path under /api/agent-bridge/v1 to the runtime's own
// stores. Its routes, not the bridge's tools, are where the writes happen.
interface Store { addNote(sessionId: string, text: string): Promise<string>; startRun(sessionId: string, goal: string): Promise<string> }

export function createBridgeApi(store: Store) {
  return async (request: Request): Promise<Response | null> => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/agent-bridge/v1')) return null;
    const body = (await request.json()) as { sessionId: string; text?: string; goal?: string };
    if (url.pathname.endsWith('/notes')) return Response.json({ id: await store.addNote(body.sessionId, body.text ?? '') });
    if (url.pathname.endsWith('/runs')) return Response.json({ id: await store.startRun(body.sessionId, body.goal ?? '') });
    return new Response('not found', { status: 404 });
  };
}

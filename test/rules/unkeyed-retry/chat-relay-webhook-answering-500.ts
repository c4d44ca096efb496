// A chat relay's own webhook, unlike Telegram's: its sender (the team's chat service) does not deliver an update again
// after a 500, so the send is no retry even though the handler reads `body.message.text` the way a Telegram webhook
// does and answers 500 on failure. Only this comment names Telegram: the route, the file and its imports are not its.
interface RelayContext {
  req: { json(): Promise<any> };
  json(body: unknown, status?: number): Response;
}
declare const relay: { post(path: string, handler: (c: RelayContext) => Promise<Response>): void };

relay.post('/rooms/incoming', async (c) => {
  const body = await c.req.json();
  try {
    await fetch(`https://chat.example.com/api/rooms/${body.room}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `echo: ${body.message.text}` }),
      signal: AbortSignal.timeout(10_000),
    });
    return c.json({ ok: true });
  } catch {
    return c.json({ ok: false }, 500);
  }
});

// The toolkit's functions, each one tool's `func` in tools.ts (`defineTool({ name, description, paramsSchema, func })`),
// which its AI SDK, LangChain and MCP bindings call with the model's arguments.
export interface MailClient {
  baseUrl: string;
}

export async function createInbox(client: MailClient, args: { username: string }) {
  const response = await fetch(`${client.baseUrl}/inboxes`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return response.json();
}

export async function listInboxes(client: MailClient, args: { limit?: number }) {
  const response = await fetch(`${client.baseUrl}/inboxes?limit=${args.limit ?? 10}`, { signal: AbortSignal.timeout(10_000) });
  return response.json();
}

// Not a tool's func: a helper nothing registers.
export async function rotateKeys(client: MailClient) {
  await fetch(`${client.baseUrl}/keys/rotate`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
}

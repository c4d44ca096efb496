// Near-miss: a webhook registry filled the same way, by a registration function putting each handler in a Map,
// but looked up by the event type a payment provider sends, never by a model's tool name. Its POST stays clean.
type HookHandler = (payload: unknown) => Promise<void>;
const hookHandlers = new Map<string, HookHandler>();

export function registerHook(event: { type: string }, handler: HookHandler): void {
  hookHandlers.set(event.type, handler);
}

export async function onWebhook(body: { type: string; payload: unknown }) {
  await hookHandlers.get(body.type)?.(body.payload);
}

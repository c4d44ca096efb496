// The tickets gateway: `handle` answers the tools it declares, by name. open_ticket POSTs a new ticket (finding);
// get_ticket reads (clean).
const DESK = 'https://desk.example.com/api';

export const TOOLS = [
  { name: 'open_ticket', description: 'Open a support ticket', inputSchema: { type: 'object', properties: { subject: { type: 'string' } } } },
  { name: 'get_ticket', description: 'Read a ticket', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
];

const text = (value: string) => ({ content: [{ type: 'text' as const, text: value }] });

export async function handle(name: string, args: Record<string, any>) {
  if (name === 'open_ticket') {
    const res = await fetch(`${DESK}/tickets`, { method: 'POST', body: JSON.stringify({ subject: args.subject }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return text(await res.text());
  }
  if (name === 'get_ticket') {
    const res = await fetch(`${DESK}/tickets/${encodeURIComponent(args.id)}`, { signal: AbortSignal.timeout(10_000) });
    return text(await res.text());
  }
  return null;
}

// An escalation worker that calls MCP tools through p-retry. Re-calling create_ticket or the
// remote refund_order (no idempotentHint) repeats a non-idempotent operation; re-calling
// set_ticket_priority, annotated idempotentHint: true, is safe.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import pRetry from 'p-retry';

const helpdesk = new Client({ name: 'escalation-worker', version: '1.0.0' });
await helpdesk.connect(new StreamableHTTPClientTransport(new URL('http://127.0.0.1:3001/mcp')));

const payments = new Client({ name: 'escalation-worker', version: '1.0.0' });
await payments.connect(new StreamableHTTPClientTransport(new URL('https://payments-mcp.example.com/mcp')));

export async function escalate(subject: string, body: string) {
  const created = await pRetry(
    () =>
      helpdesk.callTool({ name: 'create_ticket', arguments: { subject, body } }), // expect: unkeyed-retry
    { retries: 3, randomize: true },
  );
  const ticketId = String((created.content as { text: string }[])[0]?.text);
  await pRetry(
    () =>
      helpdesk.callTool({ name: 'set_ticket_priority', arguments: { ticketId, priority: 'urgent' } }),
    { retries: 3, randomize: true },
  );
  return ticketId;
}

export async function compensate(orderId: string, amountCents: number) {
  return pRetry(
    () =>
      payments.callTool({ name: 'refund_order', arguments: { orderId, amountCents } }), // expect: unkeyed-retry
    { retries: 2, randomize: true },
  );
}

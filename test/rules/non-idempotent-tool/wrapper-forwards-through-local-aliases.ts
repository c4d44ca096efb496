// Project wrappers that hand the callback their caller gives them to MCP's registerTool through local aliases: a
// function of the wrapper's own that calls the callback, then a const naming that function (`run`). One wrapper names
// its function outside ASCII (`käsittelijä`), the other inside it: the callback each caller hands over is a tool's
// handler either way, so cancelling an order and booking a shipment are tools' writes. The near miss: a wrapper that
// only reads its callback's name into a label and registers a function that never calls the callback registers no
// callback — refunding there is not a tool's write.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'orders', version: '1.0.0' });
const schema = { orderId: z.string() };

function orderTool(name: string, callback: (args: { orderId: string }) => Promise<unknown>) {
  const käsittelijä = async (args: { orderId: string }) => callback(args);
  const run = käsittelijä;
  server.registerTool(name, { description: name, inputSchema: schema }, run);
}

function shipmentTool(name: string, callback: (args: { orderId: string }) => Promise<unknown>) {
  const guarded = async (args: { orderId: string }) => callback(args);
  const run = guarded;
  server.registerTool(name, { description: name, inputSchema: schema }, run);
}

function loggedTool(name: string, callback: (args: { orderId: string }) => Promise<unknown>) {
  const label = `${name}:${callback.name}`;
  server.registerTool(name, { description: name, inputSchema: schema }, async () => ({ content: [{ type: 'text' as const, text: label }] }));
}

orderTool('cancel_order', async ({ orderId }) => {
  const response = await fetch(`https://shop.example.com/orders/${orderId}/cancellations`, { // expect: non-idempotent-tool
    method: 'POST',
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
});

shipmentTool('book_shipment', async ({ orderId }) => {
  const response = await fetch(`https://shop.example.com/orders/${orderId}/shipments`, { // expect: non-idempotent-tool
    method: 'POST',
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
});

loggedTool('refund_order', async ({ orderId }) => {
  const response = await fetch(`https://shop.example.com/orders/${orderId}/refunds`, {
    method: 'POST',
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
});

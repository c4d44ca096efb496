// A module of Node itself is never a vendor client, whatever its methods are called (Node's own list, `isBuiltin`,
// shared by vendor-writes.ts and remote-calls.ts): a tool that publishes to a `diagnostics_channel` (a bare specifier the
// hand-kept list once missed) tells in-process subscribers, it writes nothing in another system — clean. The same
// `publish` on a pub/sub vendor's channel (Ably, matched by name) sends a message each time the tool runs: a finding.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import Ably from 'ably';
import diagnostics_channel from 'diagnostics_channel';
import { z } from 'zod';

const server = new McpServer({ name: 'orders', version: '1.0.0' });
const audit = diagnostics_channel.channel('orders:placed');
const ably = new Ably.Rest({ key: process.env.ABLY_KEY });
const updates = ably.channels.get('orders');

server.registerTool('note_order', { inputSchema: { sku: z.string() } }, async ({ sku }) => {
  audit.publish({ sku });
  return { content: [{ type: 'text', text: `noted ${sku}` }] };
});

server.registerTool('announce_order', { inputSchema: { sku: z.string() } }, async ({ sku }) => {
  await updates.publish('placed', { sku }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: `announced ${sku}` }] };
});

import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { sendOnce, sendWhatsAppMessage, type WhatsAppSocket } from './whatsapp.js';

export function register(server: McpServer, sock: WhatsAppSocket | null) {
  server.tool('send_message', { recipient: z.string(), message: z.string() }, async ({ recipient, message }) => {
    const result = await sendWhatsAppMessage(sock, recipient, message); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: `sent ${result?.key.id}` }] };
  });

  server.tool('send_confirmation', { recipient: z.string(), orderId: z.string() }, async ({ recipient, orderId }) => {
    if (!sock) return { content: [{ type: 'text', text: 'not connected' }] };
    await sendOnce(sock, recipient, `Order ${orderId} confirmed`, `confirm-${orderId}`);
    return { content: [{ type: 'text', text: 'sent' }] };
  });
}

// A tool whose helper turns the model's text into an event of its own and hands it to a dispatcher that switches on
// the event's type: the model does not choose the case, so the tool call is one finding at the handler's call, not
// one per case whose write it reaches. A helper switching on the operation the handler hands it (`run(op, args)`) is
// one-handler-per-tool-dispatches-by-method-name/'s case: one finding per operation.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

type ChatEvent = { type: 'text'; text: string } | { type: 'file'; name: string; body: string };

class ChatBridge {
  async announce(text: string) {
    const event: ChatEvent = text.length > 2000 ? { type: 'file', name: 'announcement.txt', body: text } : { type: 'text', text };
    await this.deliver(event);
  }

  private async deliver(event: ChatEvent) {
    switch (event.type) {
      case 'text':
        await fetch('https://chat.example.com/api/messages', { method: 'POST', body: JSON.stringify({ text: event.text }), signal: AbortSignal.timeout(10_000) });
        return;
      case 'file':
        await fetch('https://chat.example.com/api/uploads', { method: 'POST', body: event.body, signal: AbortSignal.timeout(10_000) });
        return;
    }
  }
}

const bridge = new ChatBridge();
const server = new McpServer({ name: 'chat', version: '1.0.0' });

server.tool('announce', 'Post an announcement to the team channel', { text: z.string() }, async ({ text }) => {
  await bridge.announce(text); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'posted' }] };
});

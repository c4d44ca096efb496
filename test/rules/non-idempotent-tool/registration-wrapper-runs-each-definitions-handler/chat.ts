// A chat tool whose definition is the module's default export: posting sends a new message every call.
import { defineTool } from './registry.js';

const postToChannel = defineTool<{ channel: string; text: string }, unknown>({
  name: 'chat.post',
  description: 'Post a message to a channel',
  input_schema: { type: 'object', properties: { channel: { type: 'string' }, text: { type: 'string' } } },
  handler: async ({ channel, text }) => {
    const res = await fetch('https://chat.example.com/api/messages', { method: 'POST', body: JSON.stringify({ channel, text }), signal: AbortSignal.timeout(10_000) });
    return res.json();
  },
});

export default postToChannel;

// Registered too, but its handler does nothing a repeat could double.
export const ping = defineTool<Record<string, never>, unknown>({
  name: 'chat.ping',
  description: 'Check the worker is up',
  input_schema: { type: 'object', properties: {} },
  async handler() {
    return { ok: true };
  },
});

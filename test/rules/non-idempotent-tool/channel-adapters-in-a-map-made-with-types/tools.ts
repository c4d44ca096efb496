// Posting goes through the registry to whichever adapter serves the channel kind (loaded by name, so only the map's
// written value type tells): the webhook adapter posts a new
// message each call (a finding); reading the history only reads (clean).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { ChannelRegistry } from './registry.js';
import type { ChannelAdapter } from './types.js';

// Adapters are loaded by name from the configuration: no value to follow from the registration to a class.
async function loadAdapter(name: string): Promise<ChannelAdapter> {
  const module = (await import(`./${name}-adapter.js`)) as { default: new (url: string) => ChannelAdapter };
  return new module.default(process.env.CHAT_URL!);
}

const registry = new ChannelRegistry();
for (const name of (process.env.CHANNELS ?? 'webhook').split(',')) registry.register(await loadAdapter(name));
const server = new McpServer({ name: 'channels', version: '1.0.0' });

server.registerTool('post_message', { inputSchema: { kind: z.string(), channel: z.string(), text: z.string() } }, async ({ kind, channel, text }) => {
  await registry.post(kind, channel, text); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'posted' }] };
});

server.registerTool('read_history', { inputSchema: { kind: z.string(), channel: z.string() } }, async ({ kind, channel }) => {
  const lines = await registry.history(kind, channel);
  return { content: [{ type: 'text', text: lines.join('\n') }] };
});

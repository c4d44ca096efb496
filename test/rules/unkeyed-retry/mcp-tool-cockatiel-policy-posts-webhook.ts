// MCP server whose announce tool runs the webhook POST through a cockatiel retry policy:
// each re-execution posts the announcement again. The policy around the GET next to it is fine.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import { z } from 'zod';

const webhookPolicy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });

const server = new McpServer({ name: 'team-announcements', version: '1.4.0' });

server.registerTool(
  'announce_release',
  {
    title: 'Announce a release',
    description: 'Post a release announcement to the team channel',
    inputSchema: { version: z.string(), notes: z.string() },
  },
  async ({ version, notes }, extra) => {
    await webhookPolicy.execute(({ signal }) =>
      fetch(process.env.ANNOUNCE_WEBHOOK_URL!, { // expect: unkeyed-retry
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `Released ${version}\n${notes}` }),
        signal: AbortSignal.any([signal, extra.signal]),
      }),
    );
    return { content: [{ type: 'text', text: `Announced ${version}` }] };
  },
);

server.registerTool(
  'latest_release',
  {
    title: 'Latest release',
    description: 'Read the latest published release',
    inputSchema: {},
    annotations: { readOnlyHint: true },
  },
  async (_args, extra) => {
    const res = await webhookPolicy.execute(({ signal }) =>
      fetch('https://releases.example.com/api/latest', { signal: AbortSignal.any([signal, extra.signal]) }),
    );
    return { content: [{ type: 'text', text: await res.text() }] };
  },
);

await server.connect(new StdioServerTransport());

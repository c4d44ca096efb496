// Tools written as McpServer.registerTool takes them, the declaration in a `config` object next to the handler.
// create_mailing_list POSTs a new list (finding); get_mailing_list reads (clean).
import { z } from 'zod';

const API = 'https://mail.example.com/api';

export const listTools = {
  get_mailing_list: {
    config: { title: 'Get list', description: 'Read a mailing list', inputSchema: { id: z.string() } },
    handler: async ({ id }: { id: string }) => {
      const res = await fetch(`${API}/lists/${id}`, { signal: AbortSignal.timeout(10_000) });
      return { content: [{ type: 'text' as const, text: await res.text() }] };
    },
  },
  create_mailing_list: {
    config: { title: 'Create list', description: 'Create a mailing list', inputSchema: { name: z.string() }, annotations: { readOnlyHint: false } },
    handler: async ({ name }: { name: string }) => {
      const res = await fetch(`${API}/lists`, { method: 'POST', body: JSON.stringify({ name }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
      return { content: [{ type: 'text' as const, text: await res.text() }] };
    },
  },
};

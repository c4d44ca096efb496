// One group of tools: the factory returns the specs and a table of handlers keyed by tool name (corpus README
// question 11). The server registers each spec with the handler its group holds under that name, so posting an
// entry is a tool's write; reading one is not.
import type { LedgerApi } from '../api.js';
import type { ToolFn, ToolSpec } from '../types.js';

export function getTools(api: LedgerApi): { tools: ToolSpec[]; handlers: Record<string, ToolFn> } {
  const tools: ToolSpec[] = [
    { name: 'post_entry', description: 'Post a journal entry', inputSchema: { type: 'object', properties: { amount: { type: 'number' } } } },
    { name: 'get_entry', description: 'Read a journal entry', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  ];

  const handlers: Record<string, ToolFn> = {
    post_entry: async (args) => {
      const created = await api.post('/entries', { amount: args.amount }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: JSON.stringify(created) }] };
    },
    get_entry: async (args) => {
      const entry = await api.get(`/entries/${String(args.id)}`);
      return { content: [{ type: 'text', text: JSON.stringify(entry) }] };
    },
  };

  return { tools, handlers };
}

// A second group, its table written in the return statement.
import type { LedgerApi } from '../api.js';
import type { ToolFn, ToolSpec } from '../types.js';

export function getTools(api: LedgerApi): { tools: ToolSpec[]; handlers: Record<string, ToolFn> } {
  return {
    tools: [{ name: 'open_account', description: 'Open an account', inputSchema: { type: 'object', properties: { owner: { type: 'string' } } } }],
    handlers: {
      open_account: async (args) => {
        const account = await api.post('/accounts', { owner: args.owner }); // expect: non-idempotent-tool
        return { content: [{ type: 'text', text: JSON.stringify(account) }] };
      },
    },
  };
}

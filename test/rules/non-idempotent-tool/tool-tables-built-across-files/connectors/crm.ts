// A connector whose tools are built with a `tool` function the framework hands in (`tools: (tool) => ({ … })`): the
// definition helper cannot be seen, but each call gives it the whole tool shape, so each handler is a tool.
import { z } from 'zod';
import { defineConnector } from '@acme/connector-kit';

const API = 'https://crm.example.com/api';

export const CrmConnector = defineConnector({
  name: 'CRM',
  tools: (tool) => ({
    CREATE_DEAL: tool({
      name: 'crm_create_deal',
      description: 'Create a deal',
      schema: z.object({ title: z.string() }),
      handler: async (args: { title: string }) => {
        const res = await fetch(`${API}/deals`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
        return JSON.stringify(await res.json());
      },
    }),
    GET_DEAL: tool({
      name: 'crm_get_deal',
      description: 'Read a deal',
      schema: z.object({ id: z.string() }),
      handler: async (args: { id: string }) => {
        const res = await fetch(`${API}/deals/${args.id}`, { signal: AbortSignal.timeout(10_000) });
        return JSON.stringify(await res.json());
      },
    }),
  }),
});

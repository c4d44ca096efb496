// A factory that builds the tool list for a given API: `{ name, description, input_schema, execute }`
// objects. cancel_order POSTs inside its execute (reported there); lookup_order only reads.
export interface OrderTool {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
  execute(input: any): Promise<unknown>;
}

export function createOrderTools(api: string): OrderTool[] {
  return [
    {
      name: 'lookup_order',
      description: 'Look up an order',
      input_schema: { type: 'object', properties: { id: { type: 'string' } } },
      execute: async ({ id }) => (await fetch(`${api}/orders/${id}`, { signal: AbortSignal.timeout(5_000) })).json(),
    },
    {
      name: 'cancel_order',
      description: 'Cancel an order and refund it',
      input_schema: { type: 'object', properties: { id: { type: 'string' } } },
      async execute({ id }) {
        const res = await fetch(`${api}/orders/${id}/cancellations`, { method: 'POST', signal: AbortSignal.timeout(5_000) }); // expect: non-idempotent-tool
        return res.status;
      },
    },
  ];
}

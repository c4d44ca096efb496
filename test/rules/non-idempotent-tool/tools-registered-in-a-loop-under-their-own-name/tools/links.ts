import { z } from 'zod';

  export const linkTools = [
    {
      name: 'create_payment_link',
      description: 'Create a payment link',
      schema: { amount: z.number() },
      handler: async ({ amount }: { amount: number }) => {
        const response = await fetch('https://billing.example.com/api/links', { method: 'POST', body: JSON.stringify({ amount }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
        return { content: [{ type: 'text' as const, text: await response.text() }] };
      },
    },
    {
      name: 'get_payment_link',
      description: 'Read a payment link',
      schema: { id: z.string() },
      handler: async ({ id }: { id: string }) => {
        const response = await fetch(`https://billing.example.com/api/links/${id}`, { signal: AbortSignal.timeout(10_000) });
        return { content: [{ type: 'text' as const, text: await response.text() }] };
      },
    },
  ];

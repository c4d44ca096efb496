// Creating a dashboard POSTs a new one on every call: a second call makes a second dashboard.
import { z } from 'zod';
import type { Context, ToolBase } from '../types.js';

const schema = z.object({ name: z.string() });

export const createHandler = async (context: Context, params: z.infer<typeof schema>) => {
  const response = await fetch(`${context.baseUrl}/api/dashboards`, { // expect: non-idempotent-tool
    method: 'POST',
    headers: { authorization: `Bearer ${context.apiKey}` },
    body: JSON.stringify({ name: params.name }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
};

const tool = (): ToolBase<typeof schema> => ({
  name: 'dashboard-create',
  schema,
  handler: createHandler,
});

export default tool;

// Reading a dashboard is safe to repeat.
import { z } from 'zod';
import type { Context, ToolBase } from '../types.js';

const schema = z.object({ id: z.string() });

export const getHandler = async (context: Context, params: z.infer<typeof schema>) => {
  const response = await fetch(`${context.baseUrl}/api/dashboards/${params.id}`, { signal: AbortSignal.timeout(10_000) });
  return response.json();
};

const tool = (): ToolBase<typeof schema> => ({ name: 'dashboard-get', schema, handler: getHandler });

export default tool;

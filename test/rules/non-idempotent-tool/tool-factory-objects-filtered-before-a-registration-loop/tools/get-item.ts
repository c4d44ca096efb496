import { z } from 'zod';
import { createTool } from '../factory.js';

export const getItem = createTool('get-item', { description: 'Read an item', inputSchema: { id: z.string() } }, async (args, { baseUrl }) => {
  const response = await fetch(`${baseUrl}/items/${String(args.id)}`, { signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: await response.text() }] };
});

import { z } from 'zod';
import { createTool, type ToolCallback } from '../factory.js';

const callback: ToolCallback = async (args, { baseUrl }) => {
  const response = await fetch(`${baseUrl}/items`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: await response.text() }] };
};

export const addItem = createTool('add-item', { description: 'Add an item to the catalogue', inputSchema: { title: z.string() } }, callback);

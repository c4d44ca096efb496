// Near-miss: built by the same factory but left out of the tool list: no registration runs it.
import { createTool } from '../factory.js';

export const purgeItems = createTool('purge-items', { description: 'Purge the trash', inputSchema: {} }, async (_args, { baseUrl }) => {
  await fetch(`${baseUrl}/trash/purges`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: 'purged' }] };
});

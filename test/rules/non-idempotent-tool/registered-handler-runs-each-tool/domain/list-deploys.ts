// Listing deploys only reads.
import { z } from 'zod';
import type { DomainTool } from './types.js';

const schema = z.object({ siteId: z.string() });

export const listDeploysDomainTool: DomainTool<typeof schema> = {
  domain: 'deploy',
  operation: 'list-deploys',
  inputSchema: schema,
  cb: async ({ siteId }) => {
    const response = await fetch(`https://api.example.com/v1/sites/${siteId}/deploys`, { signal: AbortSignal.timeout(10_000) });
    return response.text();
  },
};

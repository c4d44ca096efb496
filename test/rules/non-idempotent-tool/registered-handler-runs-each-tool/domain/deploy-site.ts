// Starting a deploy POSTs a new build each time.
import { z } from 'zod';
import type { DomainTool } from './types.js';

const schema = z.object({ siteId: z.string() });

export const deploySiteDomainTool: DomainTool<typeof schema> = {
  domain: 'deploy',
  operation: 'deploy-site',
  inputSchema: schema,
  cb: async ({ siteId }) => {
    const response = await fetch(`https://api.example.com/v1/sites/${siteId}/builds`, { // expect: non-idempotent-tool
      method: 'POST',
      signal: AbortSignal.timeout(10_000),
    });
    return response.text();
  },
};

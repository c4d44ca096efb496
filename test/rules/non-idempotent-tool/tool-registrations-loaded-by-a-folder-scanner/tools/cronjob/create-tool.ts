import type { ToolRegistration } from '../../registry.js';
import { handleCronjobCreate } from '../../handlers/cronjob.js';

export const registration: ToolRegistration = {
  tool: {
    name: 'cronjob_create',
    description: 'Create a cron job.',
    inputSchema: { type: 'object', properties: { projectId: { type: 'string' }, command: { type: 'string' }, interval: { type: 'string' } } },
  },
  handler: handleCronjobCreate,
};

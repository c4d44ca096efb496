import type { ToolRegistration } from '../../registry.js';
import { handleCronjobList } from '../../handlers/cronjob.js';

export default {
  tool: { name: 'cronjob_list', description: 'List cron jobs.', inputSchema: { type: 'object', properties: { projectId: { type: 'string' } } } },
  handler: handleCronjobList,
} satisfies ToolRegistration;

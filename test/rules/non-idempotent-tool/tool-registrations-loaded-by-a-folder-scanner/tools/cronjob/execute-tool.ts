import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolRegistration } from '../../registry.js';
import { handleCronjobExecute } from '../../handlers/cronjob.js';

const tool: Tool = {
  name: 'cronjob_execute',
  description: 'Run a cron job now.',
  inputSchema: { type: 'object', properties: { cronjobId: { type: 'string' } }, required: ['cronjobId'] },
};

const registration: ToolRegistration = { tool, handler: handleCronjobExecute };

export default registration;

// Near-misses: a job table pairing a `tool` label (not a tool definition) with a function, and a tool-shaped pair that
// nothing exports (a scanner only loads what a file exports).
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { purgeAndRecreate } from './handlers/cronjob.js';

export const nightly = { tool: 'purge', handler: purgeAndRecreate };

const draftTool: Tool = { name: 'purge_cronjobs', description: 'Purge cron jobs.', inputSchema: { type: 'object', properties: {} } };
const draft = { tool: draftTool, handler: purgeAndRecreate };
void draft;

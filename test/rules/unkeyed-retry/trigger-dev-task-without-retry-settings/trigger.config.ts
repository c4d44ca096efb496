import { defineConfig } from '@trigger.dev/sdk';

// No retries: tasks without retry settings of their own run once.
export default defineConfig({ project: 'proj_billing', dirs: ['./trigger'] });

import type { TriggerConfig } from '@trigger.dev/sdk/v3';

// The v3 config object with retries turned down to a single attempt: tasks without settings of their own run once.
export const config: TriggerConfig = {
  project: 'proj_digest',
  retries: { enabledInDev: false, default: { maxAttempts: 1 } },
};

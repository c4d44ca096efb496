import type { TriggerConfig } from '@trigger.dev/sdk/v3';

// The v3 beta form of the project config: an exported object typed TriggerConfig instead of defineConfig(…).
// Every task without retry settings of its own gets three attempts.
export const config: TriggerConfig = {
  project: 'proj_digest',
  retries: {
    enabledInDev: true,
    default: { maxAttempts: 3, minTimeoutInMs: 1000, maxTimeoutInMs: 10_000, factor: 2, randomize: true },
  },
};

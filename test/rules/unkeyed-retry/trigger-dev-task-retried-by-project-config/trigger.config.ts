import { defineConfig } from '@trigger.dev/sdk';

// Every task without retry settings of its own gets these: three attempts.
export default defineConfig({
  project: 'proj_newsletter',
  dirs: ['./src/trigger'],
  retries: {
    enabledInDev: false,
    default: { maxAttempts: 3, minTimeoutInMs: 1000, maxTimeoutInMs: 10_000, factor: 2 },
  },
});

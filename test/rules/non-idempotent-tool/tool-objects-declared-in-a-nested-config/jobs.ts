// Near-miss: scheduled jobs shaped like the tools (a `config` with a description next to a handler), but the config
// declares a schedule, not an input schema: nothing a model calls. The POST stays clean.
export const jobs = {
  nightly_digest: {
    config: { description: 'Send the nightly digest', schedule: '0 3 * * *' },
    handler: async () => {
      await fetch('https://mail.example.com/api/digests', { method: 'POST', signal: AbortSignal.timeout(10_000) });
    },
  },
};

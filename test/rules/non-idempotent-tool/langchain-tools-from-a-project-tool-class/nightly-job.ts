// Near miss: another class that stores a `run` function the same way, run by a timer of the app's own; nothing turns it
// into a tool (clean).
export class NightlyJob {
  name: string;
  run: () => Promise<void>;

  constructor(config: { name: string; run: () => Promise<void> }) {
    this.name = config.name;
    this.run = config.run;
  }
}

const sweep = new NightlyJob({
  name: 'sweep',
  run: async () => {
    await fetch('https://billing.example.com/sweeps', { method: 'POST', signal: AbortSignal.timeout(60_000) });
  },
});

setInterval(() => void sweep.run(), 24 * 60 * 60 * 1000);

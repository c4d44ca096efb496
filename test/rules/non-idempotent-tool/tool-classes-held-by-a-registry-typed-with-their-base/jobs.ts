// Near-miss: the same shape — subclasses of a base whose `start` calls the abstract `work`, kept in a Map written with
// the base class — but the Map is looked up by the command an operator typed (process.argv), not by a name the model
// sent, and nothing hands these classes to a model: RebuildIndexJob's POST is not a tool's (clean).
import { MaintenanceJob } from './base.js';

export class RebuildIndexJob extends MaintenanceJob {
  readonly command = 'rebuild-index';

  protected async work(): Promise<void> {
    await fetch('https://calendar.example.com/v1/index-rebuilds', { method: 'POST', signal: AbortSignal.timeout(60_000) });
  }
}

const jobs: Map<string, MaintenanceJob> = new Map();

export function registerJob(job: MaintenanceJob) {
  jobs.set(job.command, job);
}

export async function main(argv: string[]) {
  const command = argv[2] ?? 'help';
  const job = jobs.get(command);
  if (job) await job.start();
}

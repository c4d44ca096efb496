// Near miss: a nightly job class with the same `execute` shape, written against its own interface and run by a
// scheduler, not registered with any server: no model can call it, so its POST is no tool's write (clean).
import { CRM } from './tool.js';

interface NightlyJob {
  readonly name: string;
  execute(params: Record<string, string>): Promise<unknown>;
}

export class DigestJob implements NightlyJob {
  readonly name = 'digest';

  async execute(params: Record<string, string>) {
    return fetch(`${CRM}/digests`, { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(10_000) });
  }
}

export function runNightly(jobs: Map<string, NightlyJob>) {
  for (const job of jobs.values()) void job.execute.bind(job)({});
}

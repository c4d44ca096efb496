// Runs the wrapped jobs by the name a cron entry gives.
import { REPORT_JOBS } from './reports.js';

const jobs = { ...REPORT_JOBS };

function timed(): Record<string, () => Promise<string>> {
  const out: Record<string, () => Promise<string>> = {};
  for (const [name, job] of Object.entries(jobs)) {
    out[name] = async () => {
      const started = Date.now();
      const result = await job();
      console.log(name, Date.now() - started);
      return result;
    };
  }
  return out;
}

const JOBS = timed();

export async function runCronEntry(entry: { job: string }): Promise<string> {
  return JOBS[entry.job]!();
}

// The same typed-array shape for maintenance jobs a timer runs: no model can call them, so the client's POST is no
// tool's write.
import type { TicketClient } from './ticket-client.js';

interface Job {
  name: string;
  run: (client: TicketClient) => Promise<unknown>;
}

export const jobs: Job[] = [{ name: 'archive', run: async (client) => client.archiveClosed() }];

export function startJobs(client: TicketClient) {
  for (const job of jobs) setInterval(() => void job.run(client), 3_600_000);
}

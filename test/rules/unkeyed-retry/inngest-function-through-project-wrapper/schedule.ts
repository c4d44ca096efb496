// The project's own wrapper around createFunction: the handler it is given is what Inngest runs, with its `step`.
import type { Inngest } from 'inngest';

export function onCron(client: Inngest, id: string, cron: string, handler: any) {
  return client.createFunction({ id, name: id }, { cron }, handler);
}

// Near miss: a local timer that runs its callback with a step object of the project's own making, not Inngest's.
export function everyMinute(run: (ctx: { step: { run: (id: string, fn: () => Promise<unknown>) => Promise<unknown> } }) => Promise<unknown>) {
  const step = { run: (_id: string, fn: () => Promise<unknown>) => fn() };
  setInterval(() => void run({ step }), 60_000);
}

// Things shaped like tools that no model can invoke: a CLI command table with `execute` methods and a
// home-grown `tool()` helper that only fills a local registry (it hands nothing to an agent SDK). They
// POST, but they are not tool handlers: no finding.
import { z } from 'zod';

interface Command<A> {
  description: string;
  args: z.ZodType<A>;
  execute(args: A): Promise<string>;
}

const DEPLOY_API = 'https://deploy.internal.example.com';

export const commands: Record<string, Command<any>> = {
  deploy: {
    description: 'Deploy a service revision',
    args: z.object({ service: z.string(), revision: z.string() }),
    async execute({ service, revision }: { service: string; revision: string }) {
      const res = await fetch(`${DEPLOY_API}/deployments`, {
        method: 'POST',
        body: JSON.stringify({ service, revision }),
        signal: AbortSignal.timeout(30_000),
      });
      return `deploy requested: ${res.status}`;
    },
  },
};

const registry = new Map<string, (input: unknown) => Promise<unknown>>();

function tool<I>(name: string, run: (input: I) => Promise<unknown>) {
  registry.set(name, run as (input: unknown) => Promise<unknown>);
  return run;
}

export const rollback = tool('rollback', async ({ service }: { service: string }) => {
  return fetch(`${DEPLOY_API}/rollbacks`, { method: 'POST', body: JSON.stringify({ service }), signal: AbortSignal.timeout(30_000) });
});

// Used by the on-call CLI: `ops run rollback --service api`.
export async function runCommand(name: string, input: unknown) {
  const run = registry.get(name);
  if (!run) throw new Error(`no command ${name}`);
  return run(input);
}

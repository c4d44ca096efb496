// Managed agents on @anthropic-ai/sdk (installed: checked in 1.12.0). Creating an environment, an agent or a
// session, and sending a session event, each POST new state, and the client retries twice with no key: a lost
// response leaves a second environment, or sends the prompt twice. Clean: reads (list, retrieve), a client with
// retries off, and a create keyed by an Idempotency-Key header built from the run id.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ timeout: 120_000 });
const quiet = new Anthropic({ timeout: 120_000, maxRetries: 0 });

export async function startRun(runId: string, prompt: string) {
  const environment = await client.beta.environments.create({ name: `run-${runId}` }); // expect: unkeyed-retry
  const agent = await client.beta.agents.create({ name: 'reviewer', model: 'claude-sonnet-4-5' }); // expect: unkeyed-retry
  const session = await client.beta.sessions.create( // expect: unkeyed-retry
    { environment_id: environment.id, agent: { type: 'agent', id: agent.id, version: agent.version } },
  );
  const resources = await client.beta.sessions.resources.list(session.id);
  await client.beta.sessions.events.send(session.id, { events: [{ type: 'user.message', content: [{ type: 'text', text: prompt }] }] }); // expect: unkeyed-retry
  return { session: session.id, resources: resources.data.length };
}

export async function startQuietly(runId: string) {
  const environment = await quiet.beta.environments.create({ name: `run-${runId}` });
  const keyed = await client.beta.environments.create({ name: `keyed-${runId}` }, { headers: { 'Idempotency-Key': `env-${runId}` } });
  const found = await client.beta.environments.retrieve(environment.id);
  return [found.id, keyed.id];
}

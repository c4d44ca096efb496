// Letta's `agents.messages.createStream(agentId, { messages })` POSTs the message to the stateful agent (…/messages/stream)
// and streams the steps of its answer back: a message created on the server, under a name that elsewhere builds a
// local stream. Re-run by the project's retry helper after a gateway error, it appends the message again and runs the
// agent again: a finding, like `agents.messages.create`. Clean: a read of the agent's messages under the same helper,
// and a `createStream` that is not a messages resource's (a recorder's stream built in memory).
import { LettaClient } from '@letta-ai/letta-client';

const letta = new LettaClient({ token: process.env.LETTA_API_KEY, baseUrl: 'https://api.letta.com' });

async function withRetry<T>(operation: () => Promise<T>, maxRetries = 2): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= maxRetries; attempt++) {
    try {
      return await operation();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
    }
  }
  throw lastError;
}

const recorder = {
  chunks: [] as string[],
  createStream(label: string) {
    const chunks = this.chunks;
    return { label, write: (text: string) => chunks.push(text) };
  },
};

export async function askAgent(agentId: string, text: string) {
  return withRetry(() => letta.agents.messages.createStream(agentId, { messages: [{ role: 'user', content: text }] })); // expect: unkeyed-retry
}

export async function historyOf(agentId: string) {
  return withRetry(() => letta.agents.messages.list(agentId));
}

export async function openTranscript(label: string) {
  return withRetry(async () => recorder.createStream(label));
}

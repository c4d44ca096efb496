// Slack writes made through a client whose type is `ReturnType<SlackClientManager['getClientForOperation']>`:
// a WebClient, which retries failed calls (up to 10 times) with no key. Reading the history is clean.
import { createServiceMethod, type ServiceMethodContext } from './service-method.js';
import type { SlackClientManager } from './types.js';

export function createMessageService(manager: SlackClientManager) {
  const sendMessage = createServiceMethod('write', manager, async (input: { channel: string; text: string }, { client }: ServiceMethodContext) => {
    const result = await client.chat.postMessage({ channel: input.channel, text: input.text }); // expect: unkeyed-retry
    return result.ts;
  });

  const history = createServiceMethod('read', manager, async (input: { channel: string }, { client, label }: ServiceMethodContext) => {
    const result = await client.conversations.history({ channel: input.channel, limit: 20 });
    return `${label}: ${result.messages?.length ?? 0}`;
  });

  return { sendMessage, history };
}

// Untyped and default-exported: the plugin imports it under a name of its own, by this file's path.
import type { IAgentRuntime, Memory } from '@elizaos/core';

export default {
  name: 'FOLLOW_CREATOR',
  similes: ['SUBSCRIBE'],
  description: 'Follow a creator and send them a welcome message',
  validate: async () => true,
  handler: async (_runtime: IAgentRuntime, message: Memory) => {
    const { creator } = message.content as { creator: string };
    await fetch(`https://social.example.com/api/creators/${creator}/messages`, { method: 'POST', body: 'Hello!', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return true;
  },
  examples: [],
};

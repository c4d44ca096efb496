// Untyped action objects. tipAction is in the plugin's `actions` list, so the runtime runs its handler; voteAction is
// written the same way but no plugin lists it: nothing can run it.
import type { IAgentRuntime, Memory } from '@elizaos/core';

export const tipAction = {
  name: 'SEND_TIP',
  similes: ['TIP'],
  description: 'Send a tip to a creator',
  validate: async () => true,
  async handler(_runtime: IAgentRuntime, message: Memory) {
    const { creator, amount } = message.content as { creator: string; amount: number };
    await sendTip(creator, amount); // expect: non-idempotent-tool
    return true;
  },
  examples: [],
};

export const voteAction = {
  name: 'CAST_VOTE',
  similes: ['VOTE'],
  description: 'Cast a vote',
  validate: async () => true,
  handler: async (_runtime: IAgentRuntime, message: Memory) => {
    await fetch('https://gov.example.com/api/votes', { method: 'POST', body: JSON.stringify(message.content), signal: AbortSignal.timeout(10_000) });
    return true;
  },
  examples: [],
};

async function sendTip(creator: string, amount: number) {
  await fetch('https://pay.example.com/api/tips', { method: 'POST', body: JSON.stringify({ creator, amount }), signal: AbortSignal.timeout(10_000) });
}

// A listed action that only reads.
import type { IAgentRuntime, Memory } from '@elizaos/core';

export const balanceAction = {
  name: 'GET_BALANCE',
  similes: ['BALANCE'],
  description: 'Read the wallet balance',
  validate: async () => true,
  handler: async (_runtime: IAgentRuntime, _message: Memory) => {
    const response = await fetch('https://pay.example.com/api/balance', { signal: AbortSignal.timeout(10_000) });
    return (await response.json()) as unknown;
  },
  examples: [],
};

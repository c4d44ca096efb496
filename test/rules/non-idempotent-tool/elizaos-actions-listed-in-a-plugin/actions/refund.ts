// Asserted to the framework's type (`export default { … } as Action`): an action like any other.
import type { Action, IAgentRuntime, Memory } from '@elizaos/core';

export default {
  name: 'REFUND_PAYMENT',
  similes: ['GIVE_MONEY_BACK'],
  description: 'Refund a payment to the customer',
  validate: async (_runtime: IAgentRuntime, _message: Memory) => true,
  handler: async (_runtime: IAgentRuntime, message: Memory) => {
    const { paymentId } = message.content as { paymentId: string };
    await fetch(`https://pay.example.com/api/payments/${paymentId}/refunds`, { method: 'POST', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return true;
  },
  examples: [],
} as Action;

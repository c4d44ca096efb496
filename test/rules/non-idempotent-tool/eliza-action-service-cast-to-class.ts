// ElizaOS actions also reach a plugin's service as `runtime.getService(PayoutService.serviceType) as PayoutService`: the
// call says nothing of its own, so the cast's class is what it holds and its methods are followed — a payout posts a new
// transfer on every call. A read stays clean, and so does a value whose own origin is known (a stub object cast to the
// class: its method, not the class's, is what runs).
import type { Action, IAgentRuntime, Memory } from '@elizaos/core';
import { Service } from '@elizaos/core';

export class PayoutService extends Service {
  static serviceType = 'payouts';
  capabilityDescription = 'Pays contributors';

  async stop() {}

  async sendPayout(to: string, cents: number) {
    const res = await fetch('https://pay.example.com/v1/transfers', {
      method: 'POST',
      body: JSON.stringify({ to, cents }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }

  async balance() {
    const res = await fetch('https://pay.example.com/v1/balance', { signal: AbortSignal.timeout(10_000) });
    return res.json();
  }
}

export const payoutAction: Action = {
  name: 'SEND_PAYOUT',
  description: 'Pay a contributor',
  similes: [],
  examples: [],
  validate: async () => true,
  handler: async (runtime: IAgentRuntime, message: Memory) => {
    const payouts = runtime.getService(PayoutService.serviceType) as PayoutService;
    const receipt = await payouts.sendPayout(String(message.content.text), 500); // expect: non-idempotent-tool
    return { text: `Paid: ${receipt.id}`, success: true };
  },
};

export const balanceAction: Action = {
  name: 'PAYOUT_BALANCE',
  description: 'Show the payout balance',
  similes: [],
  examples: [],
  validate: async () => true,
  handler: async (runtime: IAgentRuntime) => {
    const payouts = runtime.getService(PayoutService.serviceType) as PayoutService;
    return { text: JSON.stringify(await payouts.balance()), success: true };
  },
};

function dryRunPayouts() {
  return { sendPayout: async (to: string, cents: number) => ({ id: `dry-${to}-${cents}` }) };
}

export const dryRunPayoutAction: Action = {
  name: 'DRY_RUN_PAYOUT',
  description: 'Show what a payout would do',
  similes: [],
  examples: [],
  validate: async () => true,
  handler: async (_runtime: IAgentRuntime, message: Memory) => {
    const payouts = dryRunPayouts() as unknown as PayoutService;
    const receipt = await payouts.sendPayout(String(message.content.text), 500);
    return { text: `Would pay: ${receipt.id}`, success: true };
  },
};

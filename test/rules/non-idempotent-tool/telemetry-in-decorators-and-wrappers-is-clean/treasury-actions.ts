// Decorated actions: the decorator's analytics and a fire-and-forget usage ping are telemetry (clean);
// the payout POST is the one side effect of a tool here. A wrapper that logs each call of a tool
// (`withTracking`) adds nothing either.
import { tool } from 'ai';
import { z } from 'zod';
import { CreateAction } from './action-decorator.js';
import { trackToolCall } from './analytics.js';

const TREASURY = 'https://treasury.example.com/api';

export class TreasuryActionProvider {
  @CreateAction({ name: 'get_balance', description: 'Balance of the treasury account' })
  async getBalance(args: { account: string }): Promise<string> {
    trackToolCall('get_balance', 'started');
    const res = await fetch(`${TREASURY}/accounts/${args.account}/balance`, { signal: AbortSignal.timeout(5_000) });
    return res.text();
  }

  @CreateAction({ name: 'send_payout', description: 'Pay out to a recipient' })
  async sendPayout(args: { recipient: string; cents: number }): Promise<string> {
    const res = await fetch(`${TREASURY}/payouts`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(5_000),
    });
    return res.text();
  }
}

function withTracking<I, O>(name: string, run: (input: I) => Promise<O>) {
  return async (input: I) => {
    trackToolCall(name, 'started');
    const out = await run(input);
    trackToolCall(name, 'success');
    return out;
  };
}

export const exchangeRate = tool({
  description: 'Exchange rate between two currencies',
  inputSchema: z.object({ from: z.string(), to: z.string() }),
  execute: withTracking('exchange_rate', async ({ from, to }: { from: string; to: string }) => {
    const res = await fetch(`${TREASURY}/rates/${from}/${to}`, { signal: AbortSignal.timeout(5_000) });
    return res.json();
  }),
});

// Inngest AgentKit createTool({ handler }) posting an SMS with ky, and a Coinbase AgentKit action
// (a method decorated @CreateAction) posting a payout with undici. Sends and payouts repeat on re-run.
import { createTool } from '@inngest/agent-kit';
import { ActionProvider, CreateAction, EvmWalletProvider, Network } from '@coinbase/agentkit';
import ky from 'ky';
import { request } from 'undici';
import { z } from 'zod';

export const sendSmsReminder = createTool({
  name: 'send_sms_reminder',
  description: 'Text the customer a reminder about their appointment',
  parameters: z.object({ phone: z.string(), appointmentId: z.string() }),
  handler: async ({ phone, appointmentId }) => {
    await ky.post('https://sms-gateway.example.com/v1/sms', { // expect: non-idempotent-tool
      json: { to: phone, template: 'appointment-reminder', vars: { appointmentId } },
    });
    return { reminded: true };
  },
});

const PayoutSchema = z.object({ recipient: z.string(), amountUsdc: z.string() });

export class PayoutActionProvider extends ActionProvider<EvmWalletProvider> {
  constructor() {
    super('payout', []);
  }

  @CreateAction({
    name: 'send_payout',
    description: 'Pay a contractor in USDC through the treasury service',
    schema: PayoutSchema,
  })
  async sendPayout(_wallet: EvmWalletProvider, args: z.infer<typeof PayoutSchema>): Promise<string> {
    const { statusCode, body } = await request('https://treasury.internal.example.com/payouts', { // expect: non-idempotent-tool
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
      headersTimeout: 10_000,
      bodyTimeout: 10_000,
    });
    return statusCode === 201 ? `payout ${(await body.json() as { id: string }).id} sent` : 'payout failed';
  }

  supportsNetwork = (_network: Network) => true;
}

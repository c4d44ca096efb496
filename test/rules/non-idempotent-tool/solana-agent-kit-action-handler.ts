// Solana Agent Kit: an `Action` object's `handler` runs with the model's arguments (createSolanaTools hands each
// action to the AI SDK's tool(), whose execute calls action.handler(agent, input)). An object typed with a project
// type of the same name is not one.
import type { Action, SolanaAgentKit } from 'solana-agent-kit';
import { Resend } from 'resend';
import { z } from 'zod';

const resend = new Resend(process.env.RESEND_KEY);

const notifyAction: Action = {
  name: 'NOTIFY_OWNER',
  similes: ['email the owner'],
  description: 'Email the wallet owner',
  examples: [],
  schema: z.object({ to: z.string() }),
  handler: async (_agent: SolanaAgentKit, input: Record<string, any>) => {
    await resend.emails.send({ from: 'bot@example.com', to: input.to, subject: 'Wallet update', text: '…' }); // expect: non-idempotent-tool
    return { status: 'success' };
  },
};

interface LocalAction {
  name: string;
  handler: (input: Record<string, any>) => Promise<unknown>;
}

const localAction: LocalAction = {
  name: 'LOCAL',
  handler: async (input) => resend.emails.send({ from: 'bot@example.com', to: input.to, subject: 'Local', text: '…' }),
};

export { localAction, notifyAction };

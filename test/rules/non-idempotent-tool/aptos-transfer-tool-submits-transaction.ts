// An Aptos agent's tools: a transfer builds a new transaction each call and submits it — a repeat moves
// the tokens again (the next sequence number makes it a new transaction). Reading a balance is clean.
import { Account, Aptos, AptosConfig, Network } from '@aptos-labs/ts-sdk';
import { tool } from 'ai';
import { z } from 'zod';

const aptos = new Aptos(new AptosConfig({ network: Network.DEVNET }));
const signer = Account.generate();

export const transferTokens = tool({
  description: 'Transfer APT to a recipient',
  inputSchema: z.object({ to: z.string(), amount: z.number() }),
  execute: async ({ to, amount }) => {
    const transaction = await aptos.transaction.build.simple({
      sender: signer.accountAddress,
      data: { function: '0x1::aptos_account::transfer', functionArguments: [to, amount] },
    });
    const senderAuthenticator = aptos.transaction.sign({ signer, transaction });
    const submitted = await aptos.transaction.submit.simple({ transaction, senderAuthenticator }); // expect: non-idempotent-tool
    return submitted.hash;
  },
});

export const mintToken = tool({
  description: 'Mint tokens to an address',
  inputSchema: z.object({ to: z.string(), amount: z.number() }),
  execute: async ({ to, amount }) => {
    const transaction = await aptos.transaction.build.simple({
      sender: signer.accountAddress,
      data: { function: '0xcafe::launchpad::mint_to_address', functionArguments: [to, amount] },
    });
    const result = await aptos.signAndSubmitTransaction({ signer, transaction }); // expect: non-idempotent-tool
    return result.hash;
  },
});

export const balance = tool({
  description: 'Read an account balance',
  inputSchema: z.object({ address: z.string() }),
  execute: async ({ address }) => aptos.getAccountAPTAmount({ accountAddress: address }),
});

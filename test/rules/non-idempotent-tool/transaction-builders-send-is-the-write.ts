// A transaction object collects instructions in memory: `new Transaction().add(…)` (@solana/web3.js) and
// `new TransactionBuilder(…).addOperation(…)` (Stellar) send nothing. A tool that returns the unsigned transaction for
// the user's wallet to sign writes nothing — clean. A tool that builds the same transaction and sends it makes a new
// payment on every call: the send is the finding, not the `add`. Where the send is out of sight (a wallet the code
// declares but never makes, a helper handing the transaction back), the part added stands for it: still a finding.
import { Connection, Keypair, PublicKey, SystemProgram, Transaction } from '@solana/web3.js';
import { Asset, BASE_FEE, Horizon, Networks, Operation, TransactionBuilder } from '@stellar/stellar-sdk';
import { tool } from 'ai';
import { z } from 'zod';

const connection = new Connection('https://api.devnet.solana.com');
const payer = Keypair.generate();
const horizon = new Horizon.Server('https://horizon-testnet.stellar.org');

export const prepareTransfer = tool({
  description: 'Prepare an unsigned SOL transfer for the connected wallet to sign',
  inputSchema: z.object({ from: z.string(), to: z.string(), lamports: z.number() }),
  execute: async ({ from, to, lamports }) => {
    const transaction = new Transaction().add(
      SystemProgram.transfer({ fromPubkey: new PublicKey(from), toPubkey: new PublicKey(to), lamports }),
    );
    transaction.feePayer = new PublicKey(from);
    transaction.recentBlockhash = (await connection.getLatestBlockhash()).blockhash;
    return transaction.serialize({ requireAllSignatures: false }).toString('base64');
  },
});

export const prepareStellarPayment = tool({
  description: 'Prepare an unsigned XLM payment as XDR',
  inputSchema: z.object({ source: z.string(), destination: z.string(), amount: z.string() }),
  execute: async ({ source, destination, amount }) => {
    const account = await horizon.loadAccount(source);
    const transaction = new TransactionBuilder(account, { fee: BASE_FEE, networkPassphrase: Networks.TESTNET })
      .addOperation(Operation.payment({ destination, asset: Asset.native(), amount }))
      .setTimeout(300)
      .build();
    return transaction.toXDR();
  },
});

export const sendSol = tool({
  description: 'Send SOL from the agent wallet',
  inputSchema: z.object({ to: z.string(), lamports: z.number() }),
  execute: async ({ to, lamports }) => {
    const transaction = new Transaction();
    transaction.add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: new PublicKey(to), lamports }));
    return connection.sendTransaction(transaction, [payer]); // expect: non-idempotent-tool
  },
});

declare const wallet: { signAndSendTransaction(tx: Transaction): Promise<{ signature: string }> };

export const payWithWallet = tool({
  description: 'Pay from the connected wallet',
  inputSchema: z.object({ to: z.string(), lamports: z.number() }),
  execute: async ({ to, lamports }) => {
    const transaction = new Transaction().add( // expect: non-idempotent-tool
      SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: new PublicKey(to), lamports }),
    );
    const { signature } = await wallet.signAndSendTransaction(transaction);
    return signature;
  },
});

async function paymentTo(source: string, destination: string, amount: string) {
  const account = await horizon.loadAccount(source);
  return new TransactionBuilder(account, { fee: BASE_FEE, networkPassphrase: Networks.TESTNET })
    .addOperation(Operation.payment({ destination, asset: Asset.native(), amount }))
    .setTimeout(300)
    .build();
}

export const payStellar = tool({
  description: 'Pay XLM from the agent account',
  inputSchema: z.object({ source: z.string(), destination: z.string(), amount: z.string() }),
  execute: async ({ source, destination, amount }) => {
    const transaction = await paymentTo(source, destination, amount); // expect: non-idempotent-tool
    return transaction.hash().toString('hex');
  },
});

// A devnet wallet agent's tools. `connection.requestAirdrop` asks the faucet for a new airdrop on every call; the
// spl-token actions (`transfer`, `mintTo`) each build and send a new transaction: a repeat moves or mints the tokens
// again. `sendAndConfirmTransaction` signs the built transaction under a fresh blockhash and sends it: the send is the
// finding, not the `add` that put the transfer in. Reading a balance and the get-or-create of the derived token
// account are clean.
import { Connection, Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram, Transaction, sendAndConfirmTransaction } from '@solana/web3.js';
import { getAccount, getOrCreateAssociatedTokenAccount, mintTo, transfer } from '@solana/spl-token';
import { tool } from 'ai';
import { z } from 'zod';

class DevnetWallet {
  private connection: Connection;
  private keypair = Keypair.generate();

  constructor(url: string) {
    this.connection = new Connection(url, 'confirmed');
  }

  async airdrop(sol: number) {
    const signature = await this.connection.requestAirdrop(this.keypair.publicKey, sol * LAMPORTS_PER_SOL);
    await this.connection.confirmTransaction(signature);
    return signature;
  }

  async balance() {
    return this.connection.getBalance(this.keypair.publicKey);
  }

  async sendTokens(mint: string, to: string, amount: number) {
    const mintKey = new PublicKey(mint);
    const from = await getOrCreateAssociatedTokenAccount(this.connection, this.keypair, mintKey, this.keypair.publicKey);
    const target = await getOrCreateAssociatedTokenAccount(this.connection, this.keypair, mintKey, new PublicKey(to));
    return transfer(this.connection, this.keypair, from.address, target.address, this.keypair, amount);
  }

  async tokenBalance(mint: string) {
    const account = await getOrCreateAssociatedTokenAccount(this.connection, this.keypair, new PublicKey(mint), this.keypair.publicKey);
    return (await getAccount(this.connection, account.address)).amount;
  }

  get publicKey() {
    return this.keypair.publicKey;
  }

  get rpc() {
    return this.connection;
  }

  get signer() {
    return this.keypair;
  }
}

const wallet = new DevnetWallet('https://api.devnet.solana.com');

export const requestAirdrop = tool({
  description: 'Request devnet SOL for the agent wallet',
  inputSchema: z.object({ sol: z.number() }),
  execute: async ({ sol }) => wallet.airdrop(sol), // expect: non-idempotent-tool
});

export const getBalance = tool({
  description: 'Read the agent wallet balance',
  inputSchema: z.object({}),
  execute: async () => wallet.balance(),
});

export const sendToken = tool({
  description: 'Send SPL tokens to an address',
  inputSchema: z.object({ mint: z.string(), to: z.string(), amount: z.number() }),
  execute: async ({ mint, to, amount }) => wallet.sendTokens(mint, to, amount), // expect: non-idempotent-tool
});

export const tokenBalance = tool({
  description: 'Read the agent wallet token balance',
  inputSchema: z.object({ mint: z.string() }),
  execute: async ({ mint }) => String(await wallet.tokenBalance(mint)),
});

export const mintTokens = tool({
  description: 'Mint test tokens to the agent wallet',
  inputSchema: z.object({ mint: z.string(), amount: z.number() }),
  execute: async ({ mint, amount }) => {
    const account = await getOrCreateAssociatedTokenAccount(wallet.rpc, wallet.signer, new PublicKey(mint), wallet.publicKey);
    return mintTo(wallet.rpc, wallet.signer, new PublicKey(mint), account.address, wallet.signer, amount); // expect: non-idempotent-tool
  },
});

export const sendSol = tool({
  description: 'Send SOL from the agent wallet',
  inputSchema: z.object({ to: z.string(), sol: z.number() }),
  execute: async ({ to, sol }) => {
    const transaction = new Transaction().add(
      SystemProgram.transfer({ fromPubkey: wallet.publicKey, toPubkey: new PublicKey(to), lamports: sol * LAMPORTS_PER_SOL }),
    );
    return sendAndConfirmTransaction(wallet.rpc, transaction, [wallet.signer]); // expect: non-idempotent-tool
  },
});

// A TON transfer tool: the wallet contract object is built in the process from the public key (`WalletContractV5R1.create`
// computes its address and state init, no request), then `sendTransfer` sends the coins — the one write, made again
// on a repeated call. A sandbox provider's static `create` starts a remote sandbox and stays a write.
import { tool } from 'ai';
import { z } from 'zod';
import { internal, TonClient, WalletContractV5R1 } from '@ton/ton';
import { Sandbox } from '@e2b/code-interpreter';

const client = new TonClient({ endpoint: 'https://toncenter.com/api/v2/jsonRPC', timeout: 15_000 });

export const sendTon = tool({
  description: 'Send TON to an address',
  inputSchema: z.object({ to: z.string(), amount: z.string() }),
  execute: async ({ to, amount }) => {
    const keys = { publicKey: Buffer.alloc(32), secretKey: Buffer.alloc(64) };
    const wallet = WalletContractV5R1.create({ workChain: 0, publicKey: keys.publicKey });
    const contract = client.open(wallet);
    const seqno = await contract.getSeqno();
    await contract.sendTransfer({ seqno, secretKey: keys.secretKey, messages: [internal({ to, value: amount })] }); // expect: non-idempotent-tool
    return { sent: true };
  },
});

export const runSnippet = tool({
  description: 'Run a code snippet in a fresh sandbox',
  inputSchema: z.object({ code: z.string() }),
  execute: async ({ code }) => {
    const sandbox = await Sandbox.create({ timeoutMs: 60_000 }); // expect: non-idempotent-tool
    return { sandboxId: sandbox.sandboxId, code };
  },
});

// Onchain writes by name: viem's wallet client sends a new transaction for `writeContract` and `deployContract`
// (both go through sendTransaction, viem@2.57.20 actions/wallet/*.ts) and @coinbase/coinbase-sdk's Wallet deploys a new
// contract for `deployToken`/`deployNFT`. Clean: reads (`readContract`, `getBalance`), a signature, the broadcast of
// one signed transaction (`sendRawTransaction`: the network takes it once), a Uniswap factory's `createPool` (it reverts
// when the pool exists), and a vendor's `deployApp` (it applies an app's pending settings). An ERC-20 approve sets an
// allowance (low).
import { Wallet } from '@coinbase/coinbase-sdk';
import { KintoneRestAPIClient } from '@kintone/rest-api-client';
import { tool } from 'ai';
import { createPublicClient, createWalletClient, erc20Abi, http, parseUnits, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { base } from 'viem/chains';
import { z } from 'zod';

const account = privateKeyToAccount(process.env.AGENT_KEY as Hex);
const wallet = createWalletClient({ account, chain: base, transport: http(process.env.RPC_URL, { timeout: 10_000 }) });
const reader = createPublicClient({ chain: base, transport: http(process.env.RPC_URL, { timeout: 10_000 }) });
const USDC = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913' as Hex;
const tokenBytecode = process.env.TOKEN_BYTECODE as Hex;
const tokenAbi = [{ type: 'constructor', inputs: [{ name: 'supply', type: 'uint256' }], stateMutability: 'nonpayable' }] as const;

export const payUsdc = tool({
  description: 'Send USDC to an address',
  inputSchema: z.object({ to: z.string(), amount: z.string() }),
  execute: async ({ to, amount }) => {
    const hash = await wallet.writeContract({ address: USDC, abi: erc20Abi, functionName: 'transfer', args: [to as Hex, parseUnits(amount, 6)] }); // expect: non-idempotent-tool
    return { hash };
  },
});

export const approveSpender = tool({
  description: 'Let a spender use up to an amount of USDC',
  inputSchema: z.object({ spender: z.string(), amount: z.string() }),
  execute: async ({ spender, amount }) =>
    wallet.writeContract({ address: USDC, abi: erc20Abi, functionName: 'approve', args: [spender as Hex, parseUnits(amount, 6)] }), // expect: non-idempotent-tool confidence=low
});

export const launchToken = tool({
  description: 'Deploy a new token contract',
  inputSchema: z.object({ supply: z.string() }),
  execute: async ({ supply }) => wallet.deployContract({ abi: tokenAbi, bytecode: tokenBytecode, args: [BigInt(supply)] }), // expect: non-idempotent-tool
});

export const usdcBalance = tool({
  description: 'Read the USDC balance of an address',
  inputSchema: z.object({ owner: z.string() }),
  execute: async ({ owner }) => String(await reader.readContract({ address: USDC, abi: erc20Abi, functionName: 'balanceOf', args: [owner as Hex] })),
});

export const relaySigned = tool({
  description: 'Broadcast a transaction the user already signed',
  inputSchema: z.object({ signed: z.string() }),
  execute: async ({ signed }) => wallet.sendRawTransaction({ serializedTransaction: signed as Hex }),
});

export const signNote = tool({
  description: 'Sign a note with the agent key',
  inputSchema: z.object({ note: z.string() }),
  execute: async ({ note }) => wallet.signMessage({ account, message: note }),
});

export const deployErc20 = tool({
  description: 'Deploy an ERC-20 through the Coinbase wallet',
  inputSchema: z.object({ walletId: z.string(), name: z.string(), symbol: z.string(), totalSupply: z.number() }),
  execute: async ({ walletId, name, symbol, totalSupply }) => {
    const cdpWallet = await Wallet.fetch(walletId);
    const contract = await cdpWallet.deployToken({ name, symbol, totalSupply }); // expect: non-idempotent-tool
    return contract.getContractAddress();
  },
});

const FACTORY = '0x33128a8fC17869897dcE68Ed026d694621f6FDfD' as Hex;
const factoryAbi = [{ type: 'function', name: 'createPool', inputs: [{ name: 'a', type: 'address' }, { name: 'b', type: 'address' }, { name: 'fee', type: 'uint24' }], outputs: [{ name: 'pool', type: 'address' }], stateMutability: 'nonpayable' }] as const;
const kintone = new KintoneRestAPIClient({ baseUrl: process.env.KINTONE_URL, auth: { apiToken: process.env.KINTONE_TOKEN } });

export const openPool = tool({
  description: 'Create the pool for a token pair and fee tier',
  inputSchema: z.object({ a: z.string(), b: z.string(), fee: z.number() }),
  execute: async ({ a, b, fee }) => wallet.writeContract({ address: FACTORY, abi: factoryAbi, functionName: 'createPool', args: [a as Hex, b as Hex, fee] }),
});

export const applyAppSettings = tool({
  description: 'Apply the pending settings of a kintone app',
  inputSchema: z.object({ app: z.string() }),
  execute: async ({ app }) => kintone.app.deployApp({ apps: [{ app }] }),
});

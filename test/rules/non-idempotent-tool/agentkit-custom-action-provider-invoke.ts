// Coinbase AgentKit's customActionProvider: one action `{ name, description, schema, invoke }` or an array of them;
// each `invoke` is what the agent runs for the action the model picked (AgentKit wraps it in an @CreateAction
// method of the provider). invoke(walletProvider, args) sends with the agent's wallet.
import { customActionProvider, EvmWalletProvider } from '@coinbase/agentkit';
import { Decimal } from 'decimal.js';
import { encodeFunctionData, erc20Abi, parseUnits } from 'viem';
import { z } from 'zod';

const VAULT = '0x1111111111111111111111111111111111111111';
const USDC = '0x2222222222222222222222222222222222222222';

export const vaultActions = customActionProvider<EvmWalletProvider>([
  {
    name: 'vault_deposit',
    description: 'Deposit USDC into the vault',
    schema: z.object({ amount: z.string() }),
    invoke: async (walletProvider: EvmWalletProvider, args: { amount: string }) => {
      const data = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [VAULT, parseUnits(args.amount, 6)] });
      const hash = await walletProvider.sendTransaction({ to: USDC, data }); // expect: non-idempotent-tool
      return `deposited: ${hash}`;
    },
  },
  {
    // Untyped: AgentKit hands a two-parameter invoke the wallet provider first.
    name: 'vault_withdraw',
    description: 'Withdraw USDC from the vault',
    schema: z.object({ amount: z.string() }),
    invoke: async (wallet, args) => {
      const data = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [VAULT, parseUnits(args.amount, 6)] });
      return wallet.sendTransaction({ to: VAULT, data }); // expect: non-idempotent-tool
    },
  },
  {
    name: 'vault_address',
    description: 'The vault address',
    schema: z.object({}),
    invoke: async () => VAULT,
  },
  {
    // Arithmetic on decimal.js values (`total.add(x)`) is no write: clean.
    name: 'vault_total',
    description: 'Sum the given deposits',
    schema: z.object({ deposits: z.array(z.string()) }),
    invoke: async (args: { deposits: string[] }) => {
      let total = new Decimal(0);
      for (const deposit of args.deposits) total = total.add(new Decimal(deposit));
      return total.toFixed(2);
    },
  },
]);

export const tipAction = customActionProvider<EvmWalletProvider>({
  name: 'tip_creator',
  description: 'Send a tip to a creator',
  schema: z.object({ to: z.string(), amount: z.string() }),
  invoke: async (walletProvider: EvmWalletProvider, args: { to: string; amount: string }) => {
    const data = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [args.to as `0x${string}`, parseUnits(args.amount, 6)] });
    return walletProvider.sendTransaction({ to: USDC, data }); // expect: non-idempotent-tool
  },
});

// Near miss: the same action shape in a plain array the app's own settings screen runs from a button; nothing hands it
// to AgentKit, so no model picks it (clean).
export const adminShortcuts = [
  {
    name: 'sweep_fees',
    description: 'Sweep collected fees to the treasury',
    invoke: async (walletProvider: EvmWalletProvider) => {
      const data = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [VAULT, 1n] });
      return walletProvider.sendTransaction({ to: USDC, data });
    },
  },
];

// AgentKit actions that send through the project's wallet providers: an ERC-20 transfer moves tokens
// again when the tool runs again (a finding at the handler's call), while the approve that a swap makes
// first sets the allowance to a given value, decided here at the call site (low confidence only).
import { ActionProvider, CreateAction } from '@coinbase/agentkit';
import { encodeFunctionData, erc20Abi, maxUint256, parseUnits, type Hex } from 'viem';
import { z } from 'zod';
import { ServerWalletProvider, SmartWalletProvider } from './wallet-providers.js';

const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const TransferSchema = z.object({ token: z.string(), to: z.string(), amount: z.string() });

export class ServerTokenActions extends ActionProvider<ServerWalletProvider> {
  constructor() {
    super('server-tokens', []);
  }

  @CreateAction({ name: 'transfer', description: 'Transfer an ERC-20 token', schema: TransferSchema })
  async transfer(walletProvider: ServerWalletProvider, args: z.infer<typeof TransferSchema>): Promise<string> {
    const hash = await walletProvider.sendTransaction({ // expect: non-idempotent-tool
      to: args.token as Hex,
      data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [args.to as Hex, parseUnits(args.amount, 6)] }),
    });
    return `sent: ${hash}`;
  }

  @CreateAction({ name: 'approve_permit2', description: 'Let Permit2 spend the token', schema: TransferSchema })
  async approvePermit2(walletProvider: ServerWalletProvider, args: z.infer<typeof TransferSchema>): Promise<string> {
    const hash = await walletProvider.sendTransaction({ // expect: non-idempotent-tool confidence=low
      to: args.token as Hex,
      data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [PERMIT2, maxUint256] }),
    });
    return `approved: ${hash}`;
  }
}

export class SmartTokenActions extends ActionProvider<SmartWalletProvider> {
  constructor() {
    super('smart-tokens', []);
  }

  @CreateAction({ name: 'smart_transfer', description: 'Transfer from the smart account', schema: TransferSchema })
  async transfer(walletProvider: SmartWalletProvider, args: z.infer<typeof TransferSchema>): Promise<string> {
    const data = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [args.to as Hex, parseUnits(args.amount, 6)] });
    return walletProvider.sendTransaction({ to: args.token as Hex, data }); // expect: non-idempotent-tool
  }

  @CreateAction({ name: 'smart_approve', description: 'Approve a spender from the smart account', schema: TransferSchema })
  async approve(walletProvider: SmartWalletProvider, args: z.infer<typeof TransferSchema>): Promise<string> {
    const data = encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [args.to as Hex, parseUnits(args.amount, 6)] });
    return walletProvider.sendTransaction({ to: args.token as Hex, data }); // expect: non-idempotent-tool confidence=low
  }
}

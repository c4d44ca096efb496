// Onchain actions (packages not installed, matched by import specifier): an AgentKit action provider
// whose actions send transactions through the wallet provider, a CDP SDK account that transfers and
// swaps, and a fetch wrapped to pay x402 invoices. Each moves money again when the tool runs again.
// Clean: reads (balance, quote), a CDP transaction keyed by the invoice id, an ERC-20 approve (it sets
// the allowance to a given value: low confidence only).
import { ActionProvider, CreateAction, EvmWalletProvider, type Network } from '@coinbase/agentkit';
import { CdpClient } from '@coinbase/cdp-sdk';
import { wrapFetchWithPayment, x402Client } from '@x402/fetch';
import { encodeFunctionData, erc20Abi, parseUnits, type Hex } from 'viem';
import { z } from 'zod';

const TransferSchema = z.object({ token: z.string(), to: z.string(), amount: z.string() });
const cdp = new CdpClient();

export class TreasuryActionProvider extends ActionProvider<EvmWalletProvider> {
  constructor() {
    super('treasury', []);
  }

  @CreateAction({ name: 'erc20_transfer', description: 'Transfer an ERC-20 token', schema: TransferSchema })
  async transfer(walletProvider: EvmWalletProvider, args: z.infer<typeof TransferSchema>): Promise<string> {
    const hash = await walletProvider.sendTransaction({ // expect: non-idempotent-tool
      to: args.token as Hex,
      data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [args.to as Hex, parseUnits(args.amount, 6)] }),
    });
    return `sent: ${hash}`;
  }

  @CreateAction({ name: 'erc20_approve', description: 'Approve a spender', schema: TransferSchema })
  async approve(walletProvider: EvmWalletProvider, args: z.infer<typeof TransferSchema>): Promise<string> {
    const hash = await walletProvider.sendTransaction({ // expect: non-idempotent-tool confidence=low
      to: args.token as Hex,
      data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [args.to as Hex, parseUnits(args.amount, 6)] }),
    });
    return `approved: ${hash}`;
  }

  @CreateAction({ name: 'send_eth', description: 'Send ETH', schema: TransferSchema })
  async sendEth(walletProvider: EvmWalletProvider, args: z.infer<typeof TransferSchema>): Promise<string> {
    return walletProvider.nativeTransfer(args.to, args.amount); // expect: non-idempotent-tool
  }

  @CreateAction({ name: 'balance', description: 'Wallet balance', schema: z.object({}) })
  async balance(walletProvider: EvmWalletProvider): Promise<string> {
    return (await walletProvider.getBalance()).toString();
  }

  supportsNetwork = (network: Network) => network.protocolFamily === 'evm';
}

export class CdpTreasuryActionProvider extends ActionProvider<EvmWalletProvider> {
  constructor() {
    super('cdp-treasury', []);
  }

  @CreateAction({ name: 'pay_invoice', description: 'Pay an invoice in USDC', schema: z.object({ invoiceId: z.string(), to: z.string(), amount: z.string() }) })
  async payInvoice(_wallet: EvmWalletProvider, args: { invoiceId: string; to: string; amount: string }): Promise<string> {
    const account = await cdp.evm.getOrCreateAccount({ name: 'treasury' });
    const { transactionHash } = await account.transfer({ to: args.to as Hex, amount: parseUnits(args.amount, 6), token: 'usdc', network: 'base' }); // expect: non-idempotent-tool
    return transactionHash;
  }

  @CreateAction({ name: 'pay_invoice_keyed', description: 'Pay an invoice once', schema: z.object({ invoiceId: z.string(), to: z.string(), value: z.string() }) })
  async payInvoiceKeyed(_wallet: EvmWalletProvider, args: { invoiceId: string; to: string; value: string }): Promise<string> {
    const { transactionHash } = await cdp.evm.sendTransaction({
      address: '0x0000000000000000000000000000000000000001',
      network: 'base',
      transaction: { to: args.to as Hex, value: BigInt(args.value) },
      idempotencyKey: `invoice-${args.invoiceId}`,
    });
    return transactionHash;
  }

  @CreateAction({ name: 'swap', description: 'Swap tokens', schema: z.object({ from: z.string(), to: z.string(), amount: z.string() }) })
  async swap(_wallet: EvmWalletProvider, args: { from: string; to: string; amount: string }): Promise<string> {
    const account = await cdp.evm.getAccount({ name: 'treasury' });
    const quote = await account.quoteSwap({ network: 'base', fromToken: args.from as Hex, toToken: args.to as Hex, fromAmount: BigInt(args.amount) });
    const result = await account.swap({ swapQuote: quote, idempotencyKey: crypto.randomUUID() }); // expect: non-idempotent-tool
    return result.transactionHash;
  }

  @CreateAction({ name: 'paid_request', description: 'Call a paid API', schema: z.object({ url: z.string() }) })
  async paidRequest(_wallet: EvmWalletProvider, args: { url: string }): Promise<string> {
    const fetchWithPayment = wrapFetchWithPayment(fetch, new x402Client());
    const response = await fetchWithPayment(args.url, { signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return response.text();
  }

  supportsNetwork = (network: Network) => network.protocolFamily === 'evm';
}

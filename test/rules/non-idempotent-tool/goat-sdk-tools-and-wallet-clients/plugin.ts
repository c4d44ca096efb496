// GOAT SDK (packages not installed, matched by import specifier): methods decorated `@Tool({…})` and
// `createTool(config, fn)` are what the model calls; the wallet client handed to a tool sends transactions
// (`walletClient.sendTransaction`), and each run sends again; so does a POST through Crossmint's API client. Clean: reads (balance, a quote POSTed to a
// quote endpoint, a check endpoint), an ERC-20 approve (it sets the allowance to a given value: low
// confidence only); local-tool-decorator.ts: a `@Tool` of the project's own, not GOAT's.
import { CrossmintApiClient, createCrossmint } from '@crossmint/common-sdk-base';
import { PluginBase, Tool, createTool, type Chain } from '@goat-sdk/core';
import { EVMWalletClient } from '@goat-sdk/wallet-evm';
import { SolanaWalletClient } from '@goat-sdk/wallet-solana';
import { z } from 'zod';

const API = 'https://trade.example.com/v1';

class SwapParameters {
  static schema = z.object({ tokenIn: z.string(), tokenOut: z.string(), amount: z.string() });
  tokenIn!: string;
  tokenOut!: string;
  amount!: string;
}

export class SwapService {
  private async post(endpoint: string, body: unknown) {
    const response = await fetch(`${API}/${endpoint}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return response.json();
  }

  @Tool({ name: 'get_quote', description: 'Get a swap quote' })
  async getQuote(walletClient: EVMWalletClient, parameters: SwapParameters) {
    return this.post('quote', { ...parameters, swapper: walletClient.getAddress() });
  }

  @Tool({ name: 'check_allowance', description: 'Check whether the router may spend the token' })
  async checkAllowance(walletClient: EVMWalletClient, parameters: SwapParameters) {
    return this.post('check_allowance', { token: parameters.tokenIn, wallet: walletClient.getAddress() });
  }

  @Tool({ name: 'approve_router', description: 'Let the router spend the token' })
  async approveRouter(walletClient: EVMWalletClient, parameters: SwapParameters) {
    return walletClient.sendTransaction({ to: parameters.tokenIn as `0x${string}`, abi: [], functionName: 'approve', args: [API, parameters.amount] }); // expect: non-idempotent-tool confidence=low
  }

  @Tool({ name: 'swap_tokens', description: 'Swap tokens' })
  async swapTokens(walletClient: EVMWalletClient, parameters: SwapParameters) {
    const quote = await this.getQuote(walletClient, parameters);
    const tx = await walletClient.sendTransaction({ to: quote.to, value: BigInt(quote.value), data: quote.data }); // expect: non-idempotent-tool
    return { hash: tx.hash };
  }

  @Tool({ description: 'Publish an order to the book' })
  async publishOrder(parameters: SwapParameters) {
    const response = await fetch(`${API}/orders`, { method: 'POST', body: JSON.stringify(parameters), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return response.json();
  }
}

export class CheckoutPlugin extends PluginBase {
  private readonly api: CrossmintApiClient;

  constructor(apiKey: string) {
    super('checkout', []);
    this.api = new CrossmintApiClient(createCrossmint({ apiKey }));
  }

  supportsChain(_chain: Chain): boolean {
    return true;
  }

  async getTools(walletClient: EVMWalletClient | SolanaWalletClient) {
    return [
      createTool({ name: 'pay_order', description: 'Pay an order', parameters: z.object({ to: z.string(), value: z.string() }) }, async (params) => {
        if (!(walletClient instanceof EVMWalletClient)) throw new Error('EVM wallet required');
        const sent = await walletClient.sendTransaction({ to: params.to as `0x${string}`, value: BigInt(params.value) }); // expect: non-idempotent-tool
        return sent.hash;
      }),
      createTool({ name: 'buy_item', description: 'Order an item', parameters: z.object({ sku: z.string() }) }, async (params) => {
        const res = await this.api.post('/api/orders', { body: JSON.stringify(params) }); // expect: non-idempotent-tool
        return res.json();
      }),
      createTool({ name: 'find_items', description: 'Search the catalogue', parameters: z.object({ q: z.string() }) }, async (params) => {
        const res = await this.api.post('/api/items/search', { body: JSON.stringify(params) });
        return res.json();
      }),
      createTool({ name: 'balance', description: 'Wallet balance', parameters: z.object({}) }, async () => walletClient.balanceOf(walletClient.getAddress())),
    ];
  }
}

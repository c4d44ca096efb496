// An action provider inside the package: its wallet provider parameter is the package's own class, so
// sendTransaction is @coinbase/agentkit's onchain send (a repeat pays again). The balance read is clean.
import { EvmWalletProvider } from '../wallet-providers/index.js';
import { CreateAction } from './actionDecorator.js';

export class PayoutActionProvider {
  @CreateAction({ name: 'payout', description: 'Pay a contributor' })
  async payout(walletProvider: EvmWalletProvider, args: { to: `0x${string}`; wei: string }): Promise<string> {
    const hash = await walletProvider.sendTransaction({ to: args.to, value: BigInt(args.wei) }); // expect: non-idempotent-tool
    return `paid: ${hash}`;
  }

  @CreateAction({ name: 'balance', description: 'Balance of the payout wallet' })
  async balance(walletProvider: EvmWalletProvider): Promise<string> {
    return (await walletProvider.getBalance()).toString();
  }
}

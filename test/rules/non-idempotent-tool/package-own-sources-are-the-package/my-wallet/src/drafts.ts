// Decorated actions over the project's own wallet class: nothing leaves the process.
import { EvmWalletProvider } from './wallet.js';

function CreateAction(params: { name: string; description: string }) {
  return (_target: object, _key: string, descriptor: PropertyDescriptor) => ({ ...descriptor, value: descriptor.value, params });
}

export class DraftActionProvider {
  @CreateAction({ name: 'draft_payout', description: 'Draft a payout for review' })
  async draftPayout(walletProvider: EvmWalletProvider, args: { to: string; wei: string }): Promise<string> {
    return walletProvider.sendTransaction({ to: args.to, value: BigInt(args.wei) });
  }
}

// A project class that happens to be called EvmWalletProvider, in a package the knowledge tables do not
// know: its sendTransaction only records a draft locally. Not an SDK write.
export abstract class EvmWalletProvider {
  abstract sendTransaction(transaction: { to: string; value: bigint }): Promise<string>;
}

export class DraftWallet extends EvmWalletProvider {
  drafts: Array<{ to: string; value: bigint }> = [];
  async sendTransaction(transaction: { to: string; value: bigint }): Promise<string> {
    this.drafts.push(transaction);
    return `draft-${this.drafts.length}`;
  }
}

// The project's own wallet providers over the CDP SDK (packages not installed, matched by import
// specifier): each helper sends whatever transaction its caller hands it, nested in the SDK's request
// (`transaction.data`) or in a list of calls built first (`calls`), so what the write does is decided at
// each call site.
import { CdpClient } from '@coinbase/cdp-sdk';

type Hex = `0x${string}`;
export interface TransactionRequest {
  to: Hex;
  data?: Hex;
  value?: bigint;
}

export class ServerWalletProvider {
  readonly #cdp = new CdpClient();

  async sendTransaction(transaction: TransactionRequest): Promise<Hex> {
    const result = await this.#cdp.evm.sendTransaction({
      address: '0x0000000000000000000000000000000000000001',
      transaction: { to: transaction.to, value: transaction.value ?? 0n, data: (transaction.data as Hex) || '0x' },
      network: 'base',
    });
    return result.transactionHash;
  }
}

export class SmartWalletProvider {
  readonly #cdp = new CdpClient();

  async sendTransaction(transaction: TransactionRequest): Promise<Hex> {
    const calls = [{ to: transaction.to, value: transaction.value ?? 0n, data: transaction.data || '0x' }];
    const operation = await this.#cdp.evm.sendUserOperation({ smartAccount: '0x0000000000000000000000000000000000000002', network: 'base', calls });
    return operation.userOpHash as Hex;
  }
}

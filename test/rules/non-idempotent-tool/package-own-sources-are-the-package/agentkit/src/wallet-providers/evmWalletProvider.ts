// The package's own wallet provider base class: users import it as `EvmWalletProvider` from
// '@coinbase/agentkit'; here, inside the package, it is imported by a relative path.
export interface TransactionRequest {
  to: `0x${string}`;
  data?: `0x${string}`;
  value?: bigint;
}

export abstract class EvmWalletProvider {
  abstract sendTransaction(transaction: TransactionRequest): Promise<`0x${string}`>;
  abstract getBalance(): Promise<bigint>;
}

// Onchain wallet actions: Coinbase AgentKit wallet providers, the CDP SDK's accounts and clients, GOAT's
// wallet clients, and fetch wrapped to pay x402 invoices. A transaction, transfer, swap or spend moves money onchain; a tool
// that runs again moves it again. Only the CDP SDK takes an idempotency key.
import type { WriteFact } from './types.js';

/**
 * ERC-20 calls that set an allowance to a given value: a repeat leaves the same state. Named in the transaction's
 * calldata (`data: encodeFunctionData({ functionName: 'approve' … })`, an `approval.data` an API returned) or, for
 * GOAT's EVMTransaction, in its own `functionName`.
 */
const allowanceSetters = { arg: 0, property: 'data', pattern: '\\b(approve|approval|setApprovalForAll|revoke\\w*|prepareRevoke\\w*)\\b', write: 'update-set' } as const;

/**
 * A Uniswap-style factory's `createPool(tokenA, tokenB, fee)` (V3: `require(getPool[token0][token1][fee] == address(0))`)
 * and `createPair(tokenA, tokenB)` (V2: `PAIR_EXISTS`) revert when the pool exists: a repeat is refused (README question 19).
 */
const uniswapFactoryCreates = { arg: 0, property: 'functionName', pattern: '^[\'"`](?:createPool|createPair)[\'"`]$', write: 'upsert' } as const;

/** GOAT's wallet client packages (typescript/packages/wallets/*): each exports a WalletClientBase subclass. */
const goatWallets = ['@goat-sdk/wallet-evm', '@goat-sdk/wallet-viem', '@goat-sdk/wallet-safe', '@goat-sdk/wallet-lit', '@goat-sdk/crossmint',
  '@goat-sdk/wallet-solana', '@goat-sdk/wallet-aptos', '@goat-sdk/wallet-chromia', '@goat-sdk/wallet-cosmos', '@goat-sdk/wallet-fuel',
  '@goat-sdk/wallet-radix', '@goat-sdk/wallet-starknet', '@goat-sdk/wallet-sui', '@goat-sdk/wallet-zetrix', '@goat-sdk/wallet-zilliqa'];

export const onchainWrites: WriteFact[] = [
  // WalletProvider.nativeTransfer, EvmWalletProvider/SvmWalletProvider.sendTransaction, SvmWalletProvider.signAndSendTransaction.
  { label: 'AgentKit wallet transaction', write: 'charge', module: ['@coinbase/agentkit'], instance: true,
    path: ['nativeTransfer', 'sendTransaction', 'signAndSendTransaction'], kindByArgument: allowanceSetters, checkedAgainst: '@coinbase/agentkit@0.11.0' },
  // Server and smart accounts (cdp.evm.createAccount/getAccount/getOrCreateAccount, the client AgentKit's CDP
  // wallet providers return from getClient(), CdpSmartWalletProvider#smartAccount), and cdp.evm/cdp.solana: transfer, swap and useSpendPermission take no key; sendTransaction,
  // sendUserOperation and swap take `idempotencyKey` in their options.
  { label: 'CDP account', write: 'charge', module: ['@coinbase/cdp-sdk', '@coinbase/agentkit'], instance: true,
    path: ['**.transfer', '**.swap', '**.useSpendPermission', '**.sendTransaction', '**.sendUserOperation', '**.prepareAndSendUserOperation'],
    keyOption: { arg: 0, names: ['idempotencyKey'] }, kindByArgument: allowanceSetters, checkedAgainst: '@coinbase/cdp-sdk@1.55.0' },
  { label: 'CDP create', write: 'create', module: ['@coinbase/cdp-sdk'], instance: true,
    path: ['evm.createAccount', 'evm.createSmartAccount', 'evm.createSpendPermission', 'solana.createAccount'],
    keyOption: { arg: 0, names: ['idempotencyKey'] }, checkedAgainst: '@coinbase/cdp-sdk@1.55.0' },
  // GOAT wallet clients: EVMWalletClient#sendTransaction({ to, value?, data?, abi?, functionName?, args? }) (and its
  // Solana, Aptos, Sui… siblings) signs and broadcasts a transaction; EVMSmartWalletClient#sendBatchOfTransactions sends
  // several. None takes a key.
  { label: 'GOAT wallet transaction', write: 'charge', module: goatWallets, instance: true,
    path: ['sendTransaction', 'sendBatchOfTransactions', 'sendRawTransaction'], kindByArgument: { ...allowanceSetters, property: ['data', 'functionName'] },
    checkedAgainst: '@goat-sdk/wallet-evm@0.3.0 (src/EVMWalletClient.ts, EVMSmartWalletClient.ts), @goat-sdk/wallet-solana@0.3.1 (src/SolanaWalletClient.ts)' },
  // Aptos TS SDK: submitting a signed transaction (transaction.submit.simple / multiAgent) or signing and submitting one
  // (signAndSubmitTransaction, signAndSubmitAsFeePayer, also mixed into Aptos itself) executes it onchain. A tool run again
  // builds a new transaction under the next sequence number: a second transfer or mint. No key.
  { label: 'Aptos transaction', write: 'charge', module: ['@aptos-labs/ts-sdk'], export: ['Aptos'], instance: true,
    path: ['transaction.submit.simple', 'transaction.submit.multiAgent', 'transaction.signAndSubmitTransaction', 'transaction.signAndSubmitAsFeePayer',
      'signAndSubmitTransaction', 'signAndSubmitAsFeePayer'],
    checkedAgainst: '@aptos-labs/ts-sdk@1.33.1 (src/api/aptos.ts, transaction.ts, transactionSubmission/submit.ts)' },
  // viem's wallet client (createWalletClient): sendTransaction signs and broadcasts a transaction under the account's
  // next nonce; writeContract encodes the function call into a transaction's data and deployContract the bytecode,
  // both handing it to sendTransaction (actions/wallet/writeContract.ts, deployContract.ts); sendCalls sends a batch
  // (EIP-5792). None takes a key: a tool run again sends a second transaction or deploys a second contract. An ERC-20
  // approve (`functionName: 'approve'`) sets an allowance. sendRawTransaction of one signed transaction is not here:
  // the network takes the same signed transaction once.
  { label: 'viem transaction', write: 'charge', module: ['viem'], instance: true,
    path: ['sendTransaction', 'sendTransactionSync', 'writeContract', 'writeContractSync', 'sendCalls', 'sendCallsSync'],
    kindByArgument: [{ ...allowanceSetters, property: ['data', 'functionName'] }, uniswapFactoryCreates],
    checkedAgainst: 'viem@2.57.20 (actions/wallet/*.ts, clients/decorators/wallet.ts)' },
  { label: 'viem contract deployment', write: 'create', module: ['viem'], instance: true, path: ['deployContract'],
    checkedAgainst: 'viem@2.57.20 (actions/wallet/deployContract.ts)' },
  // @solana/web3.js: Connection#requestAirdrop asks the cluster's faucet for lamports (the `requestAirdrop` RPC), a new
  // airdrop transaction each call; sendAndConfirmTransaction(connection, tx, signers) hands the transaction to
  // Connection#sendTransaction, which signs it under a fresh recent blockhash (unless it carries a durable nonce): a repeat
  // is a new transaction, a second transfer. No key. The package's other methods are read by their names (besideNames).
  { label: 'Solana connection', write: 'create', module: ['@solana/web3.js'], instance: true, path: ['requestAirdrop'], besideNames: true,
    checkedAgainst: '@solana/web3.js@1.98 (maintenance branch: src/connection.ts requestAirdrop, sendTransaction)' },
  { label: 'Solana transaction', write: 'charge', module: ['@solana/web3.js'], export: ['sendAndConfirmTransaction'], path: [''], besideNames: true,
    checkedAgainst: '@solana/web3.js@1.98 (src/utils/send-and-confirm-transaction.ts)' },
  // @solana/spl-token's actions each build a Transaction of one instruction and send it with sendAndConfirmTransaction:
  // a repeat moves, mints or burns the tokens again. (getOrCreateAssociatedTokenAccount and
  // createAssociatedTokenAccountIdempotent are gets-or-creates of a derived address: not here.)
  { label: 'SPL token transfer', write: 'charge', module: ['@solana/spl-token'], export: ['transfer', 'transferChecked'], path: [''], besideNames: true,
    checkedAgainst: '@solana/spl-token@0.4 (token/js/src/actions/transfer.ts, transferChecked.ts)' },
  { label: 'SPL token mint', write: 'charge', module: ['@solana/spl-token'], export: ['mintTo', 'mintToChecked'], path: [''], besideNames: true,
    checkedAgainst: '@solana/spl-token@0.4 (token/js/src/actions/mintTo.ts, mintToChecked.ts)' },
  { label: 'SPL token burn', write: 'charge', module: ['@solana/spl-token'], export: ['burn', 'burnChecked'], path: [''], besideNames: true,
    checkedAgainst: '@solana/spl-token@0.4 (token/js/src/actions/burn.ts, burnChecked.ts)' },
  // wrapFetchWithPayment(fetch, client) returns a fetch that answers a 402 by signing and sending a payment.
  { label: 'x402 paying fetch', write: 'charge', module: ['@x402/fetch', 'x402-fetch'], export: ['wrapFetchWithPayment', 'wrapFetchWithPaymentFromConfig'],
    instance: true, path: [''], checkedAgainst: '@x402/fetch@2.27.0' },
];

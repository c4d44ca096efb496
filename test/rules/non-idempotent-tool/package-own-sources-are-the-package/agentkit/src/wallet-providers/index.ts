export * from './evmWalletProvider.js';

// @actual-app/api writes through the CommonJS default export, its functions taken off it under new names. Adding
// transactions and creating a payee inside the retry helper re-create them after a transient error: findings.
// Clean: the same create with `retries: 0`, an import (deduplicated by `imported_id`), an update of a known
// transaction, and a read.
import api from '@actual-app/api';
import { isTransient, withRetries } from './retry';

const {
  addTransactions: rawAddTransactions,
  createPayee: rawCreatePayee,
  importTransactions: rawImportTransactions,
  updateTransaction: rawUpdateTransaction,
  getAccounts: rawGetAccounts,
} = api;

export async function record(accountId: string, amount: number, date: string) {
  return withRetries(() => rawAddTransactions(accountId, [{ date, amount }]), { retries: 2, transient: isTransient }); // expect: unkeyed-retry
}

export async function addPayee(name: string) {
  return withRetries(() => api.createPayee({ name }), { retries: 2, transient: isTransient }); // expect: unkeyed-retry
}

export async function addPayeeOnce(name: string) {
  return withRetries(() => rawCreatePayee({ name }), { retries: 0 });
}

export async function importFromBank(accountId: string, rows: { imported_id: string; date: string; amount: number }[]) {
  return withRetries(() => rawImportTransactions(accountId, rows), { retries: 2, transient: isTransient });
}

export async function recategorise(id: string, category: string) {
  return withRetries(() => rawUpdateTransaction(id, { category }), { retries: 2 });
}

export async function accounts() {
  return withRetries(() => rawGetAccounts(), { retries: 2 });
}

import { createInvoice, getInvoice } from './create-invoice.js';

export const HANDLERS = {
  create_invoice: createInvoice,
  get_invoice: getInvoice,
};

export const ADMIN_ACTIONS = {
  create_invoice: async () => {
    await fetch('https://billing.example.com/api/invoices/draft', { method: 'POST', signal: AbortSignal.timeout(10_000) });
  },
  get_invoice: async () => {
    await fetch('https://billing.example.com/api/invoices/latest', { signal: AbortSignal.timeout(10_000) });
  },
};

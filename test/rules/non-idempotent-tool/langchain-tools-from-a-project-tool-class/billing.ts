import { Kit } from './kit';
import BillingClient from './billing-client';
import issueCredit from './tools/issue-credit';
import createRepo from './tools/create-repo';
import createInvoice from './tools/create-invoice';
import listInvoices from './tools/list-invoices';

export const billing = new Kit('acct_1', new BillingClient(process.env.BILLING_TOKEN ?? ''));
billing.add(createInvoice);
billing.add(listInvoices);
billing.add(issueCredit);
billing.add(createRepo);

// node-quickbooks: createInvoice / createPayment POST a new entity each call (callback API, no request id), so
// a repeated tool call books the invoice or the payment twice — also when the client is cast to `any`. A customer
// is kept under a unique display name (QBO refuses a duplicate name), and reading an invoice back is a read.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import QuickBooks from 'node-quickbooks';
import { z } from 'zod';

const server = new McpServer({ name: 'books', version: '1.0.0' });

function ledger(): QuickBooks {
  return new QuickBooks(process.env.QBO_CLIENT_ID, process.env.QBO_CLIENT_SECRET, process.env.QBO_TOKEN, false, process.env.QBO_REALM, true, false, null, '2.0');
}

function callback<T>(run: (done: (err: unknown, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((err, value) => (err ? reject(err) : resolve(value))));
}

server.tool('bill_customer', { customerId: z.string(), amount: z.number() }, async ({ customerId, amount }) => {
  const books = ledger();
  const invoice = await callback((done) => // expect: non-idempotent-tool (at the call to the project helper that runs the closure, question 84)
    books.createInvoice({ CustomerRef: { value: customerId }, Line: [{ Amount: amount, DetailType: 'SalesItemLineDetail' }] }, done));
  return { content: [{ type: 'text', text: JSON.stringify(invoice) }] };
});

server.tool('record_payment', { customerId: z.string(), amount: z.number() }, async ({ customerId, amount }) => {
  const books = ledger();
  const payment = await callback((done) => (books as any).createPayment({ CustomerRef: { value: customerId }, TotalAmt: amount }, done)); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(payment) }] };
});

server.tool('show_invoice', { invoiceId: z.string() }, async ({ invoiceId }) => {
  const books = ledger();
  const invoice = await callback((done) => books.getInvoice(invoiceId, done));
  return { content: [{ type: 'text', text: JSON.stringify(invoice) }] };
});

server.tool('add_customer', { displayName: z.string(), email: z.string() }, async ({ displayName, email }) => {
  const books = ledger();
  const customer = await callback((done) => books.createCustomer({ DisplayName: displayName, PrimaryEmailAddr: { Address: email } }, done));
  return { content: [{ type: 'text', text: JSON.stringify(customer) }] };
});

// One function per tool, each handed the client (untyped here) by the dispatcher (dispatch.ts) through the gathered table.
// Posting an entry and emailing a receipt create something new per call: reported in each function. Listing is a read.

export const entryHandlers = {
  async list_entries(ledger: any, args: any) {
    return { content: [{ type: 'text', text: JSON.stringify(await ledger.listEntries(args)) }] };
  },

  async post_entry(ledger: any, args: any) {
    const entry = await ledger.postEntry(args); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: `Posted ${JSON.stringify(entry)}` }] };
  },
};

export const receiptHandlers = {
  async email_receipt(ledger: any, args: any) {
    await ledger.emailReceipt(args.id); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'sent' }] };
  },
};

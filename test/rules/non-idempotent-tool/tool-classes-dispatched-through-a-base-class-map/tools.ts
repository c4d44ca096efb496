// Tool classes of the registry (registry.ts): each `perform` is what the base class's `run` calls when the model asks
// for the tool by name. CreateInvoiceTool POSTs a new invoice (finding); LookupInvoiceTool only reads (clean);
// `exportLedger` is a method the base class never calls (clean).
import { AgentTool, type ToolOutcome } from './base-tool.js';

const BILLING = 'https://billing.example.com/api';

export class CreateInvoiceTool extends AgentTool {
  readonly name = 'create_invoice';
  readonly description = 'Create an invoice for a customer';
  readonly parameters = { type: 'object', properties: { customerId: { type: 'string' }, amount: { type: 'number' } } };

  protected async perform(input: Record<string, any>): Promise<ToolOutcome> {
    const res = await fetch(`${BILLING}/invoices`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ customer: input.customerId, amount: input.amount }),
      signal: AbortSignal.timeout(10_000),
    });
    return { ok: res.ok, text: await res.text() };
  }

  async exportLedger(month: string) {
    await fetch(`${BILLING}/ledger-exports`, { method: 'POST', body: JSON.stringify({ month }), signal: AbortSignal.timeout(30_000) });
  }
}

export class LookupInvoiceTool extends AgentTool {
  readonly name = 'lookup_invoice';
  readonly description = 'Read an invoice';
  readonly parameters = { type: 'object', properties: { invoiceId: { type: 'string' } } };

  protected async perform(input: Record<string, any>): Promise<ToolOutcome> {
    const res = await fetch(`${BILLING}/invoices/${encodeURIComponent(input.invoiceId)}`, { signal: AbortSignal.timeout(10_000) });
    return { ok: res.ok, text: await res.text() };
  }
}

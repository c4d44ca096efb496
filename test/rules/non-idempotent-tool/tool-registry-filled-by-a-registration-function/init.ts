import { registerAgentTool } from './registry.js';
import { issueInvoice } from './handlers/issue-invoice.js';
import { readInvoice } from './handlers/read-invoice.js';

export function initTools(): void {
  registerAgentTool({ name: 'read_invoice', description: 'Read an invoice', parameters: { type: 'object' } }, readInvoice);
  registerAgentTool({ name: 'issue_invoice', description: 'Issue a new invoice', parameters: { type: 'object' } }, issueInvoice);
}

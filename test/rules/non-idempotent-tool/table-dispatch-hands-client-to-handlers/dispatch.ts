// Gathers the per-file tables and runs the one the tool's name picks, handing it the client its caller passes.
import { entryHandlers, receiptHandlers } from './entry-handlers.js';
import type { LedgerClient } from './ledger-client.js';

const everyHandler: Record<string, (ledger: LedgerClient, args: any) => Promise<unknown>> = {
  ...entryHandlers,
  ...receiptHandlers,
};

export async function runTool(toolName: string, ledger: LedgerClient, args: any) {
  const handler = everyHandler[toolName];
  if (!handler) throw new Error(`Unknown tool: ${toolName}`);
  return handler(ledger, args);
}

// Previews run on a fresh in-memory ledger, picked from their own table by the tool's name.
import { previewHandlers } from './preview-handlers.js';
import { DryRunLedger } from './ledger-client.js';

const previewTable: Record<string, (ledger: any, args: any) => Promise<unknown>> = { ...previewHandlers };

export async function runPreview(toolName: string, args: any) {
  return previewTable[toolName](new DryRunLedger(), args);
}

// LangChain's DynamicStructuredTool and DynamicTool imported through the entrypoints that re-export them from
// @langchain/core/tools: @langchain/community's `tools/dynamic` and @langchain/classic's `tools`. `func` is the handler.
import { DynamicStructuredTool } from '@langchain/community/tools/dynamic';
import { DynamicTool } from '@langchain/classic/tools';
import { z } from 'zod';

const CRM = 'https://crm.example.com/api';

export const createNoteTool = new DynamicStructuredTool({
  name: 'create_note',
  description: 'Add a note to a deal',
  schema: z.object({ dealId: z.string(), body: z.string() }),
  func: async ({ dealId, body }) => {
    const response = await fetch(`${CRM}/deals/${dealId}/notes`, { method: 'POST', body, signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return response.statusText;
  },
});

export const pingOwnerTool = new DynamicTool({
  name: 'ping_owner',
  description: 'Send the deal owner a reminder',
  func: async (dealId: string) => {
    await fetch(`${CRM}/deals/${dealId}/reminders`, { method: 'POST', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return 'sent';
  },
});

// Reads stay clean.
export const findDealTool = new DynamicStructuredTool({
  name: 'find_deal',
  description: 'Find a deal by name',
  schema: z.object({ name: z.string() }),
  func: async ({ name }) => {
    const response = await fetch(`${CRM}/deals?name=${encodeURIComponent(name)}`, { signal: AbortSignal.timeout(10_000) });
    return response.text();
  },
});

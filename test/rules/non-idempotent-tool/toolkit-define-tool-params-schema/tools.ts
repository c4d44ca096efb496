import { z } from 'zod';
import { createInbox, listInboxes, type MailClient } from './functions.js';

export interface Tool<TParams extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  paramsSchema: TParams;
  func: (client: MailClient, args: z.infer<TParams>) => Promise<unknown>;
}

// Identity helper so each tool's `func` is checked against its `paramsSchema`.
function defineTool<TParams extends z.ZodObject>(tool: Tool<TParams>): Tool<TParams> {
  return tool;
}

export const tools: Tool[] = [
  defineTool({ name: 'create_inbox', description: 'Create an inbox', paramsSchema: z.object({ username: z.string() }), func: createInbox }),
  defineTool({ name: 'list_inboxes', description: 'List inboxes', paramsSchema: z.object({ limit: z.number().optional() }), func: listInboxes }),
];
